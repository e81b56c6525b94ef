// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/DropPlanner.h"

#include <QTest>

// Channel names and call shapes as in the Asterisk 22 recordings
// (tests/data/ami/22.10.1, 03-*): a trunk caller talking to the operator,
// two phones talking to each other, a phone ringing another.
namespace {

using S = Pbx::ExtensionState;
using A = DropPlan::Action;
using R = DropPlan::Refusal;

const QString kServer = QStringLiteral("main");
const QString kOperator = QStringLiteral("PJSIP/1000");

// The outside caller talks to the operator (caller: trunk, callee: operator).
DropCall operatorCall()
{
    return {QStringLiteral("main/1795737818.43"), QStringLiteral("PJSIP/trunk-00000012"),
        QStringLiteral("PJSIP/1000-00000013"), true};
}

// 1001 called 1003; they talk (the operator is not in it).
DropCall colleaguesCall()
{
    return {QStringLiteral("main/1795737900.8"), QStringLiteral("PJSIP/1001-00000008"),
        QStringLiteral("PJSIP/1003-00000009"), true};
}

// 1004 rings 1002, not yet answered.
DropCall ringingCall()
{
    return {QStringLiteral("main/1795737950.10"), QStringLiteral("PJSIP/1004-0000000a"),
        QStringLiteral("PJSIP/1002-00000005"), false};
}

DropItem tile(const QString& number, S state, const DropCall& call = {})
{
    return DropItem::extension(kServer, kServer + u'/' + number + QStringLiteral("@phones"), number,
        QStringLiteral("PJSIP/") + number, state, call);
}

DropItem row(const DropCall& call)
{
    return DropItem::callItem(kServer, call);
}

} // namespace

class TestDropPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plans_data();
    void plans();
    void refusals_data();
    void refusals();
    void otherServerIsRefused();
    void threeWayNeedsAFreeRoom();
    void idleTileOntoCallRowOffersAChoice();
    void dialable_data();
    void dialable();
    void channelOfDevice();
};

