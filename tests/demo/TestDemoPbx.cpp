// SPDX-License-Identifier: GPL-3.0-or-later
// DemoPbx speaks Asterisk 22's AMI: replies and lists as recorded, the hint
// timeline of a call, several clients, a repeatable live scenario, Attendant syncing.
#include "DemoPbxRig.h"
#include "DemoTestClient.h"
#include "DemoTestOffice.h"
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

class TestDemoPbx : public DemoPbxRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void transcriptReplies_data();
    void transcriptReplies();
    void listActions_data();
    void listActions();
    void hintTimeline_data();
    void hintTimeline();
    void directoryFile();
    void multipleClients();
    void liveScenarioRepeatsWithSeed();
    void projectClientSyncs();
};

void TestDemoPbx::transcriptReplies_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"01-login-plain-ok", "01-login-no-actionid",
             "01-login-events-off-then-events-action", "01-login-md5-challenge", "01-login-md5-bad-key",
             "01-login-bad-secret", "01-login-unknown-user", "05-action-before-login",
             "05-errors-unknown-action-missing-headers", "05-permission-denied-readonly", "02-Ping"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Replays what the client sent in a real session and compares every reply
// with Asterisk's, byte for byte (only Timestamp/Challenge/Uptime masked).
void TestDemoPbx::transcriptReplies()
{
    QFETCH(QString, name);
    const QByteArray recvBytes = readFile(Transcripts + name + QStringLiteral(".recv"));
    const QList<AmiMessage> sent = parseAll(readFile(Transcripts + name + QStringLiteral(".sent")));
    QList<AmiMessage> recorded;
    for (const AmiMessage& m : parseAll(recvBytes)) {
        if (m.isResponse()) {
            QVERIFY(recvBytes.contains(m.toWire())); // toWire() gives back the recorded bytes
            recorded.append(m);
        }
    }
    QVERIFY(!sent.isEmpty());
    QCOMPARE(recorded.size(), sent.size());

    DemoTestClient client;
    QVERIFY(client.connectTo(m_pbx->serverPort()));
    QByteArray challenge;
    for (qsizetype i = 0; i < sent.size(); ++i) {
        AmiMessage request = sent.at(i);
        if (request.valueIs("Action", "Login") && request.valueIs("AuthType", "MD5")
            && recorded.at(i).valueIs("Response", "Success")) {
            // Our challenge differs from the recorded one: answer it like the client did.
            AmiMessage rebuilt;
            for (qsizetype k = 0; k < request.size(); ++k) {
                const bool isKey = request.keyAt(k) == "Key";
                rebuilt.append(request.keyAt(k),
                    isKey ? QByteArrayView(QCryptographicHash::hash(
                        QByteArray(challenge).append("panelpass"), QCryptographicHash::Md5)
                                               .toHex())
                          : request.rawValueAt(k));
            }
            request = rebuilt;
        }
        client.send(request);
        const bool failure = recorded.at(i).message() == QLatin1String("Authentication failed");
        if (failure) {
            // Asterisk answers a failed login after a second: nothing before the clock moves.
            QTRY_VERIFY(m_clock->nextDeadline() >= 0);
            QVERIFY(!client.waitFor([](const AmiMessage& m) { return m.isResponse(); }, nullptr, 50));
            m_clock->advance(1000);
        }
        const AmiMessage reply = client.nextResponse();
        QVERIFY2(!reply.isEmpty(), qPrintable(QStringLiteral("no reply to action %1").arg(i)));
        QCOMPARE(normalized(reply), normalized(recorded.at(i)));
        if (reply.valueIs("Response", "Success") && reply.contains("Challenge"))
            challenge = reply.rawValue("Challenge").toByteArray();
        if (failure || reply.valueIs("Response", "Goodbye"))
            QVERIFY(client.waitDisconnected());
    }
    // FullyBooted right after a Login with events on, with the recorded header set.
    const AmiMessage* recordedBooted = nullptr;
    const QList<AmiMessage> all = parseAll(recvBytes);
    for (const AmiMessage& m : all) {
        if (m.eventName() == "FullyBooted")
            recordedBooted = &m;
    }
    AmiMessage ours;
    for (const AmiMessage& m : client.received()) {
        if (m.eventName() == "FullyBooted")
            ours = m;
    }
    QCOMPARE(ours.isEmpty(), recordedBooted == nullptr);
    if (recordedBooted)
        QCOMPARE(keysOf(ours), keysOf(*recordedBooted));
}

