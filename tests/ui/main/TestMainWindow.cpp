// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "core/directory/DirectoryModel.h"
#include "core/history/CallHistory.h"
#include "core/settings/Settings.h"
#include "core/voicemail/VoicemailStore.h"
#include "ui/calls/CallsPanel.h"
#include "ui/calls/IncomingCallBanner.h"
#include "ui/calls/OperatorCallWatcher.h"
#include "ui/calls/ParkedPanel.h"
#include "ui/calls/QueuePanel.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/history/HistoryPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/PanelKeys.h"
#include "ui/main/TrayIcon.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"
#include "ui/tiles/TileZoom.h"
#include "ui/voicemail/VoicemailBrowser.h"

#include "../../core/voicemail/SpoolFixture.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Stands in for the browser: QDesktopServices hands it the CRM URL.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingAnywhereFilters();
    void ctrlFFocusesTheDirectorySearch();
    void ctrlCommaOpensSettings();
    void altDigitsBringPanelsForward();
    void typingInTheDirectorySearchesIt();
    void zoomKeysResizeTheTilesAndAreRemembered();
    void compactTilesFromTheViewMenuAreRemembered();
    void callRowsSpeakWhatTheyShow();
    void incomingCallBannerNotificationAndCrm();
    void missedCallLeavesBannerAndTrayCounts();
    void panelsCanBeAdded();
    void undoVoicemailDeleteFromAnywhere();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
    QStandardItemModel* m_calls = nullptr;
    UrlCatcher m_browser;
};

void TestMainWindow::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_settings->setCrmUrlTemplate(
        QStringLiteral("https://crm.example/lookup?number={callerid}&name={callername}"));
    m_settings->setCrmTrigger(Settings::CrmTrigger::OnRing);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    m_actions = new OperatorActions;
    m_window = new MainWindow(m_settings.get(), m_actions);
    m_window->setExtensionModel(UiFixtures::officeExtensions(m_window, 1000));
    m_calls = new QStandardItemModel(m_window);
    m_window->setCallModel(m_calls);
    m_window->setOperatorDevice(QStringLiteral("PJSIP/1000"), QStringLiteral("1000"));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestMainWindow::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_browser.urls.clear();
    delete m_window;
    delete m_actions;
    m_window = nullptr;
    m_actions = nullptr;
}

void TestMainWindow::typingAnywhereFilters()
{
    // Focus somewhere else entirely: the calls list.
    m_window->callsPanel()->view()->setFocus();
    QTest::keyClicks(m_window->callsPanel()->view(), QStringLiteral("e"));
    QCOMPARE(m_window->board()->filterEdit()->text(), QStringLiteral("e"));
    QTest::keyClicks(m_window->board()->filterEdit(), QStringLiteral("ve"));
    QCOMPARE(m_window->board()->boardModel()->tileCount(), 1); // Eve Evans
}

void TestMainWindow::ctrlFFocusesTheDirectorySearch()
{
    // Without a directory, Ctrl+F lands in the board filter.
    m_window->callsPanel()->view()->setFocus();
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_F));
    QTRY_VERIFY(m_window->board()->filterEdit()->hasFocus());

    // With one (a panel whose focus proxy is its search box, as DirectoryPanel), there.
    auto* panel = new QWidget;
    auto* search = new QLineEdit(panel);
    search->setText(QStringLiteral("old search"));
    panel->setFocusProxy(search);
    QDockWidget* dock = m_window->addPanel(panel, QStringLiteral("Directory"), Qt::BottomDockWidgetArea);
    m_window->setSearchPanel(dock);
    dock->hide();
    m_window->callsPanel()->view()->setFocus();
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_F));
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(dock->isVisible());
    QCOMPARE(search->selectedText(), QStringLiteral("old search"));
}

void TestMainWindow::ctrlCommaOpensSettings()
{
    QSignalSpy requested(m_window, &MainWindow::settingsRequested);
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QCOMPARE(requested.count(), 1);
}

