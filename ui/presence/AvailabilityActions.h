// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/AvailabilityRules.h"
#include "core/presence/AvailabilityControl.h"
#include "core/presence/AvailabilitySettings.h"
#include "core/presence/Forwarding.h"

#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

class AmiPermissions;
class ForwardingStore;

// What the desk does to people's availability, for tiles (any index with
// ExtensionRoles) and switches: asks AvailabilityRules whether it may (the
// desk's settings, the AMI account's write classes), hands the change to the
// server's AvailabilityControl and says the outcome in a sentence with who
// and what (messageShown). The menus and dialogs only ask and show.
class AvailabilityActions final : public QObject
{
    Q_OBJECT
public:
    using Verdict = AvailabilityRules::Verdict;
    using Forward = AvailabilityPreset::Forward;

    AvailabilityActions(
        const AvailabilitySettings& settings, const QString& operatorExtension, QObject* parent = nullptr);
    ~AvailabilityActions() override;

    void addServer(const QString& serverId, AvailabilityControl* control, ForwardingStore* store,
        AmiPermissions* permissions);
    const AvailabilitySettings& settings() const { return m_settings; }
    // Saved settings apply at once: the next menu shows the new statuses and permissions.
    void setSettings(const AvailabilitySettings& settings);
    QString operatorExtension() const { return m_operatorExtension; }
    // The admin's statuses, else the built-in ones (Lunch, Meeting, Holiday, Out of office).
    QList<AvailabilitySettings::Status> predefinedStatuses() const;
    // Lunch, Meeting, Holiday, Out of office, in the desk's language.
    static QList<AvailabilitySettings::Status> builtInStatuses();

    bool isOwnLine(const QModelIndex& tile) const;
    Verdict presenceVerdict(const QModelIndex& tile) const;
    Verdict dndVerdict(const QModelIndex& tile) const;
    Verdict forwardVerdict(const QModelIndex& tile, Forward kind) const;
    Verdict switchVerdict(const QString& serverId) const;
    // The forwards this server's preset knows.
    QList<Forward> forwardKinds(const QModelIndex& tile) const;

    static QString who(const QModelIndex& tile);
    static PresenceNote currentNote(const QModelIndex& tile);
    static Pbx::Forwarding forwarding(const QModelIndex& tile);
    static bool isDnd(const QModelIndex& tile);

    // False (and a message) when nothing was sent.
    bool setPresence(const QModelIndex& tile, const PresenceNote& note);
    bool setDnd(const QModelIndex& tile, bool on);
    // An empty number clears the forward.
    bool setForward(const QModelIndex& tile, Forward kind, const QString& number);
    bool setSwitch(const QString& serverId, const QString& device, bool on, const QString& label);

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

private:
    struct Server
    {
        QPointer<AvailabilityControl> control;
        QPointer<ForwardingStore> store;
        QPointer<AmiPermissions> permissions;
    };
    // What to say once the PBX answered.
    struct Pending
    {
        QString done;
        QString failed; // "%1" = Asterisk's words
    };
    const Server* serverOf(const QString& serverId) const;
    AvailabilityPreset presetOf(const QString& serverId) const;
    bool sent(const QString& serverId, AvailabilityControl::Operation operation, const QString& target,
        AvailabilityControl::Error error, const Pending& pending);
    void handleFinished(const QString& serverId, AvailabilityControl::Operation operation,
        const QString& target, bool success, const QString& errorText);
    static QString pendingKey(
        const QString& serverId, AvailabilityControl::Operation operation, const QString& target);

    AvailabilitySettings m_settings;
    QString m_operatorExtension;
    QHash<QString, Server> m_servers;
    QHash<QString, QList<Pending>> m_pending;
};
