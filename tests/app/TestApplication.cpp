// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationRig.h"

#include "Application.h"
#include "DemoPaceMenu.h"
#include "HistoryDesk.h"
#include "core/directory/DirectoryModel.h"
#include "core/history/CallHistory.h"
#include "core/history/HistoryModel.h"
#include "core/models/ModelRoles.h"
#include "core/settings/Settings.h"
#include "demo/DemoPbx.h"
#include "ui/dialogs/FirstStart.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/VoicemailSettingsPage.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/history/HistoryPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StatusMessage.h"
#include "ui/main/TrayIcon.h"
#include "ui/recording/RecordingBrowser.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileGroupActions.h"
#include "ui/tiles/TileView.h"
#include "ui/voicemail/VoicemailBrowser.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace {

// A call that just ended, as the history records it.
CallRecord incomingCall(const QString& from, CallRecord::Outcome outcome)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = QStringLiteral("1796532212.") + from;
    r.uniqueid = r.linkedid;
    r.outcome = outcome;
    r.localNumber = QStringLiteral("1000");
    r.remoteNumber = from;
    r.startMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

} // namespace

// The composition root with a real (saved) profile and no PBX: the directory
// and voicemail docks come from the profile, not only from --demo.
class TestApplication : public ApplicationRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void profileDirectoryAndSpoolAreDocked();
    void unreadableSpoolSaysSo();
    void noSpoolNoVoicemailDock();
    void historyTakesTheCallLogsPlace();
    void firstStartOffersTheDemoOffice();
    void cancelledFirstStartSaysWhatHappens();
    void defaultLayoutFitsASmallScreen();
    void trayCountsMissedCallsUntilHistoryIsOpened();
    void historyRowOpensTheContact();
    void demoHasTheAvailabilityParts();
    void demoStartsCalmAndPauses();
    void boardGroupsSurviveARestart();
    void demoShowsItsRecordedCalls();

private:
    // Writes a profile "Office" with the CSV file and the given spool root; returns the settings file.
};

void TestApplication::historyTakesTheCallLogsPlace()
{
    // The history file goes to the test's own AppDataLocation (~/.qttest), not the user's.
    QStandardPaths::setTestModeEnabled(true);
    const QString spool = m_dir->filePath(QStringLiteral("spool"));
    QVERIFY(copyTree(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool"), spool));
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(spool)}));
    QDockWidget* historyDock = dockTitled(app.window(), QStringLiteral("History"));
    QVERIFY(historyDock);
    QVERIFY(qobject_cast<HistoryPanel*>(historyDock->widget()));
    QVERIFY(!historyDock->isHidden());
    // The session-only call log is gone; the history has its place beside the parked calls.
    QVERIFY(!app.window()->findChild<QDockWidget*>(QStringLiteral("logDock")));
    auto* parked = app.window()->findChild<QDockWidget*>(QStringLiteral("parkedDock"));
    QVERIFY(parked);
    QVERIFY(app.window()->tabifiedDockWidgets(parked).contains(historyDock));
    QTRY_VERIFY(QFile::exists(CallHistory::defaultPath(QStringLiteral("Office"))));
}

void TestApplication::firstStartOffersTheDemoOffice()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString ini = m_dir->filePath(QStringLiteral("first.ini"));
    ServerConfig offered;
    QString secretHint;
    bool clicked = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows) {
            auto* dialog = qobject_cast<SettingsDialog*>(w);
            if (!dialog || !dialog->isVisible() || clicked)
                continue;
            const Profile shown = dialog->editedProfile();
            if (!shown.servers.isEmpty())
                offered = shown.servers.constFirst();
            const QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
            for (QLineEdit* e : edits) {
                if (e->echoMode() == QLineEdit::Password)
                    secretHint = e->placeholderText();
            }
            if (auto* demo = dialog->findChild<QPushButton*>(QStringLiteral("tryDemoButton"))) {
                clicked = true;
                demo->click();
            }
        }
    });
    poll.start(20);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    poll.stop();
    QVERIFY(clicked);
    // The new server the welcome offered: encrypted, and the secret field says where the secret is.
    QVERIFY(offered.tls);
    QCOMPARE(offered.port, 5039);
    QVERIFY2(secretHint.contains(QLatin1String("manager.conf")), qPrintable(secretHint));
    // The demo office, not an empty window.
    QCOMPARE(app.window()->windowTitle(), QStringLiteral("Attendant — Demo"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->board()->boardModel()->tileCount() >= 40, 20000);
    // Nothing was saved: the next start greets again.
    Settings settings(ini);
    QVERIFY(settings.profileNames().isEmpty());
}

