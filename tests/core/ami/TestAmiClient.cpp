// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient against FakeAmiServer (real TCP on 127.0.0.1) speaking like the
// recorded Asterisk 22.10.1: login (MD5 and plain), what arrives with the login
// reply, injection in the login refused, the secret never logged, logoff.
// Actions and lists: TestAmiClientActions. Losing the peer: TestAmiClientReconnect.
#include "AmiClientTestHelpers.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using State = AmiClient::State;
using Error = AmiClient::Error;
using Result = AmiAction::Result;

namespace {

QString transcript(const char* name)
{
    return QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + QLatin1String(name);
}

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    g_logLines.append(
        QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

} // namespace

class TestAmiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginMd5SendsKeyOfChallengeAndSecret();
    void loginPlaintext();
    void authenticationFailureIsFinal_data();
    void authenticationFailureIsFinal();
    void eventsGluedToLoginReplyAreDelivered();
    void recordedLoginReplyAndFullyBootedInOneRead();
    void fullyBootedMidSessionAsksForResync();
    void loginInjectionRefused_data();
    void loginInjectionRefused();
    void secretNeverLogged_data();
    void secretNeverLogged();
    void logoffIsClean();
    void longReadIsHandedUpInSlices();
};

void TestAmiClient::loginMd5SendsKeyOfChallengeAndSecret()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setChallenge("180428938");
    ClientFixture f(server);
    QSignalSpy loggedIn(f.client.get(), &AmiClient::loggedIn);
    QVERIFY(f.connectAndWaitReady());
    QCOMPARE(loggedIn.count(), 1);
    QCOMPARE(f.client->bannerText(), QStringLiteral("Asterisk Call Manager/11.0.0"));
    QVERIFY(!f.client->isProxy());

    const QList<AmiMessage> challenges = server.receivedActions("Challenge");
    QCOMPARE(challenges.size(), 1);
    QCOMPARE(challenges[0].value("AuthType"), QStringLiteral("MD5"));
    const QList<AmiMessage> logins = server.receivedActions("Login");
    QCOMPARE(logins.size(), 1);
    const QByteArray expectedKey
        = QCryptographicHash::hash("180428938panelpass", QCryptographicHash::Md5).toHex();
    QCOMPARE(logins[0].rawValue("Key").toByteArray(), expectedKey);
    QCOMPARE(logins[0].value("Username"), QStringLiteral("panel"));
    QVERIFY(!logins[0].contains("Secret"));
    QCOMPARE(logins[0].value("Events"), QStringLiteral("on"));
    QVERIFY(logins[0].actionId().startsWith(f.client->actionIdPrefix()));
}

void TestAmiClient::loginPlaintext()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.eventMask = QStringLiteral("call,agent");
    f.apply();
    QSignalSpy states(f.client.get(), &AmiClient::stateChanged);
    QVERIFY(f.connectAndWaitReady());
    QVERIFY(server.receivedActions("Challenge").isEmpty());
    const QList<AmiMessage> logins = server.receivedActions("Login");
    QCOMPARE(logins.size(), 1);
    // Header order as in 01-login-plain-ok.sent.
    QCOMPARE(logins[0].keyAt(0), QByteArrayView("Action"));
    QCOMPARE(logins[0].keyAt(1), QByteArrayView("ActionID"));
    QCOMPARE(logins[0].value("Secret"), QStringLiteral("panelpass"));
    QCOMPARE(logins[0].value("Events"), QStringLiteral("call,agent"));
    QList<State> seen;
    for (const QList<QVariant>& args : states)
        seen.append(args[0].value<State>());
    QCOMPARE(seen, (QList<State> {State::Connecting, State::Authenticating, State::LoggedIn}));
}

void TestAmiClient::authenticationFailureIsFinal_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("md5");
    QTest::addColumn<bool>("refuse");
    QTest::newRow("bad secret, plaintext") << "panel"
                                           << "wrong" << false << false;
    QTest::newRow("unknown user") << "nobody"
                                  << "panelpass" << false << false;
    QTest::newRow("bad MD5 key") << "panel"
                                 << "wrong" << true << false;
    QTest::newRow("server refuses every login") << "panel"
                                                << "panelpass" << true << true;
}

