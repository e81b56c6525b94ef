// SPDX-License-Identifier: GPL-3.0-or-later
// CallControl: the exact actions it sends, what it refuses before sending, and
// how Asterisk's replies and refusals reach the caller.
#include "CallControlRig.h"
#include "FakeAmiServer.h"
#include "Transcript.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/CallFollower.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using Op = CallControl::Operation;
using Failure = CallControl::Failure;

Q_DECLARE_METATYPE(std::function<void(CallControl&)>)

class TestCallControl : public CallControlRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void exactPackets_data();
    void exactPackets();
    void originateSucceedsOnlyAfterOriginateResponse();
    void originateFailure_data();
    void originateFailure();
    void asteriskErrorReachesCaller();
    void permissionDeniedIsLearned();
    void configuredMissingClass();
    void lineBreaksAreRefusedBeforeSending_data();
    void lineBreaksAreRefusedBeforeSending();
    void untrustedNumberWithoutSeparators();
    void refusalEscapesTheField();
    void notConnected();
    void ownPhoneIsNeverCalled();
    void onePendingRequestPerTarget();

private:
    static void addCallRows();
    static void addTransferRows();
    static void addCallHandlingRows();
    static void addSpyAndQueueRows();
};

void TestCallControl::exactPackets_data()
{
    QTest::addColumn<std::function<void(CallControl&)>>("act");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("packet");

    addCallRows();
    addTransferRows();
    addCallHandlingRows();
    addSpyAndQueueRows();
}

// exactPackets rows: calls: from the operator, between two extensions.
void TestCallControl::addCallRows()
{
    // As in 03-call-originate-1000-to-1002.sent (without the lab's Variable).
    QTest::newRow("call") << std::function<void(CallControl&)>([](CallControl& c) {
        c.call(QStringLiteral("1002"));
    }) << QByteArray("Originate")
                          << lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones",
                                 "Exten: 1002", "Priority: 1", "CallerID: \"Operator\" <1000>",
                                 "Timeout: 30000", "Async: true"});
    QTest::newRow("call between two extensions")
        << std::function<void(CallControl&)>([](CallControl& c) {
               c.callBetween(
                   QStringLiteral("PJSIP/1001"), QStringLiteral("\"Alice\" <1001>"), QStringLiteral("1002"));
           })
        << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1001", "Context: phones", "Exten: 1002", "Priority: 1",
               "CallerID: \"Alice\" <1001>", "Timeout: 30000", "Async: true"});
}

// exactPackets rows: transfers: blind (Redirect or BlindTransfer), attended, cancelled, to voicemail.
void TestCallControl::addTransferRows()
{
    // As in 04-redirect-blind-transfer.sent.
    QTest::newRow("blind transfer by Redirect") << std::function<void(CallControl&)>([](CallControl& c) {
        c.blindTransfer(QStringLiteral("PJSIP/1002-0000000c"), QStringLiteral("1003"));
    }) << QByteArray("Redirect")
                                                << lines({"Action: Redirect", "Channel: PJSIP/1002-0000000c",
                                                       "Exten: 1003", "Context: phones", "Priority: 1"});
    // As in 04-blindtransfer-action.sent.
    QTest::newRow("blind transfer by BlindTransfer")
        << std::function<void(CallControl&)>([](CallControl& c) {
               Profile p = operatorProfile();
               p.blindTransferMethod = Profile::BlindTransferMethod::BlindTransferAction;
               c.setProfile(p);
               c.blindTransfer(QStringLiteral("PJSIP/1000-00000010"), QStringLiteral("1003"));
           })
        << QByteArray("BlindTransfer")
        << lines({"Action: BlindTransfer", "Channel: PJSIP/1000-00000010", "Exten: 1003", "Context: phones"});
    // As in 04-atxfer-attended-transfer.sent.
    QTest::newRow("attended transfer")
        << std::function<void(CallControl&)>([](CallControl& c) {
               c.attendedTransfer(QStringLiteral("PJSIP/1000-00000013"), QStringLiteral("1003"));
           })
        << QByteArray("Atxfer")
        << lines({"Action: Atxfer", "Channel: PJSIP/1000-00000013", "Exten: 1003", "Context: phones"});
    QTest::newRow("cancel attended transfer") << std::function<void(CallControl&)>([](CallControl& c) {
        c.cancelAttendedTransfer(QStringLiteral("PJSIP/1000-00000013"));
    }) << QByteArray("CancelAtxfer") << lines({"Action: CancelAtxfer", "Channel: PJSIP/1000-00000013"});
    QTest::newRow("transfer to voicemail") << std::function<void(CallControl&)>([](CallControl& c) {
        c.transferToVoicemail(QStringLiteral("PJSIP/1002-0000000c"), QStringLiteral("1004"));
    }) << QByteArray("Redirect")
                                           << lines({"Action: Redirect", "Channel: PJSIP/1002-0000000c",
                                                  "Exten: *1004", "Context: vm", "Priority: 1"});
}

