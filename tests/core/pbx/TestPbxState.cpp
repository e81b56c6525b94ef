// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Pbx::ExtensionState;

namespace {

AmiMessage makeEvent(const QByteArray& name, const QList<QPair<QByteArray, QString>>& fields)
{
    AmiMessage m;
    m.append("Event", QByteArrayView(name));
    for (const auto& f : fields)
        m.append(QByteArrayView(f.first), f.second);
    return m;
}

// A channel snapshot as Asterisk 22 writes it (Newchannel, Newstate, Hold, …).
AmiMessage channelEvent(const QByteArray& name, const QString& channel, const QString& uid, int state,
    const QString& cidNum, const QString& cidName, const QString& timestamp,
    const QList<QPair<QByteArray, QString>>& extra = {}, const QString& linkedid = {})
{
    QList<QPair<QByteArray, QString>> fields {{"Timestamp", timestamp}, {"Channel", channel},
        {"ChannelState", QString::number(state)}, {"CallerIDNum", cidNum}, {"CallerIDName", cidName},
        {"ConnectedLineNum", QStringLiteral("<unknown>")}, {"ConnectedLineName", QStringLiteral("<unknown>")},
        {"Context", QStringLiteral("phones")}, {"Exten", QStringLiteral("s")}, {"Uniqueid", uid},
        {"Linkedid", linkedid.isEmpty() ? uid : linkedid}};
    fields.append(extra);
    return makeEvent(name, fields);
}

} // namespace

class TestPbxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extensionActivity_data();
    void extensionActivity();
    void transcriptEndsClean_data();
    void transcriptEndsClean();
    void parkedCall_data();
    void parkedCall();
    void queueMembers_data();
    void queueMembers();
    void queueCallers_data();
    void queueCallers();
    void calls_data();
    void calls();
    void twoCallsOneHeld();
    void afterRestartReconnect();
    void unknownEventsChangeNothing();
    void oneSignalPerKeyPerEvent();
    void syncDropsStaleEntities();
    void resyncEqualsFreshStart();
    void resyncAfterRandomDisconnects();
    void pbxEvents_data();
    void pbxEvents();
    void shutdownDropsCalls();
};

