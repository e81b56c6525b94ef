// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceRoom.h"
#include "core/operator/ConferenceDropPlanner.h"

#include <QTest>

using Action = ConferenceDropPlan::Action;
using Refusal = ConferenceDropPlan::Refusal;
using S = Pbx::ExtensionState;

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Refusal)

// A call or a tile dropped on a conference room, decided without widgets. The
// channels are those of 08-confbridge-redirect-call-into-room: the operator
// alone in 8500, the call 1002 ↔ 1003 moved in.
class TestConferenceDropPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
};

namespace {

const QString kServer = QStringLiteral("main");

ConferenceRoom room8500(bool locked)
{
    ConferenceRoom r;
    r.name = QStringLiteral("8500");
    r.locked = locked;
    ConferenceMember op;
    op.channel = QStringLiteral("PJSIP/1000-00000007");
    op.admin = true;
    r.members.append(op);
    return r;
}

DropCall bobCallsCarol(bool answered)
{
    DropCall c;
    c.key = QStringLiteral("main/1796532114.16");
    c.callerChannel = QStringLiteral("PJSIP/1002-00000008");
    c.calleeChannel = QStringLiteral("PJSIP/1003-00000009");
    c.answered = answered;
    return c;
}

DropItem tile(const QString& number, S state, const DropCall& call = {}, const QString& server = kServer)
{
    return DropItem::extension(server, server + u'/' + number + QStringLiteral("@phones"), number,
        QStringLiteral("PJSIP/") + number, state, call);
}

} // namespace

void TestConferenceDropPlanner::plan_data()
{
    QTest::addColumn<DropItem>("dragged");
    QTest::addColumn<bool>("roomThere");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<bool>("permitted");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("device");

    const QString bob = QStringLiteral("PJSIP/1002-00000008");
    const QString carol = QStringLiteral("PJSIP/1003-00000009");
    const DropItem callRow = DropItem::callItem(kServer, bobCallsCarol(true));
    QTest::newRow("call row: both sides move, the callee first as recorded")
        << callRow << true << false << true << Action::MoveCall << Refusal::None << carol << bob << QString();
    QTest::newRow("busy tile: its call moves")
        << tile(QStringLiteral("1003"), S::InUse, bobCallsCarol(true)) << true << false << true
        << Action::MoveCall << Refusal::None << carol << bob << QString();
    QTest::newRow("ringing call: only the caller moves")
        << DropItem::callItem(kServer, bobCallsCarol(false)) << true << false << true << Action::MoveCall
        << Refusal::None << bob << QString() << QString();
    QTest::newRow("idle tile: its phone is rung into the room")
        << tile(QStringLiteral("1005"), S::Idle) << true << false << true << Action::Invite << Refusal::None
        << QString() << QString() << QStringLiteral("PJSIP/1005");
    QTest::newRow("the operator is in the room already")
        << tile(QStringLiteral("1000"), S::Idle) << true << false << true << Action::Refuse
        << Refusal::AlreadyInRoom << QString() << QString() << QString();
    QTest::newRow("room ended") << callRow << false << false << true << Action::Refuse << Refusal::NoRoom
                                << QString() << QString() << QString();
    QTest::newRow("locked room: a joiner would be hung up")
        << callRow << true << true << true << Action::Refuse << Refusal::RoomLocked << QString() << QString()
        << QString();
    QTest::newRow("no Redirect right") << callRow << true << false << false << Action::Refuse
                                       << Refusal::NoRights << QString() << QString() << QString();
    QTest::newRow("no Originate right")
        << tile(QStringLiteral("1005"), S::Idle) << true << false << false << Action::Refuse
        << Refusal::NoRights << QString() << QString() << QString();
    QTest::newRow("phone not registered")
        << tile(QStringLiteral("1009"), S::Unavailable) << true << false << true << Action::Refuse
        << Refusal::Unavailable << QString() << QString() << QString();
    QTest::newRow("do not disturb") << tile(QStringLiteral("1006"), S::DoNotDisturb) << true << false << true
                                    << Action::Refuse << Refusal::DoNotDisturb << QString() << QString()
                                    << QString();
    QTest::newRow("a contact is no phone of this PBX")
        << DropItem::contact(QStringLiteral("+49 30 1234567")) << true << false << true << Action::Refuse
        << Refusal::NotAPhone << QString() << QString() << QString();
    QTest::newRow("another PBX") << tile(QStringLiteral("1005"), S::Idle, {}, QStringLiteral("branch"))
                                 << true << false << true << Action::Refuse << Refusal::OtherServer
                                 << QString() << QString() << QString();
    DropCall ending = bobCallsCarol(true);
    ending.callerChannel.clear();
    QTest::newRow("a call without channels is ending")
        << DropItem::callItem(kServer, ending) << true << false << true << Action::Refuse
        << Refusal::NoChannel << QString() << QString() << QString();
}

void TestConferenceDropPlanner::plan()
{
    QFETCH(DropItem, dragged);
    QFETCH(bool, roomThere);
    QFETCH(bool, locked);
    QFETCH(bool, permitted);
    const ConferenceRoom r = room8500(locked);
    const ConferenceDropPlan p
        = ConferenceDropPlanner::plan(dragged, kServer, roomThere ? &r : nullptr, permitted, permitted);
    QTEST(p.action, "action");
    QTEST(p.refusal, "refusal");
    QTEST(p.channel, "channel");
    QTEST(p.extraChannel, "extra");
    QTEST(p.device, "device");
    QCOMPARE(p.room, p.isAllowed() ? QStringLiteral("8500") : p.room);
}

QTEST_GUILESS_MAIN(TestConferenceDropPlanner)
#include "TestConferenceDropPlanner.moc"
