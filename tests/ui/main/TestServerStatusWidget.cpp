// SPDX-License-Identifier: GPL-3.0-or-later
// The status indicator of one server over real loopback TCP with the
// recorded Asterisk: "Reconnect now" and the stale board (item 7), the
// restricted account (item 14), Asterisk restarting (item 21).
#include "FakeAmiServer.h"
#include "MockClock.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxSync.h"
#include "core/settings/Settings.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/ServerStatusWidget.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

constexpr const char* Data = ATTENDANT_TEST_DATA "/ami/22.10.1/";

std::unique_ptr<PbxServer> makeServer(
    const FakeAmiServer& fake, MockClock* clock, const QString& user, const QString& secret)
{
    PbxServerConfig config;
    config.id = QStringLiteral("pbx");
    config.connection.port = fake.port();
    config.connection.username = user;
    config.connection.pingIntervalMs = 24 * 3600000;
    auto server = std::make_unique<PbxServer>(config, nullptr, clock);
    server->setSecret(secret);
    return server;
}

QByteArray permissionDenied(const AmiMessage& action)
{
    return FakeAmiServer::packet(
        {{"Response", "Error"}, {"ActionID", action.actionId()}, {"Message", "Permission denied"}});
}

// ListCommands of an account with an empty "write =": only the actions
// that need no class (a few of "(Priv: <none>)" in 02-ListCommands).
QByteArray listingWithoutWriteClasses(const AmiMessage& action)
{
    return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", action.actionId()},
        {"Challenge", "Generate Challenge for MD5 Auth.  (Priv: <none>)"},
        {"ListCommands", "List available manager commands.  (Priv: <none>)"},
        {"Login", "Login Manager.  (Priv: <none>)"}, {"Logoff", "Logoff Manager.  (Priv: <none>)"},
        {"Ping", "Keepalive command.  (Priv: <none>)"},
        {"QueueStatus", "Show queue status.  (Priv: <none>)"}});
}

} // namespace

class TestServerStatusWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleBoardOffersReconnectNow();
    void restrictedAccountSaysWhatIsMissing();
    void asteriskRestartIsSaid();
    void dialANumberFollowsTheAccountsRights();
};

void TestServerStatusWidget::staleBoardOffersReconnectNow()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    const quint16 port = fake.port();
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-core-restart-now")));
    MockClock clock;
    auto server = makeServer(fake, &clock, QStringLiteral("panel"), QStringLiteral("panelpass"));
    ServerStatusWidget widget(QStringLiteral("PBX"), server.get());
    widget.show();
    QSignalSpy synced(server->sync(), &PbxSync::finished);
    server->start();
    QVERIFY(synced.wait(10000));
    QCOMPARE(widget.text(), QStringLiteral("PBX: Ready"));
    QVERIFY(!widget.reconnectButton()->isVisible());

    // The link drops; Asterisk does not answer for a while.
    clock.advance(42 * 60000);
    const QString lostAt = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(clock.currentMSecsSinceEpoch()).time(), QLocale::ShortFormat);
    fake.stopListening();
    fake.disconnectClients();
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    clock.advance(0);
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    clock.advance(server->client()->reconnectInMs());
    QTRY_COMPARE(server->client()->state(), AmiClient::State::Backoff);
    QVERIFY2(widget.text().contains(QStringLiteral("board as of ") + lostAt), qPrintable(widget.text()));
    QVERIFY2(widget.text().contains(QStringLiteral("Reconnecting in")), qPrintable(widget.text()));
    QVERIFY(widget.toolTip().contains(QStringLiteral("last known state")));
    QVERIFY(widget.reconnectButton()->isVisible());
    QCOMPARE(widget.reconnectButton()->text(), QStringLiteral("Reconnect now"));
    QVERIFY(!widget.reconnectButton()->accessibleName().isEmpty());

    // The PBX is back: the operator does not wait for the backoff.
    QVERIFY(fake.listen(port));
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-core-restart-now")));
    QTest::mouseClick(widget.reconnectButton(), Qt::LeftButton);
    QVERIFY(synced.wait(10000));
    QTRY_COMPARE(widget.text(), QStringLiteral("PBX: Ready"));
    QVERIFY(!widget.reconnectButton()->isVisible());
}