void TestPbxState::extensionActivity_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<ExtensionState>("state");
    QTest::addColumn<int>("activeCalls");
    QTest::addColumn<int>("heldCalls");
    QTest::addColumn<bool>("ringing");
    QTest::addColumn<QString>("peerNumber");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<qint64>("sinceMs");

    const QString originate = QStringLiteral("03-call-originate-1000-to-1002");
    QTest::newRow("originate: the operator's phone rings first, nobody on the other end yet")
        << originate << "ExtensionStatus[Exten=1000]#1"
        << "1000@phones" << ExtensionState::Ringing << 1 << 0 << true << ""
        << "" << qint64(1795737750600);
    QTest::newRow("originate: 1002 rings, the operator is calling")
        << originate << "ExtensionStatus[Exten=1002,Status=8]#1"
        << "1002@phones" << ExtensionState::Ringing << 1 << 0 << true << "1000"
        << "Operator" << qint64(1795737750604);
    QTest::newRow("originate: the operator talks to Bob since the second BridgeEnter")
        << originate << "BridgeEnter#2"
        << "1000@phones" << ExtensionState::InUse << 1 << 0 << false << "1002"
        << "Bob" << qint64(1795737750609);
    QTest::newRow("originate: Bob talks to the operator since the same moment")
        << originate << "BridgeEnter#2"
        << "1002@phones" << ExtensionState::InUse << 1 << 0 << false << "1000"
        << "Operator" << qint64(1795737750609);

    const QString dials = QStringLiteral("03-call-phone-dials-1001-to-1003");
    QTest::newRow("phone dials: Carol's phone rings, Alice is calling")
        << dials << "ExtensionStatus[Exten=1003,Status=8]#1"
        << "1003@phones" << ExtensionState::Ringing << 1 << 0 << true << "1001"
        << "Alice" << qint64(1795737768680);
    QTest::newRow("phone dials: Alice hears ringback and sees Carol (hint not updated yet)")
        << dials << "ExtensionStatus[Exten=1003,Status=8]#1"
        << "1001@phones" << ExtensionState::Idle << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737768679);
    QTest::newRow("phone dials: Alice talks to Carol")
        << dials << "BridgeEnter#2"
        << "1001@phones" << ExtensionState::InUse << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737768683);

    const QString ringing = QStringLiteral("03-call-ringing-then-answer-1000-to-1004");
    QTest::newRow("ringing 4 s: Dave's phone rings, the operator is calling")
        << ringing << "ExtensionStatus[Exten=1004,Status=8]#1"
        << "1004@phones" << ExtensionState::Ringing << 1 << 0 << true << "1000"
        << "Operator" << qint64(1795737758650);
    QTest::newRow("ringing 4 s: answered, talking since the bridge, not since the ring")
        << ringing << "BridgeEnter#2"
        << "1004@phones" << ExtensionState::InUse << 1 << 0 << false << "1000"
        << "Operator" << qint64(1795737762658);

    const QString atxfer = QStringLiteral("04-atxfer-attended-transfer");
    QTest::newRow("attended transfer: the operator pressed hold, his side shows a held call")
        << atxfer << "ExtensionStatus[Exten=1002,Status=16]#1"
        << "1000@phones" << ExtensionState::InUse << 1 << 1 << false << "1002"
        << "Bob" << qint64(1795737818748);
    QTest::newRow("attended transfer: Bob is on hold")
        << atxfer << "ExtensionStatus[Exten=1002,Status=16]#1"
        << "1002@phones" << ExtensionState::OnHold << 1 << 1 << false << "1000"
        << "Operator" << qint64(1795737818748);
    QTest::newRow("attended transfer: the operator consults Carol through a Local pair")
        << atxfer << "BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1"
        << "1000@phones" << ExtensionState::InUse << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737822177);
    QTest::newRow("attended transfer: Bob stays on hold during the consultation")
        << atxfer << "BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1"
        << "1002@phones" << ExtensionState::OnHold << 1 << 1 << false << "1000"
        << "Operator" << qint64(1795737818745);
    QTest::newRow("attended transfer: Carol sees the operator through the Local pair")
        << atxfer << "BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1"
        << "1003@phones" << ExtensionState::InUse << 1 << 0 << false << "1000"
        << "Operator" << qint64(1795737822181);
    QTest::newRow("attended transfer done: Bob talks to Carol through the Local pair")
        << atxfer << "AttendedTransfer#1"
        << "1002@phones" << ExtensionState::InUse << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737825184);
    QTest::newRow("attended transfer: Local pair optimised away, Bob and Carol bridged directly")
        << atxfer << "BridgeEnter[Channel=PJSIP/1002-00000014]#2"
        << "1002@phones" << ExtensionState::InUse << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737825610);

    const QString blind = QStringLiteral("04-blindtransfer-action");
    QTest::newRow("blind transfer: Carol's phone rings, Bob is calling")
        << blind << "ExtensionStatus[Exten=1003,Status=8]#1"
        << "1003@phones" << ExtensionState::Ringing << 1 << 0 << true << "1002"
        << "Bob" << qint64(1795737811709);
    QTest::newRow("blind transfer: the operator is free again")
        << blind << "ExtensionStatus[Exten=1003,Status=8]#1"
        << "1000@phones" << ExtensionState::Idle << 0 << 0 << false << ""
        << "" << qint64(0);
    QTest::newRow("blind transfer: Bob talks to Carol")
        << blind << "BridgeEnter#4"
        << "1002@phones" << ExtensionState::InUse << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737811713);

    const QString redirect = QStringLiteral("04-redirect-blind-transfer");
    QTest::newRow("redirect: Carol's phone rings, Bob is calling")
        << redirect << "ExtensionStatus[Exten=1003,Status=8]#1"
        << "1003@phones" << ExtensionState::Ringing << 1 << 0 << true << "1002"
        << "Bob" << qint64(1795737793647);
    QTest::newRow("redirect: the operator is free again")
        << redirect << "ExtensionStatus[Exten=1003,Status=8]#1"
        << "1000@phones" << ExtensionState::Idle << 0 << 0 << false << ""
        << "" << qint64(0);
    QTest::newRow("redirect: Bob talks to Carol")
        << redirect << "BridgeEnter#4"
        << "1002@phones" << ExtensionState::InUse << 1 << 0 << false << "1003"
        << "Carol" << qint64(1795737793651);

    QTest::newRow("park and retrieve: Carol picked up 701 and talks to Bob")
        << "04-park-and-retrieve"
        << "ExtensionStatus[Exten=1003,Status=1]#1"
        << "1003@phones" << ExtensionState::InUse << 1 << 0 << false << "1002"
        << "Bob" << qint64(1795737837321);
    QTest::newRow("park and retrieve: the parking space's tile shows Bob parked")
        << "04-park-and-retrieve"
        << "ExtensionStatus[Exten=701]#1"
        << "701@parkedcalls" << ExtensionState::InUse << 1 << 0 << false << "1002"
        << "Bob" << qint64(1795737834315);
    QTest::newRow("park timeout: the call comes back, the operator's phone rings with Bob")
        << "04-park-timeout"
        << "ExtensionStatus[Exten=1000,Status=8]#2"
        << "1000@phones" << ExtensionState::Ringing << 1 << 0 << true << "1002"
        << "Bob" << qint64(1795737852449);
    QTest::newRow("park timeout: the operator talks to Bob again")
        << "04-park-timeout"
        << "BridgeEnter#5"
        << "1000@phones" << ExtensionState::InUse << 1 << 0 << false << "1002"
        << "Bob" << qint64(1795737852452);

    // Waiting in a queue, or leaving a message, is not a conversation: no
    // peer (it used to read "with support 8000" / "with Dave 1004"; what the
    // channel does is in ExtensionActivity::what, see callActivity()).
    QTest::newRow("queue: Alice waits in queue support (dialled 8000), talking to nobody")
        << "04-queue-call"
        << "QueueCallerJoin#1"
        << "1001@phones" << ExtensionState::InUse << 1 << 0 << false << ""
        << "" << qint64(1795737902258);
    QTest::newRow("queue: Carol took Alice's call")
        << "04-queue-call"
        << "BridgeEnter#2"
        << "1003@phones" << ExtensionState::InUse << 1 << 0 << false << "1001"
        << "Alice" << qint64(1795737902267);

    QTest::newRow("voicemail: Dave's phone rings, nobody answers")
        << "04-voicemail-no-answer-mwi"
        << "ExtensionStatus[Exten=1004,Status=8]#1"
        << "1004@phones" << ExtensionState::Ringing << 1 << 0 << true << "1000"
        << "Operator" << qint64(1795737868997);
    QTest::newRow("voicemail: the operator leaves a message for Dave, talking to nobody")
        << "04-voicemail-no-answer-mwi"
        << "Hangup#1"
        << "1000@phones" << ExtensionState::InUse << 1 << 0 << false << ""
        << "" << qint64(1795737868994);
}