void TestDropPlanner::plans_data()
{
    QTest::addColumn<DropItem>("dragged");
    QTest::addColumn<DropItem>("target");
    QTest::addColumn<bool>("attended");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("moveChannel");
    QTest::addColumn<QString>("transfererChannel");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("number");

    const QString trunk = QStringLiteral("PJSIP/trunk-00000012");
    const QString op = QStringLiteral("PJSIP/1000-00000013");
    QTest::newRow("operator's call row onto a free tile: transfer the caller")
        << row(operatorCall()) << tile(QStringLiteral("1005"), S::Idle) << false << int(A::Transfer) << trunk
        << op << QString() << QStringLiteral("1005");
    QTest::newRow("operator's call row with the modifier: attended")
        << row(operatorCall()) << tile(QStringLiteral("1005"), S::Idle) << true << int(A::AttendedTransfer)
        << trunk << op << QString() << QStringLiteral("1005");
    QTest::newRow("operator's call onto a busy tile: still a transfer (call waiting, voicemail)")
        << row(operatorCall()) << tile(QStringLiteral("1003"), S::InUse, colleaguesCall()) << false
        << int(A::Transfer) << trunk << op << QString() << QStringLiteral("1003");
    QTest::newRow("the operator's busy tile means its call")
        << tile(QStringLiteral("1000"), S::InUse, operatorCall()) << tile(QStringLiteral("1005"), S::Idle)
        << false << int(A::Transfer) << trunk << op << QString() << QStringLiteral("1005");
    QTest::newRow("the operator's busy tile with the modifier: attended")
        << tile(QStringLiteral("1000"), S::InUse, operatorCall()) << tile(QStringLiteral("1005"), S::Idle)
        << true << int(A::AttendedTransfer) << trunk << op << QString() << QStringLiteral("1005");
    QTest::newRow("a colleague's busy tile: its peer moves, the tile hands over")
        << tile(QStringLiteral("1003"), S::InUse, colleaguesCall()) << tile(QStringLiteral("1005"), S::Idle)
        << false << int(A::Transfer) << QStringLiteral("PJSIP/1001-00000008")
        << QStringLiteral("PJSIP/1003-00000009") << QString() << QStringLiteral("1005");
    QTest::newRow("the caller's busy tile: the callee moves")
        << tile(QStringLiteral("1001"), S::InUse, colleaguesCall()) << tile(QStringLiteral("1005"), S::Idle)
        << false << int(A::Transfer) << QStringLiteral("PJSIP/1003-00000009")
        << QStringLiteral("PJSIP/1001-00000008") << QString() << QStringLiteral("1005");
    QTest::newRow("a ringing tile: the ringing caller is sent elsewhere")
        << tile(QStringLiteral("1002"), S::Ringing, ringingCall()) << tile(QStringLiteral("1005"), S::Idle)
        << false << int(A::Transfer) << QStringLiteral("PJSIP/1004-0000000a")
        << QStringLiteral("PJSIP/1002-00000005") << QString() << QStringLiteral("1005");
    QTest::newRow("a colleagues' call row: its caller moves")
        << row(colleaguesCall()) << tile(QStringLiteral("1005"), S::Idle) << false << int(A::Transfer)
        << QStringLiteral("PJSIP/1001-00000008") << QStringLiteral("PJSIP/1003-00000009") << QString()
        << QStringLiteral("1005");
    QTest::newRow("free tile onto free tile: connect, the dragged one rings first")
        << tile(QStringLiteral("1001"), S::Idle) << tile(QStringLiteral("1005"), S::Idle) << false
        << int(A::Connect) << QString() << QString() << QStringLiteral("PJSIP/1001")
        << QStringLiteral("1005");
    QTest::newRow("free tile onto free tile, modifier held: still connect")
        << tile(QStringLiteral("1001"), S::Idle) << tile(QStringLiteral("1005"), S::Idle) << true
        << int(A::Connect) << QString() << QString() << QStringLiteral("PJSIP/1001")
        << QStringLiteral("1005");
    QTest::newRow("free tile onto a busy tile: a three-way conference with its call")
        << tile(QStringLiteral("1005"), S::Idle) << tile(QStringLiteral("1003"), S::InUse, colleaguesCall())
        << false << int(A::ThreeWay) << QStringLiteral("PJSIP/1003-00000009")
        << QStringLiteral("PJSIP/1001-00000008") << QStringLiteral("PJSIP/1005") << QStringLiteral("1005");
    QTest::newRow("free tile onto a call row: transfer that call to it")
        << tile(QStringLiteral("1005"), S::Idle) << row(operatorCall()) << false << int(A::Transfer) << trunk
        << op << QString() << QStringLiteral("1005");
    QTest::newRow("contact onto the operator's call row")
        << DropItem::contact(QStringLiteral("+49 (30) 1234-567")) << row(operatorCall()) << false
        << int(A::Transfer) << trunk << op << QString() << QStringLiteral("+49301234567");
    QTest::newRow("contact onto the operator's call row with the modifier: attended")
        << DropItem::contact(QStringLiteral("0612 345 678")) << row(operatorCall()) << true
        << int(A::AttendedTransfer) << trunk << op << QString() << QStringLiteral("0612345678");
    QTest::newRow("contact onto a colleague's busy tile: the colleague's peer goes there")
        << DropItem::contact(QStringLiteral("0612345678"))
        << tile(QStringLiteral("1003"), S::InUse, colleaguesCall()) << false << int(A::Transfer)
        << QStringLiteral("PJSIP/1001-00000008") << QStringLiteral("PJSIP/1003-00000009") << QString()
        << QStringLiteral("0612345678");
    QTest::newRow("contact onto a free tile: connect that extension with the contact")
        << DropItem::contact(QStringLiteral("0612345678")) << tile(QStringLiteral("1001"), S::Idle) << false
        << int(A::Connect) << QString() << QString() << QStringLiteral("PJSIP/1001")
        << QStringLiteral("0612345678");
    QTest::newRow("contact onto a tile without a known state: connect")
        << DropItem::contact(QStringLiteral("2001")) << tile(QStringLiteral("1010"), S::Unknown) << false
        << int(A::Connect) << QString() << QString() << QStringLiteral("PJSIP/1010")
        << QStringLiteral("2001");
}