void TestDemoPbx::listActions_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QString>("completeName");
    QTest::newRow("ExtensionStateList") << "02-ExtensionStateList"
                                        << "ExtensionStateList"
                                        << "ExtensionStateListComplete";
    QTest::newRow("DeviceStateList") << "02-DeviceStateList"
                                     << "DeviceStateList"
                                     << "DeviceStateListComplete";
    QTest::newRow("CoreShowChannels") << "02-CoreShowChannels-during-calls"
                                      << "CoreShowChannels"
                                      << "CoreShowChannelsComplete";
    QTest::newRow("ParkedCalls") << "04-park-and-retrieve"
                                 << "ParkedCalls"
                                 << "ParkedCallsComplete";
    QTest::newRow("QueueStatus") << "02-QueueStatus-during-calls"
                                 << "QueueStatus"
                                 << "QueueStatusComplete";
    QTest::newRow("VoicemailUsersList") << "02-VoicemailUsersList"
                                        << "VoicemailUsersList"
                                        << "VoicemailUserEntryComplete";
}

void TestDemoPbx::listActions()
{
    QFETCH(QString, transcript);
    QFETCH(QString, actionName);
    QFETCH(QString, completeName);

    // Something to list: a call in progress, a parked call, a caller waiting in the queue.
    const QString internal = m_pbx->startCall(QStringLiteral("1001"), QStringLiteral("1003"));
    QVERIFY(m_pbx->answer(internal));
    const QString outside = m_pbx->startExternalCall(
        QStringLiteral("+15551234567"), QStringLiteral("ACME Corp"), QStringLiteral("1000"));
    QVERIFY(m_pbx->answer(outside));
    QCOMPARE(m_pbx->park(outside), 701);
    QVERIFY(!m_pbx
                 ->startExternalCall(
                     QStringLiteral("+4930123456"), QStringLiteral("Müller GmbH"), QStringLiteral("8000"))
                 .isEmpty());

    AmiMessage request;
    for (const AmiMessage& m : parseAll(readFile(Transcripts + transcript + QStringLiteral(".sent")))) {
        if (m.value("Action") == actionName)
            request = m;
    }
    QVERIFY(!request.isEmpty());
    const QList<AmiMessage> recorded = withActionId(
        parseAll(readFile(Transcripts + transcript + QStringLiteral(".recv"))), request.actionId());
    QVERIFY(recorded.size() >= 2);

    auto client = loggedIn(false);
    QVERIFY(client);
    client->send(request);
    const QList<AmiMessage> ours = client->listUntil(completeName.toLatin1());
    QVERIFY(ours.size() >= 2);

    // Same start response (texts, header order, ActionID), byte for byte.
    QCOMPARE(ours.first().toWire(), recorded.first().toWire());
    // Items: the same header names, in the same order, as the recorded item of the same kind.
    const QList<AmiMessage> items = ours.mid(1, ours.size() - 2);
    QVERIFY(!items.isEmpty());
    for (const AmiMessage& item : items) {
        QCOMPARE(item.actionId(), request.actionId());
        for (const AmiMessage& rec : recorded) {
            if (rec.eventName() == item.eventName())
                QCOMPARE(keysOf(item), keysOf(rec));
        }
    }
    // Complete event: recorded header set, ListItems counting the items.
    QCOMPARE(keysOf(ours.last()), keysOf(recorded.last()));
    QCOMPARE(ours.last().value("ListItems").toInt(), items.size());

    const int extensions = int(m_pbx->world()->extensionNumbers().size());
    if (actionName == QLatin1String("ExtensionStateList"))
        // phones, their *76<ext> DND hints, 9000 and 9001 (the 08-13 setup), parking spaces 701-720
        QCOMPARE(items.size(), 2 * extensions + 2 + 20);
    else if (actionName == QLatin1String("VoicemailUsersList"))
        QCOMPARE(items.size(), extensions);
    else if (actionName == QLatin1String("CoreShowChannels"))
        QCOMPARE(items.size(), 4); // 1001, 1003, the parked caller, the queue caller
    else if (actionName == QLatin1String("ParkedCalls"))
        QCOMPARE(items.size(), 1);
    else if (actionName == QLatin1String("QueueStatus"))
        QCOMPARE(items.last().eventName(), QByteArrayView("QueueEntry"));
}