void TestApplication::cancelledFirstStartSaysWhatHappens()
{
    const QString ini = m_dir->filePath(QStringLiteral("first.ini"));
    int dialogs = 0;
    QStringList said;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows) {
            if (!w->isVisible())
                continue;
            if (auto* dialog = qobject_cast<SettingsDialog*>(w)) {
                ++dialogs;
                dialog->reject();
            } else if (auto* box = qobject_cast<QMessageBox*>(w)) {
                said << box->text();
                // The first time back to the settings, the second time close.
                const char* button = said.size() == 1 ? "setUpButton" : "closeButton";
                box->findChild<QPushButton*>(QString::fromLatin1(button))->click();
            }
        }
    });
    poll.start(20);
    Application app;
    QVERIFY(!app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    poll.stop();
    QCOMPARE(dialogs, 2);
    QCOMPARE(said.size(), 2);
    QVERIFY2(said.first().contains(QLatin1String("closes")), qPrintable(said.first()));
    QVERIFY(!app.window());
}

void TestApplication::defaultLayoutFitsASmallScreen()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString spool = m_dir->filePath(QStringLiteral("spool"));
    QVERIFY(copyTree(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool"), spool));
    const QString ini = writeProfile(spool);
    {
        Application app;
        QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
        MainWindow* window = app.window();
        // The offscreen screen is 800x600: every panel docked (directory, voicemail and history
        // included), the window still fits a 1366x768 desk and a 1280x800 laptop.
        QVERIFY(window->screen()->availableGeometry().height() < 900);
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        QVERIFY2(least.width() <= 1280 && least.height() <= 768,
            qPrintable(QStringLiteral("%1x%2").arg(least.width()).arg(least.height())));
        // Short screen: directory and voicemail are tabs of the right column, the board keeps the height.
        QDockWidget* directory = dockTitled(window, QStringLiteral("Directory"));
        QDockWidget* parked = window->findChild<QDockWidget*>(QStringLiteral("parkedDock"));
        QVERIFY(directory && parked);
        QCOMPARE(window->dockWidgetArea(directory), Qt::RightDockWidgetArea);
        QVERIFY(window->tabifiedDockWidgets(parked).contains(directory));
        QVERIFY(window->tabifiedDockWidgets(parked).contains(dockTitled(window, QStringLiteral("History"))));
        auto* queues = window->findChild<QDockWidget*>(QStringLiteral("queuesDock"));
        QVERIFY(window->tabifiedDockWidgets(queues).contains(
            window->findChild<QDockWidget*>(QStringLiteral("conferencesDock"))));
        // The receptionist moves the directory under the board and closes the window.
        window->addDockWidget(Qt::BottomDockWidgetArea, directory);
        window->close();
    }
    // Her arrangement comes back, the late panels included.
    Application again;
    QVERIFY(again.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    QCOMPARE(again.window()->dockWidgetArea(dockTitled(again.window(), QStringLiteral("Directory"))),
        Qt::BottomDockWidgetArea);
}

void TestApplication::trayCountsMissedCallsUntilHistoryIsOpened()
{
    QStandardPaths::setTestModeEnabled(true);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(QString())}));
    CallHistory* history = app.historyDesk()->history();
    QSignalSpy unseen(history, &CallHistory::unseenMissedChanged);
    auto waitUnseen = [&](int count) {
        while (history->unseenMissed() != count && unseen.wait(5000))
            continue;
        return history->unseenMissed() == count;
    };
    history->clear(); // the test profile's file may hold an earlier run's calls
    QVERIFY(waitUnseen(0));
    // The History panel is closed: nobody sees what comes in.
    QDockWidget* dock = app.historyDesk()->dockWidget();
    dock->hide();
    QVERIFY(!app.historyDesk()->panel()->isVisible());
    history->record(incomingCall(QStringLiteral("+4930555123"), CallRecord::Outcome::Missed));
    QVERIFY(waitUnseen(1));
    QCOMPARE(app.window()->tray()->missedCount(), 1);
    QVERIFY(app.window()->tray()->toolTip().contains(QLatin1String("missed")));
    QCOMPARE(dock->windowTitle(), QStringLiteral("History (1 missed)"));
    // Alt+4 (View ▸ Go to History) opens the panel: seen, the tray and the tab stop counting.
    auto* goToHistory = app.window()->findChild<QAction*>(QStringLiteral("goToPanel4"));
    QVERIFY(goToHistory);
    goToHistory->trigger();
    QVERIFY(app.historyDesk()->panel()->isVisible());
    QVERIFY(waitUnseen(0));
    QCOMPARE(app.window()->tray()->missedCount(), 0);
    QCOMPARE(dock->windowTitle(), QStringLiteral("History"));
}