void TestMainWindow::altDigitsBringPanelsForward()
{
    DirectoryModel model;
    auto* directory = new DirectoryPanel(&model);
    std::unique_ptr<QDockWidget> directoryDock(m_window->addPanel(directory, QStringLiteral("Directory")));
    directoryDock->hide();
    // The history (in memory) as HistoryDesk docks it: a tab beside the parked calls.
    CallHistory history;
    history.open(QString(), 0);
    auto* historyPanel = new HistoryPanel(&history);
    std::unique_ptr<QDockWidget> historyDock(m_window->addPanel(historyPanel, QStringLiteral("History")));
    m_window->tabifyDockWidget(
        m_window->findChild<QDockWidget*>(QStringLiteral("parkedDock")), historyDock.get());
    // The parked list sits behind the history's tab, the directory is closed.
    const struct
    {
        Qt::Key key;
        QWidget* panel;
        QString entry;
    } panels[] = {
        {Qt::Key_1, m_window->callsPanel(), QStringLiteral("Go to Calls")},
        {Qt::Key_2, m_window->queuePanel(), QStringLiteral("Go to Queues")},
        {Qt::Key_3, m_window->parkedPanel(), QStringLiteral("Go to Parked")},
        {Qt::Key_4, historyPanel, QStringLiteral("Go to History")},
        {Qt::Key_5, directory, QStringLiteral("Go to Directory")},
        {Qt::Key_3, m_window->parkedPanel(), QStringLiteral("Go to Parked")},
    };
    for (const auto& p : panels) {
        m_window->board()->view()->setFocus();
        QTest::keyClick(m_window->board()->view(), p.key, Qt::AltModifier);
        QTRY_VERIFY2(p.panel->isAncestorOf(QApplication::focusWidget()), qPrintable(p.entry));
        QVERIFY(p.panel->isVisible());
        // Listed in the View menu with the key.
        QAction* entry = m_window->panelKeys()->action(p.key - Qt::Key_0);
        QCOMPARE(entry->text(), p.entry);
        QCOMPARE(entry->shortcut(), QKeySequence(Qt::ALT | p.key));
        QVERIFY(!entry->associatedObjects().isEmpty());
    }
}

void TestMainWindow::typingInTheDirectorySearchesIt()
{
    DirectoryModel model;
    auto* directory = new DirectoryPanel(&model);
    std::unique_ptr<QDockWidget> dock(m_window->addPanel(directory, QStringLiteral("Directory")));
    m_window->setSearchPanel(dock.get());
    auto* table = directory->findChild<QTableView*>();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A);
    // The first letter moved the keyboard to the search box; the next ones go there.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("nn"));
    QCOMPARE(directory->findChild<QLineEdit*>()->text(), QStringLiteral("ann"));
    QVERIFY(m_window->board()->filterEdit()->text().isEmpty());
    // Tab leaves the table instead of walking its cells.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
}

void TestMainWindow::zoomKeysResizeTheTilesAndAreRemembered()
{
    TileView* view = m_window->board()->view();
    TileBoardModel* board = m_window->board()->boardModel();
    QModelIndex tile;
    for (int r = 0; r < board->rowCount() && !tile.isValid(); ++r) {
        if (!board->index(r, 0).data(TileBoardModel::IsHeaderRole).toBool())
            tile = board->index(r, 0);
    }
    QVERIFY(tile.isValid());
    // Never chosen, on a short screen (offscreen: 800x600): 90%, so a 40-person office fits a
    // 1280x800 laptop whole; nothing is saved until the receptionist chooses.
    QCOMPARE(m_window->tileZoom()->percent(), 90);
    QCOMPARE(m_settings->tileZoomPercent(), 0);
    QTRY_VERIFY(view->visualRect(tile).height() > 0);
    const int normal = view->visualRect(tile).height();
    view->setFocus();
    // Ctrl+- twice: smaller tiles, so a larger office fits.
    QTest::keySequence(m_window, QKeySequence::ZoomOut);
    QTest::keySequence(m_window, QKeySequence::ZoomOut);
    QCOMPARE(m_window->tileZoom()->percent(), 70);
    QTRY_VERIFY(view->visualRect(tile).height() < normal);
    QCOMPARE(m_settings->tileZoomPercent(), 70);
    // Ctrl+0 back to normal; listed in the View menu.
    QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(m_window->tileZoom()->percent(), 100);
    QTRY_VERIFY(view->visualRect(tile).height() > normal);
    for (QAction* a : m_window->tileZoom()->actions())
        QVERIFY(!a->associatedObjects().isEmpty());
    // Ctrl++ and the next window starts at the chosen size.
    QTest::keySequence(m_window, QKeySequence::ZoomIn);
    QCOMPARE(m_window->tileZoom()->percent(), 115);
    OperatorActions actions;
    MainWindow next(m_settings.get(), &actions);
    QCOMPARE(next.tileZoom()->percent(), 115);
    m_settings->setTileZoomPercent(0); // the other tests at the size the screen picks
}

