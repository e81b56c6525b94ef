// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Autostart.h"
#include "ServerModels.h"
#include "SingleInstance.h"
#include "UrlHandler.h"
#include "ami/AmiClient.h"
#include "ami/NetworkWatch.h"
#include "demo/DemoPbx.h"
#include "dialogs/CertificateTrust.h"
#include "dialogs/DirectorySettingsPage.h"
#include "dialogs/LdapSourceDialog.h"
#include "dialogs/SettingsDialog.h"
#include "directory/DirectoryModel.h"
#include "directory/DirectoryPanel.h"
#include "directory/FileDirectory.h"
#include "directory/LdapDirectory.h"
#include "main/MainWindow.h"
#include "main/OperatorActions.h"
#include "pbx/CallControl.h"
#include "pbx/PbxPresenceSource.h"
#include "pbx/PbxServer.h"
#include "pbx/PbxState.h"
#include "pbx/PbxVoicemailBridge.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "voicemail/VoicemailBrowser.h"
#include "voicemail/VoicemailStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Attendant console for the Asterisk PBX"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Start a simulated office PBX inside Attendant and connect to it (nothing is saved)."));
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("Use the saved profile <name>."), tr("name"));
    const QCommandLineOption server(QStringLiteral("server"),
        tr("Connect to <url>: ami://user@host[:5038] or amis://user@host[:5039] (TLS). The secret is asked "
           "for."),
        tr("url"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
        tr("Read and write settings in <file> instead of the default place."), tr("file"));
    const QCommandLineOption scheme(
        QStringLiteral("color-scheme"), tr("light, dark or system."), tr("scheme"));
    const QCommandLineOption load(QStringLiteral("demo-load"),
        tr("With --demo: <extensions>x<events per second>, e.g. 5000x2000."), tr("load"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save a picture of the window to <file> a few seconds after connecting, then quit."), tr("file"));
    const QCommandLineOption settingsShots(QStringLiteral("screenshot-settings"),
        tr("Save a picture of every settings page into <folder> (settings-<page>.png), then quit."),
        tr("folder"));
    parser.addOptions({demo, profile, server, settingsFile, scheme, load, screenshot, settingsShots});
    parser.addPositionalArgument(
        QStringLiteral("link"), tr("tel:, sip: or callto: links to dial."), tr("[link…]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        m_exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return false;
    }

    // One Attendant per session: a second launch (a tel: link from the
    // browser, a second click) hands its arguments over and exits. The demo,
    // screenshots and explicit settings files are separate worlds and skip it.
    const bool separateWorld = parser.isSet(demo) || parser.isSet(screenshot) || parser.isSet(settingsFile);
    if (!separateWorld) {
        m_instance = new SingleInstance(SingleInstance::defaultServerName(), this);
        if (m_instance->start(arguments) == SingleInstance::Role::Secondary)
            return false;
        connect(m_instance, &SingleInstance::activationRequested, this, &Application::handleActivation);
    }
    m_urls = new UrlHandler(this);
    m_pendingLinks = parser.positionalArguments();

    m_settings = parser.isSet(settingsFile) ? std::make_unique<Settings>(parser.value(settingsFile))
                                            : std::make_unique<Settings>();
    m_secrets = new SecretStore(QStringLiteral(ATTENDANT_APP_ID), this);
    applyColorScheme(parser.isSet(scheme) ? parser.value(scheme) : QString());

    if (parser.isSet(demo)) {
        int extensions = 40;
        double rate = 20;
        if (parser.isSet(load)) {
            const QStringList parts = parser.value(load).split(u'x');
            extensions = parts.value(0).toInt();
            rate = parts.value(1).toDouble();
            if (parts.size() != 2 || extensions <= 0 || rate < 0) {
                printError(tr("--demo-load wants <extensions>x<events per second>, e.g. 5000x2000."));
                m_exitCode = 2;
                return false;
            }
        }
        if (!startDemo(extensions, rate)) {
            m_exitCode = 1;
            return false;
        }
    } else if (!resolveProfile(parser)) {
        return false;
    }

    buildWindow();
    // Retry at once when the network comes back, where the platform can tell.
    m_network = new NetworkWatch(this);
    m_network->start();
    for (const ServerConfig& s : std::as_const(m_profile.servers))
        startServer(s);
    dockDirectoryAndVoicemail();
    connect(m_urls, &UrlHandler::dialRequested, this,
        [this](const DialUrl& url) { m_actions->callNumber(QString(), url.number()); });
    connect(m_urls, &UrlHandler::dialRefused, this, [this](const QString& link, DialUrl::Error error) {
        m_window->showMessage(tr("Not dialled: %1 (%2)").arg(link, DialUrl::errorText(error)), true);
    });
    if (!m_pendingLinks.isEmpty() && !m_servers.isEmpty()) {
        // Dial once the first server is ready, not into a connection still logging in.
        connect(m_servers.first()->client(), &AmiClient::stateChanged, this, [this](AmiClient::State state) {
            if (state == AmiClient::State::Ready && !m_pendingLinks.isEmpty())
                m_urls->handleArguments(std::exchange(m_pendingLinks, {}));
        });
    }
    if (parser.isSet(settingsShots))
        QTimer::singleShot(
            1000, this, [this, folder = parser.value(settingsShots)] { screenshotSettings(folder); });
    if (parser.isSet(screenshot)) {
        // A fixed size, so pictures for the documentation are comparable.
        m_window->resize(1500, 940);
        scheduleScreenshot(parser.value(screenshot), 8000);
    }
    return true;
}

bool Application::resolveProfile(const QCommandLineParser& parser)
{
    const QString wanted = parser.value(QStringLiteral("profile"));
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

    const QString url = parser.value(QStringLiteral("server"));
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

    if (m_profile.name.isEmpty()) {
        // First run: greet and ask for the PBX.
        SettingsDialog welcome(m_settings.get(), m_secrets, nullptr, true);
        if (welcome.exec() != QDialog::Accepted)
            return false;
        m_profile = welcome.editedProfile();
    }
    return true;
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
    // The directory file and voicemail spool the demo PBX writes.
    DirectorySourceConfig directory;
    directory.id = QStringLiteral("demo");
    directory.filePath = m_demo->directoryFilePath();
    m_profile.directorySources = {directory};
    m_profile.voicemail.spoolRoot = m_demo->spoolPath();
    m_temporaryProfile = true;
    return true;
}

void Application::applyColorScheme(const QString& requested)
{
    QString scheme = requested;
    if (scheme.isEmpty()) {
        switch (m_settings->colorScheme()) {
        case Settings::ColorScheme::Light:
            scheme = QStringLiteral("light");
            break;
        case Settings::ColorScheme::Dark:
            scheme = QStringLiteral("dark");
            break;
        case Settings::ColorScheme::System:
            return;
        }
    }
    if (scheme != QLatin1String("light") && scheme != QLatin1String("dark"))
        return;
    // Fusion draws every widget from the palette, so a forced scheme looks whole.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (scheme == QLatin1String("dark")) {
        const QColor window(0x2b, 0x2d, 0x31);
        const QColor base(0x1e, 0x1f, 0x22);
        const QColor text(0xe8, 0xe8, 0xea);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, window);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa3));
        p.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x52));
        p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x75, 0x77, 0x7d));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x75, 0x77, 0x7d));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x75, 0x77, 0x7d));
    }
    QApplication::setPalette(p);
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
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::openSettings);
    m_window->show();
}

