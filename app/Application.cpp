// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Autostart.h"
#include "AvailabilityDesk.h"
#include "CommandLine.h"
#include "DemoPaceMenu.h"
#include "HistoryDesk.h"
#include "ServerModels.h"
#include "SingleInstance.h"
#include "UrlHandler.h"
#include "core/ami/AmiClient.h"
#include "core/ami/NetworkWatch.h"
#include "core/conference/ConferenceRooms.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "demo/DemoPbx.h"
#include "ui/dialogs/CertificateTrust.h"
#include "ui/dialogs/FirstStart.h"
#include "ui/dialogs/ServerSecrets.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/directory/DirectorySources.h"
#include "ui/history/HistoryPanel.h"
#include "ui/main/ColorScheme.h"
#include "ui/main/DefaultLayout.h"
#include "ui/main/DropActions.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/ProfilePanels.h"
#include "ui/main/Screenshots.h"
#include "ui/recording/CallRecordingPanel.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileGroupActions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <utility>

namespace {

void printError(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

} // namespace

Application::Application(QObject* parent)
    : QObject(parent)
{ }

Application::~Application()
{
    // The window and its panels go before the servers whose models they show.
    m_window.reset();
}

bool Application::start(const QStringList& arguments)
{
    CommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        m_exitCode = commandLine.exitCode();
        return false;
    }
    // One Attendant per session: a second launch (a tel: link from the
    // browser, a second click) hands its arguments over and exits. The demo,
    // screenshots and explicit settings files are separate worlds and skip it.
    if (!commandLine.separateWorld() && !becomeSingleInstance(arguments))
        return false;
    m_urls = new UrlHandler(this);
    m_pendingLinks = commandLine.links;
    m_settings = commandLine.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                                    : std::make_unique<Settings>(commandLine.settingsFile);
    m_secrets = new SecretStore(QStringLiteral(ATTENDANT_APP_ID), this);
    // --color-scheme, else the setting.
    ColorScheme::apply(commandLine.colorScheme, m_settings->colorScheme());
    if (!pickProfile(commandLine))
        return false;
    buildWindow();
    startServers();
    m_panels->build(m_profile);
    DefaultLayout::apply(m_window.get(), *m_settings);
    m_availability->addToolBar(m_window.get());
    if (m_demo)
        m_demoPace = new DemoPaceMenu(m_demo.get(), m_window.get(), this);
    connectLinks();
    scheduleScreenshots(commandLine);
    return true;
}

bool Application::becomeSingleInstance(const QStringList& arguments)
{
    m_instance = new SingleInstance(SingleInstance::defaultServerName(), this);
    if (m_instance->start(arguments) == SingleInstance::Role::Secondary)
        return false;
    connect(m_instance, &SingleInstance::activationRequested, this, &Application::handleActivation);
    return true;
}

bool Application::pickProfile(const CommandLine& commandLine)
{
    if (!commandLine.demo)
        return resolveProfile(commandLine);
    if (!startDemo(commandLine.demoExtensions, commandLine.demoEventsPerSecond)) {
        m_exitCode = 1;
        return false;
    }
    return true;
}

void Application::startServers()
{
    // Retry at once when the network comes back, where the platform can tell.
    m_network = new NetworkWatch(this);
    m_network->start();
    for (const ServerConfig& s : std::as_const(m_profile.servers))
        startServer(s);
    m_window->recordingPanel()->applySettings(m_profile.recording);
}

void Application::connectLinks()
{
    connect(m_urls, &UrlHandler::dialRequested, this,
        [this](const DialUrl& url) { m_actions->callNumber(QString(), url.number()); });
    connect(m_urls, &UrlHandler::dialRefused, this, [this](const QString& link, DialUrl::Error error) {
        m_window->showMessage(UrlHandler::refusal(link, error), true);
    });
    if (!m_pendingLinks.isEmpty() && !m_servers.isEmpty()) {
        // Dial once the first server is ready, not into a connection still logging in.
        connect(m_servers.first()->status(), &PbxServerStatus::stateChanged, this,
            [this](PbxServerStatus::State state) {
                if (state == PbxServerStatus::State::Ready && !m_pendingLinks.isEmpty())
                    m_urls->handleArguments(std::exchange(m_pendingLinks, {}));
            });
    }
}

void Application::scheduleScreenshots(const CommandLine& commandLine)
{
    if (commandLine.settingsScreenshots.isEmpty() && commandLine.screenshot.isEmpty())
        return;
    auto* screenshots = new Screenshots(m_window.get(), m_settings.get(), m_secrets, this);
    connect(screenshots, &Screenshots::finished, this, [this](int exitCode) {
        m_exitCode = exitCode;
        QCoreApplication::exit(m_exitCode);
    });
    if (!commandLine.settingsScreenshots.isEmpty())
        screenshots->scheduleSettings(commandLine.settingsScreenshots, 1000);
    if (!commandLine.screenshot.isEmpty()) {
        // A fixed size, so pictures for the documentation are comparable; a smaller screen
        // (Xvfb at 1366x768) is pictured as a receptionist there would see it, and so is a
        // Full HD one (1920x1080: the whole screen, as the window opens there).
        const QSize screen = m_window->availableSize();
        const bool fullHd = screen.width() >= 1920 && screen.height() >= 1080;
        m_window->resize(fullHd ? screen : QSize(1500, 940).boundedTo(screen));
        screenshots->scheduleWindow(commandLine.screenshot, 8000, commandLine.screenshotPanel);
    }
}

