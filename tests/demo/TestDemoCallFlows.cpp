// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTestClient.h"
#include "DemoTestOffice.h"
#include "MockClock.h"
#include "demo/DemoCalls.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QFile>
#include <QTest>

#include <memory>

// Call flows where the demo PBX must behave like Asterisk 22 does for an
// operator: a phone that dials is in use at once, Redirect takes a ringing or
// queued caller (F8, F9) out of Dial / the queue to the operator, and outside
// numbers are dialled out on a trunk and answered there.
namespace {

// "Event key=value" for the events that matter here, in order.
QStringList steps(const QList<AmiMessage>& events)
{
    QStringList out;
    for (const AmiMessage& m : events) {
        const QByteArrayView name = m.eventName();
        if (name == "ExtensionStatus" && m.value("Context") == QLatin1String("phones"))
            out.append(QStringLiteral("ExtensionStatus ") + m.value("Exten") + u'=' + m.value("Status"));
        else if (name == "DeviceStateChange" && m.value("Device").startsWith(QLatin1String("PJSIP/")))
            out.append(QStringLiteral("DeviceStateChange ") + m.value("Device") + u'=' + m.value("State"));
        else if (name == "DialBegin" || name == "DialEnd")
            out.append(QString::fromLatin1(name) + u' ' + m.value("DestChannel").section(u'-', 0, 0) + u' '
                + m.value("DialStatus"));
        else if (name == "Hangup" || name == "BridgeEnter")
            out.append(QString::fromLatin1(name) + u' ' + m.value("Channel").section(u'-', 0, 0));
        else if (name.startsWith("QueueCaller"))
            out.append(QString::fromLatin1(name) + u' ' + m.value("Count"));
    }
    return out;
}

} // namespace

class TestDemoCallFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialingPhoneIsInUseAtOnce();
    void redirectRingingCaller();
    void redirectQueuedCaller_data();
    void redirectQueuedCaller();
    void outsideNumbers_data();
    void outsideNumbers();
    void phoneDialsOutsideNumber();
    void showDialPlan_data();
    void showDialPlan();
    void transferToVoicemail();
    void liveOfficeShowsEveryKindOfCall();

private:
    std::unique_ptr<DemoTestClient> loggedIn();
    AmiMessage redirect(const QString& channel, const QString& exten);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
    int m_actionCount = 0;
};

void TestDemoCallFlows::init()
{
    m_clock = std::make_unique<MockClock>();
    m_pbx = startScriptedDemo(m_clock.get());
    QVERIFY(m_pbx);
}

void TestDemoCallFlows::cleanup()
{
    m_pbx.reset();
    m_clock.reset();
}

std::unique_ptr<DemoTestClient> TestDemoCallFlows::loggedIn()
{
    auto client = std::make_unique<DemoTestClient>();
    if (!loginAsPanel(*client, *m_pbx, true))
        return nullptr;
    return client;
}

// The Redirect CallControl sends for F8/F9 (and the recordings' 04-redirect-* shape).
AmiMessage TestDemoCallFlows::redirect(const QString& channel, const QString& exten)
{
    AmiMessage msg;
    msg.append("Action", QByteArrayView("Redirect"));
    msg.append("ActionID", QString(QStringLiteral("flow-") + QString::number(++m_actionCount)));
    msg.append("Channel", channel);
    msg.append("Exten", exten);
    msg.append("Context", QByteArrayView("phones"));
    msg.append("Priority", QByteArrayView("1"));
    return msg;
}

