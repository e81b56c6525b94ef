// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiEvents.h"
#include "BoardTiles.h"
#include "DropFixtures.h"
#include "FakeAmiServer.h"
#include "PanelLogin.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"
#include "core/recording/RecordingControl.h"
#include "core/recording/RecordingStore.h"
#include "core/settings/Settings.h"
#include "ui/calls/CallsPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/RecordingActions.h"
#include "ui/recording/CallRecordingPanel.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Recording a live call from a tile's menu and with Ctrl+R / Ctrl+Shift+R,
// also a call someone else records, and nothing offered (with the reason)
// when the AMI account lacks the class. The menu is filled by the same call
// MainWindow makes before showing it; the packets are compared with
// 09-mixmonitor-actions at a real loopback FakeAmiServer.
class TestRecordingActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tileMenuRecordsItsCall();
    void recordingStartedElsewhereCanBePausedAndStopped();
    void keysActOnTheChosenTile();
    void withoutTheClassNothingIsOffered();

private:
    QModelIndex tile(const QString& number) const;
    QList<QAction*> menuOf(const QString& number, QMenu* menu) const;
    void startedElsewhere(const QString& channel);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
    RecordingStore* m_store = nullptr;
    RecordingControl* m_recording = nullptr;
    AmiPermissions* m_permissions = nullptr;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
};

void TestRecordingActions::init()
{
    using namespace DropFixtures;
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_server = new FakeAmiServer;
    m_client = new AmiClient;
    QVERIFY(logInPanel(*m_server, *m_client));
    m_state = new PbxState(QStringLiteral("main"));
    m_control = new CallControl(m_client, m_state);
    m_control->setProfile(Profile());
    m_store = new RecordingStore;
    m_recording = new RecordingControl(m_client, m_store);
    m_permissions = new AmiPermissions;
    m_actions = new OperatorActions;
    m_actions->addServer(QStringLiteral("main"), m_control);
    m_window = new MainWindow(m_settings.get(), m_actions);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window->setExtensionModel(office(m_window, now));
    m_window->setCallModel(calls(m_window, now));
    m_window->recordingActions()->addServer(QStringLiteral("main"), m_store, m_recording, m_permissions);
    m_window->recordingPanel()->addServer(QStringLiteral("main"), m_store, m_recording, m_permissions);
    m_window->recordingPanel()->setFileTemplate(QStringLiteral("{caller}-{callee}.wav"));
    m_window->resize(1400, 900);
    m_window->show();
    m_window->board()->boardModel()->rebuildNow();
}

void TestRecordingActions::cleanup()
{
    delete m_window;
    delete m_actions;
    delete m_permissions;
    delete m_recording;
    delete m_store;
    delete m_control;
    delete m_state;
    delete m_client;
    delete m_server;
    m_window = nullptr;
    m_actions = nullptr;
    m_permissions = nullptr;
    m_recording = nullptr;
    m_store = nullptr;
    m_control = nullptr;
    m_state = nullptr;
    m_client = nullptr;
    m_server = nullptr;
}

QModelIndex TestRecordingActions::tile(const QString& number) const
{
    return boardTile(m_window, number);
}

QList<QAction*> TestRecordingActions::menuOf(const QString& number, QMenu* menu) const
{
    m_window->recordingActions()->populateTileMenu(menu, tile(number));
    QList<QAction*> items;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator())
            items.append(a);
    }
    return items;
}

void TestRecordingActions::startedElsewhere(const QString& channel)
{
    // As 09-mixmonitor-actions has it, whoever sent the MixMonitor.
    m_store->apply(makeEvent("MixMonitorStart",
        {{"Timestamp", QStringLiteral("1796532129.709661")}, {"Channel", channel},
            {"Uniqueid", QStringLiteral("1796532128.23")}, {"Linkedid", QStringLiteral("1796532128.23")}}));
    QVERIFY(m_store->recording(channel));
}

void TestRecordingActions::tileMenuRecordsItsCall()
{
    QMenu free;
    QVERIFY(menuOf(QStringLiteral("1005"), &free).isEmpty()); // an idle tile has nothing to record
    QMenu menu;
    const QList<QAction*> items = menuOf(QStringLiteral("1000"), &menu);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(), QStringLiteral("&Record call"));
    QVERIFY(items.first()->isEnabled());
    QCOMPARE(items.first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    items.first()->trigger();
    QTRY_COMPARE(m_server->receivedActions("MixMonitor").size(), 1);
    // The recorded shape: Channel, File, Options ("b": only while bridged).
    QCOMPARE(DropFixtures::wireWithoutActionId(m_server->receivedActions("MixMonitor").first()),
        DropFixtures::lines(
            {"Action: MixMonitor", "Channel: PJSIP/trunk-00000012", "File: 5551234-1000.wav", "Options: b"}));
}

