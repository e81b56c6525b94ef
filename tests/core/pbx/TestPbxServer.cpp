// SPDX-License-Identifier: GPL-3.0-or-later
// One server's life over real loopback TCP with the recorded Asterisk:
// the state goes stale while the link is down (item 7) and a restart of
// Asterisk is recognised (item 21).
#include "FakeAmiServer.h"
#include "MockClock.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxSync.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr const char* Data = ATTENDANT_TEST_DATA "/ami/22.10.1/";

std::unique_ptr<PbxServer> makeServer(const FakeAmiServer& fake, MockClock* clock)
{
    PbxServerConfig config;
    config.id = QStringLiteral("pbx");
    config.connection.port = fake.port();
    config.connection.username = QStringLiteral("panel");
    config.connection.pingIntervalMs = 24 * 3600000; // no keepalive while the mock clock jumps
    auto server = std::make_unique<PbxServer>(config, nullptr, clock);
    server->setSecret(QStringLiteral("panelpass"));
    return server;
}

} // namespace

class TestPbxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateIsStaleWhileDisconnected();
    void restartedAsteriskIsRecognised();
    void longRunningAsteriskIsNotARestart();
    void freshAsteriskAtOurStartIsNoRestart();
};

void TestPbxServer::stateIsStaleWhileDisconnected()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    const quint16 port = fake.port();
    QVERIFY(fake.loadTranscript(
        QString::fromLatin1(Data) + QStringLiteral("02-ExtensionStateList-during-calls")));
    MockClock clock;
    auto server = makeServer(fake, &clock);
    QSignalSpy synced(server->sync(), &PbxSync::finished);
    QSignalSpy staleness(server->state(), &PbxState::stalenessChanged);
    server->start();
    QVERIFY(synced.wait(10000));
    QVERIFY(!server->state()->extensions().isEmpty());
    QCOMPARE(server->state()->staleSinceMs(), 0);
    QCOMPARE(staleness.count(), 0); // a first connect has no past to be stale

    // The network drops at 00:42: what is shown from now on is history.
    clock.advance(42 * 60000);
    const qint64 lostAt = clock.currentMSecsSinceEpoch();
    fake.stopListening();
    fake.disconnectClients();
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    QCOMPARE(server->state()->staleSinceMs(), lostAt);
    QCOMPARE(staleness.count(), 1);
    // Reconnect attempts do not move the "last known" time.
    clock.advance(0);
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    clock.advance(server->client()->reconnectInMs());
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    QCOMPARE(server->state()->staleSinceMs(), lostAt);

    // Live again only once the lists are read again.
    QVERIFY(fake.listen(port));
    QVERIFY(fake.loadTranscript(
        QString::fromLatin1(Data) + QStringLiteral("02-ExtensionStateList-during-calls")));
    clock.advance(server->client()->reconnectInMs());
    QVERIFY(synced.wait(10000));
    QCOMPARE(server->status()->state(), PbxServerStatus::State::Ready);
    QCOMPARE(server->state()->staleSinceMs(), 0);
    QCOMPARE(staleness.count(), 2);
}

void TestPbxServer::restartedAsteriskIsRecognised()
{
    // Connected to a long-running Asterisk, then "core restart now": the
    // first session after it sees FullyBooted with Uptime: 0.
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-core-restart-now")));
    MockClock clock;
    auto server = makeServer(fake, &clock);
    QSignalSpy restarted(server.get(), &PbxServer::pbxRestarted);
    server->start();
    QTRY_COMPARE(server->status()->state(), PbxServerStatus::State::Ready);
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-after-restart-reconnect")));
    fake.disconnectClients();
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    clock.advance(0);
    QVERIFY(restarted.wait(10000));
    QCOMPARE(restarted[0][0].toLongLong(), clock.currentMSecsSinceEpoch());
    QCOMPARE(server->freshBootAtMs(), clock.currentMSecsSinceEpoch());
}

void TestPbxServer::longRunningAsteriskIsNotARestart()
{
    // 07-core-restart-now logs in to an Asterisk up for 697 s.
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-core-restart-now")));
    MockClock clock;
    auto server = makeServer(fake, &clock);
    QSignalSpy restarted(server.get(), &PbxServer::pbxRestarted);
    QSignalSpy events(server->client(), &AmiClient::eventReceived);
    server->start();
    QTRY_VERIFY(!events.isEmpty());
    QCOMPARE(events[0][0].value<AmiMessage>().eventName(), QByteArrayView("FullyBooted"));
    QTRY_COMPARE(server->status()->state(), PbxServerStatus::State::Ready);
    QCOMPARE(restarted.count(), 0);
    QCOMPARE(server->freshBootAtMs(), 0);
}

void TestPbxServer::freshAsteriskAtOurStartIsNoRestart()
{
    // Attendant itself just started (the demo PBX starts with it): no "before".
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-after-restart-reconnect")));
    MockClock clock;
    auto server = makeServer(fake, &clock);
    QSignalSpy restarted(server.get(), &PbxServer::pbxRestarted);
    QSignalSpy synced(server->sync(), &PbxSync::finished);
    server->start();
    QVERIFY(synced.wait(10000));
    QCOMPARE(restarted.count(), 0);
}

QTEST_GUILESS_MAIN(TestPbxServer)
#include "TestPbxServer.moc"