// Issue 12 item 8: Asterisk reports the dialling phone InUse within milliseconds
// (its channel is in state Ring), long before the called phone answers.
void TestDemoCallFlows::dialingPhoneIsInUseAtOnce()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startCall(QStringLiteral("1001"), QStringLiteral("1004"));
    QVERIFY(!callId.isEmpty());
    m_clock->advance(50);
    QVERIFY(client->sync());
    const QStringList ringing = steps(client->events());
    QVERIFY2(ringing.contains(QStringLiteral("ExtensionStatus 1001=1")), qPrintable(ringing.join(u'|')));
    QVERIFY(ringing.contains(QStringLiteral("DeviceStateChange PJSIP/1001=INUSE")));
    QVERIFY(ringing.contains(QStringLiteral("ExtensionStatus 1004=8")));
    QVERIFY(!ringing.contains(QStringLiteral("BridgeEnter PJSIP/1004")));
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1001"))->state, DemoDeviceState::InUse);

    // ExtensionState agrees, and answering does not send the caller's InUse a second time.
    AmiMessage state;
    state.append("Action", QByteArrayView("ExtensionState"));
    state.append("ActionID", QByteArrayView("es-1"));
    state.append("Exten", QByteArrayView("1001"));
    state.append("Context", QByteArrayView("phones"));
    client->send(state);
    QCOMPARE(client->nextResponse().value("StatusText"), QStringLiteral("InUse"));
    m_clock->advance(3000);
    QVERIFY(m_pbx->answer(callId));
    QVERIFY(client->sync());
    QCOMPARE(steps(client->events()).count(QStringLiteral("ExtensionStatus 1001=1")), 1);
    m_clock->advance(2000);
    QVERIFY(m_pbx->hangup(callId, true));
    QVERIFY(client->sync());
    QVERIFY(steps(client->events()).contains(QStringLiteral("ExtensionStatus 1001=0")));
}

// F8: the operator takes a call that rings at 1004. Asterisk ends the caller's Dial
// (DialEnd CANCEL, the ringing phone's channel hangs up) and runs the caller on at 1000.
void TestDemoCallFlows::redirectRingingCaller()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startCall(QStringLiteral("1001"), QStringLiteral("1004"));
    m_clock->advance(4000);
    QVERIFY(client->sync());
    client->received().clear();
    const QString caller = m_pbx->world()->channel(callId)->name;

    client->send(redirect(caller, QStringLiteral("1000")));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Redirect successful"));
    QVERIFY(client->sync());
    QCOMPARE(steps(client->events()),
        QStringList({QStringLiteral("DialEnd PJSIP/1004 CANCEL"), QStringLiteral("Hangup PJSIP/1004"),
            QStringLiteral("DeviceStateChange PJSIP/1004=NOT_INUSE"),
            QStringLiteral("ExtensionStatus 1004=0"), QStringLiteral("DialBegin PJSIP/1000 "),
            QStringLiteral("DeviceStateChange PJSIP/1000=RINGING"),
            QStringLiteral("ExtensionStatus 1000=8")}));
    QCOMPARE(m_pbx->world()->channelsOf(QStringLiteral("1004")).size(), 0);

    // The operator answers: the caller is connected to 1000, not to 1004.
    m_clock->advance(1000);
    QVERIFY(m_pbx->answer(callId));
    QVERIFY(client->sync());
    const QStringList after = steps(client->events());
    QVERIFY(after.contains(QStringLiteral("BridgeEnter PJSIP/1000")));
    QVERIFY(after.contains(QStringLiteral("BridgeEnter PJSIP/1001")));
    QCOMPARE(m_pbx->calls()->call(callId)->target, QStringLiteral("1000"));

    // Dial's timeout of the first ring no longer applies to the new call.
    m_clock->advance(DemoCalls::DialTimeoutMs);
    QVERIFY(m_pbx->calls()->call(callId)->answered);
    QCOMPARE(m_pbx->world()->channelCount(), 2);
}

void TestDemoCallFlows::redirectQueuedCaller_data()
{
    QTest::addColumn<bool>("memberRinging");
    QTest::addColumn<QStringList>("expected");
    const QStringList toOperator {QStringLiteral("QueueCallerAbandon "), QStringLiteral("QueueCallerLeave 0"),
        QStringLiteral("DialBegin PJSIP/1000 "), QStringLiteral("ExtensionStatus 1000=8"),
        QStringLiteral("DeviceStateChange PJSIP/1000=RINGING")};
    QTest::newRow("waiting") << false << toOperator;
    QTest::newRow("a member rings") << true
                                    << QStringList({QStringLiteral("DialEnd PJSIP/1003 CANCEL"),
                                           QStringLiteral("Hangup PJSIP/1003"),
                                           QStringLiteral("DeviceStateChange PJSIP/1003=NOT_INUSE"),
                                           QStringLiteral("ExtensionStatus 1003=0")})
            + toOperator;
}