void TestAmiClient::authenticationFailureIsFinal()
{
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(bool, md5);
    QFETCH(bool, refuse);
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setRefuseLogin(refuse);
    ClientFixture f(server,
        md5 ? AmiConnectionSettings::AuthMode::Md5Challenge : AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = username;
    f.apply();
    f.client->setSecret(secret);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QSignalSpy loggedIn(f.client.get(), &AmiClient::loggedIn);
    f.client->connectToServer();
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors[0][0].value<Error>(), Error::AuthenticationFailed);
    QCOMPARE(errors[0][1].toString(), QStringLiteral("Authentication failed")); // Asterisk's words
    QVERIFY(!errors[0][1].toString().contains(secret));
    QCOMPARE(f.client->state(), State::Disconnected);
    QCOMPARE(f.client->reconnectInMs(), -1);
    // No retry storm: however long we wait, nothing is scheduled.
    f.clock.advance(10 * 60 * 1000);
    QCOMPARE(f.client->state(), State::Disconnected);
    QTRY_COMPARE(server.connectionCount(), 0);
    QCOMPARE(server.totalConnections(), 1);
    QCOMPARE(loggedIn.count(), 0);
    QCOMPARE(errors.count(), 1);
}

void TestAmiClient::eventsGluedToLoginReplyAreDelivered()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setGluedLoginBytes(FakeAmiServer::packet({{"Event", "ExtensionStatus"}, {"Privilege", "call,all"},
                                  {"Exten", "1001"}, {"Status", "1"}})
        + FakeAmiServer::packet(
            {{"Event", "PeerStatus"}, {"Privilege", "system,all"}, {"Peer", "PJSIP/1001"}}));
    ClientFixture f(server);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QSignalSpy resync(f.client.get(), &AmiClient::resyncRequired);
    QVERIFY(f.connectAndWaitReady());
    QTRY_COMPARE(events.count(), 3);
    QCOMPARE(events[0][0].value<AmiMessage>().eventName(), QByteArrayView("FullyBooted"));
    QCOMPARE(events[1][0].value<AmiMessage>().value("Exten"), QStringLiteral("1001"));
    QCOMPARE(events[2][0].value<AmiMessage>().eventName(), QByteArrayView("PeerStatus"));
    QCOMPARE(resync.count(), 0); // the FullyBooted that follows Login is expected
}

void TestAmiClient::recordedLoginReplyAndFullyBootedInOneRead()
{
    // 07-after-restart-gracefully-reconnect: right after a restart, the login
    // reply is followed by 62 events (hint states, then FullyBooted with
    // Uptime 0, then registrations) before the CoreStatus reply.
    FakeAmiServer server;
    QVERIFY(server.listen());
    QVERIFY(server.loadTranscript(transcript("07-after-restart-gracefully-reconnect")));
    ClientFixture f(server, AmiConnectionSettings::AuthMode::Plaintext);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QSignalSpy resync(f.client.get(), &AmiClient::resyncRequired);
    QVERIFY(f.connectAndWaitReady());
    auto status = track(f.client->send(AmiRequest("CoreStatus")));
    QTRY_COMPARE(status->finishedCount, 1);
    QCOMPARE(status->result, Result::Success);
    QCOMPARE(status->response.value("CoreStartupTime"), QStringLiteral("00:13:10"));
    QCOMPARE(events.count(), 62);
    QCOMPARE(events[0][0].value<AmiMessage>().value("Exten"), QStringLiteral("701"));
    const auto fullyBooted = std::find_if(events.cbegin(), events.cend(),
        [](const QList<QVariant>& args) { return args[0].value<AmiMessage>().eventName() == "FullyBooted"; });
    QVERIFY(fullyBooted != events.cend());
    QCOMPARE(fullyBooted->at(0).value<AmiMessage>().value("Uptime"), QStringLiteral("0"));
    QCOMPARE(resync.count(), 0);
}