void TestDemoPbx::hintTimeline_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<bool>("callerHangsUp");
    QTest::addColumn<QString>("expected");
    // 03-call-originate-1000-to-1002: the operator's phone is in use from the dial on.
    QTest::newRow("operator originates") << "originate"
                                         << "1000"
                                         << "1002" << false
                                         << "DialBegin 1000=8 1000=1 DialBegin 1002=8 1002=1 BridgeEnter "
                                            "BridgeEnter Hangup Hangup 1000=0 1002=0";
    // 03-call-phone-dials-1001-to-1003: a phone that dials is in use a few ms after it starts
    // dialling (here before the called phone answers), and not reported again at the answer.
    QTest::newRow("phone dials") << "phone"
                                 << "1001"
                                 << "1003" << true
                                 << "DialBegin 1003=8 1001=1 1003=1 BridgeEnter BridgeEnter 1001=0 Hangup "
                                    "Hangup 1003=0";
    QTest::newRow("external caller")
        << "trunk"
        << "+15551234567"
        << "1004" << true << "DialBegin 1004=8 1004=1 BridgeEnter BridgeEnter Hangup Hangup 1004=0";
    // 04-queue-call with the member that answers (the second member rung in parallel is not simulated).
    QTest::newRow("queue call")
        << "queue"
        << "1001"
        << "1003" << true
        << "DialBegin 1001=8 1001=1 QueueCallerJoin AgentCalled DialBegin 1003=8 1003=1 "
           "QueueCallerLeave AgentConnect BridgeEnter BridgeEnter AgentComplete Hangup "
           "1001=0 Hangup 1003=0";
}

void TestDemoPbx::hintTimeline()
{
    QFETCH(QString, kind);
    QFETCH(QString, caller);
    QFETCH(QString, callee);
    QFETCH(bool, callerHangsUp);
    QFETCH(QString, expected);

    if (kind == QLatin1String("queue")) {
        // Only the answering member is free, so the queue rings it.
        for (DemoExtension* e : m_pbx->world()->queueMembers()) {
            if (e->number != callee && e->number != caller)
                e->paused = true;
        }
    }
    auto client = loggedIn();
    QVERIFY(client);
    QString callId;
    if (kind == QLatin1String("originate") || kind == QLatin1String("queue")) {
        client->send(action({{"Action", QStringLiteral("Originate")},
            {"Channel", QStringLiteral("PJSIP/") + caller}, {"Context", QStringLiteral("phones")},
            {"Exten", kind == QLatin1String("queue") ? QStringLiteral("8000") : callee},
            {"Priority", QStringLiteral("1")}, {"CallerID", QStringLiteral("<") + caller + u'>'},
            {"Async", QStringLiteral("true")}}));
        QCOMPARE(client->nextResponse().message(), QStringLiteral("Originate successfully queued"));
        m_clock->advance(0);
        AmiMessage result;
        QVERIFY(client->waitFor(
            [](const AmiMessage& m) { return m.eventName() == "OriginateResponse"; }, &result));
        callId = result.value("Uniqueid");
    } else if (kind == QLatin1String("phone")) {
        callId = m_pbx->startCall(caller, callee);
    } else {
        callId = m_pbx->startExternalCall(caller, QStringLiteral("ACME Corp"), callee);
    }
    QVERIFY(!callId.isEmpty());
    if (kind == QLatin1String("queue")) {
        m_clock->advance(20000); // waiting in the queue
        QVERIFY(m_pbx->features()->connectQueueCaller());
    }
    m_clock->advance(3000); // ringing
    QVERIFY(m_pbx->answer(callId));
    m_clock->advance(4000);
    QVERIFY(m_pbx->hangup(callId, callerHangsUp));
    QVERIFY(client->sync());
    const QStringList phones {caller, callee};
    QCOMPARE(hintsOf(sinceLogin(client->events()), phones), expected);
    for (const QString& n : phones) {
        if (const DemoExtension* e = m_pbx->world()->extension(n))
            QCOMPARE(e->state, DemoDeviceState::NotInUse);
    }
    QCOMPARE(m_pbx->world()->channelCount(), 0);
}

// A queue caller waits in QueueStatus (QueueEntry) until a member answers;
// the member list (QueueMember) follows the live call.
void TestDemoPbx::directoryFile()
{
    const QByteArray csv = readFile(m_pbx->directoryFilePath());
    QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("name,extension,department,mail"));
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with a newline
    QCOMPARE(lines.size(), m_pbx->world()->extensionNumbers().size());
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split(',');
        QCOMPARE(fields.size(), 4);
        QVERIFY(m_pbx->world()->extension(QString::fromUtf8(fields.at(1))));
        QVERIFY(fields.at(3).endsWith("@example.com"));
    }
    QVERIFY(lines.at(1).startsWith(
        m_pbx->world()->extension(QStringLiteral("1001"))->name.toUtf8().append(",1001,")));
    QVERIFY(csv.contains("Zoë Müller"));
    QVERIFY(csv.contains("José García"));
}