void TestApplication::historyRowOpensTheContact()
{
    QStandardPaths::setTestModeEnabled(true);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(QString())}));
    auto* directory = app.window()->findChild<DirectoryPanel*>();
    QVERIFY(directory);
    QTRY_COMPARE(directory->model()->totalCount(), 3);
    HistoryPanel* panel = app.historyDesk()->panel();
    CallHistory* history = app.historyDesk()->history();
    history->clear(); // the test profile's file may hold an earlier run's calls
    history->record(incomingCall(QStringLiteral("1002"), CallRecord::Outcome::Answered));
    QSignalSpy loaded(panel->model(), &HistoryModel::loaded);
    // Only this call once the clear and the write went through.
    auto shown = [panel] {
        return panel->model()->rowCount() == 1
            && panel->model()->index(0, 0).data(HistoryRoles::RemoteNumber).toString()
            == QLatin1String("1002");
    };
    while (!shown())
        QVERIFY(loaded.wait(5000));
    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    QAction* open = nullptr;
    for (QAction* a : panel->actions()) {
        if (a->text() == QStringLiteral("Open contact"))
            open = a;
    }
    QVERIFY(open && open->isEnabled());
    open->trigger();
    // The directory, searched for the caller's number: Bruno has extension 1002.
    QCOMPARE(directory->searchText(), QStringLiteral("1002"));
    QVERIFY(directory->isVisible());
    QTRY_COMPARE(directory->model()->rowCount(), 1); // the file is read on a worker thread
    QCOMPARE(directory->model()->contactAt(0).name, QStringLiteral("Bruno Díaz"));
}

// The availability room is wired (AvailabilityDesk): the demo office's forward reaches the board
// (ForwardingStore), night mode is a toolbar button, the tile menu has Status, DND and forwarding.
void TestApplication::demoHasTheAvailabilityParts()
{
    QStandardPaths::setTestModeEnabled(true);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"),
        m_dir->filePath(QStringLiteral("demo.ini"))}));
    QAbstractItemModel* board = app.window()->board()->view()->model();
    QVERIFY(board);
    const auto forwarded = [board] {
        for (int row = 0; row < board->rowCount(); ++row) {
            if (board->index(row, 0).data(ExtensionRoles::ForwardAlways).toString()
                == QLatin1String("0612345678"))
                return board->index(row, 0);
        }
        return QModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(forwarded().isValid(), 15000);
    QTRY_VERIFY(app.window()->findChild<QToolButton*>(QStringLiteral("switch_9001")));
    QCOMPARE(app.window()->findChild<QToolButton*>(QStringLiteral("switch_9001"))->text(),
        QStringLiteral("Night mode: ☀ Day"));
    auto* own = app.window()->findChild<QToolButton*>(QStringLiteral("ownStatusButton"));
    QVERIFY(own);
    QTRY_VERIFY2(own->text().startsWith(QStringLiteral("My status: ")), qPrintable(own->text()));
    QMenu menu;
    Q_EMIT app.window()->tileMenuAboutToShow(&menu, forwarded());
    QVERIFY(menu.findChild<QAction*>(QStringLiteral("availabilityDnd")));
    QAction* forward = menu.findChild<QAction*>(QStringLiteral("availabilityForward"));
    QVERIFY(forward);
    QVERIFY2(forward->text().contains(QStringLiteral("0612345678")), qPrintable(forward->text()));
}

