// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/ModelRoles.h"
#include "core/models/QueueModel.h"
#include "core/pbx/PbxState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// The queue as QueueStatus lists it before the recorded call.
void seedQueue(PbxState& pbx)
{
    const QList<AmiMessage> list = Transcript::load(QStringLiteral("02-QueueStatus"));
    for (const AmiMessage& m : list) {
        if (m.isEvent() && m.contains("ActionID"))
            pbx.apply(m);
    }
}

// The recording's DeviceStateChange of `device` to `state`.
AmiMessage deviceState(const QList<AmiMessage>& messages, QByteArrayView device, QByteArrayView state)
{
    for (const AmiMessage& m : messages) {
        if (m.eventName() == "DeviceStateChange" && m.valueIs("Device", device) && m.valueIs("State", state))
            return m;
    }
    return {};
}

int rowsWhere(const QAbstractItemModel& model, bool member)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        n += model.index(r, 0).data(QueueRoles::IsMember).toBool() == member ? 1 : 0;
    return n;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueRows_data();
    void queueRows();
    void waitingCallerRoles();
    void memberFloodIsCoalesced();
    void memberStatusFollowsThePhoneAlone();
};

void TestQueueModel::queueRows_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("callers");
    QTest::addColumn<bool>("carolPaused");
    QTest::addColumn<QString>("carolReason");

    QTest::newRow("Alice joins: two members, one caller") << "QueueCallerJoin#1" << 2 << 1 << false << "";
    QTest::newRow("Carol answers: nobody waits") << "QueueCallerLeave#1" << 2 << 0 << false << "";
    QTest::newRow("Carol paused for lunch") << "QueueMemberPause#1" << 2 << 0 << true << "lunch";
    QTest::newRow("Eve added: three members") << "QueueMemberAdded#1" << 3 << 0 << true << "lunch";
    QTest::newRow("Eve removed, Carol back") << "QueueMemberRemoved#1" << 2 << 0 << false << "";
}

void TestQueueModel::queueRows()
{
    QFETCH(QString, stop);
    QFETCH(int, members);
    QFETCH(int, callers);
    QFETCH(bool, carolPaused);
    QFETCH(QString, carolReason);

    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    QueueModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    seedQueue(pbx);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(model.queueNames(), QStringList({QStringLiteral("support")}));
    QCOMPARE(rowsWhere(model, true), members);
    QCOMPARE(rowsWhere(model, false), callers);
    using namespace QueueRoles;
    const QModelIndex carol
        = model.memberIndex(&pbx, QStringLiteral("support"), QStringLiteral("PJSIP/1003"));
    QVERIFY(carol.isValid());
    QCOMPARE(carol.data(MemberName).toString(), QStringLiteral("Carol"));
    QCOMPARE(carol.data(Paused).toBool(), carolPaused);
    QCOMPARE(carol.data(PausedReason).toString(), carolReason);
    QCOMPARE(carol.data(Queue).toString(), QStringLiteral("support"));
}

void TestQueueModel::waitingCallerRoles()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    seedQueue(pbx);
    QueueModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), QStringLiteral("QueueCallerJoin#1")));
    // Queue changes are applied once a frame, however many events came.
    QVERIFY(!model.callerIndex(&pbx, QStringLiteral("support"), QStringLiteral("1795737902.58")).isValid());
    clock.advance(CoalescedListModel::FlushIntervalMs);
    const QModelIndex alice
        = model.callerIndex(&pbx, QStringLiteral("support"), QStringLiteral("1795737902.58"));
    QVERIFY(alice.isValid());
    using namespace QueueRoles;
    QCOMPARE(alice.data(IsMember).toBool(), false);
    QCOMPARE(alice.data(CallerNumber).toString(), QStringLiteral("1001"));
    QCOMPARE(alice.data(CallerName).toString(), QStringLiteral("Alice"));
    QCOMPARE(alice.data(Position).toInt(), 1);
    QCOMPARE(alice.data(WaitingSinceMs).toLongLong(), qint64(1795737902261));
}

void TestQueueModel::memberFloodIsCoalesced()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    seedQueue(pbx);
    QueueModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-queue-call"));
    const AmiMessage ringing = messages[Transcript::find(messages, QStringLiteral("QueueMemberStatus#1"))];
    const AmiMessage idle = messages[Transcript::find(messages, QStringLiteral("QueueMemberStatus#2"))];
    for (int i = 0; i < 1000; ++i)
        pbx.apply(i % 2 ? idle : ringing);
    QCOMPARE(changed.count(), 0);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    // Only Carol's phone (PJSIP/1003) changed: one signal, for her row and
    // her status, not for the other member of the queue.
    QCOMPARE(changed.count(), 1);
    const QModelIndex carol
        = model.memberIndex(&pbx, QStringLiteral("support"), QStringLiteral("PJSIP/1003"));
    QVERIFY(carol.isValid());
    QCOMPARE(changed.first().at(0).toModelIndex(), carol);
    QCOMPARE(changed.first().at(1).toModelIndex(), carol);
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(QueueRoles::MemberStatus));
    QVERIFY(!roles.contains(QueueRoles::MemberName));
}

// A member's status is her phone's: a DeviceStateChange alone, with no queue
// event, changes her row (the queue's own events do not re-read the phones).
void TestQueueModel::memberStatusFollowsThePhoneAlone()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    seedQueue(pbx);
    QueueModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-queue-call"));
    const QModelIndex carol
        = model.memberIndex(&pbx, QStringLiteral("support"), QStringLiteral("PJSIP/1003"));
    QVERIFY(carol.isValid());
    using Status = Pbx::QueueMember::Status;
    for (const auto& [state, status] : {std::pair("RINGING", Status::Ringing),
             std::pair("INUSE", Status::InUse), std::pair("NOT_INUSE", Status::NotInUse)}) {
        const AmiMessage change = deviceState(messages, "PJSIP/1003", state);
        QVERIFY2(change.isEvent(), state);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        pbx.apply(change);
        clock.advance(CoalescedListModel::FlushIntervalMs);
        QCOMPARE(Status(carol.data(QueueRoles::MemberStatus).toInt()), status);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), carol);
    }
}

QTEST_GUILESS_MAIN(TestQueueModel)
#include "TestQueueModel.moc"