void Application::dockDirectoryAndVoicemail()
{
    // Everything of the two panels hangs off one object, so a settings change
    // replaces them whole.
    m_panelParts = new QObject(this);
    auto* directoryModel = new DirectoryModel(m_panelParts);
    auto* directory = new DirectoryPanel(directoryModel);
    for (const DirectorySourceConfig& config : std::as_const(m_profile.directorySources))
        startDirectorySource(directory, config);
    // Live presence next to each contact, from the same PBX state as the board.
    auto* presence = new PbxPresenceSource(m_panelParts);
    for (PbxServer* server : std::as_const(m_servers))
        presence->addServer(server->state());
    directoryModel->setPresenceSource(presence);
    connect(directory, &DirectoryPanel::callRequested, m_actions,
        [this](const QString& number) { m_actions->callNumber(QString(), number); });
    connect(directory, &DirectoryPanel::transferRequested, m_actions, &OperatorActions::transferTo);

    // Below the board, tabbed, so the board keeps its width; the side docks
    // keep the full height.
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_directoryDock = m_window->addPanel(directory, tr("Directory"), Qt::BottomDockWidgetArea);
    m_window->setSearchPanel(m_directoryDock);
    QWidget* voicemail = buildVoicemailPanel(directoryModel);
    if (voicemail) {
        m_voicemailDock = m_window->addPanel(voicemail, tr("Voicemail"), Qt::BottomDockWidgetArea);
        m_window->tabifyDockWidget(m_directoryDock, m_voicemailDock);
    }
    m_directoryDock->raise();
    m_window->resizeDocks({m_directoryDock}, {m_window->height() / 3}, Qt::Vertical);
}