void TestPbxState::extensionActivity()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, extension);
    QFETCH(ExtensionState, state);
    QFETCH(int, activeCalls);
    QFETCH(int, heldCalls);
    QFETCH(bool, ringing);
    QFETCH(QString, peerNumber);
    QFETCH(QString, peerName);
    QFETCH(qint64, sinceMs);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    const Pbx::Extension* e = pbx.extension(extension);
    QVERIFY(e);
    QCOMPARE(e->state, state);
    const Pbx::ExtensionActivity a = pbx.activity(extension);
    QCOMPARE(a.activeCalls, activeCalls);
    QCOMPARE(a.heldCalls, heldCalls);
    QCOMPARE(a.ringing, ringing);
    QCOMPARE(a.peerNumber, peerNumber);
    QCOMPARE(a.peerName, peerName);
    QCOMPARE(a.sinceMs, sinceMs);
}

void TestPbxState::transcriptEndsClean_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<int>("channels");
    QTest::newRow("originate 1000 to 1002, 1002 hangs up") << "03-call-originate-1000-to-1002" << 0;
    QTest::newRow("phone 1001 dials 1003, caller hangs up") << "03-call-phone-dials-1001-to-1003" << 0;
    QTest::newRow("ringing then answer, operator hangs up")
        << "03-call-ringing-then-answer-1000-to-1004" << 0;
    QTest::newRow("attended transfer") << "04-atxfer-attended-transfer" << 0;
    QTest::newRow("blind transfer action") << "04-blindtransfer-action" << 0;
    QTest::newRow("redirect as blind transfer") << "04-redirect-blind-transfer" << 0;
    QTest::newRow("park and retrieve") << "04-park-and-retrieve" << 0;
    QTest::newRow("queue call") << "04-queue-call" << 0;
    QTest::newRow("voicemail after no answer") << "04-voicemail-no-answer-mwi" << 0;
    QTest::newRow("park timeout: the returned call is still up at logoff") << "04-park-timeout" << 2;
}

void TestPbxState::transcriptEndsClean()
{
    QFETCH(QString, transcript);
    QFETCH(int, channels);
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript));
    QCOMPARE(pbx.channels().size(), channels);
    QCOMPARE(pbx.callIds().size(), channels ? 1 : 0);
    QVERIFY(pbx.parkedCalls().isEmpty());
    for (const Pbx::Queue& q : pbx.queues())
        QVERIFY(q.callers.isEmpty());
    if (channels == 0) {
        // Asterisk keeps a parking lot's bridge after its call left.
        for (const Pbx::Bridge& b : pbx.bridges())
            QVERIFY2(b.channels.isEmpty(), qPrintable(b.id));
        for (const QString key :
            {"1000@phones", "1001@phones", "1002@phones", "1003@phones", "1004@phones"}) {
            QCOMPARE(pbx.extension(key)->state, ExtensionState::Idle);
            QCOMPARE(pbx.activity(key).activeCalls, 0);
            QCOMPARE(pbx.activity(key).peerNumber, QString());
        }
    }
}