// F9: the longest waiting queue caller is brought to the operator with Redirect.
void TestDemoCallFlows::redirectQueuedCaller()
{
    QFETCH(bool, memberRinging);
    QFETCH(QStringList, expected);
    for (DemoExtension* e : m_pbx->world()->queueMembers())
        e->paused = e->number != QLatin1String("1003");
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startExternalCall(
        QStringLiteral("+4930123456"), QStringLiteral("Müller GmbH"), QStringLiteral("8000"));
    QVERIFY(!callId.isEmpty());
    m_clock->advance(20000);
    if (memberRinging)
        QVERIFY(m_pbx->features()->connectQueueCaller());
    QVERIFY(client->sync());
    client->received().clear();

    client->send(redirect(m_pbx->world()->channel(callId)->name, QStringLiteral("1000")));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Redirect successful"));
    QVERIFY(client->sync());
    QCOMPARE(steps(client->events()), expected);
    for (const AmiMessage& m : client->events()) {
        if (m.eventName() == "QueueCallerAbandon") {
            QCOMPARE(m.value("HoldTime"), QStringLiteral("20"));
            QCOMPARE(m.value("Position"), QStringLiteral("1"));
        }
    }
    QVERIFY(m_pbx->world()->queueCallers().isEmpty());

    QVERIFY(m_pbx->answer(callId));
    QVERIFY(client->sync());
    QVERIFY(steps(client->events()).contains(QStringLiteral("BridgeEnter PJSIP/1000")));
    QVERIFY(steps(client->events()).contains(QStringLiteral("BridgeEnter PJSIP/trunk")));
    QVERIFY(!m_pbx->calls()->call(callId)->queued);
}

void TestDemoCallFlows::outsideNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("outside");
    QTest::newRow("international") << "+4930123456" << true;
    QTest::newRow("national") << "0301234567" << true;
    QTest::newRow("short with 0") << "010" << true;
    QTest::newRow("five digits") << "12345" << true;
    QTest::newRow("unknown extension") << "1999" << false;
    QTest::newRow("letters") << "+49abc" << false;
}

// Issue 17: an outside number rings on the trunk and a simulated party answers it.
void TestDemoCallFlows::outsideNumbers()
{
    QFETCH(QString, number);
    QFETCH(bool, outside);
    auto client = loggedIn();
    QVERIFY(client);
    AmiMessage originate;
    originate.append("Action", QByteArrayView("Originate"));
    originate.append("ActionID", QByteArrayView("out-1"));
    originate.append("Channel", QByteArrayView("PJSIP/1000"));
    originate.append("Exten", number);
    originate.append("Context", QByteArrayView("phones"));
    originate.append("Priority", QByteArrayView("1"));
    originate.append("CallerID", QByteArrayView("\"Operator\" <1000>"));
    originate.append("Async", QByteArrayView("true"));
    client->send(originate);
    const AmiMessage reply = client->nextResponse();
    if (!outside) {
        QCOMPARE(reply.message(), QStringLiteral("Extension does not exist."));
        return;
    }
    QCOMPARE(reply.message(), QStringLiteral("Originate successfully queued"));
    m_clock->advance(0);
    AmiMessage result;
    QVERIFY(
        client->waitFor([](const AmiMessage& m) { return m.eventName() == "OriginateResponse"; }, &result));
    QCOMPARE(result.value("Response"), QStringLiteral("Success"));
    AmiMessage dial;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "DialBegin"; }, &dial));
    QVERIFY(dial.value("DestChannel").startsWith(QLatin1String("PJSIP/trunk-")));
    QCOMPARE(dial.value("DestCallerIDNum"), number);
    QCOMPARE(dial.value("DialString"), number + QStringLiteral("@trunk"));
    const QString callId = result.value("Uniqueid");
    QVERIFY(!m_pbx->calls()->call(callId)->answered); // it rings first

    m_clock->advance(DemoCalls::OutsideAnswerMs + 3000);
    QVERIFY(client->sync());
    QVERIFY(m_pbx->calls()->call(callId)->answered);
    const QStringList flow = steps(client->events());
    QVERIFY(flow.contains(QStringLiteral("DialEnd PJSIP/trunk ANSWER")));
    QVERIFY(flow.contains(QStringLiteral("BridgeEnter PJSIP/trunk")));
    QVERIFY(m_pbx->hangup(callId, true));
    QCOMPARE(m_pbx->world()->channelCount(), 0);
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1000"))->state, DemoDeviceState::NotInUse);
}

