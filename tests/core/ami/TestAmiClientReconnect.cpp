// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient losing its peer: keepalive on a silent peer, reconnect backoff,
// EOF, a packet cut in half, an oversized packet. Time is a MockClock.
#include "AmiClientTestHelpers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using State = AmiClient::State;
using Error = AmiClient::Error;
using Result = AmiAction::Result;

class TestAmiClientReconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentBeforeBannerTimesOut();
    void notAnAmiPeerIsFinal();
    void reconnectNowOpensANewSession();
    void destroyedClientLogsOff();
    void keepaliveDetectsSilentPeerAndReconnects();
    void keepaliveAnsweredKeepsSession();
    void backoffGrowsIsJitteredCappedAndResets();
    void closeMidPacketThenReconnect();
    void eofFinishesPendingActionsOnce();
    void oversizedPacketClosesCleanly();
    void shutdownEventRestartReconnectsAtOnce();
    void shutdownEventStopSaysSo();
    void reconnectNowSkipsTheBackoff();
    void networkBackReconnectsAtOnce();
    void networkBackProbesLiveSession();
};

void TestAmiClientReconnect::keepaliveDetectsSilentPeerAndReconnects()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    f.settings.pingIntervalMs = 20000;
    f.settings.pingTimeoutMs = 10000;
    f.apply();
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QSignalSpy loggedIn(f.client.get(), &AmiClient::loggedIn);
    QVERIFY(f.connectAndWaitReady());
    QTRY_COMPARE(server.receivedActions("Login").size(), 1);
    server.setSilent(true);
    f.clock.advance(19999);
    QVERIFY(server.receivedActions("Ping").isEmpty());
    f.clock.advance(1);
    QTRY_COMPARE(server.receivedActions("Ping").size(), 1);
    f.clock.advance(9999);
    QCOMPARE(f.client->state(), State::LoggedIn);
    f.clock.advance(1);
    QCOMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::KeepaliveTimeout);
    QTRY_COMPARE(server.connectionCount(), 0);

    server.setSilent(false);
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    QCOMPARE(loggedIn.count(), 2);
    QCOMPARE(server.totalConnections(), 2);
}

void TestAmiClientReconnect::keepaliveAnsweredKeepsSession()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    f.settings.pingIntervalMs = 20000;
    f.settings.pingTimeoutMs = 10000;
    f.apply();
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QVERIFY(f.connectAndWaitReady());
    // The silence window restarts with every read; the mock clock only
    // moves when told, so each round lands exactly on the Ping deadline.
    qint64 untilPing = 20000;
    for (int round = 1; round <= 3; ++round) {
        f.clock.advance(untilPing - 1);
        QCOMPARE(server.receivedActions("Ping").size(), round - 1);
        f.clock.advance(1);
        QTRY_COMPARE(server.receivedActions("Ping").size(), round);
        // Replies come in order: once this one is back, so is the keepalive's.
        auto probe = track(f.client->send(AmiRequest("CoreStatus")));
        QTRY_COMPARE(probe->finishedCount, 1);
        f.clock.advance(10000);
        QCOMPARE(f.client->state(), State::LoggedIn);
        untilPing = 20000 - 10000;
    }
    QCOMPARE(errors.count(), 0);
}

void TestAmiClientReconnect::backoffGrowsIsJitteredCappedAndResets()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ClientFixture f(server);
    f.settings.reconnectMinMs = 1000;
    f.settings.reconnectMaxMs = 8000;
    f.settings.stableSessionMs = 60000;
    f.apply();
    QVERIFY(f.connectAndWaitReady());

    // Lost after a short session (the peer closed it: retried at once),
    // then refused again and again.
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    server.stopListening();
    QCOMPARE(f.client->reconnectInMs(), 0);
    f.clock.advance(0);
    QCOMPARE(f.client->state(), State::Connecting);
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QList<qint64> delays {f.client->reconnectInMs()};
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    for (int i = 0; i < 8; ++i) {
        f.clock.advance(delays.constLast());
        QCOMPARE(f.client->state(), State::Connecting);
        QTRY_COMPARE(f.client->state(), State::Backoff);
        QCOMPARE(errors.constLast()[0].value<Error>(), Error::ConnectionRefused);
        delays.append(f.client->reconnectInMs());
    }
    qint64 base = 1000;
    for (qsizetype i = 0; i < delays.size(); ++i) {
        QVERIFY2(delays[i] <= base && delays[i] >= base * 3 / 4,
            qPrintable(QStringLiteral("attempt %1: %2 ms, base %3").arg(i).arg(delays[i]).arg(base)));
        if (i > 0 && base < 8000)
            QVERIFY(delays[i] > delays[i - 1]);
        base = qMin<qint64>(8000, base * 2);
    }
    // Capped attempts are jittered, not all the same.
    const QList<qint64> capped = delays.mid(4);
    QVERIFY(std::any_of(capped.cbegin(), capped.cend(), [&](qint64 d) { return d != capped.constFirst(); }));

    // Back, but lost again at once: no reset, still at the cap.
    QVERIFY(server.listen(port));
    f.clock.advance(delays.constLast());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QVERIFY(f.client->reconnectInMs() >= 6000);

    // A session that lasted stableSessionMs resets the sequence: at once
    // again, then from the minimum.
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    f.clock.advance(60000);
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(f.client->reconnectInMs(), 0);
    server.stopListening();
    f.clock.advance(0);
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QVERIFY(f.client->reconnectInMs() <= 1000);
    QVERIFY(f.client->reconnectInMs() >= 750);
}

