// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"

#include <QTest>

// What a channel really does (Pbx::CallActivityReader, through PbxState::activity()
// and PbxState::call()), on the recorded Asterisk 22 flows.
using Kind = Pbx::CallActivity::Kind;

namespace {

// Replays with the voicemail users known, as after a real sync: internal
// extensions are named by their configured full name ("Dave Example").
bool replayNamed(PbxState& pbx, const QString& transcript, const QString& stop)
{
    Transcript::applyList(pbx, QStringLiteral("02-VoicemailUsersList"), "02-VoicemailUsersList-2",
        int(PbxState::Category::Mailboxes));
    return Transcript::replay(pbx, transcript, stop);
}

} // namespace

class TestCallActivityReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callActivity_data();
    void callActivity();
    void callActivityFromTheChannelList();
    void callShowsTheActivity_data();
    void callShowsTheActivity();
    void retrievedParkedCallIsOneConversation();
    void holdKnownOnlyFromTheDeviceState();
    void conferenceMembersAreInTheRoomNotWithEachOther();
    void conferenceKnownFromTheChannelList();

private:
    static void addVoicemailRows();
    static void addParkRows();
    static void addQueueAndHoldRows();
};

void TestCallActivityReader::callActivity_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("party"); // "number name"
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("by");
    QTest::addColumn<int>("position");
    QTest::addColumn<qint64>("sinceMs");
    QTest::addColumn<qint64>("untilMs");

    addVoicemailRows();
    addParkRows();
    addQueueAndHoldRows();
}

// callActivity rows: voicemail: a call nobody answers, a message left.
void TestCallActivityReader::addVoicemailRows()
{
    const QString vm = QStringLiteral("12-cdr-noanswer-voicemail");
    QTest::newRow("no answer: Alice calls Dave") << vm << "CoreShowChannelsComplete#1"
                                                 << "1001@phones" << Kind::Dialling << "1004 Dave Example"
                                                 << ""
                                                 << "" << 0 << qint64(1796532175645) << qint64(0);
    QTest::newRow("no answer: Dave's phone rings, Alice calls")
        << vm << "CoreShowChannelsComplete#1"
        << "1004@phones" << Kind::Ringing << "1001 Alice Example"
        << ""
        << "" << 0 << qint64(1796532175646) << qint64(0);
    QTest::newRow("no answer: Alice leaves a message for Dave (not 'with Dave')")
        << vm << "CoreShowChannelsComplete#2"
        << "1001@phones" << Kind::Voicemail << "1004 Dave Example"
        << "1004@default"
        << "" << 0 << qint64(1796532190650) << qint64(0);
    QTest::newRow("no answer: Dave's own tile is free") << vm << "CoreShowChannelsComplete#2"
                                                        << "1004@phones" << Kind::None << " "
                                                        << ""
                                                        << "" << 0 << qint64(0) << qint64(0);
    QTest::newRow("operator leaves a message for Dave")
        << "04-voicemail-no-answer-mwi"
        << "Hangup#1"
        << "1000@phones" << Kind::Voicemail << "1004 Dave Example"
        << "1004@default"
        << "" << 0 << qint64(1795737884000) << qint64(0);
}

// callActivity rows: parked calls, retrieved or timed out.
void TestCallActivityReader::addParkRows()
{
    const QString park = QStringLiteral("04-park-and-retrieve");
    QTest::newRow("park: Bob is parked on 701 by the operator, back in 2 min")
        << park << "ParkedCall#1"
        << "1002@phones" << Kind::Parked << "1000 Operator"
        << "701"
        << "" << 0 << qint64(1795737834315) << qint64(1795737954315);
    QTest::newRow("park: Bob still parked after the operator hung up (not 'with Operator')")
        << park << "Hangup#1"
        << "1002@phones" << Kind::Parked << "1000 Operator"
        << "701"
        << "" << 0 << qint64(1795737834315) << qint64(1795737954315);
    QTest::newRow("park: the space's tile holds Bob, parked by the operator")
        << park << "Hangup#1"
        << "701@parkedcalls" << Kind::ParkedHere << "1002 Bob Example"
        << "701"
        << "1000 Operator" << 0 << qint64(1795737834315) << qint64(1795737954315);
    QTest::newRow("park: Carol retrieved Bob and talks to him")
        << park << "BridgeEnter[Channel=PJSIP/1003-00000018]#1"
        << "1002@phones" << Kind::Talking << "1003 Carol Example"
        << ""
        << "" << 0 << qint64(1795737837321) << qint64(0);
    QTest::newRow("park timeout: Bob parked on 702 for 6 s")
        << "04-park-timeout"
        << "ParkedCall#1"
        << "1002@phones" << Kind::Parked << "1000 Operator"
        << "702"
        << "" << 0 << qint64(1795737846447) << qint64(1795737852447);
}