// exactPackets rows: hangup, park, retrieve, pickup.
void TestCallControl::addCallHandlingRows()
{
    // As in 04-hangup-action.sent (without Cause).
    QTest::newRow("hangup") << std::function<void(CallControl&)>([](CallControl& c) {
        c.hangup(QStringLiteral("PJSIP/1002-0000001d"));
    }) << QByteArray("Hangup")
                            << lines({"Action: Hangup", "Channel: PJSIP/1002-0000001d"});
    // As in 04-park-and-retrieve.sent, plus the announcement to the operator.
    QTest::newRow("park") << std::function<void(CallControl&)>([](CallControl& c) {
        c.park(QStringLiteral("PJSIP/1002-00000017"), QStringLiteral("PJSIP/1000-00000016"));
    }) << QByteArray("Park")
                          << lines({"Action: Park", "Channel: PJSIP/1002-00000017",
                                 "TimeoutChannel: PJSIP/1000-00000016",
                                 "AnnounceChannel: PJSIP/1000-00000016", "Parkinglot: default"});
    QTest::newRow("retrieve parked call")
        << std::function<void(CallControl&)>([](CallControl& c) { c.retrieve(QStringLiteral("701")); })
        << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones", "Exten: 701", "Priority: 1",
               "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
    QTest::newRow("pickup by redirecting the caller")
        << std::function<void(CallControl&)>([](CallControl& c) {
               c.pickup(QStringLiteral("PJSIP/1001-00000020"), QStringLiteral("1004"));
           })
        << QByteArray("Redirect")
        << lines({"Action: Redirect", "Channel: PJSIP/1001-00000020", "Exten: 1000", "Context: phones",
               "Priority: 1"});
    QTest::newRow("pickup by feature code")
        << std::function<void(CallControl&)>([](CallControl& c) {
               Profile p = operatorProfile();
               p.pickupMethod = Profile::PickupMethod::FeatureCode;
               c.setProfile(p);
               c.pickup(QString(), QStringLiteral("1004"));
           })
        << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones", "Exten: *81004",
               "Priority: 1", "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
}

// exactPackets rows: listen, whisper, barge; queue pause.
void TestCallControl::addSpyAndQueueRows()
{
    // As in 04-chanspy.sent (which used option E).
    QTest::newRow("listen") << std::function<void(CallControl&)>([](CallControl& c) {
        c.listen(QStringLiteral("PJSIP/1001"));
    }) << QByteArray("Originate")
                            << lines({"Action: Originate", "Channel: PJSIP/1000", "Application: ChanSpy",
                                   "Data: PJSIP/1001,q", "CallerID: \"Operator\" <1000>", "Timeout: 30000",
                                   "Async: true"});
    QTest::newRow("whisper") << std::function<void(CallControl&)>([](CallControl& c) {
        c.whisper(QStringLiteral("PJSIP/1001"));
    }) << QByteArray("Originate")
                             << lines({"Action: Originate", "Channel: PJSIP/1000", "Application: ChanSpy",
                                    "Data: PJSIP/1001,qw", "CallerID: \"Operator\" <1000>", "Timeout: 30000",
                                    "Async: true"});
    QTest::newRow("barge") << std::function<void(CallControl&)>([](CallControl& c) {
        c.barge(QStringLiteral("PJSIP/1001"));
    }) << QByteArray("Originate")
                           << lines({"Action: Originate", "Channel: PJSIP/1000", "Application: ChanSpy",
                                  "Data: PJSIP/1001,qB", "CallerID: \"Operator\" <1000>", "Timeout: 30000",
                                  "Async: true"});
    // As in 04-queue-call.sent.
    QTest::newRow("queue pause with reason") << std::function<void(CallControl&)>([](CallControl& c) {
        c.queuePause(QStringLiteral("support"), QStringLiteral("PJSIP/1003"), true, QStringLiteral("lunch"));
    }) << QByteArray("QueuePause")
                                             << lines({"Action: QueuePause", "Queue: support",
                                                    "Interface: PJSIP/1003", "Paused: true",
                                                    "Reason: lunch"});
    QTest::newRow("queue unpause") << std::function<void(CallControl&)>([](CallControl& c) {
        c.queuePause(QStringLiteral("support"), QStringLiteral("PJSIP/1003"), false);
    }) << QByteArray("QueuePause")
                                   << lines({"Action: QueuePause", "Queue: support", "Interface: PJSIP/1003",
                                          "Paused: false"});
}

