// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiConnectionSettings.h"
#include "core/pbx/PbxState.h"

#include <QObject>
#include <QString>
#include <QStringList>

class AmiClient;
class AmiMessage;
class AmiPermissions;
class Clock;
class ConferenceStore;
class PbxServerStatus;
class RecordingStore;
class PbxSync;

// One configured Asterisk server (no secret in here: see PbxServer::setSecret).
struct PbxServerConfig
{
    QString id; // stable key, also PbxState::serverId()
    QString displayName;
    AmiConnectionSettings connection;
    QString dndDevicePattern = QLatin1String(PbxState::DefaultDndDevicePattern);
    QStringList mailboxes; // counted with MailboxCount if VoicemailUsersList is refused
};

// One AmiClient + PbxState + PbxSync (+ the account's AmiPermissions and the
// combined PbxServerStatus) for one configured server. It registers the
// stores beyond PbxState's own (ConferenceStore, RecordingStore) and their
// resync steps (ConferenceSyncStep). Several PbxServers run side by side; the models
// take their state() objects.
class PbxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PbxServer)
public:
    explicit PbxServer(const PbxServerConfig& config, QObject* parent = nullptr, Clock* clock = nullptr);
    ~PbxServer() override;

    const PbxServerConfig& config() const { return m_config; }
    QString id() const { return m_config.id; }
    QString displayName() const { return m_config.displayName; }

    AmiClient* client() const { return m_client; }
    PbxState* state() const { return m_state; }
    PbxSync* sync() const { return m_sync; }
    // Connection and resync in one: Ready once logged in and the state is complete.
    PbxServerStatus* status() const { return m_status; }
    AmiPermissions* permissions() const { return m_permissions; }
    // ConfBridge rooms: a store of the state, read in every resync (ConferenceSyncStep).
    ConferenceStore* conferences() const { return m_conferences; }
    // The calls being recorded (MixMonitor), whoever started the recording: a store of the state.
    RecordingStore* recordings() const { return m_recordings; }

    // Asterisk booted this long ago or less when we logged in: it restarted
    // under us (or just started), so its phones are registering again.
    static constexpr int FreshBootSeconds = 120;
    // How long phones may read Unavailable after a boot: until Asterisk's
    // first qualify of each contact (qualify_frequency, 60 s by default).
    static constexpr int ReRegisterMs = 60000;
    // When Asterisk last booted (ms since the epoch), if that was recent; else 0.
    qint64 freshBootAtMs() const { return m_freshBootAtMs; }
    // How much longer phones may still be re-registering after that boot (ms, 0 = done).
    qint64 reRegisterLeftMs() const;

    // From SecretStore; kept only inside the AmiClient.
    void setSecret(const QString& secret);

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    // FullyBooted with a small Uptime after a reconnect: say that phones re-register.
    void pbxRestarted(qint64 bootedAtMs);

private:
    void handleEvent(const AmiMessage& event);

    PbxServerConfig m_config;
    AmiClient* m_client;
    PbxState* m_state;
    PbxSync* m_sync;
    PbxServerStatus* m_status;
    AmiPermissions* m_permissions;
    ConferenceStore* m_conferences;
    RecordingStore* m_recordings;
    Clock* m_clock;
    qint64 m_freshBootAtMs = 0;
    int m_sessions = 0; // logins so far
};