// callActivity rows: queued callers; held calls and the attended transfer.
void TestCallActivityReader::addQueueAndHoldRows()
{
    const QString queue = QStringLiteral("04-queue-call");
    QTest::newRow("queue: Alice waits in support at position 1 (not 'with support 8000')")
        << queue << "QueueCallerJoin#1"
        << "1001@phones" << Kind::Queued << " "
        << "support"
        << "" << 1 << qint64(1795737902261) << qint64(0);
    QTest::newRow("queue: Carol's phone rings with Alice")
        << queue << "AgentCalled#2"
        << "1003@phones" << Kind::Ringing << "1001 Alice Example"
        << ""
        << "" << 0 << qint64(1795737902261) << qint64(0);
    QTest::newRow("queue: Alice talks to Carol") << queue << "BridgeEnter#2"
                                                 << "1001@phones" << Kind::Talking << "1003 Carol Example"
                                                 << ""
                                                 << "" << 0 << qint64(1795737902267) << qint64(0);

    const QString atxfer = QStringLiteral("04-atxfer-attended-transfer");
    QTest::newRow("hold: Bob is on hold by the operator") << atxfer << "Hold#1"
                                                          << "1002@phones" << Kind::OnHold << "1000 Operator"
                                                          << ""
                                                          << "" << 0 << qint64(1795737818748) << qint64(0);
    QTest::newRow("hold: Bob stays on hold while the operator consults Carol")
        << atxfer << "BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1"
        << "1002@phones" << Kind::OnHold << "1000 Operator"
        << ""
        << "" << 0 << qint64(1795737818748) << qint64(0);
    QTest::newRow("hold: the operator talks to Carol meanwhile")
        << atxfer << "BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1"
        << "1000@phones" << Kind::Talking << "1003 Carol Example"
        << ""
        << "" << 0 << qint64(1795737822177) << qint64(0);
    QTest::newRow("transfer done: the operator's leaving channel talks to nobody")
        << atxfer << "AttendedTransfer#1"
        << "1000@phones" << Kind::Other << " "
        << "Dial"
        << "" << 0 << qint64(1795737818745) << qint64(0);
}

void TestCallActivityReader::callActivity()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, extension);
    QFETCH(Kind, kind);
    QFETCH(QString, party);
    QFETCH(QString, place);
    QFETCH(QString, by);
    QFETCH(int, position);
    QFETCH(qint64, sinceMs);
    QFETCH(qint64, untilMs);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(replayNamed(pbx, transcript, stop));
    const Pbx::CallActivity a = pbx.activity(extension).what;
    QCOMPARE(a.kind, kind);
    QCOMPARE(a.number + u' ' + a.name, party);
    QCOMPARE(a.place, place);
    QCOMPARE(by.isEmpty() ? QString() : a.byNumber + u' ' + a.byName, by);
    QCOMPARE(a.position, position);
    QCOMPARE(a.sinceMs, sinceMs);
    QCOMPARE(a.untilMs, untilMs);
}

void TestCallActivityReader::callActivityFromTheChannelList()
{
    // A fresh start (or a resync) sees the caller only as a CoreShowChannel
    // item: Application VoiceMail says what it does, whatever its connected line says.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("12-cdr-noanswer-voicemail"));
    const qsizetype second
        = Transcript::find(messages, QStringLiteral("CoreShowChannel[Application=VoiceMail]#1"));
    QVERIFY(second > 0);
    QCOMPARE(messages[second].value("Application"), QStringLiteral("VoiceMail"));
    QCOMPARE(messages[second].value("ConnectedLineNum"), QStringLiteral("1004"));
    pbx.apply(messages[second]);
    const Pbx::ExtensionActivity a = pbx.activity(QStringLiteral("1001@phones"));
    QCOMPARE(a.activeCalls, 1);
    QCOMPARE(a.what.kind, Kind::Voicemail);
    QCOMPARE(a.what.place, QStringLiteral("1004@default"));
    QCOMPARE(a.what.number, QStringLiteral("1004"));
    QCOMPARE(a.peerNumber, QString());
    const Pbx::Call call = pbx.call(pbx.callIds().value(0));
    QCOMPARE(call.activity.kind, Kind::Voicemail);
    QCOMPARE(call.calleeNumber, QStringLiteral("1004"));
}

