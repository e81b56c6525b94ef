// SPDX-License-Identifier: GPL-3.0-or-later
// ExtensionActivityReader: an extension's calls as its tile tells them, across the stores.
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"

#include <QTest>

using Pbx::ExtensionState;

namespace {

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

class TestExtensionActivityReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extensionActivity_data();
    void extensionActivity();
    void twoCallsOneHeld();
    void twoConversationsShowTheNewestCall();

private:
    static void addCallRows();
    static void addTransferRows();
    static void addParkQueueVoicemailRows();
};

void TestExtensionActivityReader::extensionActivity_data()
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

    addCallRows();
    addTransferRows();
    addParkQueueVoicemailRows();
}

// extensionActivity rows: calls made and answered: originate, a phone dialling, a long ring.
void TestExtensionActivityReader::addCallRows()
{
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
}

// extensionActivity rows: transfers: attended (with its Local pair), blind, by Redirect.
void TestExtensionActivityReader::addTransferRows()
{
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
}

// extensionActivity rows: parked, queued and voicemail calls.
void TestExtensionActivityReader::addParkQueueVoicemailRows()
{
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

void TestExtensionActivityReader::extensionActivity()
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

void TestExtensionActivityReader::twoCallsOneHeld()
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

void TestExtensionActivityReader::twoConversationsShowTheNewestCall()
{
    // Regression (issue 19, chaos cuts compared on the board): with two calls
    // talking, the tile chose the one bridged last, which a client that starts
    // later cannot know (a list gives no bridge time, the channel's age only
    // to the second), so the two boards named different peers. The newest
    // call is chosen, by its uniqueid ("<seconds>.<sequence>"), which both know.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    const auto channel = [&](const QByteArray& event, const QString& number, const QString& uid,
                             const QString& linkedid, const QString& ts, const QString& bridge = {}) {
        QList<QPair<QByteArray, QString>> extra;
        if (!bridge.isEmpty())
            extra = {{"BridgeUniqueid", bridge}, {"BridgeType", QStringLiteral("basic")}};
        pbx.apply(channelEvent(event, QStringLiteral("PJSIP/%1-0000000%2").arg(number, uid.right(1)), uid,
            event == "Newchannel" ? 4 : 6, number, number, ts, extra, linkedid));
    };
    // Bob (1002) calls Alice (1001) at 300; Carol (1003) calls Bob at 300.5.
    channel("Newchannel", QStringLiteral("1002"), QStringLiteral("300.1"), QStringLiteral("300.1"),
        QStringLiteral("300.0"));
    channel("Newchannel", QStringLiteral("1001"), QStringLiteral("300.2"), QStringLiteral("300.1"),
        QStringLiteral("300.1"));
    channel("Newchannel", QStringLiteral("1003"), QStringLiteral("300.3"), QStringLiteral("300.3"),
        QStringLiteral("300.5"));
    channel("Newchannel", QStringLiteral("1002"), QStringLiteral("300.4"), QStringLiteral("300.3"),
        QStringLiteral("300.6"));
    // Bob answers Carol first; Alice answers Bob later.
    channel("BridgeEnter", QStringLiteral("1003"), QStringLiteral("300.3"), QStringLiteral("300.3"),
        QStringLiteral("301.0"), QStringLiteral("b3"));
    channel("BridgeEnter", QStringLiteral("1002"), QStringLiteral("300.4"), QStringLiteral("300.3"),
        QStringLiteral("301.1"), QStringLiteral("b3"));
    channel("BridgeEnter", QStringLiteral("1001"), QStringLiteral("300.2"), QStringLiteral("300.1"),
        QStringLiteral("305.0"), QStringLiteral("b1"));
    channel("BridgeEnter", QStringLiteral("1002"), QStringLiteral("300.1"), QStringLiteral("300.1"),
        QStringLiteral("305.1"), QStringLiteral("b1"));
    const Pbx::ExtensionActivity bob = pbx.activity(QStringLiteral("1002@phones"));
    QCOMPARE(bob.activeCalls, 2);
    QCOMPARE(bob.channelId, QStringLiteral("300.4"));
    QCOMPARE(bob.peerNumber, QStringLiteral("1003"));
}

QTEST_GUILESS_MAIN(TestExtensionActivityReader)
#include "TestExtensionActivityReader.moc"
