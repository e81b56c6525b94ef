// SPDX-License-Identifier: GPL-3.0-or-later
// Settings saved in the running desk: what the dialog shows with --server, and
// what applies at once after Save (panels, availability) without a restart.
#include "ApplicationRig.h"

#include "Application.h"
#include "DemoTestOffice.h"
#include "core/directory/DirectoryModel.h"
#include "core/models/ModelRoles.h"
#include "core/settings/Settings.h"
#include "ui/dialogs/AvailabilitySettingsPage.h"
#include "ui/dialogs/ConferenceSettingsPage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/VoicemailSettingsPage.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/main/DropActions.h"
#include "ui/main/MainWindow.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileView.h"
#include "ui/voicemail/VoicemailBrowser.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

class TestApplicationSettings : public ApplicationRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void serverOptionSettingsShowTheConnectionInUse();
    void savedSettingsRebuildThePanels();
    void savedAvailabilityAppliesAtOnce();
    void savedConferenceRoomsApplyAtOnce();
};

void TestApplicationSettings::serverOptionSettingsShowTheConnectionInUse()
{
    // Item 15a: a saved profile "Office" points at one PBX; the desk is
    // started with --server at another. Settings must show the one in use.
    ServerConfig saved;
    saved.id = QStringLiteral("saved");
    saved.host = QStringLiteral("pbx.office.invalid");
    saved.port = 5038;
    saved.username = QStringLiteral("desk1");
    const QString ini = writeProfile(QString(), {saved});
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    QString shownHost;
    int shownPort = 0;
    QString shownUser;
    QTimer poll;
    answerDialogs(poll, QString(), [&](SettingsDialog* dialog) {
        const Profile shown = dialog->editedProfile();
        if (!shown.servers.isEmpty()) {
            shownHost = shown.servers.constFirst().host;
            shownPort = shown.servers.constFirst().port;
            shownUser = shown.servers.constFirst().username;
        }
        dialog->reject();
    });

    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini,
        QStringLiteral("--server"), QStringLiteral("ami://panel@127.0.0.1:%1").arg(port)}));
    Q_EMIT app.window()->settingsRequested();
    QCOMPARE(shownHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(shownPort, int(port));
    QCOMPARE(shownUser, QStringLiteral("panel"));
    // Nothing was saved by looking.
    Settings settings(ini);
    QCOMPARE(settings.profile(QStringLiteral("Office"))->servers.constFirst().host, saved.host);
}