// The demo office has recorded calls: its monitor folder is the Recordings panel's, with real WAVs.
void TestApplication::demoShowsItsRecordedCalls()
{
    QStandardPaths::setTestModeEnabled(true);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"),
        m_dir->filePath(QStringLiteral("demo.ini"))}));
    QDockWidget* dock = dockTitled(app.window(), QStringLiteral("Recordings"));
    QVERIFY(dock);
    auto* browser = qobject_cast<RecordingBrowser*>(dock->widget());
    QVERIFY(browser);
    QTRY_COMPARE_WITH_TIMEOUT(browser->table()->rowCount(), 2, 10000);
    const RecordingFile first = browser->recordings().first();
    QCOMPARE(first.state, RecordingFile::State::Complete);
    QCOMPARE(first.caller, QStringLiteral("+15551234567"));
    QCOMPARE(first.durationMs, qint64(47000));
    QVERIFY(browser->notice()->isHidden());
}

void TestApplication::profileDirectoryAndSpoolAreDocked()
{
    const QString spool = m_dir->filePath(QStringLiteral("spool"));
    QVERIFY(copyTree(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool"), spool));
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(spool)}));

    QDockWidget* directoryDock = dockTitled(app.window(), QStringLiteral("Directory"));
    QVERIFY(directoryDock);
    auto* directory = qobject_cast<DirectoryPanel*>(directoryDock->widget());
    QVERIFY(directory);
    QTRY_COMPARE(directory->model()->totalCount(), 3);

    QDockWidget* voicemailDock = dockTitled(app.window(), QStringLiteral("Voicemail"));
    QVERIFY(voicemailDock);
    auto* voicemail = qobject_cast<VoicemailBrowser*>(voicemailDock->widget());
    QVERIFY(voicemail);
    QAbstractItemModel* mailboxes = voicemail->mailboxView()->model();
    QTRY_VERIFY(mailboxes->rowCount() >= 5);
    // Owners come from the directory: mailbox 1001 is Anna's.
    QStringList titles;
    for (int row = 0; row < mailboxes->rowCount(); ++row)
        titles.append(mailboxes->index(row, 0).data().toString().section(u'\n', 0, 0));
    QVERIFY2(titles.contains(QStringLiteral("1001 – Anna Berg")), qPrintable(titles.join(u'|')));
}

void TestApplication::unreadableSpoolSaysSo()
{
    const QString missing = m_dir->filePath(QStringLiteral("no-such-spool"));
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(missing)}));
    QDockWidget* voicemailDock = dockTitled(app.window(), QStringLiteral("Voicemail"));
    QVERIFY(voicemailDock);
    QVERIFY(!qobject_cast<VoicemailBrowser*>(voicemailDock->widget()));
    auto* label = qobject_cast<QLabel*>(voicemailDock->widget());
    QVERIFY(label);
    QVERIFY2(label->text().contains(QDir::toNativeSeparators(missing)), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("does not exist")), qPrintable(label->text()));
    // The directory still works.
    QVERIFY(dockTitled(app.window(), QStringLiteral("Directory")));
}

void TestApplication::noSpoolNoVoicemailDock()
{
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(QString())}));
    QVERIFY(dockTitled(app.window(), QStringLiteral("Directory")));
    QVERIFY(!dockTitled(app.window(), QStringLiteral("Voicemail")));
}