void TestCallActivityReader::callShowsTheActivity_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<QString>("place");

    QTest::newRow("voicemail: Alice leaves a message for Dave")
        << "12-cdr-noanswer-voicemail"
        << "CoreShowChannelsComplete#2" << Kind::Voicemail << "1001 Alice Example"
        << "1004 Dave Example"
        << "1004@default";
    QTest::newRow("park: Bob parked on 701, the operator gone: no callee")
        << "04-park-and-retrieve"
        << "Hangup#1" << Kind::Parked << "1002 Bob Example"
        << " "
        << "701";
    QTest::newRow("park: the operator's leg still up: the call says Bob is parked")
        << "04-park-and-retrieve"
        << "ParkedCall#1" << Kind::Parked << "1000 Operator"
        << "1002 Bob Example"
        << "701";
    QTest::newRow("queue: Alice waits while the members ring")
        << "04-queue-call"
        << "AgentCalled#2" << Kind::Queued << "1001 Alice Example"
        << "1003 Carol Example"
        << "support";
    QTest::newRow("queue: answered") << "04-queue-call"
                                     << "BridgeEnter#2" << Kind::Talking << "1001 Alice Example"
                                     << "1003 Carol Example"
                                     << "";
}

void TestCallActivityReader::callShowsTheActivity()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(Kind, kind);
    QFETCH(QString, caller);
    QFETCH(QString, callee);
    QFETCH(QString, place);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(replayNamed(pbx, transcript, stop));
    QCOMPARE(pbx.callIds().size(), 1);
    const Pbx::Call call = pbx.call(pbx.callIds().first());
    QCOMPARE(call.activity.kind, kind);
    QCOMPARE(call.callerNumber + u' ' + call.callerName, caller);
    QCOMPARE(call.calleeNumber + u' ' + call.calleeName, callee);
    QCOMPARE(call.activity.place, place);
    QVERIFY(call.duplicateOf.isEmpty());
}

void TestCallActivityReader::retrievedParkedCallIsOneConversation()
{
    // Asterisk 22 moves the retriever's channel into the parked call's
    // Linkedid when it enters the bridge; a PBX that does not (the demo, an
    // older Asterisk) leaves two call groups for one conversation. Replay
    // the recording with the retriever keeping its own Linkedid.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-park-and-retrieve"));
    const qsizetype stop
        = Transcript::find(messages, QStringLiteral("BridgeEnter[Channel=PJSIP/1003-00000018]#1"));
    QVERIFY(stop > 0);
    for (qsizetype i = 0; i <= stop; ++i) {
        const AmiMessage& m = messages[i];
        pbx.apply(m.value("Uniqueid") == QLatin1String("1795737837.50")
                ? Transcript::withValue(m, "Linkedid", QStringLiteral("1795737837.50"))
                : m);
    }
    QCOMPARE(pbx.callIds().size(), 2);
    const Pbx::Call parked = pbx.call(QStringLiteral("1795737832.48"));
    const Pbx::Call retriever = pbx.call(QStringLiteral("1795737837.50"));
    // The parked call started first: it stands for the conversation.
    QCOMPARE(parked.duplicateOf, QString());
    QCOMPARE(retriever.duplicateOf, QStringLiteral("1795737832.48"));
    QCOMPARE(parked.calleeNumber, QStringLiteral("1003"));
    QCOMPARE(parked.activity.kind, Kind::Talking);
}