void Application::startDirectorySource(DirectoryPanel* panel, const DirectorySourceConfig& config)
{
    if (config.kind == DirectorySourceConfig::Kind::File) {
        auto* file = new FileDirectory(config.id, config.filePath, FileDirectory::Format::Auto, m_panelParts);
        panel->addSource(file);
        file->start();
        return;
    }
    auto* ldap = new LdapDirectory(config.ldapSettings(), nullptr, m_panelParts);
    panel->addSource(ldap);
    certificateTrust()->watch(ldap);
    // Queued: the password dialog must not open inside the source's own signal.
    connect(
        ldap, &DirectorySource::errorOccurred, this,
        [this, ldap](const QString&, DirectorySource::Error error, const QString&) {
            if (error == DirectorySource::Error::PasswordMissing)
                askLdapPassword(ldap);
        },
        Qt::QueuedConnection);
    ldap->startWithPasswordFrom(m_secrets);
}

void Application::askLdapPassword(LdapDirectory* ldap)
{
    const LdapSettings settings = ldap->settings();
    // Once per source and run: cancelling means "work from the cache".
    if (m_askedLdapPasswords.contains(settings.sourceId))
        return;
    m_askedLdapPasswords.insert(settings.sourceId);
    const QPointer<LdapDirectory> guard(ldap);
    bool ok = false;
    const QString password = QInputDialog::getText(m_window.get(), tr("Directory password"),
        tr("The directory %1 needs the password of “%2”. It is kept in the system keychain.")
            .arg(settings.url, settings.bindDn),
        QLineEdit::Password, QString(), &ok);
    if (!guard)
        return;
    if (!ok || password.isEmpty()) {
        m_window->showMessage(tr("Directory %1: no password entered.").arg(settings.url), true);
        return;
    }
    m_secrets->write(
        settings.secretKey(), password, this, [this, guard](SecretStore::Status, const QString&) {
            if (guard)
                guard->startWithPasswordFrom(m_secrets);
        });
}