// A phone dials out itself, and a blind transfer may go out too.
void TestDemoCallFlows::phoneDialsOutsideNumber()
{
    const QString callId = m_pbx->startCall(QStringLiteral("1002"), QStringLiteral("+15551230000"));
    QVERIFY(!callId.isEmpty());
    QVERIFY(m_pbx->calls()->call(callId));
    m_clock->advance(DemoCalls::OutsideAnswerMs + 3000);
    QVERIFY(m_pbx->calls()->call(callId)->answered);

    const QString internal = m_pbx->startCall(QStringLiteral("1000"), QStringLiteral("1003"));
    QVERIFY(m_pbx->answer(internal));
    const QString operatorChannel = m_pbx->world()->channel(internal)->name;
    QCOMPARE(m_pbx->features()->blindTransfer(operatorChannel, QStringLiteral("004930123456")),
        DemoFeatures::Result::Ok);
    m_clock->advance(DemoCalls::OutsideAnswerMs + 3000);
    QCOMPARE(m_pbx->world()->channelsOf(QStringLiteral("1000")).size(), 0);
    bool found = false;
    for (const QString& id : m_pbx->calls()->callIds()) {
        const DemoCall* c = m_pbx->calls()->call(id);
        if (c && c->target == QLatin1String("004930123456") && c->answered)
            found = true;
    }
    QVERIFY(found);
}

void TestDemoCallFlows::showDialPlan_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("exten");
    QTest::addColumn<QString>("error"); // empty: found
    QTest::addColumn<QString>("firstApplication");
    QTest::newRow("phone") << "phones"
                           << "1001"
                           << ""
                           << "PJSIP/1001,CustomPresence:1001";
    QTest::newRow("voicemail of a phone") << "phones"
                                          << "*1003"
                                          << ""
                                          << "VoiceMail";
    QTest::newRow("queue") << "phones"
                           << "8000"
                           << ""
                           << "Answer";
    QTest::newRow("night mode hint") << "phones"
                                     << "9001"
                                     << ""
                                     << "Custom:nightmode";
    QTest::newRow("outside number") << "phones"
                                    << "+4930123456"
                                    << ""
                                    << "Dial";
    QTest::newRow("no such extension") << "phones"
                                       << "1999"
                                       << "Did not find extension 1999@phones"
                                       << "";
    QTest::newRow("no voicemail box") << "phones"
                                      << "*1999"
                                      << "Did not find extension *1999@phones"
                                      << "";
    QTest::newRow("no such context") << "nosuch"
                                     << "1001"
                                     << "Did not find context nosuch"
                                     << "";
}

