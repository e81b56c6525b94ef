// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/presence/AvailabilityPreset.h"
#include "core/presence/Forwarding.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class AmiAction;
class AmiMessage;
class QTimer;

// Call forwarding and ASTDB do-not-disturb of one server, read from the
// families of its AvailabilityPreset (11-astdb-forward-dnd).
//
// ASTDB changes send no AMI event at all, so the store re-reads: every family
// with DBGetTree after each login and every pollIntervalMs (a forward set on the phone with a feature code);
// one key with DBGet when a desk announces a change with the UserEvent
// ChangeEvent (Family, Key), which AvailabilityControl sends after each write.
class ForwardingStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* ChangeEvent = "AttendantAstDb";
    static constexpr int DefaultPollIntervalMs = 120000;

    explicit ForwardingStore(AmiClient* client, QObject* parent = nullptr);
    ~ForwardingStore() override;

    void setPreset(const AvailabilityPreset& preset);
    const AvailabilityPreset& preset() const { return m_preset; }
    // 0 = re-read only at login and on announced changes.
    void setPollIntervalMs(int ms);

    // By extension number ("1001"); empty when nothing is set.
    Pbx::Forwarding forwarding(const QString& exten) const { return m_entries.value(exten); }
    // Numbers with anything set, sorted.
    QStringList extensions() const;
    // True once every family was read since the last login.
    bool isLoaded() const { return m_loaded; }

    // What a successful write of ours changed (no event will say it).
    void applyWrite(const QString& family, const QString& key, const std::optional<QString>& value);

public Q_SLOTS:
    void refresh();
    void refreshKey(const QString& family, const QString& key);

Q_SIGNALS:
    void forwardingChanged(const QString& exten);
    // A full read finished (families that failed are left as they were).
    void refreshed();

private:
    void handleClientState(AmiClient::State state);
    void handleEvent(const AmiMessage& event);
    void handleTree(AmiAction* action, const QString& family, quint64 generation);
    void handleKey(AmiAction* action, const QString& family, const QString& key);
    // Sets one field; emits forwardingChanged when it changed.
    void store(const QString& family, const QString& key, const QString& value);

    QPointer<AmiClient> m_client;
    AvailabilityPreset m_preset;
    QTimer* m_poll;
    QHash<QString, Pbx::Forwarding> m_entries;
    quint64 m_generation = 0;
    int m_pendingFamilies = 0;
    QHash<QString, QStringList> m_seen; // family → keys listed by the running read
    bool m_loaded = false;
};
