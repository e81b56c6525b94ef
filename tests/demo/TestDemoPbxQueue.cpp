// SPDX-License-Identifier: GPL-3.0-or-later
// DemoPbx's queue: QueuePause, callers who wait, are answered or give up, and the
// live scenario's waiting callers.
#include "DemoPbxRig.h"
#include "DemoTestClient.h"
#include "MockClock.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSync.h"
#include "demo/DemoCalls.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

class TestDemoPbxQueue : public DemoPbxRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void queuePause();
    void queueCallerWaits();
    void queueCallerAbandons();
    void liveQueueHasWaitingCallers();
};

void TestDemoPbxQueue::queuePause()
{
    auto client = loggedIn();
    QVERIFY(client);
    client->send(action({{"Action", QStringLiteral("QueuePause")}, {"Queue", QStringLiteral("support")},
        {"Interface", QStringLiteral("PJSIP/1003")}, {"Paused", QStringLiteral("true")},
        {"Reason", QStringLiteral("lunch")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Interface paused successfully"));
    AmiMessage pause;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "QueueMemberPause"; }, &pause));
    QCOMPARE(pause.value("Paused"), QStringLiteral("1"));
    QCOMPARE(pause.value("PausedReason"), QStringLiteral("lunch"));
    for (const AmiMessage& rec : parseAll(readFile(Transcripts + QStringLiteral("04-queue-call.recv")))) {
        if (rec.eventName() == "QueueMemberPause")
            QCOMPARE(keysOf(pause), keysOf(rec));
    }
    client->send(action({{"Action", QStringLiteral("QueuePause")},
        {"Interface", QStringLiteral("PJSIP/4711")}, {"Paused", QStringLiteral("false")}}));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Interface not found"));
}

// The hint of BOTH phones moves exactly as in the recordings, relative to the
// channel events (03-call-*, 04-queue-call; the trunk row has no caller hint).
void TestDemoPbxQueue::queueCallerWaits()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startExternalCall(
        QStringLiteral("+4930123456"), QStringLiteral("Müller GmbH"), QStringLiteral("8000"));
    QVERIFY(!callId.isEmpty());
    AmiMessage join;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "QueueCallerJoin"; }, &join));
    QCOMPARE(join.value("Position"), QStringLiteral("1"));
    QCOMPARE(join.value("Count"), QStringLiteral("1"));
    m_clock->advance(25000);

    auto queueStatus = [&](const QString& id) {
        client->send(action({{"Action", QStringLiteral("QueueStatus")}, {"ActionID", id}}));
        return client->listUntil("QueueStatusComplete");
    };
    auto entries = [](const QList<AmiMessage>& list, QByteArrayView name) {
        QList<AmiMessage> out;
        for (const AmiMessage& m : list) {
            if (m.eventName() == name)
                out.append(m);
        }
        return out;
    };
    QList<AmiMessage> list = queueStatus(QStringLiteral("qs-1"));
    QCOMPARE(entries(list, "QueueEntry").size(), 1);
    QCOMPARE(entries(list, "QueueEntry").first().value("CallerIDName"), QStringLiteral("Müller GmbH"));
    QCOMPARE(entries(list, "QueueEntry").first().value("Wait"), QStringLiteral("25"));

    // A member rings: the caller is still waiting (AgentCalled, no QueueCallerLeave yet).
    QVERIFY(m_pbx->features()->connectQueueCaller());
    AmiMessage called;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "AgentCalled"; }, &called));
    QCOMPARE(called.value("Uniqueid"), callId);
    const QString member = called.value("Interface");
    QVERIFY(member.startsWith(QLatin1String("PJSIP/")));
    QCOMPARE(called.value("DestChannel").section(QLatin1Char('-'), 0, 0), member);
    QCOMPARE(entries(queueStatus(QStringLiteral("qs-2")), "QueueEntry").size(), 1);
    // The only caller already rings a member: nobody else to connect.
    QVERIFY(!m_pbx->features()->connectQueueCaller());

    QVERIFY(m_pbx->answer(callId));
    AmiMessage leave;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "QueueCallerLeave"; }, &leave));
    QCOMPARE(leave.value("Count"), QStringLiteral("0"));
    AmiMessage connect;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "AgentConnect"; }, &connect));
    QCOMPARE(connect.value("Interface"), member);
    QCOMPARE(connect.value("HoldTime"), QStringLiteral("25"));
    list = queueStatus(QStringLiteral("qs-3"));
    QVERIFY(entries(list, "QueueEntry").isEmpty());
    bool seen = false;
    for (const AmiMessage& m : entries(list, "QueueMember")) {
        if (m.value("Location") != member)
            continue;
        seen = true;
        QCOMPARE(m.value("InCall"), QStringLiteral("1"));
        QCOMPARE(m.value("Status"), QStringLiteral("2")); // AST_DEVICE_INUSE
        QCOMPARE(m.value("CallsTaken"), QStringLiteral("1"));
        QCOMPARE(m.value("Paused"), QStringLiteral("0"));
    }
    QVERIFY(seen);

    m_clock->advance(4000);
    QVERIFY(m_pbx->hangup(callId, true));
    AmiMessage complete;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "AgentComplete"; }, &complete));
    QCOMPARE(complete.value("TalkTime"), QStringLiteral("4"));
    QCOMPARE(complete.value("Reason"), QStringLiteral("caller"));
    list = queueStatus(QStringLiteral("qs-4"));
    for (const AmiMessage& m : entries(list, "QueueMember")) {
        if (m.value("Location") == member) {
            QCOMPARE(m.value("InCall"), QStringLiteral("0"));
            QCOMPARE(m.value("Status"), QStringLiteral("1")); // AST_DEVICE_NOT_INUSE
        }
    }
    // Each recorded agent event has the recorded header names.
    for (const AmiMessage& rec : parseAll(readFile(Transcripts + QStringLiteral("04-queue-call.recv")))) {
        if (rec.eventName() == "AgentCalled")
            QCOMPARE(keysOf(called), keysOf(rec));
        else if (rec.eventName() == "AgentConnect")
            QCOMPARE(keysOf(connect), keysOf(rec));
        else if (rec.eventName() == "AgentComplete")
            QCOMPARE(keysOf(complete), keysOf(rec));
        else if (rec.eventName() == "QueueCallerLeave")
            QCOMPARE(keysOf(leave), keysOf(rec));
        else if (rec.eventName() == "QueueCallerJoin")
            QCOMPARE(keysOf(join), keysOf(rec));
    }
}