void TestCallActivityReader::holdKnownOnlyFromTheDeviceState()
{
    // Connected after the Hold event (or resynced: no list reports hold),
    // the board still sees the held party's device ONHOLD: the attended
    // transfer recording without its Hold event.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-atxfer-attended-transfer"));
    const qsizetype onHold
        = Transcript::find(messages, QStringLiteral("DeviceStateChange[Device=PJSIP/1002,State=ONHOLD]#1"));
    QVERIFY(onHold > 0);
    for (qsizetype i = 0; i <= onHold; ++i) {
        if (messages[i].eventName() != "Hold")
            pbx.apply(messages[i]);
    }
    QCOMPARE(pbx.activity(QStringLiteral("1002@phones")).what.kind, Kind::OnHold);
    QCOMPARE(pbx.activity(QStringLiteral("1000@phones")).what.kind, Kind::OnHold);
    QCOMPARE(pbx.activity(QStringLiteral("1000@phones")).what.number, QStringLiteral("1002"));
    QVERIFY(pbx.call(pbx.callIds().value(0)).onHold);
}

// 08-confbridge-join-talk-leave: three phones dial room 8500. Each is in the
// room (BridgeCreator ConfBridge, BridgeName 8500), not "with" whoever else
// happens to be first in the bridge, and no call names another member as callee.
void TestCallActivityReader::conferenceMembersAreInTheRoomNotWithEachOther()
{
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(
        replayNamed(pbx, QStringLiteral("08-confbridge-join-talk-leave"), QStringLiteral("BridgeEnter#3")));
    const qint64 entered[] = {1796532078252, 1796532078261, 1796532078270};
    int i = 0;
    for (const char* phone : {"1000@phones", "1001@phones", "1002@phones"}) {
        const Pbx::ExtensionActivity a = pbx.activity(QLatin1String(phone));
        QCOMPARE(a.what.kind, Kind::Conference);
        QCOMPARE(a.what.place, QStringLiteral("8500"));
        QCOMPARE(a.what.number, QString());
        QCOMPARE(a.peerNumber, QString());
        QCOMPARE(a.what.sinceMs, entered[i++]);
    }
    const QStringList ids = pbx.callIds();
    QCOMPARE(ids.size(), 3);
    for (const QString& id : ids) {
        const Pbx::Call call = pbx.call(id);
        QCOMPARE(call.activity.kind, Kind::Conference);
        QCOMPARE(call.activity.place, QStringLiteral("8500"));
        QVERIFY2(call.calleeNumber.isEmpty(), qPrintable(call.callerNumber + u'>' + call.calleeNumber));
    }
}

// A desk that logs in while a meeting runs learns it from CoreShowChannels only:
// no BridgeCreator there, but Application ConfBridge and its room argument.
void TestCallActivityReader::conferenceKnownFromTheChannelList()
{
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    for (const char* phone : {"1000", "1001"}) {
        const QString n = QLatin1String(phone);
        pbx.apply(makeEvent("CoreShowChannel",
            {{"Channel", QStringLiteral("PJSIP/%1-0000000%2").arg(n, n.right(1))},
                {"ChannelState", QStringLiteral("6")}, {"ChannelStateDesc", QStringLiteral("Up")},
                {"CallerIDNum", n}, {"CallerIDName", QStringLiteral("Phone ") + n},
                {"ConnectedLineNum", QStringLiteral("1000")},
                {"ConnectedLineName", QStringLiteral("Phone 1000")}, {"Context", QStringLiteral("phones")},
                {"Exten", QStringLiteral("8500")}, {"Priority", QStringLiteral("2")},
                {"Uniqueid", QStringLiteral("1796532078.") + n.right(1)},
                {"Linkedid", QStringLiteral("1796532078.") + n.right(1)},
                {"Application", QStringLiteral("ConfBridge")},
                {"ApplicationData", QStringLiteral("8500,lab_bridge,lab_user")},
                {"Duration", QStringLiteral("00:00:09")},
                {"BridgeId", QStringLiteral("75c0a320-9402-4def-9440-6fc870af075f")}}));
    }
    for (const char* phone : {"1000@phones", "1001@phones"}) {
        const Pbx::ExtensionActivity a = pbx.activity(QLatin1String(phone));
        QCOMPARE(a.what.kind, Kind::Conference);
        QCOMPARE(a.what.place, QStringLiteral("8500"));
        QCOMPARE(a.peerNumber, QString());
    }
    for (const QString& id : pbx.callIds())
        QVERIFY(pbx.call(id).calleeNumber.isEmpty());
}

QTEST_GUILESS_MAIN(TestCallActivityReader)
#include "TestCallActivityReader.moc"