void TestCallControl::exactPackets()
{
    QFETCH(std::function<void(CallControl&)>, act);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, packet);
    QSignalSpy received(m_server, &FakeAmiServer::actionReceived);
    act(*m_control);
    QTRY_COMPARE(m_server->receivedActions(action).size(), 1);
    QCOMPARE(wireWithoutActionId(m_server->receivedActions(action).first()), packet);
    QVERIFY(!m_server->receivedActions(action).first().rawValue("ActionID").isEmpty());
}

void TestCallControl::originateSucceedsOnlyAfterOriginateResponse()
{
    // Asterisk queues the call at once and reports the outcome later with the same ActionID.
    m_server->setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()},
            {"Message", "Originate successfully queued"}});
    });
    QSignalSpy ok(m_control, &CallControl::succeeded);
    QSignalSpy failed(m_control, &CallControl::failed);
    const quint64 id = m_control->call(QStringLiteral("1002"));
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 1);
    const QByteArray actionId = m_server->receivedActions("Originate").first().actionId().toByteArray();
    // Another client's OriginateResponse changes nothing.
    m_server->sendEvent("OriginateResponse",
        {{"Privilege", "call,all"}, {"ActionID", "someone-else-1"}, {"Response", "Success"},
            {"Channel", "PJSIP/1000"}, {"Reason", "4"}});
    // A Ping round trip: by its answer the foreign event has been handled.
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(ok.size(), 0);
    m_server->sendEvent("OriginateResponse",
        {{"Privilege", "call,all"}, {"ActionID", actionId}, {"Response", "Success"},
            {"Channel", "PJSIP/1000"}, {"Context", "phones"}, {"Exten", "1002"}, {"Reason", "4"},
            {"Uniqueid", "1795737818.43"}});
    QVERIFY(ok.wait());
    QCOMPARE(ok.first().at(0).toULongLong(), id);
    QCOMPARE(ok.first().at(1).value<Op>(), Op::Call);
    QCOMPARE(failed.size(), 0);
}

void TestCallControl::originateFailure_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<Failure>("failure");
    // 03-originate-failures: unregistered/unknown endpoint → 0; no answer within Timeout → 3.
    QTest::newRow("cannot dial (Reason 0)") << QByteArray("0") << Failure::OriginateFailed;
    QTest::newRow("no answer (Reason 3)") << QByteArray("3") << Failure::NoAnswer;
    QTest::newRow("busy (Reason 5)") << QByteArray("5") << Failure::NoAnswer;
}

void TestCallControl::originateFailure()
{
    QFETCH(QByteArray, reason);
    QFETCH(Failure, failure);
    m_server->setHandler("Originate", [reason](const AmiMessage& a) {
        // The response and the event in one write, as Asterisk often sends them.
        QByteArray bytes = FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()},
            {"Message", "Originate successfully queued"}});
        bytes += FakeAmiServer::packet({{"Event", "OriginateResponse"}, {"Privilege", "call,all"},
            {"ActionID", a.actionId()}, {"Response", "Failure"}, {"Channel", "PJSIP/1006"},
            {"Context", "phones"}, {"Exten", "1002"}, {"Reason", reason}, {"Uniqueid", "<unknown>"}});
        return bytes;
    });
    QSignalSpy failed(m_control, &CallControl::failed);
    QSignalSpy ok(m_control, &CallControl::succeeded);
    const quint64 id = m_control->call(QStringLiteral("1002"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toULongLong(), id);
    QCOMPARE(failed.first().at(2).value<Failure>(), failure);
    QVERIFY(!failed.first().at(3).toString().isEmpty());
    QCOMPARE(ok.size(), 0);
}