void TestDropPlanner::plans()
{
    QFETCH(DropItem, dragged);
    QFETCH(DropItem, target);
    QFETCH(bool, attended);
    QFETCH(int, action);
    const DropPlan p = DropPlanner::plan(dragged, target, attended, kOperator);
    QCOMPARE(int(p.refusal), int(R::None));
    QCOMPARE(int(p.action), action);
    QVERIFY(p.isAllowed());
    QTEST(p.moveChannel, "moveChannel");
    QTEST(p.transfererChannel, "transfererChannel");
    QTEST(p.device, "device");
    QTEST(p.number, "number");
    if (p.action == A::Transfer || p.action == A::AttendedTransfer)
        QVERIFY(!p.callKey.isEmpty());
}

void TestDropPlanner::refusals_data()
{
    QTest::addColumn<DropItem>("dragged");
    QTest::addColumn<DropItem>("target");
    QTest::addColumn<bool>("attended");
    QTest::addColumn<int>("refusal");

    QTest::newRow("tile onto itself") << tile(QStringLiteral("1001"), S::Idle)
                                      << tile(QStringLiteral("1001"), S::Idle) << false << int(R::SameItem);
    QTest::newRow("busy tile onto its own call row")
        << tile(QStringLiteral("1003"), S::InUse, colleaguesCall()) << row(colleaguesCall()) << false
        << int(R::SameItem);
    QTest::newRow("call onto another call")
        << row(operatorCall()) << row(colleaguesCall()) << false << int(R::CallOntoCall);
    QTest::newRow("busy tile onto another busy tile's call row") << tile(QStringLiteral("1003"), S::InUse,
        colleaguesCall()) << row(operatorCall()) << false << int(R::CallOntoCall);
    QTest::newRow("call onto a tile that is in it")
        << row(operatorCall()) << tile(QStringLiteral("1000"), S::InUse, operatorCall()) << false
        << int(R::AlreadyInCall);
    QTest::newRow("busy tile onto its peer's tile")
        << tile(QStringLiteral("1001"), S::InUse, colleaguesCall())
        << tile(QStringLiteral("1003"), S::InUse, colleaguesCall()) << false << int(R::AlreadyInCall);
    QTest::newRow("call onto an unregistered phone")
        << row(operatorCall()) << tile(QStringLiteral("1009"), S::Unavailable) << false
        << int(R::TargetUnavailable);
    QTest::newRow("call onto do not disturb")
        << row(operatorCall()) << tile(QStringLiteral("1006"), S::DoNotDisturb) << false
        << int(R::TargetDoNotDisturb);
    QTest::newRow("attended needs the operator's own call")
        << row(colleaguesCall()) << tile(QStringLiteral("1005"), S::Idle) << true
        << int(R::AttendedNeedsOwnCall);
    QTest::newRow("attended of a colleague's busy tile")
        << tile(QStringLiteral("1003"), S::InUse, colleaguesCall()) << tile(QStringLiteral("1005"), S::Idle)
        << true << int(R::AttendedNeedsOwnCall);
    QTest::newRow("attended of a call that still rings")
        << row(ringingCall()) << tile(QStringLiteral("1005"), S::Idle) << true
        << int(R::AttendedNeedsOwnCall);
    QTest::newRow("free tile onto a ringing tile: no three-way before it is answered")
        << tile(QStringLiteral("1005"), S::Idle) << tile(QStringLiteral("1002"), S::Ringing, ringingCall())
        << false << int(R::NotAnswered);
    QTest::newRow("busy tile without a known call onto a busy tile")
        << tile(QStringLiteral("1005"), S::Busy) << tile(QStringLiteral("1003"), S::InUse, colleaguesCall())
        << false << int(R::SourceBusy);
    QTest::newRow("free tile onto a busy tile whose call is unknown") << tile(QStringLiteral("1001"),
        S::Idle) << tile(QStringLiteral("1005"), S::Busy) << false << int(R::TargetBusy);
    QTest::newRow("free tile onto an unregistered phone")
        << tile(QStringLiteral("1001"), S::Idle) << tile(QStringLiteral("1009"), S::Unavailable) << false
        << int(R::TargetUnavailable);
    QTest::newRow("unregistered tile onto a free tile")
        << tile(QStringLiteral("1009"), S::Unavailable) << tile(QStringLiteral("1001"), S::Idle) << false
        << int(R::SourceUnavailable);
    QTest::newRow("do-not-disturb tile onto a free tile")
        << tile(QStringLiteral("1006"), S::DoNotDisturb) << tile(QStringLiteral("1001"), S::Idle) << false
        << int(R::SourceDoNotDisturb);
    QTest::newRow("busy tile without a known call onto a free tile") << tile(QStringLiteral("1005"),
        S::Busy) << tile(QStringLiteral("1001"), S::Idle) << false << int(R::SourceBusy);
    QTest::newRow("contact without a number")
        << DropItem::contact(QString()) << row(operatorCall()) << false << int(R::NotDialable);
    QTest::newRow("contact with a number that smuggles a second channel")
        << DropItem::contact(QStringLiteral("1234&PJSIP/evil@trunk")) << row(operatorCall()) << false
        << int(R::NotDialable);
    QTest::newRow("contact with a line break")
        << DropItem::contact(QStringLiteral("1234\r\nAction: Hangup"))
        << tile(QStringLiteral("1001"), S::Idle) << false << int(R::NotDialable);
    QTest::newRow("contact onto an unregistered phone")
        << DropItem::contact(QStringLiteral("0612345678")) << tile(QStringLiteral("1009"), S::Unavailable)
        << false << int(R::SourceUnavailable);
    QTest::newRow("contact onto do not disturb")
        << DropItem::contact(QStringLiteral("0612345678")) << tile(QStringLiteral("1006"), S::DoNotDisturb)
        << false << int(R::SourceDoNotDisturb);
    QTest::newRow("free tile onto a call it is in")
        << tile(QStringLiteral("1000"), S::Idle) << row(operatorCall()) << false << int(R::AlreadyInCall);
    QTest::newRow("unregistered tile onto a call row") << tile(QStringLiteral("1009"),
        S::Unavailable) << row(operatorCall()) << false << int(R::TargetUnavailable);
    QTest::newRow("call that lost its channels")
        << row({QStringLiteral("main/1.1"), QString(), QString(), true})
        << tile(QStringLiteral("1005"), S::Idle) << false << int(R::NoChannel);
}