void TestApplicationSettings::savedSettingsRebuildThePanels()
{
    // The settings dialog only saves a profile with a usable PBX: one where nobody listens.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    ServerConfig pbx;
    pbx.id = QStringLiteral("pbx");
    pbx.host = QStringLiteral("127.0.0.1");
    pbx.port = closed.serverPort();
    pbx.username = QStringLiteral("panel");
    closed.close();
    const QString ini = writeProfile(QString(), {pbx});

    const QString spool = m_dir->filePath(QStringLiteral("spool"));
    QVERIFY(copyTree(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool"), spool));
    bool edited = false;
    // Dialogs run their own event loops: act from inside them once shown. The
    // AMI secret is asked for (none saved) and declined; the settings get a spool.
    QTimer poll;
    answerDialogs(poll, QString(), [&](SettingsDialog* dialog) {
        VoicemailConfig config = dialog->voicemailPage()->config();
        config.spoolRoot = spool;
        dialog->voicemailPage()->setConfig(config);
        dialog->accept();
        edited = true;
    });

    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    QVERIFY(!dockTitled(app.window(), QStringLiteral("Voicemail")));
    const QPointer<QDockWidget> oldDirectory = dockTitled(app.window(), QStringLiteral("Directory"));
    QVERIFY(oldDirectory);

    // The operator sets a spool in the settings and saves: no restart needed.
    Q_EMIT app.window()->settingsRequested();
    QVERIFY(edited);

    QVERIFY(!oldDirectory); // replaced, not stacked
    QDockWidget* directoryDock = dockTitled(app.window(), QStringLiteral("Directory"));
    QVERIFY(directoryDock);
    QTRY_COMPARE(qobject_cast<DirectoryPanel*>(directoryDock->widget())->model()->totalCount(), 3);
    QDockWidget* voicemailDock = dockTitled(app.window(), QStringLiteral("Voicemail"));
    QVERIFY(voicemailDock);
    auto* voicemail = qobject_cast<VoicemailBrowser*>(voicemailDock->widget());
    QVERIFY(voicemail);
    QTRY_VERIFY(voicemail->mailboxView()->model()->rowCount() >= 5);
}

// Availability settings saved in the dialog apply at once in the running desk
// (Application::openSettings → AvailabilityDesk::applySettings): connected to the
// demo office through a saved profile, the tile menu offers Bruno's DND; the
// operator unticks "Their do not disturb", saves, and the same menu refuses it
// with the reason, without a restart.
void TestApplicationSettings::savedAvailabilityAppliesAtOnce()
{
    std::unique_ptr<DemoPbx> pbx = startScriptedDemo(nullptr);
    QVERIFY(pbx);
    ServerConfig demo;
    demo.id = QStringLiteral("demo");
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = pbx->serverPort();
    demo.username = QStringLiteral("panel");
    const QString ini = writeProfile(QString(), {demo});

    bool edited = false;
    QTimer poll;
    answerDialogs(poll, QStringLiteral("panelpass"), [&](SettingsDialog* dialog) {
        dialog->availabilityPage()->othersDndBox()->setChecked(false);
        dialog->accept();
        edited = true;
    });

    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    QAbstractItemModel* board = app.window()->board()->view()->model();
    const auto bruno = [board] {
        for (int row = 0; row < board->rowCount(); ++row) {
            if (board->index(row, 0).data(ExtensionRoles::Number).toString() == QLatin1String("1002"))
                return board->index(row, 0);
        }
        return QModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(bruno().isValid(), 15000);
    const auto dndAction = [&app, &bruno](QMenu& menu) {
        Q_EMIT app.window()->tileMenuAboutToShow(&menu, bruno());
        return menu.findChild<QAction*>(QStringLiteral("availabilityDnd"));
    };
    {
        QMenu menu;
        QAction* dnd = dndAction(menu);
        QVERIFY(dnd);
        QTRY_VERIFY2(dnd->isEnabled(), qPrintable(dnd->toolTip()));
    }

    Q_EMIT app.window()->settingsRequested();
    QVERIFY(edited);
    QVERIFY(!Settings(ini).profile(QStringLiteral("Office"))->availability.othersDnd);

    QMenu menu;
    QAction* dnd = dndAction(menu);
    QVERIFY(dnd);
    QVERIFY(!dnd->isEnabled());
    QVERIFY2(!dnd->toolTip().isEmpty(), "a refused action says why");
}

// Settings › Conferences: the rooms for three-way calls apply from the next drop on.
void TestApplicationSettings::savedConferenceRoomsApplyAtOnce()
{
    std::unique_ptr<DemoPbx> pbx = startScriptedDemo(nullptr);
    QVERIFY(pbx);
    ServerConfig demo;
    demo.id = QStringLiteral("demo");
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = pbx->serverPort();
    demo.username = QStringLiteral("panel");
    const QString ini = writeProfile(QString(), {demo});

    bool edited = false;
    QTimer poll;
    answerDialogs(poll, QStringLiteral("panelpass"), [&](SettingsDialog* dialog) {
        dialog->tabs()->setCurrentWidget(dialog->conferencePage());
        dialog->conferencePage()->roomsEdit()->setText(QStringLiteral("8600-8601"));
        dialog->accept();
        edited = true;
    });

    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), ini}));
    DropActions* drops = app.window()->dropActions();
    QCOMPARE(drops->threeWayRooms(QStringLiteral("demo")).size(), 10);
    QCOMPARE(drops->threeWayRooms(QStringLiteral("demo")).first(), QStringLiteral("8510"));
    Q_EMIT app.window()->settingsRequested();
    QVERIFY(edited);
    QCOMPARE(Settings(ini).profile(QStringLiteral("Office"))->server(QStringLiteral("demo"))->conferenceRooms,
        QStringLiteral("8600-8601"));
    QCOMPARE(drops->threeWayRooms(QStringLiteral("demo")),
        QStringList({QStringLiteral("8600"), QStringLiteral("8601")}));
}

QTEST_MAIN(TestApplicationSettings)
#include "TestApplicationSettings.moc"