void TestCallControl::asteriskErrorReachesCaller()
{
    m_server->setHandler("Hangup", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "No such channel"}});
    });
    QSignalSpy failed(m_control, &CallControl::failed);
    const quint64 id = m_control->hangup(QStringLiteral("PJSIP/1002-ffffffff"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toULongLong(), id);
    QCOMPARE(failed.first().at(1).value<Op>(), Op::Hangup);
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::AsteriskError);
    QCOMPARE(failed.first().at(3).toString(), QStringLiteral("No such channel"));
    QVERIFY(m_control->isPermitted(Op::Hangup)); // an error is not a permission problem
}

void TestCallControl::permissionDeniedIsLearned()
{
    // 05-permission-denied-readonly: Originate refused for write=none.
    m_server->setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    });
    QSignalSpy failed(m_control, &CallControl::failed);
    QSignalSpy permissions(m_control, &CallControl::permissionsChanged);
    QVERIFY(m_control->isPermitted(Op::Call));
    m_control->call(QStringLiteral("1002"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::PermissionDenied);
    QCOMPARE(failed.first().at(3).toString(), QStringLiteral("Permission denied"));
    QCOMPARE(permissions.size(), 1);
    QVERIFY(!m_control->isPermitted(Op::Call));
    QVERIFY(!m_control->isPermitted(Op::Listen)); // same class: originate
    QCOMPARE(m_control->missingClass(Op::Retrieve), QStringLiteral("originate"));
    QVERIFY(m_control->isPermitted(Op::Hangup));
    QCOMPARE(m_control->missingClasses(), QStringList {QStringLiteral("originate")});
}

void TestCallControl::configuredMissingClass()
{
    Profile p = operatorProfile();
    p.missingWriteClasses = {QStringLiteral("call"), QStringLiteral("agent")};
    QSignalSpy permissions(m_control, &CallControl::permissionsChanged);
    m_control->setProfile(p);
    QCOMPARE(permissions.size(), 1);
    QVERIFY(!m_control->isPermitted(Op::Hangup));
    QVERIFY(!m_control->isPermitted(Op::BlindTransfer));
    QVERIFY(!m_control->isPermitted(Op::QueuePause));
    QVERIFY(m_control->isPermitted(Op::Call));
}

void TestCallControl::lineBreaksAreRefusedBeforeSending_data()
{
    QTest::addColumn<std::function<void(CallControl&)>>("act");
    QTest::addColumn<Op>("op");
    QTest::newRow("CRLF in number") << std::function<void(CallControl&)>([](CallControl& c) {
        c.call(QStringLiteral("1002\r\nAction: Command\r\nCommand: core stop now"));
    }) << Op::Call;
    QTest::newRow("LF in channel") << std::function<void(CallControl&)>([](CallControl& c) {
        c.hangup(QStringLiteral("PJSIP/1002\nAction: Logoff"));
    }) << Op::Hangup;
    QTest::newRow("CR in queue reason") << std::function<void(CallControl&)>([](CallControl& c) {
        c.queuePause(QStringLiteral("support"), QStringLiteral("PJSIP/1003"), true, QStringLiteral("a\rb"));
    }) << Op::QueuePause;
    QTest::newRow("empty number") << std::function<void(CallControl&)>([](CallControl& c) {
        c.call(QString());
    }) << Op::Call;
    QTest::newRow("hangup regex") << std::function<void(CallControl&)>([](CallControl& c) {
        c.hangup(QStringLiteral("/^PJSIP/.*$/"));
    }) << Op::Hangup;
    // Numbers the operator did not type (voicemail callerid, call log, directory).
    const auto untrusted = CallControl::NumberOrigin::Untrusted;
    const QString evil = QStringLiteral("1234&PJSIP/evil@trunk");
    QTest::newRow("untrusted call with &")
        << std::function<void(CallControl&)>([=](CallControl& c) { c.call(evil, untrusted); }) << Op::Call;
    QTest::newRow("untrusted call with a comma") << std::function<void(CallControl&)>([=](CallControl& c) {
        c.call(QStringLiteral("1234,,r"), untrusted);
    }) << Op::Call;
    QTest::newRow("untrusted blind transfer") << std::function<void(CallControl&)>([=](CallControl& c) {
        c.blindTransfer(QStringLiteral("PJSIP/2001-00000001"), evil, untrusted);
    }) << Op::BlindTransfer;
    QTest::newRow("untrusted attended transfer") << std::function<void(CallControl&)>([=](CallControl& c) {
        c.attendedTransfer(QStringLiteral("PJSIP/1000-00000001"), evil, untrusted);
    }) << Op::AttendedTransfer;
    QTest::newRow("untrusted call between") << std::function<void(CallControl&)>([=](CallControl& c) {
        c.callBetween(QStringLiteral("PJSIP/1001"), QStringLiteral("Alice <1001>"), evil, untrusted);
    }) << Op::CallBetween;
}