// The demo office starts calm; its menu makes it busy and holds it still.
void TestApplication::demoStartsCalmAndPauses()
{
    QStandardPaths::setTestModeEnabled(true);
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"),
        m_dir->filePath(QStringLiteral("demo.ini"))}));
    DemoPaceMenu* pace = app.demoPace();
    QVERIFY(pace);
    QCOMPARE(app.demo()->eventRate(), DemoPbx::CalmEventRate);
    QVERIFY(pace->calmAction()->isChecked());
    QVERIFY(app.window()->menuBar()->actions().contains(pace->menu()->menuAction()));
    pace->busyAction()->trigger();
    QCOMPARE(app.demo()->eventRate(), DemoPbx::BusyEventRate);
    QVERIFY(!pace->calmAction()->isChecked());
    pace->pauseAction()->trigger();
    QVERIFY(app.demo()->isPaused());
    const QString said = app.window()->statusMessage()->text();
    QVERIFY2(said.contains(QStringLiteral("paused")), qPrintable(said));
    pace->pauseAction()->trigger();
    QVERIFY(!app.demo()->isPaused());
}

// Issue 17: groups and favourites made in the window are in the profile at once and come back at the
// next start; the demo office keeps its own (it saves no profile).
void TestApplication::boardGroupsSurviveARestart()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString ini = writeProfile(QString());
    const QString demoIni = m_dir->filePath(QStringLiteral("demo.ini"));
    const auto headings = [](Application& app) {
        QStringList out;
        const TileBoardModel* board = app.window()->board()->boardModel();
        for (int r = 0; r < board->rowCount(); ++r) {
            if (board->isHeader(board->index(r, 0)))
                out << board->index(r, 0).data(Qt::DisplayRole).toString();
        }
        return out;
    };
    {
        Application app;
        QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
        TileGroupActions* groups = app.window()->board()->groupActions();
        QStringList answers {QStringLiteral("Front desk"), QStringLiteral("Sales")};
        groups->setNameAsker(
            [&answers](const QString&, const QString&, const QString&) { return answers.takeFirst(); });
        QVERIFY(groups->newGroup());
        QVERIFY(groups->newGroup());
        QVERIFY(groups->moveGroup(QStringLiteral("Sales"), -1));
    }
    QCOMPARE(Settings(ini).profile(QStringLiteral("Office"))->groups.groups(),
        (QStringList {QStringLiteral("Sales"), QStringLiteral("Front desk")}));
    {
        Application again;
        QVERIFY(again.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
        QCOMPARE(headings(again), (QStringList {QStringLiteral("Sales"), QStringLiteral("Front desk")}));
    }
    // The demo: a tile moved into a new group and a favourite, back after a restart.
    {
        Application demo;
        QVERIFY(demo.start(
            {QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"), demoIni}));
        TileBoardModel* board = demo.window()->board()->boardModel();
        QTRY_VERIFY_WITH_TIMEOUT(board->tileCount() >= 40, 15000);
        TileGroupActions* groups = demo.window()->board()->groupActions();
        groups->setNameAsker(
            [](const QString&, const QString&, const QString&) { return QStringLiteral("Sales"); });
        QVERIFY(groups->newGroup(QStringLiteral("1003")));
        QVERIFY(groups->setFavourite(board->indexForKey(QStringLiteral("demo/1012@phones")), true));
    }
    QVERIFY(Settings(demoIni).isFirstRun()); // no profile saved for the demo
    Application demoAgain;
    QVERIFY(demoAgain.start(
        {QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"), demoIni}));
    TileBoardModel* board = demoAgain.window()->board()->boardModel();
    QTRY_VERIFY_WITH_TIMEOUT(board->tileCount() >= 40, 15000);
    QCOMPARE(headings(demoAgain).mid(0, 3),
        (QStringList {QStringLiteral("Favourites"), QStringLiteral("Sales"), QStringLiteral("Extensions")}));
    QCOMPARE(board->index(1, 0).data(ExtensionRoles::Number).toString(), QStringLiteral("1012"));
    QCOMPARE(board->index(3, 0).data(ExtensionRoles::Number).toString(), QStringLiteral("1003"));
}

QTEST_MAIN(TestApplication)
#include "TestApplication.moc"