void TestPbxState::parkedCall_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("key"); // empty = nothing parked
    QTest::addColumn<QString>("callerNumber");
    QTest::addColumn<QString>("parker");
    QTest::addColumn<qint64>("parkedAtMs");
    QTest::addColumn<qint64>("timeoutAtMs");
    QTest::addColumn<ExtensionState>("spaceState");

    QTest::newRow("Park action: Bob waits on 701 for 120 s")
        << "04-park-and-retrieve"
        << "ExtensionStatus[Exten=701]#1"
        << "701@default"
        << "1002"
        << "PJSIP/1000" << qint64(1795737834315) << qint64(1795737954315) << ExtensionState::InUse;
    QTest::newRow("ParkedCalls list item keeps the arrival times")
        << "04-park-and-retrieve"
        << "ParkedCallsComplete#1"
        << "701@default"
        << "1002"
        << "PJSIP/1000" << qint64(1795737834315) << qint64(1795737954315) << ExtensionState::InUse;
    QTest::newRow("Carol picks up 701: nothing parked")
        << "04-park-and-retrieve"
        << "ExtensionStatus[Exten=701]#2"
        << ""
        << ""
        << "" << qint64(0) << qint64(0) << ExtensionState::Idle;
    QTest::newRow("Park with 6 s timeout on 702")
        << "04-park-timeout"
        << "ExtensionStatus[Exten=702]#1"
        << "702@default"
        << "1002"
        << "PJSIP/1000" << qint64(1795737846447) << qint64(1795737852447) << ExtensionState::InUse;
    QTest::newRow("ParkedCallTimeOut: nothing parked any more")
        << "04-park-timeout"
        << "ExtensionStatus[Exten=702]#2"
        << ""
        << ""
        << "" << qint64(0) << qint64(0) << ExtensionState::Idle;
}

void TestPbxState::parkedCall()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, key);
    QFETCH(QString, callerNumber);
    QFETCH(QString, parker);
    QFETCH(qint64, parkedAtMs);
    QFETCH(qint64, timeoutAtMs);
    QFETCH(ExtensionState, spaceState);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    const QString space = (key.isEmpty() ? stop.section(QLatin1Char('='), 1).section(QLatin1Char(']'), 0, 0)
                                         : key.section(QLatin1Char('@'), 0, 0));
    QCOMPARE(pbx.extension(space + QStringLiteral("@parkedcalls"))->state, spaceState);
    if (key.isEmpty()) {
        QVERIFY(pbx.parkedCalls().isEmpty());
        return;
    }
    QCOMPARE(pbx.parkedCalls().size(), 1);
    const Pbx::ParkedCall p = pbx.parkedCalls().value(key);
    QCOMPARE(p.key(), key);
    QCOMPARE(p.callerIdNum, callerNumber);
    QCOMPARE(p.callerIdName, QStringLiteral("Bob"));
    QCOMPARE(p.connectedLineName, QStringLiteral("Operator"));
    QCOMPARE(p.parkerDialString, parker);
    QCOMPARE(p.parkedAtMs, parkedAtMs);
    QCOMPARE(p.timeoutAtMs, timeoutAtMs);
}

void TestPbxState::queueMembers_data()
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

void TestPbxState::queueMembers()
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
    const Pbx::Queue* q = pbx.queue(QStringLiteral("support"));
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

void TestPbxState::queueCallers_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<int>("waiting");
    QTest::newRow("Alice joins support at position 1") << "QueueCallerJoin#1" << 1;
    QTest::newRow("members ring, Alice still waits") << "AgentCalled#2" << 1;
    QTest::newRow("Carol answers: Alice leaves the queue") << "QueueCallerLeave#1" << 0;
}

void TestPbxState::queueCallers()
{
    QFETCH(QString, stop);
    QFETCH(int, waiting);
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), stop));
    const Pbx::Queue* q = pbx.queue(QStringLiteral("support"));
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

void TestPbxState::calls_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("answeredMs");
    QTest::addColumn<bool>("ringing");
    QTest::addColumn<bool>("onHold");
    QTest::addColumn<QString>("queue");

    QTest::newRow("originate: Bob rings")
        << "03-call-originate-1000-to-1002"
        << "ExtensionStatus[Exten=1002,Status=8]#1"
        << "1000 Operator"
        << "1002 Bob" << qint64(1795737750600) << qint64(0) << true << false << "";
    QTest::newRow("originate: answered")
        << "03-call-originate-1000-to-1002"
        << "BridgeEnter#2"
        << "1000 Operator"
        << "1002 Bob" << qint64(1795737750600) << qint64(1795737750609) << false << false << "";
    QTest::newRow("phone dials: Alice calls Carol, answered")
        << "03-call-phone-dials-1001-to-1003"
        << "BridgeEnter#2"
        << "1001 Alice"
        << "1003 Carol" << qint64(1795737768679) << qint64(1795737768683) << false << false << "";
    QTest::newRow("attended transfer: the call is on hold")
        << "04-atxfer-attended-transfer"
        << "Hold#1"
        << "1000 Operator"
        << "1002 Bob" << qint64(1795737818743) << qint64(1795737818748) << false << true << "";
    QTest::newRow("queue: Alice to Carol through queue support")
        << "04-queue-call"
        << "BridgeEnter#2"
        << "1001 Alice"
        << "1003 Carol" << qint64(1795737902258) << qint64(1795737902267) << false << false << "support";
}