void TestAmiClient::fullyBootedMidSessionAsksForResync()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QSignalSpy resync(f.client.get(), &AmiClient::resyncRequired);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QVERIFY(f.connectAndWaitReady());
    QTRY_COMPARE(events.count(), 1);
    server.sendEvent("FullyBooted", {{"Privilege", "system,all"}, {"Status", "Fully Booted"}});
    QVERIFY(resync.wait(5000));
    QCOMPARE(resync.count(), 1);
}

void TestAmiClient::loginInjectionRefused_data()
{
    QTest::addColumn<AmiConnectionSettings::AuthMode>("auth");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("secret");
    const auto md5 = AmiConnectionSettings::AuthMode::Md5Challenge;
    const auto plain = AmiConnectionSettings::AuthMode::Plaintext;
    const QString injected = QStringLiteral("\r\nAction: Command\r\nCommand: core restart now");
    // What QUrl::userName() returns for ami://a%0D%0AAction:%20Command...@host.
    QTest::newRow("user name, MD5") << md5 << (u'a' + injected) << QStringLiteral("on")
                                    << QStringLiteral("pw");
    QTest::newRow("user name, plain text")
        << plain << (u'a' + injected) << QStringLiteral("on") << QStringLiteral("pw");
    QTest::newRow("user name, bare LF")
        << md5 << QStringLiteral("a\nAction: Command") << QStringLiteral("on") << QStringLiteral("pw");
    QTest::newRow("user name, NUL") << md5 << QStringLiteral("a\0b") << QStringLiteral("on")
                                    << QStringLiteral("pw");
    QTest::newRow("event mask") << md5 << QStringLiteral("panel") << (QStringLiteral("on") + injected)
                                << QStringLiteral("pw");
    QTest::newRow("plain-text secret")
        << plain << QStringLiteral("panel") << QStringLiteral("on") << (QStringLiteral("pw") + injected);
}

void TestAmiClient::loginInjectionRefused()
{
    QFETCH(AmiConnectionSettings::AuthMode, auth);
    QFETCH(QString, username);
    QFETCH(QString, events);
    QFETCH(QString, secret);
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server, auth);
    f.settings.username = username;
    f.settings.eventMask = events;
    f.apply();
    f.client->setSecret(secret);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    f.client->connectToServer();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<AmiClient::Error>(), AmiClient::Error::InvalidSettings);
    QCOMPARE(f.client->state(), State::Disconnected);
    // No retry either, and the server never saw a byte.
    f.clock.advance(3600000);
    QTest::qWait(200);
    QCOMPARE(f.client->state(), State::Disconnected);
    QCOMPARE(server.receivedBytes(), QByteArray());
    QVERIFY(server.receivedActions("Command").isEmpty());
}

void TestAmiClient::secretNeverLogged_data()
{
    QTest::addColumn<bool>("md5");
    QTest::addColumn<bool>("goodSecret");
    QTest::newRow("plaintext login") << false << true;
    QTest::newRow("md5 login") << true << true;
    QTest::newRow("plaintext, refused") << false << false;
    QTest::newRow("md5, refused") << true << false;
}

void TestAmiClient::secretNeverLogged()
{
    QFETCH(bool, md5);
    QFETCH(bool, goodSecret);
    const QString secret = QStringLiteral("Sup3r-S3cret-Pa55");
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.addUser("desk1", goodSecret ? secret.toUtf8() : QByteArray("something-else"));
    ClientFixture f(server,
        md5 ? AmiConnectionSettings::AuthMode::Md5Challenge : AmiConnectionSettings::AuthMode::Plaintext);
    f.settings.username = QStringLiteral("desk1");
    f.apply();
    f.client->setSecret(secret);

    QLoggingCategory::setFilterRules(QStringLiteral("attendant.ami.debug=true"));
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    f.client->connectToServer();
    const bool done
        = QTest::qWaitFor([&] { return f.client->state() == State::LoggedIn || errors.count() > 0; }, 10000);
    if (done && f.client->state() == State::LoggedIn)
        f.client->disconnectFromServer();
    QTRY_COMPARE(f.client->state(), State::Disconnected);
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("attendant.ami.debug=false"));
    QVERIFY(done);

    const QByteArray key
        = QCryptographicHash::hash(QByteArray(server.challenge() + secret.toUtf8()), QCryptographicHash::Md5)
              .toHex();
    const QString joined = g_logLines.join(u'\n');
    // The traffic was logged (so this test can fail) ...
    QVERIFY(joined.contains(QLatin1String("Action: Login")));
    QVERIFY(joined.contains(md5 ? QLatin1String("Key: ********") : QLatin1String("Secret: ********")));
    // ... and neither the secret nor the key derived from it appear.
    QVERIFY(!joined.contains(secret));
    QVERIFY(!joined.contains(QString::fromLatin1(key)));
    QVERIFY(!f.client->lastErrorText().contains(secret));
}