bool Application::resolveProfile(const CommandLine& commandLine)
{
    const QString& wanted = commandLine.profile;
    if (!wanted.isEmpty()) {
        const auto p = m_settings->profile(wanted);
        if (!p) {
            printError(tr("No profile named “%1”. Saved profiles: %2")
                           .arg(wanted, m_settings->profileNames().join(QStringLiteral(", "))));
            m_exitCode = 2;
            return false;
        }
        m_profile = *p;
    } else if (const auto current = m_settings->profile(m_settings->currentProfileName())) {
        m_profile = *current;
    }

    const QString& url = commandLine.server;
    if (!url.isEmpty()) {
        QString error;
        const auto server = ServerConfig::fromUrl(url, &error);
        if (!server) {
            printError(error);
            m_exitCode = 2;
            return false;
        }
        if (m_profile.name.isEmpty())
            m_profile.name = server->host;
        m_profile.servers = {*server};
        m_temporaryProfile = true;
        return true;
    }

    if (m_profile.name.isEmpty())
        return firstStart(commandLine);
    return true;
}

bool Application::firstStart(const CommandLine& commandLine)
{
    // Greet and ask for the PBX; a cancel is answered in words, the demo is one click away.
    for (;;) {
        SettingsDialog welcome(m_settings.get(), m_secrets, nullptr, true);
        const int result = welcome.exec();
        if (result == QDialog::Accepted) {
            m_profile = welcome.editedProfile();
            return true;
        }
        const FirstStart::Choice choice
            = result == FirstStart::DemoRequested ? FirstStart::Choice::Demo : FirstStart::askAfterCancel();
        if (choice == FirstStart::Choice::Quit)
            return false;
        if (choice == FirstStart::Choice::Demo) {
            if (startDemo(commandLine.demoExtensions, commandLine.demoEventsPerSecond))
                return true;
            m_exitCode = 1;
            return false;
        }
    }
}

bool Application::startDemo(int extensions, double eventsPerSecond)
{
    m_demo = std::make_unique<DemoPbx>();
    m_demo->setLoad(extensions, eventsPerSecond);
    if (!m_demo->start()) {
        printError(tr("The demo PBX could not start: %1").arg(m_demo->errorString()));
        return false;
    }
    m_profile = Profile();
    m_profile.name = tr("Demo");
    m_profile.operatorDevice = QStringLiteral("PJSIP/1000");
    m_profile.operatorExtension = QStringLiteral("1000");
    m_profile.callerIdName = tr("Operator");
    ServerConfig s;
    s.id = QStringLiteral("demo");
    s.displayName = tr("Demo PBX");
    s.host = m_demo->serverAddress().toString();
    s.port = m_demo->serverPort();
    s.username = QStringLiteral("demo");
    m_profile.servers = {s};
    // The directory file, voicemail spool and monitor folder the demo PBX writes.
    DirectorySourceConfig directory;
    directory.id = QStringLiteral("demo");
    directory.filePath = m_demo->directoryFilePath();
    m_profile.directorySources = {directory};
    m_profile.voicemail.spoolRoot = m_demo->spoolPath();
    RecordingSettings::Server recording;
    recording.monitorDirectory = m_demo->monitorPath();
    m_profile.recording.servers.insert(s.id, recording);
    m_temporaryProfile = true;
    return true;
}

void Application::buildWindow()
{
    m_actions = new OperatorActions(this);
    m_actions->applyShortcuts(*m_settings);
    m_models = new ServerModels(this);
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_actions);
    m_window->setWindowTitle(tr("Attendant — %1").arg(m_profile.name));
    m_window->setOperatorDevice(m_profile.operatorDevice, m_profile.operatorExtension);
    m_models->attach(m_window.get());
    restoreBoardGroups();
    m_history = new HistoryDesk(m_profile, m_settings.get(), m_window.get(), m_actions, this);
    m_availability = new AvailabilityDesk(m_profile, m_window.get(), m_models->extensions(), this);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::openSettings);
    // Whoever saved it (settings, a prompt): say when a secret will be asked for again, and why.
    connect(m_secrets, &SecretStore::writeFailed, this,
        [this](const QString&, SecretStore::Status, const QString& why) {
            m_window->showMessage(tr("A secret was not saved in the keychain, so Attendant will ask for it "
                                     "again at the next start: %1")
                                      .arg(why),
                true);
        });
    // Secrets of a temporary profile (--server) are not saved.
    m_serverSecrets = new ServerSecrets(m_secrets, m_profile.name, !m_temporaryProfile, m_window.get(), this);
    connect(m_serverSecrets, &ServerSecrets::messageShown, m_window.get(), &MainWindow::showMessage);
    auto* sources = new DirectorySources(m_secrets, certificateTrust(), m_window.get(), this);
    connect(sources, &DirectorySources::messageShown, m_window.get(), &MainWindow::showMessage);
    m_panels = new ProfilePanels(m_window.get(), m_actions, sources, this);
    connect(m_history->panel(), &HistoryPanel::contactRequested, m_panels, &ProfilePanels::openContact);
    m_availability->setDirectory([panels = m_panels] { return panels->directoryModel(); });
    m_window->show();
}