void TestDemoPbxQueue::queueCallerAbandons()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString first = m_pbx->startExternalCall(
        QStringLiteral("+15557654321"), QStringLiteral("Globex"), QStringLiteral("8000"));
    const QString second = m_pbx->startExternalCall(
        QStringLiteral("+33142000000"), QStringLiteral("Café Lumière"), QStringLiteral("8000"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_clock->advance(30000);
    QVERIFY(m_pbx->features()->abandonQueueCaller(first));
    QVERIFY(client->sync());
    QStringList steps;
    for (const AmiMessage& m : client->events()) {
        if (m.eventName().startsWith("QueueCaller"))
            steps.append(QString::fromLatin1(m.eventName()) + u' ' + m.value("Position") + u'/'
                + m.value("Count") + u' ' + m.value("CallerIDName"));
        if (m.eventName() == "QueueCallerAbandon")
            QCOMPARE(m.value("HoldTime"), QStringLiteral("30"));
    }
    QCOMPARE(steps,
        QStringList({QStringLiteral("QueueCallerJoin 1/1 Globex"),
            QStringLiteral("QueueCallerJoin 2/2 Café Lumière"),
            QStringLiteral("QueueCallerAbandon 1/ Globex"), QStringLiteral("QueueCallerLeave 1/1 Globex")}));
    QCOMPARE(m_pbx->world()->queueCallers(), QStringList {second});
}

// With the live office running, the queue usually has callers waiting.
void TestDemoPbxQueue::liveQueueHasWaitingCallers()
{
    MockClock clock;
    DemoPbx pbx(nullptr, &clock);
    pbx.setSeed(3);
    pbx.setEventRate(DemoPbx::DefaultEventRate);
    QVERIFY(pbx.start());
    int maxWaiting = 0;
    int ticksWithWaiting = 0;
    QStringList queueEvents;
    connect(pbx.world(), &DemoWorld::eventPublished, this, [&](const AmiMessage& m) {
        if (m.eventName().startsWith("Agent") || m.eventName().startsWith("QueueCaller"))
            queueEvents.append(QString::fromLatin1(m.eventName()));
    });
    const int ticks = 5 * 60 * 10; // five simulated minutes in 100 ms steps
    for (int i = 0; i < ticks; ++i) {
        clock.advance(100);
        const int waiting = int(pbx.world()->queueCallers().size());
        maxWaiting = qMax(maxWaiting, waiting);
        ticksWithWaiting += waiting > 0 ? 1 : 0;
    }
    QVERIFY2(maxWaiting >= 1, qPrintable(QString::number(maxWaiting)));
    // Callers wait most of the time, not only for a moment.
    QVERIFY2(ticksWithWaiting > ticks / 2, qPrintable(QString::number(ticksWithWaiting)));
    for (const char* name :
        {"QueueCallerJoin", "AgentCalled", "QueueCallerLeave", "AgentConnect", "AgentComplete"})
        QVERIFY2(queueEvents.contains(QLatin1String(name)), name);
}

// 04-park-and-retrieve: the parker hangs up and its hint goes back to 0 while
// the parked call (Parkee*, ParkerDialString) is listed with the recorded headers.
QTEST_GUILESS_MAIN(TestDemoPbxQueue)
#include "TestDemoPbxQueue.moc"
