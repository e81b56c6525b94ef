// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "MockClock.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/pbx/PbxSync.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using State = PbxServerStatus::State;

namespace {

AmiConnectionSettings settingsFor(const FakeAmiServer& fake)
{
    AmiConnectionSettings settings;
    settings.port = fake.port();
    settings.username = QStringLiteral("panel");
    settings.pingIntervalMs = 24 * 3600000; // no keepalive while the mock clock jumps
    return settings;
}

std::unique_ptr<PbxServer> makeServer(const FakeAmiServer& fake, MockClock* clock)
{
    PbxServerConfig config;
    config.id = QStringLiteral("pbx");
    config.connection = settingsFor(fake);
    auto server = std::make_unique<PbxServer>(config, nullptr, clock);
    server->setSecret(QStringLiteral("panelpass"));
    return server;
}

QList<State> statesOf(const QSignalSpy& spy)
{
    QList<State> seen;
    for (const QList<QVariant>& args : spy)
        seen.append(args.first().value<State>());
    return seen;
}

// Holds CoreShowChannels back until the test answers it (an empty list).
struct HeldChannelList
{
    explicit HeldChannelList(FakeAmiServer& fake)
        : m_fake(fake)
    {
        fake.setHandler("CoreShowChannels", [this](const AmiMessage& action) {
            m_actionId = action.actionId().toByteArray();
            return QByteArray();
        });
    }
    bool isHeld() const { return !m_actionId.isEmpty(); }
    void release()
    {
        m_fake.sendRaw(FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", m_actionId},
                           {"EventList", "start"}, {"Message", "Channels will follow"}})
            + FakeAmiServer::packet({{"Event", "CoreShowChannelsComplete"}, {"ActionID", m_actionId},
                {"EventList", "Complete"}, {"ListItems", "0"}}));
        m_actionId.clear();
    }

private:
    FakeAmiServer& m_fake;
    QByteArray m_actionId;
};

} // namespace

// The status bar's one word for a server: the connection (AmiClient) and
// the resync (PbxSync) composed above both.
class TestPbxServerStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bareConnectionIsReadyAtLogin();
    void readyOnlyOnceTheStateIsComplete();
    void resyncMidSessionIsSynchronisingAgain();
    void lossAndReconnectSynchroniseAgain();
};

void TestPbxServerStatus::bareConnectionIsReadyAtLogin()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    MockClock clock;
    AmiClient client(nullptr, &clock);
    client.setSettings(settingsFor(fake));
    client.setSecret(QStringLiteral("panelpass"));
    PbxServerStatus status(&client);
    QCOMPARE(status.state(), State::Disconnected);
    QSignalSpy states(&status, &PbxServerStatus::stateChanged);
    client.connectToServer();
    QTRY_COMPARE(status.state(), State::Ready);
    QCOMPARE(statesOf(states), (QList<State> {State::Connecting, State::Authenticating, State::Ready}));
    fake.disconnectClients();
    QTRY_COMPARE(status.state(), State::Backoff);
}

void TestPbxServerStatus::readyOnlyOnceTheStateIsComplete()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    HeldChannelList held(fake);
    MockClock clock;
    auto server = makeServer(fake, &clock);
    QSignalSpy states(server->status(), &PbxServerStatus::stateChanged);
    server->start();
    QTRY_VERIFY(held.isHeld());
    // Logged in, but the calls are not read yet: not Ready.
    QCOMPARE(server->client()->state(), AmiClient::State::LoggedIn);
    QVERIFY(server->sync()->isSynchronising());
    QVERIFY(!server->sync()->isComplete());
    QCOMPARE(server->status()->state(), State::Synchronising);
    QVERIFY(!server->status()->isReady());

    QSignalSpy finished(server->sync(), &PbxSync::finished);
    held.release();
    QVERIFY(finished.wait(10000));
    QVERIFY(server->sync()->isComplete());
    QCOMPARE(server->status()->state(), State::Ready);
    QCOMPARE(statesOf(states),
        (QList<State> {State::Connecting, State::Authenticating, State::Synchronising, State::Ready}));
}

void TestPbxServerStatus::resyncMidSessionIsSynchronisingAgain()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    MockClock clock;
    auto server = makeServer(fake, &clock);
    server->start();
    QTRY_COMPARE(server->status()->state(), State::Ready);

    // astmanproxy's upstream came back: the state is read again, and until
    // then the board is not the PBX as it is.
    HeldChannelList held(fake);
    QSignalSpy states(server->status(), &PbxServerStatus::stateChanged);
    server->sync()->synchronise();
    QCOMPARE(server->status()->state(), State::Synchronising);
    QTRY_VERIFY(held.isHeld());
    QCOMPARE(server->client()->state(), AmiClient::State::LoggedIn);
    held.release();
    QTRY_COMPARE(server->status()->state(), State::Ready);
    QCOMPARE(statesOf(states), (QList<State> {State::Synchronising, State::Ready}));
}

void TestPbxServerStatus::lossAndReconnectSynchroniseAgain()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    MockClock clock;
    auto server = makeServer(fake, &clock);
    server->start();
    QTRY_COMPARE(server->status()->state(), State::Ready);

    HeldChannelList held(fake);
    QSignalSpy states(server->status(), &PbxServerStatus::stateChanged);
    fake.disconnectClients();
    QTRY_COMPARE(server->status()->state(), State::Backoff);
    QVERIFY(!server->sync()->isComplete());
    clock.advance(server->client()->reconnectInMs());
    QTRY_VERIFY(held.isHeld());
    QCOMPARE(server->status()->state(), State::Synchronising);
    held.release();
    QTRY_COMPARE(server->status()->state(), State::Ready);
    QCOMPARE(statesOf(states),
        (QList<State> {
            State::Backoff, State::Connecting, State::Authenticating, State::Synchronising, State::Ready}));
}

QTEST_GUILESS_MAIN(TestPbxServerStatus)
#include "TestPbxServerStatus.moc"