void TestPbxState::calls()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, caller);
    QFETCH(QString, callee);
    QFETCH(qint64, startMs);
    QFETCH(qint64, answeredMs);
    QFETCH(bool, ringing);
    QFETCH(bool, onHold);
    QFETCH(QString, queue);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    QCOMPARE(pbx.callIds().size(), 1);
    const Pbx::Call call = pbx.call(pbx.callIds().first());
    QCOMPARE(call.callerNumber + QLatin1Char(' ') + call.callerName, caller);
    QCOMPARE(call.calleeNumber + QLatin1Char(' ') + call.calleeName, callee);
    QCOMPARE(call.startMs, startMs);
    QCOMPARE(call.answeredMs, answeredMs);
    QCOMPARE(call.ringing, ringing);
    QCOMPARE(call.onHold, onHold);
    QCOMPARE(call.queue, queue);
}

void TestPbxState::twoCallsOneHeld()
{
    // Bob's phone (1002) talks to Alice, puts her on hold, then takes a second
    // call from Carol: the tile must show two calls, one held, and Carol.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    // Each call's Linkedid is its first channel's Uniqueid, as in Asterisk.
    const auto linked = [](const QString& uid) {
        return uid.startsWith(QLatin1String("100.")) ? QStringLiteral("100.1") : QStringLiteral("200.3");
    };
    const auto bridgeEnter = [&](const QString& ch, const QString& uid, const QString& num,
                                 const QString& name, const QString& bridge, const QString& ts) {
        pbx.apply(channelEvent("BridgeEnter", ch, uid, 6, num, name, ts,
            {{"BridgeUniqueid", bridge}, {"BridgeType", QStringLiteral("basic")}}, linked(uid)));
    };
    pbx.apply(channelEvent("Newchannel", QStringLiteral("PJSIP/1001-00000001"), QStringLiteral("100.1"), 4,
        QStringLiteral("1001"), QStringLiteral("Alice"), QStringLiteral("100.000"), {},
        linked(QStringLiteral("100.1"))));
    pbx.apply(channelEvent("Newchannel", QStringLiteral("PJSIP/1002-00000002"), QStringLiteral("100.2"), 5,
        QStringLiteral("1002"), QStringLiteral("Bob"), QStringLiteral("100.100"), {},
        linked(QStringLiteral("100.2"))));
    bridgeEnter(QStringLiteral("PJSIP/1001-00000001"), QStringLiteral("100.1"), QStringLiteral("1001"),
        QStringLiteral("Alice"), QStringLiteral("b1"), QStringLiteral("101.000"));
    bridgeEnter(QStringLiteral("PJSIP/1002-00000002"), QStringLiteral("100.2"), QStringLiteral("1002"),
        QStringLiteral("Bob"), QStringLiteral("b1"), QStringLiteral("101.500"));
    pbx.apply(channelEvent("Hold", QStringLiteral("PJSIP/1002-00000002"), QStringLiteral("100.2"), 6,
        QStringLiteral("1002"), QStringLiteral("Bob"), QStringLiteral("105.000"), {},
        linked(QStringLiteral("100.2"))));
    pbx.apply(channelEvent("Newchannel", QStringLiteral("PJSIP/1003-00000003"), QStringLiteral("200.3"), 4,
        QStringLiteral("1003"), QStringLiteral("Carol"), QStringLiteral("110.000"), {},
        linked(QStringLiteral("200.3"))));
    pbx.apply(channelEvent("Newchannel", QStringLiteral("PJSIP/1002-00000004"), QStringLiteral("200.4"), 5,
        QStringLiteral("1002"), QStringLiteral("Bob"), QStringLiteral("110.100"), {},
        linked(QStringLiteral("200.4"))));
    bridgeEnter(QStringLiteral("PJSIP/1003-00000003"), QStringLiteral("200.3"), QStringLiteral("1003"),
        QStringLiteral("Carol"), QStringLiteral("b2"), QStringLiteral("112.000"));
    bridgeEnter(QStringLiteral("PJSIP/1002-00000004"), QStringLiteral("200.4"), QStringLiteral("1002"),
        QStringLiteral("Bob"), QStringLiteral("b2"), QStringLiteral("112.250"));

    Pbx::ExtensionActivity bob = pbx.activity(QStringLiteral("1002@phones"));
    QCOMPARE(bob.activeCalls, 2);
    QCOMPARE(bob.heldCalls, 1);
    QCOMPARE(bob.peerNumber, QStringLiteral("1003"));
    QCOMPARE(bob.sinceMs, qint64(112250));
    const Pbx::ExtensionActivity alice = pbx.activity(QStringLiteral("1001@phones"));
    QCOMPARE(alice.heldCalls, 1);
    QCOMPARE(alice.peerNumber, QStringLiteral("1002"));
    QVERIFY(pbx.call(QStringLiteral("100.1")).onHold);
    QVERIFY(!pbx.call(QStringLiteral("200.3")).onHold);

    pbx.apply(channelEvent("Unhold", QStringLiteral("PJSIP/1002-00000002"), QStringLiteral("100.2"), 6,
        QStringLiteral("1002"), QStringLiteral("Bob"), QStringLiteral("120.000"), {},
        linked(QStringLiteral("100.2"))));
    bob = pbx.activity(QStringLiteral("1002@phones"));
    QCOMPARE(bob.heldCalls, 0);
    QCOMPARE(pbx.activity(QStringLiteral("1001@phones")).heldCalls, 0);
}