void TestRecordingActions::recordingStartedElsewhereCanBePausedAndStopped()
{
    // Dave's side of the call Carol is on is recorded by somebody else.
    startedElsewhere(QStringLiteral("PJSIP/1004-0000000a"));
    QMenu menu;
    const QList<QAction*> items = menuOf(QStringLiteral("1003"), &menu);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)->text(), QStringLiteral("&Stop recording"));
    QCOMPARE(items.at(1)->text(), QStringLiteral("&Pause recording"));
    QVERIFY(items.at(0)->isEnabled() && items.at(1)->isEnabled());
    items.at(1)->trigger();
    QTRY_COMPARE(m_server->receivedActions("MixMonitorMute").size(), 1);
    QCOMPARE(DropFixtures::wireWithoutActionId(m_server->receivedActions("MixMonitorMute").first()),
        DropFixtures::lines(
            {"Action: MixMonitorMute", "Channel: PJSIP/1004-0000000a", "Direction: both", "State: 1"}));
    items.at(0)->trigger();
    QTRY_COMPARE(m_server->receivedActions("StopMixMonitor").size(), 1);
    QCOMPARE(DropFixtures::wireWithoutActionId(m_server->receivedActions("StopMixMonitor").first()),
        DropFixtures::lines({"Action: StopMixMonitor", "Channel: PJSIP/1004-0000000a"}));
}

void TestRecordingActions::keysActOnTheChosenTile()
{
    RecordingActions* keys = m_window->recordingActions();
    m_window->board()->view()->setCurrentIndex(tile(QStringLiteral("1003")));
    keys->startStopAction()->trigger();
    QTRY_COMPARE(m_server->receivedActions("MixMonitor").size(), 1);
    QCOMPARE(m_server->receivedActions("MixMonitor").first().value("Channel"),
        QStringLiteral("PJSIP/1004-0000000a"));
    startedElsewhere(QStringLiteral("PJSIP/1004-0000000a")); // the PBX says it started
    keys->pauseResumeAction()->trigger();
    QTRY_COMPARE(m_server->receivedActions("MixMonitorMute").size(), 1);
    keys->startStopAction()->trigger(); // now it stops
    QTRY_COMPARE(m_server->receivedActions("StopMixMonitor").size(), 1);
    // A free tile has no call: nothing is sent, the status bar says why.
    QSignalSpy messages(keys, &RecordingActions::messageShown);
    m_window->board()->view()->setCurrentIndex(tile(QStringLiteral("1005")));
    m_window->callsPanel()->view()->setCurrentIndex({});
    keys->startStopAction()->trigger();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().at(0).toString().startsWith(QStringLiteral("Choose a call first")),
        qPrintable(messages.first().at(0).toString()));
    QCOMPARE(m_server->receivedActions("MixMonitor").size(), 1);
}

void TestRecordingActions::withoutTheClassNothingIsOffered()
{
    // Asterisk refused MixMonitor once ("Permission denied"): it needs the system class.
    m_permissions->learnRefused("MixMonitor");
    QMenu menu;
    const QList<QAction*> items = menuOf(QStringLiteral("1000"), &menu);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first()->isEnabled());
    QVERIFY2(
        items.first()->toolTip().contains(QStringLiteral("“system”")), qPrintable(items.first()->toolTip()));
    // The recording panel's button says the same.
    m_window->callsPanel()->view()->setCurrentIndex(m_window->callsPanel()->view()->model()->index(0, 0));
    auto* record = m_window->recordingPanel()->findChild<QPushButton*>(QStringLiteral("recordCall"));
    QVERIFY(!record->isEnabled());
    QVERIFY2(record->toolTip().contains(QStringLiteral("“system”")), qPrintable(record->toolTip()));
    // Pausing needs call or system: still offered for a recording someone else started.
    startedElsewhere(QStringLiteral("PJSIP/1004-0000000a"));
    QMenu other;
    const QList<QAction*> recorded = menuOf(QStringLiteral("1003"), &other);
    QCOMPARE(recorded.size(), 2);
    QVERIFY(recorded.at(1)->isEnabled());
    m_window->board()->view()->setCurrentIndex(tile(QStringLiteral("1000")));
    m_window->recordingActions()->startStopAction()->trigger();
    // A Ping sent after it arrives alone: the key sent nothing before it.
    m_client->send(AmiRequest("Ping"));
    QTRY_COMPARE(m_server->receivedActions("Ping").size(), 1);
    QVERIFY(m_server->receivedActions("MixMonitor").isEmpty());
}

QTEST_MAIN(TestRecordingActions)
#include "TestRecordingActions.moc"
