// SPDX-License-Identifier: GPL-3.0-or-later
// QueueStore: queues, members and waiting callers from the QueueMember* and
// QueueCaller* events and the QueueStatus list; a caller goes with its channel.
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/QueueStore.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestQueueStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueMembers_data();
    void queueMembers();
    void queueCallers_data();
    void queueCallers();
    void oneQueueChangePerEvent();
    void callerGoesWithItsChannel();
    void staleCallerDroppedByAResyncMovesNobody();
    void memberInCallFromTheAgentEvents_data();
    void memberInCallFromTheAgentEvents();
};

void TestQueueStore::queueMembers_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("inCall");
    QTest::addColumn<int>("callsTaken");

    QTest::newRow("Carol rings for the queue caller")
        << "QueueMemberStatus[Interface=PJSIP/1003]#1"
        << "PJSIP/1003" << true << "Carol" << 6 << false << "" << false << 1;
    QTest::newRow("QueueStatus during the call: Carol in call")
        << "QueueStatusComplete#1"
        << "PJSIP/1003" << true << "Carol" << 2 << false << "" << true << 1;
    QTest::newRow("call done: Carol took two calls")
        << "QueueMemberStatus[Interface=PJSIP/1003]#3"
        << "PJSIP/1003" << true << "Carol" << 1 << false << "" << false << 2;
    QTest::newRow("QueuePause: Carol paused for lunch")
        << "QueueMemberPause#1"
        << "PJSIP/1003" << true << "Carol" << 1 << true << "lunch" << false << 2;
    QTest::newRow("QueueAdd: Eve joins") << "QueueMemberAdded#1"
                                         << "PJSIP/1005" << true << "Eve" << 1 << false << "" << false << 0;
    QTest::newRow("QueuePause off: Carol back, reason gone")
        << "QueueMemberPause#2"
        << "PJSIP/1003" << true << "Carol" << 1 << false << "" << false << 2;
    QTest::newRow("QueueRemove: Eve leaves") << "QueueMemberRemoved#1"
                                             << "PJSIP/1005" << false << "" << 0 << false << "" << false << 0;
}

void TestQueueStore::queueMembers()
{
    QFETCH(QString, stop);
    QFETCH(QString, interface);
    QFETCH(bool, present);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(bool, paused);
    QFETCH(QString, reason);
    QFETCH(bool, inCall);
    QFETCH(int, callsTaken);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    const Pbx::Queue* q = pbx.queueStore()->queue(QStringLiteral("support"));
    QVERIFY(q);
    const auto it = std::find_if(q->members.cbegin(), q->members.cend(),
        [&](const Pbx::QueueMember& m) { return m.interface == interface; });
    QCOMPARE(it != q->members.cend(), present);
    if (!present)
        return;
    QCOMPARE(it->name, name);
    QCOMPARE(it->status, status);
    QCOMPARE(it->paused, paused);
    QCOMPARE(it->pausedReason, reason);
    QCOMPARE(it->inCall, inCall);
    QCOMPARE(it->callsTaken, callsTaken);
}

void TestQueueStore::queueCallers_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<int>("waiting");
    QTest::newRow("Alice joins support at position 1") << "QueueCallerJoin#1" << 1;
    QTest::newRow("members ring, Alice still waits") << "AgentCalled#2" << 1;
    QTest::newRow("Carol answers: Alice leaves the queue") << "QueueCallerLeave#1" << 0;
}

void TestQueueStore::queueCallers()
{
    QFETCH(QString, stop);
    QFETCH(int, waiting);
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    const Pbx::Queue* q = pbx.queueStore()->queue(QStringLiteral("support"));
    QVERIFY(q);
    QCOMPARE(q->callers.size(), waiting);
    if (waiting == 0)
        return;
    const Pbx::QueueCaller& c = q->callers.first();
    QCOMPARE(c.callerIdNum, QStringLiteral("1001"));
    QCOMPARE(c.callerIdName, QStringLiteral("Alice"));
    QCOMPARE(c.position, 1);
    QCOMPARE(c.joinedMs, qint64(1795737902261));
    QCOMPARE(c.channel, QStringLiteral("PJSIP/1001-00000020"));
}

void TestQueueStore::oneQueueChangePerEvent()
{
    PbxState pbx(QStringLiteral("lab"));
    QSignalSpy changed(pbx.queueStore(), &QueueStore::queueChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-queue-call"));
    const qsizetype join = Transcript::find(messages, QStringLiteral("QueueCallerJoin#1"));
    QVERIFY(join >= 0);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), QStringLiteral("QueueCallerJoin#1")));
    changed.clear();
    // The same join again: the caller is known, the queue is still announced once.
    pbx.apply(messages[join]);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("support"));
    QCOMPARE(pbx.queueStore()->queue(QStringLiteral("support"))->callers.size(), 1);
}