void TestPbxState::afterRestartReconnect()
{
    // Asterisk restarted: the hints come back with an empty Hint header,
    // MWI is replayed for every mailbox, the phones' contacts come back.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("07-after-restart-reconnect")));
    const Pbx::Extension* operatorExt = pbx.extension(QStringLiteral("1000@phones"));
    QCOMPARE(operatorExt->hint.text(), QStringLiteral("PJSIP/1000"));
    QCOMPARE(operatorExt->state, ExtensionState::Unavailable);
    QCOMPARE(pbx.extension(QStringLiteral("701@parkedcalls"))->state, ExtensionState::Idle);
    QCOMPARE(pbx.extension(QStringLiteral("9000@phones"))->state, ExtensionState::Idle);
    QCOMPARE(pbx.mailboxes().value(QStringLiteral("1001@default")).newCount, 3);
    QCOMPARE(pbx.mailboxes().value(QStringLiteral("1001@default")).oldCount, 2);
    QCOMPARE(pbx.mailboxes().value(QStringLiteral("1006@default")).newCount, 2);
    QCOMPARE(pbx.mailboxes().size(), 7);
    QCOMPARE(pbx.reachability(QStringLiteral("1000@phones")), Pbx::Endpoint::Reachability::Reachable);
    QCOMPARE(pbx.reachability(QStringLiteral("1006@phones")), Pbx::Endpoint::Reachability::Unknown);
    QVERIFY(pbx.channels().isEmpty());
}

void TestPbxState::unknownEventsChangeNothing()
{
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(
        pbx, QStringLiteral("03-call-originate-1000-to-1002"), QStringLiteral("BridgeEnter#2")));
    const QString before = pbx.dumpCanonical();
    QSignalSpy ext(&pbx, &PbxState::extensionChanged);
    QSignalSpy chan(&pbx, &PbxState::channelChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("03-call-originate-1000-to-1002"));
    int applied = 0;
    for (const AmiMessage& m : messages) {
        const QByteArrayView name = m.eventName();
        if (name == "VarSet" || name == "Cdr" || name == "RTCPSent" || name == "RTCPReceived"
            || name == "DialState" || name == "HangupRequest") {
            pbx.apply(m);
            ++applied;
        }
    }
    pbx.apply(makeEvent("NoSuchEvent", {{"Uniqueid", QStringLiteral("1795737750.26")}}));
    QVERIFY(applied > 20);
    QCOMPARE(ext.count(), 0);
    QCOMPARE(chan.count(), 0);
    QCOMPARE(pbx.dumpCanonical(), before);
}

void TestPbxState::oneSignalPerKeyPerEvent()
{
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(
        pbx, QStringLiteral("03-call-originate-1000-to-1002"), QStringLiteral("BridgeEnter#1")));
    QSignalSpy ext(&pbx, &PbxState::extensionChanged);
    QSignalSpy calls(&pbx, &PbxState::callChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("03-call-originate-1000-to-1002"));
    pbx.apply(messages[Transcript::find(messages, QStringLiteral("BridgeEnter#2"))]);
    // Both tiles change (the operator entered, Bob got a partner), once each.
    QStringList keys;
    for (const QList<QVariant>& args : std::as_const(ext))
        keys.append(args.first().toString());
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("1000@phones"), QStringLiteral("1002@phones")}));
    QCOMPARE(calls.count(), 1);
}