QWidget* Application::buildVoicemailPanel(DirectoryModel* directoryModel)
{
    const VoicemailConfig& config = m_profile.voicemail;
    if (config.spoolRoot.isEmpty())
        return nullptr; // voicemail switched off for this profile
    const QFileInfo root(config.spoolRoot);
    if (!root.isDir() || !root.isReadable()) {
        // A message rather than an empty list, so nobody waits for messages that cannot come.
        auto* label = new QLabel(tr("The voicemail spool %1 cannot be read (%2). Mount or share it on this "
                                    "computer, or change it in Settings → Voicemail.")
                                     .arg(QDir::toNativeSeparators(config.spoolRoot),
                                         root.exists() ? tr("no permission") : tr("it does not exist")));
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setMargin(12);
        return label;
    }
    auto* store = new VoicemailStore(m_panelParts);
    store->setConfig(config.spoolConfig());
    if (!m_servers.isEmpty()) {
        auto* bridge = new PbxVoicemailBridge(m_servers.first()->client(), store);
        store->setPbxBridge(bridge);
        // Every mailbox the PBX has, also those without a spool directory yet (to forward to them).
        connect(bridge, &PbxVoicemailBridge::mailboxesChanged, store, &VoicemailStore::setPbxMailboxes);
        bridge->followMailboxes(m_servers.first()->state());
        // MessageWaiting keeps a spool on a network share current (no file events there).
        connect(m_servers.first()->state(), &PbxState::mailboxChanged, store,
            &VoicemailStore::handleMessageWaiting);
    }
    store->rescan();
    auto* voicemail = new VoicemailBrowser(store);
    voicemail->setMarkHeardOnPlay(config.markHeardOnPlay);
    // Owners by mailbox ("1001@default"), else by extension; looked up again
    // whenever the directory (re)loads, which is usually after the spool scan.
    const auto ownerOf = [directoryModel](const QString& context, const QString& mailbox) {
        const QString key = mailbox + u'@' + context;
        const QList<Contact>& contacts = directoryModel->directoryIndex().contacts();
        for (const Contact& c : contacts) {
            if (c.mailbox == key || (c.mailbox.isEmpty() && c.extension() == mailbox))
                return c.name;
        }
        return QString();
    };
    voicemail->setNameLookup(ownerOf);
    connect(directoryModel, &DirectoryModel::contactsChanged, voicemail,
        [voicemail, ownerOf] { voicemail->setNameLookup(ownerOf); });
    connect(voicemail, &VoicemailBrowser::callRequested, m_actions,
        [this](const QString& number) { m_actions->callNumber(QString(), number); });
    connect(voicemail, &VoicemailBrowser::transferRequested, m_actions, &OperatorActions::transferTo);
    connect(voicemail, &VoicemailBrowser::errorOccurred, m_window.get(),
        [this](const QString& text) { m_window->showMessage(text, true); });
    m_window->addEditAction(voicemail->undoDeleteAction());
    return voicemail;
}

void Application::removeDirectoryAndVoicemail()
{
    // Widgets first: the browser uses the store in m_panelParts.
    delete m_voicemailDock;
    delete m_directoryDock;
    delete m_panelParts;
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

    auto* control = new CallControl(server->client(), server->state(), server);
    control->setProfile(m_profile);
    m_actions->addServer(config.id, control);
    control->setPermissions(server->permissions());
    connect(m_network, &NetworkWatch::networkAvailable, server->client(), &AmiClient::handleNetworkAvailable);
    m_window->addServerStatus(config.label(), server);
    certificateTrust()->watch(server->client(), config.id);

    connect(server->client(), &AmiClient::errorOccurred, this,
        [this, server, config](AmiClient::Error error, const QString&) {
            // A refused login will not get better by retrying with the same secret.
            if (error == AmiClient::Error::AuthenticationFailed && !m_demo) {
                server->stop();
                askSecret(server, config,
                    tr("The PBX refused the login for “%1”. Enter the secret again:").arg(config.username));
            }
        });

    if (m_demo) {
        server->setSecret(QStringLiteral("demo"));
        server->start();
        return;
    }
    obtainSecretAndStart(server, config);
}

CertificateTrust* Application::certificateTrust()
{
    // A temporary profile (--demo, --server) is not saved: trust lasts this session.
    if (!m_certificateTrust)
        m_certificateTrust = new CertificateTrust(
            m_temporaryProfile ? nullptr : m_settings.get(), m_profile.name, m_window.get(), this);
    return m_certificateTrust;
}

