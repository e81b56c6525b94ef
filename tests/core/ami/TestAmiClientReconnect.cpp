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
    void reconnectNowAndManualSynchronise();
    void destroyedClientLogsOff();
    void keepaliveDetectsSilentPeerAndReconnects();
    void keepaliveAnsweredKeepsSession();
    void backoffGrowsIsJitteredCappedAndResets();
    void closeMidPacketThenReconnect();
    void eofFinishesPendingActionsOnce();
    void oversizedPacketClosesCleanly();
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
    QCOMPARE(f.client->state(), State::Ready);
    f.clock.advance(1);
    QCOMPARE(f.client->state(), State::Backoff);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::KeepaliveTimeout);
    QTRY_COMPARE(server.connectionCount(), 0);

    server.setSilent(false);
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::Ready);
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
        QCOMPARE(f.client->state(), State::Ready);
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

    // Lost after a short session, then refused again and again.
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    server.stopListening();
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
    QTRY_COMPARE(f.client->state(), State::Ready);
    server.disconnectClients();
    QTRY_COMPARE(f.client->state(), State::Backoff);
    QVERIFY(f.client->reconnectInMs() >= 6000);

    // A session that lasted stableSessionMs resets the sequence.
    f.clock.advance(f.client->reconnectInMs());
    QTRY_COMPARE(f.client->state(), State::Ready);
    f.clock.advance(60000);
    server.disconnectClients();
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
    QTRY_COMPARE(f.client->state(), State::Ready);
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
    QTRY_COMPARE(f.client->state(), State::Ready);
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

void TestAmiClientReconnect::reconnectNowAndManualSynchronise()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    f.client->setAutoSynchronise(false);
    QSignalSpy loggedIn(f.client.get(), &AmiClient::loggedIn);
    f.client->connectToServer();
    QVERIFY(loggedIn.wait(10000));
    QCOMPARE(f.client->state(), State::Synchronising);
    QVERIFY(f.client->isLoggedIn());
    // Whoever re-reads the state says when it is done.
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);
    f.client->setSynchronised();
    QCOMPARE(f.client->state(), State::Ready);

    f.client->reconnectNow();
    QCOMPARE(f.client->state(), State::Backoff);
    QVERIFY(f.client->reconnectInMs() > 0);
    f.clock.advance(f.client->reconnectInMs());
    QVERIFY(loggedIn.wait(10000));
    QCOMPARE(loggedIn.count(), 2);
    QCOMPARE(f.client->state(), State::Synchronising);
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

QTEST_GUILESS_MAIN(TestAmiClientReconnect)
#include "TestAmiClientReconnect.moc"