void TestAmiClient::logoffIsClean()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QSignalSpy states(f.client.get(), &AmiClient::stateChanged);
    QVERIFY(f.connectAndWaitReady());
    f.client->disconnectFromServer();
    QCOMPARE(f.client->state(), State::LoggingOff);
    QTRY_COMPARE(f.client->state(), State::Disconnected);
    QCOMPARE(server.receivedActions("Logoff").size(), 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(f.client->lastError(), Error::None);
    QTRY_COMPARE(server.connectionCount(), 0);
    f.clock.advance(3600000);
    QCOMPARE(f.client->state(), State::Disconnected);
    QCOMPARE(server.totalConnections(), 1);

    // Quit and come back at once: the new session does not wait for the old Goodbye.
    QVERIFY(f.connectAndWaitReady());
    f.client->disconnectFromServer();
    QCOMPARE(f.client->state(), State::LoggingOff);
    QVERIFY(f.connectAndWaitReady());
    QCOMPARE(server.totalConnections(), 3);
    QCOMPARE(errors.count(), 0);
}

void TestAmiClient::longReadIsHandedUpInSlices()
{
    // One read of many messages whose handling takes long (a resync's 1,300
    // list items at 20,000 extensions) is handed up over several event-loop
    // passes, so the window paints in between; all of them, in order. A close
    // right after them delivers the rest first, then says disconnected.
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    int ticks = 0;
    int ticksAtFirst = -1;
    int ticksAtLast = -1;
    QList<int> seen;
    bool connectedAtLast = false;
    QTimer tick;
    tick.setInterval(0);
    connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    connect(f.client.get(), &AmiClient::eventReceived, [&](const AmiMessage& m) {
        if (m.eventName() != QByteArrayView("UserEvent"))
            return;
        seen.append(m.value("Seq").toInt());
        QElapsedTimer work; // 0.1 ms of work per event: 0.1 s for the read
        work.start();
        while (work.nsecsElapsed() < 100'000) { }
        if (seen.size() == 1)
            ticksAtFirst = ticks;
        ticksAtLast = ticks;
        connectedAtLast = f.client->state() == AmiClient::State::LoggedIn;
    });
    constexpr int Count = 1000; // about 60 KB: one read
    QByteArray burst;
    for (int i = 0; i < Count; ++i) {
        burst += FakeAmiServer::packet(
            {{"Event", "UserEvent"}, {"Privilege", "user,all"}, {"Seq", QByteArray::number(i)}});
    }
    tick.start();
    server.sendRaw(burst);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), Count, 20000);
    QVERIFY2(ticksAtLast > ticksAtFirst, "the event loop never ran while the read was handed up");
    for (int i = 0; i < Count; ++i)
        QCOMPARE(seen.at(i), i);

    seen.clear();
    server.sendRaw(burst);
    server.disconnectClients();
    QTRY_VERIFY_WITH_TIMEOUT(f.client->state() != AmiClient::State::LoggedIn, 20000);
    QCOMPARE(seen.size(), Count);
    QVERIFY(connectedAtLast);
    QCOMPARE(seen.constLast(), Count - 1);
}

QTEST_GUILESS_MAIN(TestAmiClient)
#include "TestAmiClient.moc"