void TestQueueStore::callerGoesWithItsChannel()
{
    // The QueueCallerLeave was lost: Alice's Hangup (CallStore::channelGone)
    // takes her out of the queue all the same.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), QStringLiteral("QueueCallerJoin#1")));
    QueueStore* store = pbx.queueStore();
    const Pbx::QueueCaller alice = store->queue(QStringLiteral("support"))->callers.first();
    const Pbx::Channel* channel = pbx.channel(alice.uniqueid);
    QVERIFY(channel);
    QCOMPARE(channel->queue, QStringLiteral("support"));
    QSignalSpy changed(store, &QueueStore::queueChanged);
    pbx.apply(makeEvent("Hangup", {{"Channel", alice.channel}, {"Uniqueid", alice.uniqueid}}));
    QVERIFY(!pbx.channel(alice.uniqueid));
    QVERIFY(store->queue(QStringLiteral("support"))->callers.isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestQueueStore::staleCallerDroppedByAResyncMovesNobody()
{
    // Regression (issue 19, the PBX came back as another one): Alice waited
    // before the link was lost; the new lists show Carol at 1 and Bob at 2.
    // Alice's channel is not listed, so she goes when the channels settle, and
    // that moved Bob up to 1 beside Carol, where a fresh client shows 2.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), QStringLiteral("QueueCallerJoin#1")));
    const auto waiting = [](const QString& name, const QString& uid, int position) {
        return makeEvent("QueueEntry",
            {{"Queue", QStringLiteral("support")}, {"Position", QString::number(position)}, {"Channel", name},
                {"Uniqueid", uid}, {"CallerIDNum", name.mid(6, 4)}, {"Wait", QStringLiteral("5")}});
    };
    const auto channel = [](const QString& name, const QString& uid) {
        return makeEvent("CoreShowChannel",
            {{"Channel", name}, {"ChannelState", QStringLiteral("6")}, {"Uniqueid", uid}, {"Linkedid", uid},
                {"Application", QStringLiteral("Queue")},
                {"ApplicationData", QStringLiteral("support,t,,,60")}});
    };
    pbx.beginSync();
    pbx.apply(makeEvent("QueueParams", {{"Queue", QStringLiteral("support")}}));
    pbx.apply(waiting(QStringLiteral("PJSIP/1003-00000040"), QStringLiteral("1795738000.1"), 1));
    pbx.apply(waiting(QStringLiteral("PJSIP/1002-00000041"), QStringLiteral("1795738000.2"), 2));
    pbx.apply(channel(QStringLiteral("PJSIP/1003-00000040"), QStringLiteral("1795738000.1")));
    pbx.apply(channel(QStringLiteral("PJSIP/1002-00000041"), QStringLiteral("1795738000.2")));
    pbx.endSync(PbxState::Categories(PbxState::Category::Channels) | PbxState::Category::Queues);
    const Pbx::Queue* q = pbx.queueStore()->queue(QStringLiteral("support"));
    QVERIFY(q);
    QStringList positions;
    for (const Pbx::QueueCaller& c : q->callers)
        positions.append(c.uniqueid + QLatin1Char('@') + QString::number(c.position));
    QCOMPARE(positions, QStringList({QStringLiteral("1795738000.1@1"), QStringLiteral("1795738000.2@2")}));
}

void TestQueueStore::memberInCallFromTheAgentEvents_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<bool>("inCall");
    QTest::newRow("Carol's phone rings") << "AgentCalled#2" << false;
    QTest::newRow("she answered: in use, not yet connected") << "QueueCallerLeave#1" << false;
    QTest::newRow("connected to the caller") << "AgentConnect#1" << true;
    QTest::newRow("the call ended") << "AgentComplete#1" << false;
}

void TestQueueStore::memberInCallFromTheAgentEvents()
{
    // Regression (issue 19, a never-cut client against a fresh one): QueueStatus lists
    // Carol InCall: 1 during a queue call; a client fed only events said 0.
    QFETCH(QString, stop);
    QFETCH(bool, inCall);
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    const Pbx::Queue* q = pbx.queueStore()->queue(QStringLiteral("support"));
    QVERIFY(q);
    const auto carol = std::find_if(q->members.cbegin(), q->members.cend(),
        [](const Pbx::QueueMember& m) { return m.interface == QLatin1String("PJSIP/1003"); });
    QVERIFY(carol != q->members.cend());
    QCOMPARE(carol->inCall, inCall);
}

QTEST_GUILESS_MAIN(TestQueueStore)
#include "TestQueueStore.moc"
