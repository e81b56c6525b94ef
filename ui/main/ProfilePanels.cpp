// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ProfilePanels.h"

#include "core/directory/DirectoryModel.h"
#include "core/directory/PbxPresenceSource.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/VoicemailServers.h"
#include "core/recording/RecordingLibrary.h"
#include "core/voicemail/VoicemailStore.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/directory/DirectorySources.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/recording/RecordingBrowser.h"
#include "ui/voicemail/MailboxOwners.h"
#include "ui/voicemail/VoicemailBrowser.h"
#include "ui/voicemail/VoicemailSpoolNotice.h"

#include <QDockWidget>

#include <memory>

ProfilePanels::ProfilePanels(
    MainWindow* window, OperatorActions* actions, DirectorySources* sources, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_actions(actions)
    , m_sources(sources)
{ }

ProfilePanels::~ProfilePanels()
{
    remove();
}

void ProfilePanels::addServer(PbxServer* server)
{
    m_servers.append(server);
}

void ProfilePanels::build(const Profile& profile)
{
    // Everything of the two panels hangs off one object, so a settings change replaces them whole.
    m_parts = new QObject(this);
    auto* directoryModel = new DirectoryModel(m_parts);
    m_directoryModel = directoryModel;
    QWidget* directory = buildDirectory(profile, directoryModel);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_directoryDock = m_window->addPanel(directory, tr("Directory"), Qt::BottomDockWidgetArea);
    m_window->setSearchPanel(m_directoryDock);
    if (QWidget* voicemail = buildVoicemail(profile.voicemail, directoryModel)) {
        m_voicemailDock = m_window->addPanel(voicemail, tr("Voicemail"), Qt::BottomDockWidgetArea);
        m_window->tabifyDockWidget(m_directoryDock, m_voicemailDock);
    }
    buildRecordings(profile.recording);
    m_directoryDock->raise();
    m_window->resizeDocks({m_directoryDock}, {m_window->height() / 3}, Qt::Vertical);
}

DirectoryModel* ProfilePanels::directoryModel() const
{
    return m_directoryModel;
}

void ProfilePanels::rebuild(const Profile& profile)
{
    m_sources->forgetAskedPasswords();
    remove();
    build(profile);
}

void ProfilePanels::openContact(const QString& number)
{
    auto* directory = m_directoryDock ? qobject_cast<DirectoryPanel*>(m_directoryDock->widget()) : nullptr;
    if (!directory)
        return;
    m_directoryDock->show();
    m_directoryDock->raise();
    directory->search(number);
}

QWidget* ProfilePanels::buildDirectory(const Profile& profile, DirectoryModel* model)
{
    auto* directory = new DirectoryPanel(model);
    for (const DirectorySourceConfig& config : profile.directorySources)
        m_sources->start(directory, config, m_parts);
    // Live presence next to each contact, from the same PBX state as the board.
    auto* presence = new PbxPresenceSource(m_parts);
    for (PbxServer* server : std::as_const(m_servers)) {
        if (server)
            presence->addServer(server->state());
    }
    model->setPresenceSource(presence);
    connect(directory, &DirectoryPanel::callRequested, m_actions,
        [this](const QString& number) { m_actions->callNumber(QString(), number); });
    connect(directory, &DirectoryPanel::transferRequested, m_actions, &OperatorActions::transferTo);
    return directory;
}

QWidget* ProfilePanels::buildVoicemail(const VoicemailConfig& config, DirectoryModel* directoryModel)
{
    if (config.spoolRoot.isEmpty())
        return nullptr; // voicemail switched off for this profile
    if (auto* notice = VoicemailSpoolNotice::forUnreadable(config.spoolRoot))
        return notice;
    auto* store = new VoicemailStore(m_parts);
    store->setConfig(config.spoolConfig());
    auto* servers = new VoicemailServers(m_parts);
    for (PbxServer* server : std::as_const(m_servers)) {
        if (server)
            servers->addServer(server->client(), server->state());
    }
    servers->attach(store);
    store->rescan();
    auto* voicemail = new VoicemailBrowser(store);
    voicemail->setMarkHeardOnPlay(config.markHeardOnPlay);
    // Owners by mailbox ("1001@default"), else by extension; made again
    // whenever the directory (re)loads, which is usually after the spool scan.
    const auto lookupOf = [directoryModel] {
        auto owners = std::make_shared<MailboxOwners>(directoryModel->directoryIndex().contacts());
        return [owners](const QString& context, const QString& mailbox) {
            return owners->owner(context, mailbox);
        };
    };
    voicemail->setNameLookup(lookupOf());
    connect(directoryModel, &DirectoryModel::contactsChanged, voicemail,
        [voicemail, lookupOf] { voicemail->setNameLookup(lookupOf()); });
    connect(voicemail, &VoicemailBrowser::callRequested, m_actions,
        [this](const QString& number) { m_actions->callNumber(QString(), number); });
    connect(voicemail, &VoicemailBrowser::transferRequested, m_actions, &OperatorActions::transferTo);
    connect(voicemail, &VoicemailBrowser::errorOccurred, m_window,
        [this](const QString& text) { m_window->showMessage(text, true); });
    m_window->addEditAction(voicemail->undoDeleteAction());
    return voicemail;
}

void ProfilePanels::buildRecordings(const RecordingSettings& settings)
{
    QList<PbxServer*> servers;
    for (PbxServer* server : std::as_const(m_servers)) {
        if (server && !settings.forServer(server->id()).monitorDirectory.isEmpty())
            servers.append(server);
    }
    for (PbxServer* server : std::as_const(servers)) {
        const RecordingSettings::Server config = settings.forServer(server->id());
        auto* library = new RecordingLibrary(m_parts);
        library->setDirectory(config.monitorDirectory);
        library->setFileTemplate(config.fileTemplate);
        library->follow(server->recordings());
        library->rescan();
        auto* browser = new RecordingBrowser(library);
        connect(browser, &RecordingBrowser::messageShown, m_window, &MainWindow::showMessage);
        const QString name = server->displayName().isEmpty() ? server->id() : server->displayName();
        QDockWidget* dock = m_window->addPanel(browser,
            servers.size() > 1 ? tr("Recordings (%1)").arg(name) : tr("Recordings"),
            Qt::BottomDockWidgetArea);
        dock->setObjectName(QStringLiteral("recordingsDock:") + server->id());
        m_window->tabifyDockWidget(m_directoryDock, dock);
        m_recordingDocks.append(dock);
    }
}

void ProfilePanels::remove()
{
    // Widgets first: the browsers use the stores and libraries in m_parts.
    for (const QPointer<QDockWidget>& dock : std::as_const(m_recordingDocks))
        delete dock;
    m_recordingDocks.clear();
    delete m_voicemailDock;
    delete m_directoryDock;
    delete m_parts;
    m_parts = nullptr;
}