void TestDemoPbx::multipleClients()
{
    auto first = loggedIn();
    auto second = loggedIn();
    auto quiet = loggedIn(false);
    QVERIFY(first && second && quiet);
    QTRY_COMPARE(m_pbx->sessionCount(), 3);
    const QString callId = m_pbx->startCall(QStringLiteral("1002"), QStringLiteral("1003"));
    const QString channel = m_pbx->world()->channel(callId)->name;
    for (DemoTestClient* c : {first.get(), second.get()}) {
        QVERIFY(c->waitFor([&channel](const AmiMessage& m) {
            return m.eventName() == "Newchannel" && m.value("Channel") == channel;
        }));
    }
    QVERIFY(quiet->sync());
    QVERIFY(quiet->events().isEmpty()); // Events: off is honoured
    quiet->socket().disconnectFromHost();
    QTRY_COMPARE(m_pbx->sessionCount(), 2);
}

// The live office: same seed and same clock, same events; it produces calls
// that end, voicemail and queue traffic near the asked rate.
void TestDemoPbx::liveScenarioRepeatsWithSeed()
{
    auto run = [](quint32 seed, QStringList* names) {
        MockClock clock;
        DemoPbx pbx(nullptr, &clock);
        pbx.setSeed(seed);
        pbx.setEventRate(30);
        QByteArrayList wires;
        if (!pbx.start())
            return wires;
        QObject::connect(pbx.world(), &DemoWorld::eventPublished, &pbx, [&](const AmiMessage& m) {
            wires.append(m.toWire().replace(pbx.spoolPath().toUtf8(), "<spool>"));
            if (names)
                names->append(QString::fromLatin1(m.eventName()));
        });
        for (int i = 0; i < 1200; ++i) // two simulated minutes
            clock.advance(100);
        return wires;
    };
    QStringList names;
    const QByteArrayList first = run(7, &names);
    const QByteArrayList again = run(7, nullptr);
    const QByteArrayList other = run(8, nullptr);
    QVERIFY(first.size() > 1000);
    QCOMPARE(again, first);
    QVERIFY(other != first);
    // About the asked 30 events/s over 120 s.
    QVERIFY2(first.size() > 30 * 120 / 2 && first.size() < 30 * 120 * 2,
        qPrintable(QString::number(first.size())));
    for (const char* expected : {"Newchannel", "BridgeEnter", "Hangup", "MessageWaiting", "QueueCallerJoin"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
}

// The project's own client (AmiClient + PbxSync + PbxState, MD5 login) sees
// the demo office as it is, and follows a call as it happens.
void TestDemoPbx::projectClientSyncs()
{
    const QString parked = m_pbx->startExternalCall(
        QStringLiteral("+15551234567"), QStringLiteral("ACME Corp"), QStringLiteral("1000"));
    QVERIFY(m_pbx->answer(parked));
    QCOMPARE(m_pbx->park(parked), 701);

    PbxServerConfig config;
    config.id = QStringLiteral("demo");
    config.connection.port = m_pbx->serverPort();
    config.connection.username = QStringLiteral("panel");
    PbxServer server(config, nullptr, m_clock.get());
    server.setSecret(QStringLiteral("panelpass"));
    QSignalSpy synced(server.sync(), &PbxSync::finished);
    server.start();
    QVERIFY(synced.wait(10000));

    const PbxState* state = server.state();
    QCOMPARE(state->channels().size(), m_pbx->world()->channelCount());
    QVERIFY(state->parkedCalls().contains(QStringLiteral("701@default")));
    for (const QString& n : m_pbx->world()->extensionNumbers()) {
        const QString key = n + QStringLiteral("@phones");
        QVERIFY2(state->extension(key), qPrintable(key));
        const DemoExtension* ours = m_pbx->world()->extension(n);
        const Pbx::Mailbox* box = state->mailboxOf(key);
        QVERIFY2(box, qPrintable(key));
        QCOMPARE(box->newCount, ours->newMessages);
        QCOMPARE(box->oldCount, ours->oldMessages);
    }

    const QString callId = m_pbx->startCall(QStringLiteral("1004"), QStringLiteral("1005"));
    QVERIFY(m_pbx->answer(callId));
    QTRY_COMPARE(state->channels().size(), m_pbx->world()->channelCount());
    QVERIFY(state->channels().contains(callId));
    QVERIFY(m_pbx->hangup(callId));
    QTRY_VERIFY(!state->channels().contains(callId));
    QCOMPARE(state->channels().size(), m_pbx->world()->channelCount());
}

QTEST_GUILESS_MAIN(TestDemoPbx)
#include "TestDemoPbx.moc"