void TestDropPlanner::refusals()
{
    QFETCH(DropItem, dragged);
    QFETCH(DropItem, target);
    QFETCH(bool, attended);
    const DropPlan p = DropPlanner::plan(dragged, target, attended, kOperator);
    QCOMPARE(int(p.action), int(A::Refuse));
    QVERIFY(!p.isAllowed());
    QTEST(int(p.refusal), "refusal");
}

void TestDropPlanner::otherServerIsRefused()
{
    DropItem other = tile(QStringLiteral("1005"), S::Idle);
    other.serverId = QStringLiteral("branch");
    QCOMPARE(
        int(DropPlanner::plan(row(operatorCall()), other, false, kOperator).refusal), int(R::OtherServer));
    QCOMPARE(int(DropPlanner::plan(tile(QStringLiteral("1001"), S::Idle), other, false, kOperator).refusal),
        int(R::OtherServer));
    // A contact belongs to no PBX: it may be dropped anywhere.
    QVERIFY(
        DropPlanner::plan(DropItem::contact(QStringLiteral("2001")), other, false, kOperator).isAllowed());
}

void TestDropPlanner::dialable_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain extension") << QStringLiteral("1001") << QStringLiteral("1001");
    QTest::newRow("international with separators") << QStringLiteral("+49 (30) 123-45.67")
                                                   << QStringLiteral("+4930123456"
                                                                     "7");
    QTest::newRow("feature code") << QStringLiteral("*98#") << QStringLiteral("*98#");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plus alone") << QStringLiteral("+") << QString();
    QTest::newRow("second plus") << QStringLiteral("+49+30") << QString();
    QTest::newRow("letters") << QStringLiteral("1001a") << QString();
    QTest::newRow("ampersand and channel") << QStringLiteral("1234&PJSIP/evil@trunk") << QString();
    QTest::newRow("line feed") << QStringLiteral("1234\n5") << QString();
    QTest::newRow("32 digits") << QString(32, u'1') << QString(32, u'1');
    QTest::newRow("33 digits") << QString(33, u'1') << QString();
}

void TestDropPlanner::dialable()
{
    QFETCH(QString, number);
    QTEST(DropPlanner::dialable(number), "expected");
}