// What CallControl's DialplanCheck asks before a transfer to voicemail (02-ShowDialPlan).
void TestDemoCallFlows::showDialPlan()
{
    QFETCH(QString, context);
    QFETCH(QString, exten);
    QFETCH(QString, error);
    QFETCH(QString, firstApplication);
    auto client = loggedIn();
    QVERIFY(client);
    AmiMessage request;
    request.append("Action", QByteArrayView("ShowDialPlan"));
    request.append("ActionID", QByteArrayView("dp-1"));
    request.append("Context", context);
    request.append("Extension", exten);
    client->send(request);
    if (!error.isEmpty()) {
        const AmiMessage reply = client->nextResponse();
        QCOMPARE(reply.value("Response"), QStringLiteral("Error"));
        QCOMPARE(reply.message(), error);
        return;
    }
    QList<AmiMessage> list;
    for (const AmiMessage& m : client->listUntil("ShowDialPlanComplete")) {
        if (m.actionId() == "dp-1")
            list.append(m);
    }
    QVERIFY(list.size() >= 3);
    QCOMPARE(list.at(1).value("Application"), firstApplication);
    // The recorded shapes: start response, items and Complete with their header names.
    QFile recorded(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/02-ShowDialPlan.recv"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    AmiParser parser;
    parser.feed(recorded.readAll());
    QList<AmiMessage> messages;
    parser.takeMessages(messages);
    auto keys = [](const AmiMessage& m) {
        QStringList out;
        for (qsizetype i = 0; i < m.size(); ++i)
            out.append(QString::fromLatin1(m.keyAt(i)));
        return out;
    };
    for (const AmiMessage& rec : std::as_const(messages)) {
        if (rec.actionId() != "02-ShowDialPlan-2")
            continue;
        if (rec.isResponse())
            QCOMPARE(keys(list.first()), keys(rec));
        else if (rec.eventName() == "ShowDialPlanComplete")
            QCOMPARE(keys(list.last()), keys(rec));
        else if (rec.value("Priority") == QLatin1String("hint")
            && list.at(1).value("Priority") == QLatin1String("hint"))
            QCOMPARE(keys(list.at(1)), keys(rec));
        else if (rec.value("Priority") == QLatin1String("1")
            && list.at(1).value("Priority") == QLatin1String("1"))
            QCOMPARE(keys(list.at(1)), keys(rec));
    }
    QCOMPARE(list.last().value("ListItems").toInt(), list.size() - 2);
}

// Transfer to voicemail (Redirect to *<ext>): the caller goes into <ext>'s VoiceMail,
// speaks, and the box gets a new message (MessageWaiting).
void TestDemoCallFlows::transferToVoicemail()
{
    auto client = loggedIn();
    QVERIFY(client);
    const QString callId = m_pbx->startExternalCall(
        QStringLiteral("+15551234567"), QStringLiteral("ACME Corp"), QStringLiteral("1000"));
    QVERIFY(m_pbx->answer(callId));
    const int before = m_pbx->world()->extension(QStringLiteral("1003"))->newMessages;
    client->send(redirect(m_pbx->world()->channel(callId)->name, QStringLiteral("*1003")));
    QCOMPARE(client->nextResponse().message(), QStringLiteral("Redirect successful"));
    AmiMessage vm;
    QVERIFY(client->waitFor(
        [](const AmiMessage& m) {
            return m.eventName() == "Newexten" && m.value("Application") == QLatin1String("VoiceMail");
        },
        &vm));
    QCOMPARE(vm.value("AppData"), QStringLiteral("1003@default,u"));
    QCOMPARE(m_pbx->world()->channelsOf(QStringLiteral("1000")).size(), 0); // the operator is free
    m_clock->advance(40000);
    AmiMessage mwi;
    QVERIFY(client->waitFor([](const AmiMessage& m) { return m.eventName() == "MessageWaiting"; }, &mwi));
    QCOMPARE(mwi.value("Mailbox"), QStringLiteral("1003@default"));
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1003"))->newMessages, before + 1);
    QCOMPARE(m_pbx->world()->channelCount(), 0);
}

// What the screenshots need at once (8 s after start): callers waiting in the queue,
// a parked caller with a timeout, a held call and a caller leaving a message.
void TestDemoCallFlows::liveOfficeShowsEveryKindOfCall()
{
    DemoPbx live(nullptr, m_clock.get());
    live.setEventRate(DemoPbx::DefaultEventRate);
    QVERIFY(live.start());
    m_clock->advance(8000);
    DemoWorld* w = live.world();
    QVERIFY(w->queueCallers().size() >= 1);
    QVERIFY(w->parkedCall(DemoWorld::FirstParkingSpace));
    QVERIFY(w->parkedCall(DemoWorld::FirstParkingSpace)->timeoutSec > 0);
    bool held = false;
    bool leavingMessage = false;
    for (const QString& n : w->extensionNumbers()) {
        for (const DemoChannel* ch : w->channelsOf(n))
            held = held || ch->held;
    }
    for (const QString& id : live.calls()->callIds()) {
        const DemoChannel* ch = w->channel(id);
        leavingMessage = leavingMessage || (ch && ch->application == QLatin1String("VoiceMail"));
    }
    QVERIFY(held);
    QVERIFY(leavingMessage);
}

QTEST_GUILESS_MAIN(TestDemoCallFlows)
#include "TestDemoCallFlows.moc"