void Application::obtainSecretAndStart(PbxServer* server, const ServerConfig& config)
{
    const QPointer<PbxServer> guard(server);
    m_secrets->read(config.secretKey(m_profile.name), this,
        [this, guard, config](SecretStore::Status status, const QString& secret, const QString& error) {
            if (!guard)
                return;
            if (status == SecretStore::Status::Ok) {
                guard->setSecret(secret);
                guard->start();
                return;
            }
            QString why;
            if (status == SecretStore::Status::NotFound)
                why = tr("No secret is saved for %1@%2 yet.").arg(config.username, config.host);
            else if (status == SecretStore::Status::KeychainUnavailable)
                why = tr("The system keychain is not available (%1), so the secret cannot be remembered.")
                          .arg(m_secrets->unavailableReason().isEmpty() ? error
                                                                        : m_secrets->unavailableReason());
            else
                why = tr("The keychain did not give the secret: %1").arg(error);
            askSecret(guard, config, why);
        });
}

void Application::askSecret(PbxServer* server, const ServerConfig& config, const QString& why)
{
    bool ok = false;
    const QString secret = QInputDialog::getText(m_window.get(), tr("AMI secret for %1").arg(config.label()),
        why + u'\n' + tr("Secret for AMI user “%1”:").arg(config.username), QLineEdit::Password, QString(),
        &ok);
    if (!ok || secret.isEmpty()) {
        m_window->showMessage(tr("Not connected to %1: no secret entered.").arg(config.label()), true);
        return;
    }
    server->setSecret(secret);
    server->start();
    if (!m_temporaryProfile)
        m_secrets->write(
            config.secretKey(m_profile.name), secret, this, [](SecretStore::Status, const QString&) {});
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
    // Directory and voicemail follow the saved profile at once; the demo keeps its own.
    if (const auto saved = m_settings->profile(m_profile.name); saved && !m_temporaryProfile) {
        m_profile.directorySources = saved->directorySources;
        m_profile.voicemail = saved->voicemail;
        m_askedLdapPasswords.clear();
        removeDirectoryAndVoicemail();
        dockDirectoryAndVoicemail();
    }
    m_window->showMessage(tr("Settings saved. Server changes apply at the next start."), false);
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
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("link"), QString());
    // Options of the second launch are ignored here: only links are acted on.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);
    QStringList links;
    const QStringList positional = parser.positionalArguments();
    for (const QString& a : positional) {
        if (!a.startsWith(u'-'))
            links.append(a);
    }
    m_urls->handleArguments(links);
}

void Application::screenshotSettings(const QString& folder)
{
    SettingsDialog dialog(m_settings.get(), m_secrets, m_window.get());
    dialog.show();
    bool saved = true;
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        dialog.tabs()->setCurrentIndex(i);
        const QString page = dialog.tabs()->tabText(i).remove(u'&').toLower();
        const QString file
            = QDir(folder).filePath(QStringLiteral("settings-") + page + QStringLiteral(".png"));
        if (!dialog.grab().save(file)) {
            printError(tr("Could not save %1").arg(file));
            saved = false;
        }
    }
    // The editor of the first LDAP source, if there is one.
    const QList<DirectorySourceConfig> sources = dialog.directoryPage()->sources();
    for (const DirectorySourceConfig& source : sources) {
        if (source.kind != DirectorySourceConfig::Kind::Ldap)
            continue;
        LdapSourceDialog editor(source, m_secrets, &dialog);
        editor.show();
        saved = editor.grab().save(QDir(folder).filePath(QStringLiteral("settings-ldap.png"))) && saved;
        break;
    }
    m_exitCode = saved ? 0 : 1;
    QCoreApplication::exit(m_exitCode);
}

void Application::scheduleScreenshot(const QString& file, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, file] {
        const bool saved = m_window->grab().save(file);
        if (!saved)
            printError(tr("Could not save %1").arg(file));
        m_exitCode = saved ? 0 : 1;
        QCoreApplication::exit(m_exitCode);
    });
}