void TestDropPlanner::channelOfDevice()
{
    QVERIFY(
        DropPlanner::channelOfDevice(QStringLiteral("PJSIP/1000-00000013"), QStringLiteral("PJSIP/1000")));
    QVERIFY(
        !DropPlanner::channelOfDevice(QStringLiteral("PJSIP/10001-00000013"), QStringLiteral("PJSIP/1000")));
    QVERIFY(!DropPlanner::channelOfDevice(QStringLiteral("PJSIP/1000"), QStringLiteral("PJSIP/1000")));
    QVERIFY(!DropPlanner::channelOfDevice(QStringLiteral("PJSIP/1000-1"), QString()));
}

void TestDropPlanner::threeWayNeedsAFreeRoom()
{
    const DropPlan p = DropPlanner::plan(tile(QStringLiteral("1005"), S::Idle),
        tile(QStringLiteral("1003"), S::InUse, colleaguesCall()), false, kOperator);
    QCOMPARE(p.action, A::ThreeWay);
    QCOMPARE(DropPlanner::withRoom(p, QStringLiteral("8510")).room, QStringLiteral("8510"));
    QCOMPARE(DropPlanner::withRoom(p, QString()).refusal, R::NoFreeRoom);
    // Other plans need no room.
    const DropPlan transfer
        = DropPlanner::plan(row(operatorCall()), tile(QStringLiteral("1005"), S::Idle), false, kOperator);
    QCOMPARE(DropPlanner::withRoom(transfer, QString()).action, A::Transfer);
}

// An idle tile released on a call row may transfer that call to it or add it
// to the call as a three-way conference; the tile of the call offers only the
// three-way (a busy tile is never a transfer target), the modifier only the
// attended transfer.
void TestDropPlanner::idleTileOntoCallRowOffersAChoice()
{
    const DropItem eve = tile(QStringLiteral("1005"), S::Idle);
    const QList<DropPlan> both = DropPlanner::choices(eve, row(colleaguesCall()), false, kOperator);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).action, A::Transfer);
    QCOMPARE(both.at(0).moveChannel, QStringLiteral("PJSIP/1001-00000008"));
    QCOMPARE(both.at(0).number, QStringLiteral("1005"));
    QCOMPARE(both.at(1).action, A::ThreeWay);
    QCOMPARE(both.at(1).moveChannel, QStringLiteral("PJSIP/1003-00000009"));
    QCOMPARE(both.at(1).transfererChannel, QStringLiteral("PJSIP/1001-00000008"));
    QCOMPARE(both.at(1).device, QStringLiteral("PJSIP/1005"));
    QCOMPARE(both.at(1).callKey, colleaguesCall().key);

    // A ringing call: transferring it is possible, a three-way is not yet.
    const QList<DropPlan> ringing = DropPlanner::choices(eve, row(ringingCall()), false, kOperator);
    QCOMPARE(ringing.size(), 2);
    QCOMPARE(ringing.at(0).action, A::Transfer);
    QCOMPARE(ringing.at(1).refusal, R::NotAnswered);

    const QList<DropPlan> attended = DropPlanner::choices(eve, row(operatorCall()), true, kOperator);
    QCOMPARE(attended.size(), 1);
    QCOMPARE(attended.first().action, A::AttendedTransfer);
    const QList<DropPlan> onTile = DropPlanner::choices(
        eve, tile(QStringLiteral("1003"), S::InUse, colleaguesCall()), false, kOperator);
    QCOMPARE(onTile.size(), 1);
    QCOMPARE(onTile.first().action, A::ThreeWay);
    // Refused for both reasons alike: nothing else is offered.
    const QList<DropPlan> dnd = DropPlanner::choices(
        tile(QStringLiteral("1006"), S::DoNotDisturb), row(colleaguesCall()), false, kOperator);
    QCOMPARE(dnd.size(), 1);
    QCOMPARE(dnd.first().refusal, R::TargetDoNotDisturb);
    const QList<DropPlan> inIt = DropPlanner::choices(
        tile(QStringLiteral("1003"), S::Idle), row(colleaguesCall()), false, kOperator);
    QCOMPARE(inIt.size(), 1);
    QCOMPARE(inIt.first().refusal, R::AlreadyInCall);
}

QTEST_GUILESS_MAIN(TestDropPlanner)
#include "TestDropPlanner.moc"