void TestCallControl::lineBreaksAreRefusedBeforeSending()
{
    QFETCH(std::function<void(CallControl&)>, act);
    QFETCH(Op, op);
    QSignalSpy failed(m_control, &CallControl::failed);
    const int before = int(m_server->receivedActions().size());
    act(*m_control);
    QCOMPARE(failed.size(), 0); // reported later, from the event loop, like every outcome
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(1).value<Op>(), op);
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::InvalidValue);
    QVERIFY(!failed.first().at(3).toString().isEmpty());
    // Nothing reached the PBX: a Ping round trip proves the wire is idle.
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(m_server->receivedActions().size(), before + 1);
    QCOMPARE(m_server->receivedActions().last().rawValue("Action"), QByteArrayView("Ping"));
}

void TestCallControl::untrustedNumberWithoutSeparators()
{
    m_control->call(QStringLiteral("+1 (555) 01-00"), CallControl::NumberOrigin::Untrusted);
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 1);
    QCOMPARE(m_server->receivedActions("Originate").first().value("Exten"), QStringLiteral("+15550100"));
}

void TestCallControl::refusalEscapesTheField()
{
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->call(QStringLiteral("1002\r\nAction: Command"), CallControl::NumberOrigin::Untrusted);
    QVERIFY(failed.wait());
    const QString message = failed.first().at(3).toString();
    QVERIFY2(message.contains(QLatin1String("1002\\r\\nAction: Command")), qPrintable(message));
    QVERIFY(!message.contains(u'\r') && !message.contains(u'\n'));
}

void TestCallControl::notConnected()
{
    AmiClient offline;
    CallControl control(&offline, nullptr);
    control.setProfile(operatorProfile());
    QSignalSpy failed(&control, &CallControl::failed);
    control.call(QStringLiteral("1002"));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(2).value<Failure>(), Failure::NotConnected);
}

void TestCallControl::ownPhoneIsNeverCalled()
{
    // Enter in an empty board filter used to originate PJSIP/1000 → 1000.
    QSignalSpy failed(m_control, &CallControl::failed);
    m_control->call(QStringLiteral("1000"));
    m_control->callBetween(QStringLiteral("PJSIP/1000"), QString(), QStringLiteral("1000"));
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).at(2).value<Failure>(), Failure::OwnPhone);
    QCOMPARE(failed.at(1).at(2).value<Failure>(), Failure::OwnPhone);
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(m_server->receivedActions("Originate").size(), 0);
}

void TestCallControl::onePendingRequestPerTarget()
{
    // A held-down key sent 739 Originates in 45 s: while one is in flight, the same is refused.
    QByteArray lastId;
    m_server->setHandler("Originate", [&lastId](const AmiMessage& a) {
        lastId = a.actionId().toByteArray();
        return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()},
            {"Message", "Originate successfully queued"}});
    });
    QSignalSpy failed(m_control, &CallControl::failed);
    for (int i = 0; i < 20; ++i)
        m_control->call(QStringLiteral("1002"));
    m_control->call(QStringLiteral("1003")); // another target is fine
    QTRY_COMPARE(failed.size(), 19);
    for (const auto& f : std::as_const(failed))
        QCOMPARE(f.at(2).value<Failure>(), Failure::AlreadyPending);
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 2);
    QCOMPARE(m_server->receivedActions("Originate").at(0).value("Exten"), QStringLiteral("1002"));
    // Once the first one has its outcome, the target is free again.
    const QByteArray firstId = m_server->receivedActions("Originate").at(0).actionId().toByteArray();
    m_server->sendEvent("OriginateResponse",
        {{"Privilege", "call,all"}, {"ActionID", firstId}, {"Response", "Failure"}, {"Channel", "PJSIP/1000"},
            {"Context", "phones"}, {"Exten", "1002"}, {"Reason", "3"}, {"Uniqueid", "<unknown>"}});
    QTRY_COMPARE(failed.size(), 20);
    QCOMPARE(failed.last().at(2).value<Failure>(), Failure::NoAnswer);
    m_control->call(QStringLiteral("1002"));
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 3);
}

QTEST_GUILESS_MAIN(TestCallControl)
#include "TestCallControl.moc"