void TestServerStatusWidget::restrictedAccountSaysWhatIsMissing()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    fake.addUser("readonly", "readonlypass");
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("05-permission-denied-readonly")));
    fake.setHandler("ListCommands", listingWithoutWriteClasses);
    // ConfbridgeListRooms is not in the recording; its class (reporting) is missing too.
    for (const char* refused : {"DeviceStateList", "ParkedCalls", "VoicemailUsersList", "MailboxCount",
             "PresenceStateList", "ConfbridgeListRooms"})
        fake.setHandler(refused, permissionDenied);
    MockClock clock;
    auto server = makeServer(fake, &clock, QStringLiteral("readonly"), QStringLiteral("readonlypass"));
    ServerStatusWidget widget(QStringLiteral("PBX"), server.get());
    QSignalSpy synced(server->sync(), &PbxSync::finished);
    server->start();
    QVERIFY(synced.wait(10000));
    const QString text = widget.text();
    // Not a bare green "Ready" over an empty board.
    QVERIFY2(
        text.startsWith(QStringLiteral("PBX: Ready — this AMI account may not read ")), qPrintable(text));
    for (const char* list : {"ExtensionStateList", "DeviceStateList", "CoreShowChannels", "ParkedCalls",
             "VoicemailUsersList", "PresenceStateList", "ConfbridgeListRooms"})
        QVERIFY2(text.contains(QLatin1String(list)), list);
    QVERIFY2(text.contains(QStringLiteral("extension states")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("conferences")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("add call,reporting to its write= line in manager.conf")),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("QueueStatus")));
}

void TestServerStatusWidget::asteriskRestartIsSaid()
{
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    const quint16 port = fake.port();
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-core-restart-now")));
    MockClock clock;
    auto server = makeServer(fake, &clock, QStringLiteral("panel"), QStringLiteral("panelpass"));
    ServerStatusWidget widget(QStringLiteral("PBX"), server.get());
    QSignalSpy synced(server->sync(), &PbxSync::finished);
    server->start();
    QVERIFY(synced.wait(10000));
    QCOMPARE(widget.text(), QStringLiteral("PBX: Ready"));

    // Another session runs "core restart now": Shutdown, then EOF.
    fake.sendEvent("Shutdown", {{"Privilege", "system,all"}, {"Shutdown", "Cleanly"}, {"Restart", "True"}});
    fake.stopListening();
    fake.disconnectClients();
    QTRY_VERIFY2(
        widget.text().startsWith(QStringLiteral("PBX: Asterisk is restarting")), qPrintable(widget.text()));

    // Back up: the first session sees FullyBooted with Uptime: 0.
    QVERIFY(fake.listen(port));
    QVERIFY(fake.loadTranscript(QString::fromLatin1(Data) + QStringLiteral("07-after-restart-reconnect")));
    clock.advance(0); // the at-once retry
    QVERIFY(synced.wait(10000));
    QTRY_VERIFY2(widget.text().contains(QStringLiteral("Asterisk restarted: phones are registering again")),
        qPrintable(widget.text()));
    QVERIFY(widget.toolTip().contains(QStringLiteral("up to a minute")));
}

void TestServerStatusWidget::dialANumberFollowsTheAccountsRights()
{
    // "Dial a number" is an Originate too: disabled as soon as the account
    // is known not to have the originate class, before anything is tried.
    FakeAmiServer fake;
    QVERIFY(fake.listen());
    fake.addUser("readonly", "readonlypass");
    fake.setHandler("ListCommands", listingWithoutWriteClasses);
    MockClock clock;
    auto server = makeServer(fake, &clock, QStringLiteral("readonly"), QStringLiteral("readonlypass"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    auto* actions = new OperatorActions;
    MainWindow window(&settings, actions);
    auto* control = new CallControl(server->client(), server->state(), server.get());
    control->setPermissions(server->permissions());
    actions->addServer(QStringLiteral("pbx"), control);
    auto* dial = window.findChild<QAction*>(QStringLiteral("dialAction"));
    QVERIFY(dial);
    QVERIFY(dial->isEnabled()); // not known yet: offered
    QSignalSpy known(server->permissions(), &AmiPermissions::changed);
    server->start();
    QVERIFY(known.wait(10000));
    QVERIFY(!dial->isEnabled());
    QVERIFY2(dial->toolTip().contains(QStringLiteral("originate")), qPrintable(dial->toolTip()));
    QVERIFY(!actions->action(OperatorActions::Key::Call)->isEnabled());
    QVERIFY(server->permissions()->isKnown());
    QVERIFY(fake.receivedActions("Originate").isEmpty());
    window.close();
    delete actions;
}

QTEST_MAIN(TestServerStatusWidget)
#include "TestServerStatusWidget.moc"