void TestAmiClientReconnect::closeMidPacketThenReconnect()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QSignalSpy states(f.client.get(), &AmiClient::stateChanged);
    QVERIFY(f.connectAndWaitReady());
    QTRY_COMPARE(events.count(), 1); // FullyBooted
    server.closeMidPacket();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::RemoteClosed);
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    QTRY_COMPARE(events.count(), 2); // FullyBooted of the new session; the half event never surfaced
    QCOMPARE(events[1][0].value<AmiMessage>().eventName(), QByteArrayView("FullyBooted"));
    QVERIFY(std::any_of(states.cbegin(), states.cend(),
        [](const QList<QVariant>& args) { return args[0].value<State>() == State::Backoff; }));
}

void TestAmiClientReconnect::eofFinishesPendingActionsOnce()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setHandler("Command", [](const AmiMessage&) { return QByteArray(); });
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    // "core restart now": no reply, no Shutdown event, just EOF.
    auto a = track(f.client->send(AmiRequest("Command").set("Command", QStringLiteral("core restart now"))));
    auto b = track(f.client->send(AmiRequest("Command").set("Command", QStringLiteral("core show uptime"))));
    QTRY_COMPARE(server.receivedActions("Command").size(), 2);
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(a->finishedCount, 1);
    QCOMPARE(b->finishedCount, 1);
    QCOMPARE(a->result, Result::Disconnected);
    QCOMPARE(b->result, Result::Disconnected);
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    QCOMPARE(a->finishedCount, 1);
}

void TestAmiClientReconnect::oversizedPacketClosesCleanly()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QVERIFY(f.connectAndWaitReady());
    server.sendEvent("Hangup", {{"Channel", "PJSIP/1000-00000001"}});
    server.sendOversizedPacket(AmiParser::DefaultMaxMessageSize + 1024);
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors[0][0].value<Error>(), Error::MessageTooLarge);
    QVERIFY(errors[0][1].toString().contains(QString::number(AmiParser::DefaultMaxMessageSize)));
    QCOMPARE(f.client->state(), State::Backoff);
    QTRY_COMPARE(server.connectionCount(), 0);
    // What came before the oversized packet was delivered.
    QCOMPARE(events.constLast()[0].value<AmiMessage>().eventName(), QByteArrayView("Hangup"));
}

void TestAmiClientReconnect::silentBeforeBannerTimesOut()
{
    FakeAmiServer server;
    server.setBannerDelayMs(3600000); // accepts, never greets
    QVERIFY(server.listen());
    ClientFixture f(server);
    f.settings.connectTimeoutMs = 10000;
    f.apply();
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    f.client->connectToServer();
    QTRY_COMPARE(server.connectionCount(), 1);
    f.clock.advance(9999);
    QCOMPARE(f.client->state(), State::Connecting);
    f.clock.advance(1);
    QCOMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::ConnectTimeout);
    QTRY_COMPARE(server.connectionCount(), 0);
}

void TestAmiClientReconnect::notAnAmiPeerIsFinal()
{
    // Something else listens there (a web server, say): give up, do not hammer it.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    connect(&other, &QTcpServer::newConnection, this, [&other] {
        while (QTcpSocket* s = other.nextPendingConnection())
            s->write("HTTP/1.0 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n");
    });
    FakeAmiServer unused;
    ClientFixture f(unused);
    f.settings.port = other.serverPort();
    f.apply();
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    f.client->connectToServer();
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors[0][0].value<Error>(), Error::NotAnAmiPeer);
    QCOMPARE(f.client->state(), State::Disconnected);
    f.clock.advance(3600000);
    QCOMPARE(f.client->state(), State::Disconnected);
}

void TestAmiClientReconnect::reconnectNowOpensANewSession()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QSignalSpy loggedIn(f.client.get(), &AmiClient::loggedIn);
    f.client->connectToServer();
    QVERIFY(loggedIn.wait(10000));
    // Logged in is all the client knows: whether the state was read again
    // is PbxSync's business (TestPbxServerStatus composes both).
    QCOMPARE(f.client->state(), State::LoggedIn);
    QVERIFY(f.client->isLoggedIn());
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);

    // No backoff wait: the new session opens at once (the clock stands still).
    f.client->reconnectNow();
    QCOMPARE(f.client->state(), State::Connecting);
    QVERIFY(loggedIn.wait(10000));
    QCOMPARE(loggedIn.count(), 2);
    QCOMPARE(f.client->state(), State::LoggedIn);
    QCOMPARE(server.totalConnections(), 2);
}