void Application::restoreBoardGroups()
{
    // The receptionist's groups and favourites, saved as they change; the demo keeps its own.
    TileGroupActions* groups = m_window->board()->groupActions();
    groups->setBoardGroups(m_demo ? m_settings->demoBoardGroups() : m_profile.groups);
    connect(groups, &TileGroupActions::messageShown, m_window.get(), &MainWindow::showMessage);
    connect(groups, &TileGroupActions::changed, this, [this](const BoardGroups& changed) {
        m_profile.groups = changed;
        if (m_demo)
            m_settings->setDemoBoardGroups(changed);
        else if (!m_temporaryProfile)
            m_settings->saveBoardGroups(m_profile.name, changed);
        else
            return;
        m_settings->sync();
    });
}

void Application::startServer(const ServerConfig& config)
{
    PbxServerConfig pc;
    pc.id = config.id;
    pc.displayName = config.label();
    pc.connection = config.toConnectionSettings();
    pc.dndDevicePattern = m_profile.dndDevicePattern;
    auto* server = new PbxServer(pc, this);
    m_servers.append(server);
    m_models->addServer(server);
    m_history->addServer(server);
    m_availability->addServer(server);
    m_panels->addServer(server);

    auto* control = new CallControl(server->client(), server->state(), server);
    control->setProfile(m_profile);
    m_actions->addServer(config.id, control);
    control->setPermissions(server->permissions());
    m_window->addServerPanels(server, m_profile.originateContext, m_profile.callerId(),
        ConferenceRooms::parse(config.conferenceRooms));
    connect(m_network, &NetworkWatch::networkAvailable, server->client(), &AmiClient::handleNetworkAvailable);
    m_window->addServerStatus(config.label(), server);
    certificateTrust()->watch(server->client(), config.id);
    if (m_demo)
        ServerSecrets::startWith(server, QStringLiteral("demo"));
    else
        m_serverSecrets->start(server, config);
}

CertificateTrust* Application::certificateTrust()
{
    // A temporary profile (--demo, --server) is not saved: trust lasts this session.
    if (!m_certificateTrust)
        m_certificateTrust = new CertificateTrust(
            m_temporaryProfile ? nullptr : m_settings.get(), m_profile.name, m_window.get(), this);
    return m_certificateTrust;
}

void Application::openSettings()
{
    SettingsDialog dialog(m_settings.get(), m_secrets, m_window.get());
    // With --server the connection in use is not the saved current profile.
    if (m_temporaryProfile && !m_demo)
        dialog.showProfileInUse(m_profile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actions->applyShortcuts(*m_settings);
    applyStartAtLogin();
    m_history->applySettings(*m_settings);
    // Directory and voicemail follow the saved profile at once; the demo keeps its own.
    if (const auto saved = m_settings->profile(m_profile.name); saved && !m_temporaryProfile) {
        m_profile.directorySources = saved->directorySources;
        m_profile.voicemail = saved->voicemail;
        m_profile.availability = saved->availability;
        m_profile.recording = saved->recording;
        m_window->recordingPanel()->applySettings(m_profile.recording);
        m_panels->rebuild(m_profile);
        applyConferenceRooms(*saved);
        if (m_availability)
            m_availability->applySettings(m_profile);
    }
    m_window->showMessage(tr("Settings saved. Server changes apply at the next start."), false);
}

// The rooms for three-way calls apply from the next drop on; the rest of a server's settings at the next
// start.
void Application::applyConferenceRooms(const Profile& saved)
{
    for (ServerConfig& config : m_profile.servers) {
        if (const ServerConfig* s = saved.server(config.id)) {
            config.conferenceRooms = s->conferenceRooms;
            m_window->dropActions()->setThreeWayRooms(config.id, ConferenceRooms::parse(s->conferenceRooms));
        }
    }
}

void Application::applyStartAtLogin()
{
    if (m_temporaryProfile)
        return;
    Autostart autostart;
    const bool wanted = m_settings->startAtLogin();
    if (autostart.isEnabled() == wanted)
        return;
    const QStringList arguments {QStringLiteral("--profile"), m_profile.name};
    if (!autostart.setEnabled(wanted, QCoreApplication::applicationFilePath(), arguments))
        m_window->showMessage(tr("Could not change the login start: %1").arg(autostart.errorString()), true);
}

void Application::handleActivation(const QStringList& arguments)
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_urls->handleArguments(CommandLine::linksOf(arguments));
}