void TestPbxState::syncDropsStaleEntities()
{
    // State from before a disconnect: a call in progress and a parked call.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    QVERIFY(!pbx.channels().isEmpty());
    QCOMPARE(pbx.parkedCalls().size(), 1);
    QSignalSpy removedCalls(&pbx, &PbxState::callRemoved);
    QSignalSpy removedParked(&pbx, &PbxState::parkedCallRemoved);

    // After reconnecting, the lists show other calls, nothing parked.
    pbx.beginSync();
    const QList<AmiMessage> list = Transcript::load(QStringLiteral("02-CoreShowChannels-during-calls"));
    int items = 0;
    for (const AmiMessage& m : list) {
        if (m.eventName() == "CoreShowChannel") {
            pbx.apply(m);
            ++items;
        }
    }
    pbx.endSync(PbxState::Category::Channels | PbxState::Category::ParkedCalls);

    QCOMPARE(pbx.channels().size(), items);
    QVERIFY(!pbx.channel(QStringLiteral("1795737832.48"))); // the operator's old channel
    QVERIFY(pbx.parkedCalls().isEmpty());
    QCOMPARE(removedCalls.count(), 1);
    QCOMPARE(removedParked.count(), 1);
    QCOMPARE(removedParked.first().at(1).value<PbxState::ParkedCallEnd>(), PbxState::ParkedCallEnd::Gone);
    // The listed call 1000↔1002 is complete: both sides in one bridge.
    const Pbx::ExtensionActivity op = pbx.activity(QStringLiteral("1000@phones"));
    QCOMPARE(op.peerNumber, QStringLiteral("1002"));
    QCOMPARE(op.activeCalls, 1);
}

void TestPbxState::resyncEqualsFreshStart()
{
    // The same lists applied to a fresh state and to one full of stale
    // calls, holds and parked calls give the same picture.
    const QStringList lists {QStringLiteral("02-ExtensionStateList-during-calls"),
        QStringLiteral("02-DeviceStateList-during-calls"), QStringLiteral("02-CoreShowChannels-during-calls"),
        QStringLiteral("02-QueueStatus-during-calls"), QStringLiteral("02-VoicemailUsersList"),
        QStringLiteral("02-ParkedCalls")};
    const auto sync = [&](PbxState& pbx) {
        pbx.beginSync();
        for (const QString& name : lists) {
            const QList<AmiMessage> messages = Transcript::load(name);
            for (const AmiMessage& m : messages) {
                if (m.isEvent() && m.contains("ActionID") && !m.eventName().endsWith("Complete"))
                    pbx.apply(m);
            }
        }
        pbx.endSync(PbxState::Category::Extensions | PbxState::Category::Devices
            | PbxState::Category::Channels | PbxState::Category::ParkedCalls | PbxState::Category::Queues
            | PbxState::Category::Mailboxes);
    };
    PbxState fresh(QStringLiteral("lab"));
    sync(fresh);
    QVERIFY(fresh.channels().size() >= 5);

    PbxState stale(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(stale, QStringLiteral("04-atxfer-attended-transfer"),
        QStringLiteral("BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1")));
    const QList<AmiMessage> park = Transcript::load(QStringLiteral("04-park-timeout"));
    for (qsizetype i = 0; i <= Transcript::find(park, QStringLiteral("ParkedCall#1")); ++i)
        stale.apply(park[i]);
    const QList<AmiMessage> queue = Transcript::load(QStringLiteral("04-queue-call"));
    for (qsizetype i = 0; i <= Transcript::find(queue, QStringLiteral("QueueMemberAdded#1")); ++i)
        stale.apply(queue[i]);
    QVERIFY(stale.dumpCanonical() != fresh.dumpCanonical());
    sync(stale);
    QCOMPARE(stale.dumpCanonical(), fresh.dumpCanonical());
}

void TestPbxState::resyncAfterRandomDisconnects()
{
    // 100 rounds: the connection drops at a random message of a random
    // recording (mid-call, mid-transfer, parked, queued…), the world moves
    // on, the lists come in. The result must equal a fresh start.
    const QStringList lists {QStringLiteral("02-ExtensionStateList-during-calls"),
        QStringLiteral("02-DeviceStateList-during-calls"), QStringLiteral("02-CoreShowChannels-during-calls"),
        QStringLiteral("02-QueueStatus-during-calls"), QStringLiteral("02-VoicemailUsersList"),
        QStringLiteral("02-ParkedCalls")};
    QList<AmiMessage> items;
    for (const QString& name : lists) {
        const QList<AmiMessage> messages = Transcript::load(name);
        for (const AmiMessage& m : messages) {
            if (m.isEvent() && m.contains("ActionID") && !m.eventName().endsWith("Complete"))
                items.append(m);
        }
    }
    const auto sync = [&](PbxState& pbx) {
        pbx.beginSync();
        for (const AmiMessage& m : std::as_const(items))
            pbx.apply(m);
        pbx.endSync(PbxState::Category::Extensions | PbxState::Category::Devices
            | PbxState::Category::Channels | PbxState::Category::ParkedCalls | PbxState::Category::Queues
            | PbxState::Category::Mailboxes);
    };
    PbxState fresh(QStringLiteral("lab"));
    sync(fresh);
    const QString expected = fresh.dumpCanonical();

    const QStringList recordings {QStringLiteral("03-call-originate-1000-to-1002"),
        QStringLiteral("03-call-phone-dials-1001-to-1003"),
        QStringLiteral("03-call-ringing-then-answer-1000-to-1004"),
        QStringLiteral("04-atxfer-attended-transfer"), QStringLiteral("04-blindtransfer-action"),
        QStringLiteral("04-redirect-blind-transfer"), QStringLiteral("04-park-and-retrieve"),
        QStringLiteral("04-park-timeout"), QStringLiteral("04-queue-call"),
        QStringLiteral("04-custom-devstate"), QStringLiteral("04-voicemail-no-answer-mwi"),
        QStringLiteral("04-voicemail-deposit-and-manage"), QStringLiteral("07-after-restart-reconnect")};
    QHash<QString, QList<AmiMessage>> loaded;
    for (const QString& name : recordings)
        loaded.insert(name, Transcript::load(name));

    QRandomGenerator random(20261127); // fixed: a failure names its round and replays
    for (int round = 0; round < 100; ++round) {
        PbxState stale(QStringLiteral("lab"));
        Transcript::seed(stale);
        // One to three recordings, each cut at a random message.
        const int pieces = 1 + int(random.bounded(3));
        QStringList story;
        for (int p = 0; p < pieces; ++p) {
            const QString name = recordings[random.bounded(int(recordings.size()))];
            const QList<AmiMessage>& messages = loaded[name];
            const int cut = int(random.bounded(int(messages.size())));
            for (int i = 0; i <= cut; ++i) {
                if (messages[i].isEvent())
                    stale.apply(messages[i]);
            }
            story.append(name + QLatin1Char('@') + QString::number(cut));
        }
        sync(stale);
        const QString got = stale.dumpCanonical();
        QVERIFY2(got == expected,
            qPrintable(QStringLiteral("round %1 (%2)").arg(round).arg(story.join(QLatin1String(", ")))));
    }
}