void TestAmiClientReconnect::destroyedClientLogsOff()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    auto f = std::make_unique<ClientFixture>(server);
    QVERIFY(f->connectAndWaitReady());
    server.setHandler("Command", [](const AmiMessage&) { return QByteArray(); });
    auto pending
        = track(f->client->send(AmiRequest("Command").set("Command", QStringLiteral("core show uptime"))));
    QTRY_COMPARE(server.receivedActions("Command").size(), 1);
    f.reset();
    QCOMPARE(pending->finishedCount, 1);
    QCOMPARE(pending->result, Result::Disconnected);
    QTRY_COMPARE(server.receivedActions("Logoff").size(), 1);
}

void TestAmiClientReconnect::shutdownEventRestartReconnectsAtOnce()
{
    // Another session ran "core restart now": this one gets Shutdown, then
    // EOF; Asterisk refuses connections for about 0.6 s before it is back.
    FakeAmiServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    f.clock.advance(120000); // a long, good session
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    server.sendEvent("Shutdown", {{"Privilege", "system,all"}, {"Shutdown", "Cleanly"}, {"Restart", "True"}});
    QTRY_COMPARE(events.count(), 1);
    server.stopListening();
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::ServerRestarting);
    QCOMPARE(errors[0][1].toString(), QStringLiteral("Asterisk is restarting"));
    QCOMPARE(f.client->reconnectInMs(), 0);
    // At once: refused (still booting), then the ordinary minimum.
    f.clock.advance(0);
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.constLast()[0].value<Error>(), Error::ConnectionRefused);
    QVERIFY(f.client->reconnectInMs() <= 1000);
    QVERIFY(server.listen(port));
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
}

void TestAmiClientReconnect::shutdownEventStopSaysSo()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    server.sendEvent(
        "Shutdown", {{"Privilege", "system,all"}, {"Shutdown", "Uncleanly"}, {"Restart", "False"}});
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::ServerShutDown);
    // systemd may start it again: one try at once, then the backoff.
    QCOMPARE(f.client->reconnectInMs(), 0);
    f.clock.advance(0);
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    // The next plain EOF of this young session is an ordinary loss.
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.constLast()[0].value<Error>(), Error::RemoteClosed);
    QVERIFY(f.client->reconnectInMs() >= 750);
}

void TestAmiClientReconnect::reconnectNowSkipsTheBackoff()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ClientFixture f(server);
    f.settings.reconnectMinMs = 8000;
    f.settings.reconnectMaxMs = 60000;
    f.apply();
    QVERIFY(f.connectAndWaitReady());
    server.stopListening();
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    f.clock.advance(0);
    QTRY_COMPARE(f.client->state(), State::Backoff);
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QVERIFY(f.client->reconnectInMs() > 10000);
    // The PBX is back; the operator presses "Reconnect now".
    QVERIFY(server.listen(port));
    f.client->reconnectNow();
    QCOMPARE(f.client->state(), State::Connecting);
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
}

void TestAmiClientReconnect::networkBackReconnectsAtOnce()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    const quint16 port = server.port();
    ClientFixture f(server);
    f.settings.pingIntervalMs = 20000;
    f.settings.pingTimeoutMs = 10000;
    f.apply();
    QVERIFY(f.connectAndWaitReady());
    // The cable is pulled: the peer goes silent, the keepalive gives up.
    server.setSilent(true);
    f.clock.advance(30000);
    QCOMPARE(f.client->state(), State::Backoff);
    server.stopListening();
    QTRY_COMPARE(server.connectionCount(), 0);
    for (int i = 0; i < 5; ++i) {
        f.clock.advance(f.client->reconnectInMs());
        QTRY_COMPARE(f.client->state(), State::Backoff);
    }
    QVERIFY(f.client->reconnectInMs() > 10000);
    // The network is back: no waiting for the rest of the backoff.
    server.setSilent(false);
    QVERIFY(server.listen(port));
    f.client->handleNetworkAvailable();
    QCOMPARE(f.client->state(), State::Connecting);
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
}

void TestAmiClientReconnect::networkBackProbesLiveSession()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    f.settings.pingIntervalMs = 20000;
    f.settings.pingTimeoutMs = 10000;
    f.apply();
    QVERIFY(f.connectAndWaitReady());
    server.setSilent(true);
    f.client->handleNetworkAvailable();
    QTRY_COMPARE(server.receivedActions("Ping").size(), 1);
    f.clock.advance(10000);
    QCOMPARE(f.client->state(), State::Backoff);
}

QTEST_GUILESS_MAIN(TestAmiClientReconnect)
#include "TestAmiClientReconnect.moc"
