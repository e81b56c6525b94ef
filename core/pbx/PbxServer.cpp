// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxServer.h"

#include "core/ami/AmiClient.h"
#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/conference/ConferenceStore.h"
#include "core/conference/ConferenceSyncStep.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/pbx/PbxSync.h"
#include "core/recording/RecordingStore.h"

PbxServer::PbxServer(const PbxServerConfig& config, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_config(config)
    , m_client(new AmiClient(this, clock))
    , m_state(new PbxState(config.id, this, clock))
    // Before PbxSync: its ListCommands goes out ahead of the state lists.
    , m_sync(nullptr)
    , m_status(nullptr)
    , m_permissions(new AmiPermissions(m_client, this))
    , m_conferences(new ConferenceStore(nullptr, clock))
    , m_recordings(new RecordingStore(nullptr, clock))
    , m_clock(clock ? clock : Clock::system())
{
    // After the call stores: a member's Hangup has ended its call before it leaves the room.
    m_state->addStore(m_conferences);
    m_state->addStore(m_recordings);
    m_sync = new PbxSync(m_client, m_state, this, clock);
    m_sync->addStep(std::make_unique<ConferenceSyncStep>(m_conferences));
    m_status = new PbxServerStatus(m_client, m_sync, this);
    m_client->setSettings(config.connection);
    m_state->setDndDevicePattern(config.dndDevicePattern);
    m_sync->setMailboxes(config.mailboxes);
    connect(
        m_sync, &PbxSync::listFailed, m_permissions, [this](const QByteArray& action, const QString& error) {
            if (error.compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0)
                m_permissions->learnRefused(action);
        });
    connect(m_client, &AmiClient::loggedIn, this, [this] { ++m_sessions; });
    connect(m_client, &AmiClient::eventReceived, this, &PbxServer::handleEvent);
}

qint64 PbxServer::reRegisterLeftMs() const
{
    if (m_freshBootAtMs <= 0)
        return 0;
    return qMax<qint64>(0, m_freshBootAtMs + ReRegisterMs - m_clock->currentMSecsSinceEpoch());
}

void PbxServer::handleEvent(const AmiMessage& event)
{
    if (event.eventName().compare("FullyBooted", Qt::CaseInsensitive) != 0 || !event.contains("Uptime"))
        return;
    // "Uptime: 0" in the first session after "core restart" (07-after-restart-reconnect).
    const int uptime = event.rawValue("Uptime").toInt();
    // Only a restart while we were running: on our own first start there is no "before".
    if (uptime < 0 || uptime > FreshBootSeconds || m_sessions < 2)
        return;
    m_freshBootAtMs = m_clock->currentMSecsSinceEpoch() - qint64(uptime) * 1000;
    Q_EMIT pbxRestarted(m_freshBootAtMs);
}

PbxServer::~PbxServer() = default;

void PbxServer::setSecret(const QString& secret)
{
    m_client->setSecret(secret);
}

void PbxServer::start()
{
    m_client->connectToServer();
}

void PbxServer::stop()
{
    m_client->disconnectFromServer();
}