void TestMainWindow::compactTilesFromTheViewMenuAreRemembered()
{
    TileView* view = m_window->board()->view();
    TileBoardModel* board = m_window->board()->boardModel();
    QModelIndex tile;
    for (int r = 0; r < board->rowCount() && !tile.isValid(); ++r) {
        if (board->index(r, 0).data(ExtensionRoles::Number).toString() == QStringLiteral("1002"))
            tile = board->index(r, 0);
    }
    QVERIFY(tile.isValid());
    QTRY_VERIFY(view->visualRect(tile).height() > 0);
    const QSize normal = view->visualRect(tile).size();
    auto* compact = m_window->findChild<QAction*>(QStringLiteral("compactTiles"));
    QVERIFY(compact && compact->isCheckable() && !compact->isChecked());
    QVERIFY(!compact->associatedObjects().isEmpty()); // in the View menu
    compact->trigger();
    QTRY_VERIFY(view->visualRect(tile).height() < normal.height() * 3 / 4);
    QVERIFY(view->visualRect(tile).width() < normal.width());
    QVERIFY(m_settings->compactTiles());
    // The third line is gone from the tile, not from its tooltip and spoken text.
    QVERIFY(tile.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Carol Clark")));
    OperatorActions actions;
    MainWindow next(m_settings.get(), &actions);
    QVERIFY(next.tileZoom()->isCompact());
    QVERIFY(next.findChild<QAction*>(QStringLiteral("compactTiles"))->isChecked());
    compact->trigger();
    QVERIFY(!m_settings->compactTiles());
}

void TestMainWindow::callRowsSpeakWhatTheyShow()
{
    // A screen reader heard only numbers on call rows and nothing of the waiting callers' state.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window->setCallModel(UiFixtures::officeCalls(m_window, now));
    m_window->setQueueModel(UiFixtures::queues(m_window, now));
    QAbstractItemModel* calls = m_window->callsPanel()->view()->model();
    QCOMPARE(calls->rowCount(), 2);
    const QString call = calls->index(1, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(call.contains(QLatin1String("Carol Clark")) && call.contains(QLatin1String("Bob Brown")),
        qPrintable(call));
    QCOMPARE(calls->index(1, 0).data(Qt::ToolTipRole).toString(), call);
    auto* waiting = m_window->findChild<QListView*>(QStringLiteral("queueWaitingView"));
    QVERIFY(waiting);
    const QString caller = waiting->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(caller.startsWith(QLatin1String("1. Niaj Nolan 5552222, waiting in support, 1:3")),
        qPrintable(caller));
}

void TestMainWindow::incomingCallBannerNotificationAndCrm()
{
    QVERIFY(!m_window->incomingBanner()->isVisible());
    m_calls->appendRow(UiFixtures::callItem(
        {QStringLiteral("main/9"), QStringLiteral("5551234"), QStringLiteral("Zoë Customer"),
            QStringLiteral("1000"), QStringLiteral("Operator"), QStringLiteral("PJSIP/trunk-00000040"),
            QStringLiteral("PJSIP/1000-00000041"), 1000, 0, true, false, QStringLiteral("support")}));
    QTRY_VERIFY(m_window->incomingBanner()->isVisible());
    QVERIFY(m_window->incomingBanner()->text().contains(QStringLiteral("Zoë Customer")));
    QVERIFY(m_window->incomingBanner()->text().contains(QLatin1String("support")));
    // The CRM page for the caller, values percent-encoded.
    QCOMPARE(m_browser.urls.size(), 1);
    QCOMPARE(m_browser.urls.first().toString(QUrl::FullyEncoded),
        QStringLiteral("https://crm.example/lookup?number=5551234&name=Zo%C3%AB%20Customer"));
    // Answered: the banner goes.
    m_calls->item(0)->setData(false, CallRoles::Ringing);
    m_calls->item(0)->setData(qint64(2000), CallRoles::AnsweredMs);
    QTRY_VERIFY(!m_window->incomingBanner()->isVisible());
}

void TestMainWindow::missedCallLeavesBannerAndTrayCounts()
{
    m_calls->appendRow(UiFixtures::callItem({QStringLiteral("main/10"), QStringLiteral("5559999"), QString(),
        QStringLiteral("1000"), QStringLiteral("Operator"), QStringLiteral("PJSIP/trunk-00000050"),
        QStringLiteral("PJSIP/1000-00000051"), 1000, 0, true}));
    QTRY_VERIFY(m_window->incomingBanner()->isVisible());
    m_calls->removeRow(0);
    QTRY_COMPARE(m_window->callWatcher()->missedCount(), 1);
    QVERIFY(!m_window->incomingBanner()->isVisible());
    // The call history records it (TestApplication); the tray shows the count it is given.
    m_window->setUnseenMissedCalls(2);
    QCOMPARE(m_window->tray()->missedCount(), 2);
    QVERIFY(m_window->tray()->toolTip().contains(QLatin1String("missed")));
    m_window->setUnseenMissedCalls(0);
    QCOMPARE(m_window->tray()->missedCount(), 0);
    QVERIFY(!m_window->tray()->toolTip().contains(QLatin1String("missed")));
    // The operator's voicemail count (1000 has none in the fixture) stays 0.
    QCOMPARE(m_window->tray()->voicemailCount(), 0);
}

void TestMainWindow::panelsCanBeAdded()
{
    auto* panel = new QLineEdit;
    panel->setObjectName(QStringLiteral("directoryPanel"));
    QDockWidget* dock = m_window->addPanel(panel, QStringLiteral("Directory"), Qt::BottomDockWidgetArea);
    QVERIFY(dock);
    QCOMPARE(dock->widget(), panel);
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QVERIFY(dock->toggleViewAction()->associatedObjects().size() >= 1); // listed in the View menu
}

void TestMainWindow::undoVoicemailDeleteFromAnywhere()
{
    // The voicemail browser docked and hidden behind another tab; the
    // receptionist deleted a message, took a call, and presses Ctrl+Z on the calls panel.
    QTemporaryDir spool;
    QVERIFY(SpoolFixture::copyRealSpool(spool.path()));
    VoicemailStore store;
    VoicemailSpool::Config config;
    config.root = spool.path();
    store.setConfig(config);
    QSignalSpy scanned(&store, &VoicemailStore::scanFinished);
    store.rescan();
    QVERIFY(scanned.wait(10000));
    auto* browser = new VoicemailBrowser(&store);
    QDockWidget* voicemail
        = m_window->addPanel(browser, QStringLiteral("Voicemail"), Qt::BottomDockWidgetArea);
    m_window->addEditAction(browser->undoDeleteAction());
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.value(1)->text(), QStringLiteral("&Edit")); // after File
    QVERIFY(menus.value(1)->menu()->actions().contains(browser->undoDeleteAction()));

    browser->selectMailbox(QStringLiteral("1004@default"));
    browser->selectMessageRow(0);
    browser->deleteSelected();
    QCOMPARE(browser->visibleMessageCount(), 0);
    QVERIFY(browser->undoDeleteAction()->isEnabled());
    voicemail->hide();
    m_window->callsPanel()->view()->setFocus();
    QTest::keySequence(m_window, QKeySequence::Undo);
    QVERIFY(!browser->hasPendingDelete());
    QCOMPARE(browser->visibleMessageCount(), 1);
    delete voicemail; // before the store goes
    QVERIFY(QFile::exists(spool.path() + QStringLiteral("/default/1004/INBOX/msg0000.txt")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