void TestPbxState::pbxEvents_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QVariantList>("arguments");

    QTest::newRow("OriginateResponse: answered (reason 4), with the originated channel")
        << "03-call-originate-1000-to-1002"
        << "OriginateResponse#1" << QByteArray(SIGNAL(originateResponded(QByteArray, bool, int, QString)))
        << QVariantList {QByteArray("03-call-originate-1000-t-2"), true, 4, QStringLiteral("1795737750.26")};
    QTest::newRow("BlindTransfer of Bob to 1003@phones")
        << "04-blindtransfer-action"
        << "BlindTransfer#1"
        << QByteArray(SIGNAL(transferred(PbxState::TransferKind, bool, QString, QString)))
        << QVariantList {QVariant::fromValue(PbxState::TransferKind::Blind), true,
               QStringLiteral("PJSIP/1002-00000011"), QStringLiteral("1003@phones")};
    QTest::newRow("AttendedTransfer of Bob to the consultation's Local channel")
        << "04-atxfer-attended-transfer"
        << "AttendedTransfer#1"
        << QByteArray(SIGNAL(transferred(PbxState::TransferKind, bool, QString, QString)))
        << QVariantList {QVariant::fromValue(PbxState::TransferKind::Attended), true,
               QStringLiteral("PJSIP/1002-00000014"), QStringLiteral("Local/1003@phones-0000000c;1")};
    QTest::newRow("Reload of everything")
        << "07-reload"
        << "Reload#1" << QByteArray(SIGNAL(pbxReloaded(QString))) << QVariantList {QStringLiteral("All")};
    QTest::newRow("FullyBooted after login")
        << "01-login-plain-ok"
        << "FullyBooted#1" << QByteArray(SIGNAL(pbxBooted())) << QVariantList {};
}

void TestPbxState::pbxEvents()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QByteArray, signal);
    QFETCH(QVariantList, arguments);
    PbxState pbx(QStringLiteral("lab"));
    QSignalSpy spy(&pbx, signal.constData());
    QVERIFY(spy.isValid());
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first(), arguments);
}

void TestPbxState::shutdownDropsCalls()
{
    // Asterisk 22 usually closes the socket without Shutdown (PbxSync's
    // resync handles that); when Shutdown does come, no call may linger.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    QVERIFY(!pbx.channels().isEmpty());
    QSignalSpy shutdown(&pbx, &PbxState::pbxShuttingDown);
    QSignalSpy callRemoved(&pbx, &PbxState::callRemoved);
    pbx.apply(makeEvent(
        "Shutdown", {{"Shutdown", QStringLiteral("Cleanly")}, {"Restart", QStringLiteral("True")}}));
    QCOMPARE(shutdown.count(), 1);
    QCOMPARE(shutdown.first().first().toBool(), true);
    QCOMPARE(callRemoved.count(), 1);
    QVERIFY(pbx.channels().isEmpty());
    QVERIFY(pbx.parkedCalls().isEmpty());
    QCOMPARE(pbx.activity(QStringLiteral("1000@phones")).activeCalls, 0);
    QCOMPARE(pbx.extensions().size(), 29); // the hints stay: they come back with the PBX
}

QTEST_GUILESS_MAIN(TestPbxState)
#include "TestPbxState.moc"
