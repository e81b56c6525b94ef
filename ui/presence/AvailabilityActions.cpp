// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/AvailabilityActions.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/DndPattern.h"
#include "core/pbx/Extension.h"
#include "core/presence/ForwardingStore.h"
#include "ui/presence/AvailabilityText.h"

#include <QDateTime>
#include <QTimeZone>

using Operation = AvailabilityControl::Operation;
using Status = PresenceNote::Status;

namespace {

QString serverOfTile(const QModelIndex& tile)
{
    return tile.data(ExtensionRoles::ServerId).toString();
}

QString numberOf(const QModelIndex& tile)
{
    return tile.data(ExtensionRoles::Number).toString();
}

} // namespace

AvailabilityActions::AvailabilityActions(
    const AvailabilitySettings& settings, const QString& operatorExtension, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_operatorExtension(operatorExtension)
{ }

AvailabilityActions::~AvailabilityActions() = default;

void AvailabilityActions::setSettings(const AvailabilitySettings& settings)
{
    m_settings = settings;
}

void AvailabilityActions::addServer(const QString& serverId, AvailabilityControl* control,
    ForwardingStore* store, AmiPermissions* permissions)
{
    m_servers.insert(serverId, Server {control, store, permissions});
    connect(control, &AvailabilityControl::finished, this,
        [this, serverId](Operation operation, const QString& target, bool success, const QString& error) {
            handleFinished(serverId, operation, target, success, error);
        });
}

QList<AvailabilitySettings::Status> AvailabilityActions::predefinedStatuses() const
{
    return m_settings.statuses.isEmpty() ? builtInStatuses() : m_settings.statuses;
}

QList<AvailabilitySettings::Status> AvailabilityActions::builtInStatuses()
{
    return {{Status::Away, tr("Lunch")}, {Status::Away, tr("Meeting")}, {Status::ExtendedAway, tr("Holiday")},
        {Status::Unavailable, tr("Out of office")}};
}

const AvailabilityActions::Server* AvailabilityActions::serverOf(const QString& serverId) const
{
    const auto it = m_servers.constFind(serverId);
    return it == m_servers.cend() || !it->control ? nullptr : &*it;
}

AvailabilityPreset AvailabilityActions::presetOf(const QString& serverId) const
{
    const Server* s = serverOf(serverId);
    return s && s->store ? s->store->preset() : AvailabilityPreset();
}

bool AvailabilityActions::isOwnLine(const QModelIndex& tile) const
{
    return !m_operatorExtension.isEmpty() && numberOf(tile) == m_operatorExtension;
}

AvailabilityActions::Verdict AvailabilityActions::presenceVerdict(const QModelIndex& tile) const
{
    const Server* s = serverOf(serverOfTile(tile));
    return AvailabilityRules::presence(m_settings, s ? s->permissions.data() : nullptr, isOwnLine(tile),
        tile.data(ExtensionRoles::PresenceProvider).toString());
}

AvailabilityActions::Verdict AvailabilityActions::dndVerdict(const QModelIndex& tile) const
{
    const Server* s = serverOf(serverOfTile(tile));
    return AvailabilityRules::dnd(
        m_settings, s ? s->permissions.data() : nullptr, isOwnLine(tile), presetOf(serverOfTile(tile)));
}

AvailabilityActions::Verdict AvailabilityActions::forwardVerdict(const QModelIndex& tile, Forward kind) const
{
    const Server* s = serverOf(serverOfTile(tile));
    return AvailabilityRules::forward(
        m_settings, s ? s->permissions.data() : nullptr, isOwnLine(tile), presetOf(serverOfTile(tile)), kind);
}

AvailabilityActions::Verdict AvailabilityActions::switchVerdict(const QString& serverId) const
{
    const Server* s = serverOf(serverId);
    return AvailabilityRules::toggleSwitch(m_settings, s ? s->permissions.data() : nullptr);
}

QList<AvailabilityActions::Forward> AvailabilityActions::forwardKinds(const QModelIndex& tile) const
{
    const AvailabilityPreset preset = presetOf(serverOfTile(tile));
    QList<Forward> kinds;
    for (Forward kind : {Forward::Always, Forward::Busy, Forward::NoAnswer}) {
        if (!preset.family(kind).isEmpty())
            kinds.append(kind);
    }
    return kinds;
}

QString AvailabilityActions::who(const QModelIndex& tile)
{
    const QString name = tile.data(ExtensionRoles::Name).toString();
    return name.isEmpty() ? numberOf(tile) : name;
}

PresenceNote AvailabilityActions::currentNote(const QModelIndex& tile)
{
    const qint64 back = tile.data(ExtensionRoles::PresenceReturnMs).toLongLong();
    const QString presence = tile.data(ExtensionRoles::Presence).toString();
    return PresenceNote(presence.isEmpty() ? Status::NotSet : PresenceNote::parseStatus(presence),
        tile.data(ExtensionRoles::PresenceMessage).toString(),
        back > 0 ? QDateTime::fromMSecsSinceEpoch(back, QTimeZone::utc()) : QDateTime());
}

Pbx::Forwarding AvailabilityActions::forwarding(const QModelIndex& tile)
{
    Pbx::Forwarding f;
    f.always = tile.data(ExtensionRoles::ForwardAlways).toString();
    f.busy = tile.data(ExtensionRoles::ForwardBusy).toString();
    f.noAnswer = tile.data(ExtensionRoles::ForwardNoAnswer).toString();
    f.dnd = tile.data(ExtensionRoles::DatabaseDnd).toBool();
    return f;
}

bool AvailabilityActions::isDnd(const QModelIndex& tile)
{
    return tile.data(ExtensionRoles::DatabaseDnd).toBool()
        || Pbx::ExtensionState(tile.data(ExtensionRoles::State).toInt()) == Pbx::ExtensionState::DoNotDisturb;
}

bool AvailabilityActions::setPresence(const QModelIndex& tile, const PresenceNote& note)
{
    const Server* s = serverOf(serverOfTile(tile));
    const QString provider = tile.data(ExtensionRoles::PresenceProvider).toString();
    const QString name = who(tile);
    const QString word = note.note().isEmpty()
        ? AvailabilityText::status(note.status())
        : tr("%1 (%2)").arg(AvailabilityText::status(note.status()), note.note());
    const auto error = s ? s->control->setPresence(provider, note) : AvailabilityControl::Error::NotConnected;
    return sent(serverOfTile(tile), Operation::Presence, provider, error,
        {tr("%1 is now: %2").arg(name, word), tr("Could not change the status of %1: %2").arg(name)});
}

bool AvailabilityActions::setDnd(const QModelIndex& tile, bool on)
{
    const QString server = serverOfTile(tile);
    const Server* s = serverOf(server);
    const QString exten = numberOf(tile);
    const QString device = Pbx::DndPattern(presetOf(server).dndDevicePattern).deviceFor(exten);
    const auto error = s ? s->control->setDnd(exten, device, on) : AvailabilityControl::Error::NotConnected;
    const QString name = who(tile);
    return sent(server, Operation::Dnd, exten, error,
        {on ? tr("Do not disturb is on for %1").arg(name) : tr("Do not disturb is off for %1").arg(name),
            tr("Could not change do not disturb of %1: %2").arg(name)});
}

bool AvailabilityActions::setForward(const QModelIndex& tile, Forward kind, const QString& number)
{
    const QString server = serverOfTile(tile);
    const Server* s = serverOf(server);
    const QString exten = numberOf(tile);
    const auto error
        = s ? s->control->setForward(exten, kind, number) : AvailabilityControl::Error::NotConnected;
    const QString name = who(tile);
    const QString kindWord = AvailabilityText::forwardKind(kind).toLower();
    const QString done = number.trimmed().isEmpty()
        ? tr("Forward (%1) of %2 cleared").arg(kindWord, name)
        : tr("Calls of %1 forwarded (%2) to %3").arg(name, kindWord, number.trimmed());
    return sent(server, Operation::Forward, exten, error,
        {done, tr("Could not change the forward of %1: %2").arg(name)});
}

bool AvailabilityActions::setSwitch(
    const QString& serverId, const QString& device, bool on, const QString& label)
{
    const Server* s = serverOf(serverId);
    const auto error = s ? s->control->setSwitch(device, on) : AvailabilityControl::Error::NotConnected;
    return sent(serverId, Operation::Switch, device, error,
        {tr("%1 switched %2").arg(label, on ? tr("on") : tr("off")),
            tr("Could not switch %1: %2").arg(label)});
}

QString AvailabilityActions::pendingKey(const QString& serverId, Operation operation, const QString& target)
{
    return serverId + u'\n' + QString::number(int(operation)) + u'\n' + target;
}

bool AvailabilityActions::sent(const QString& serverId, Operation operation, const QString& target,
    AvailabilityControl::Error error, const Pending& pending)
{
    if (error != AvailabilityControl::Error::None) {
        Q_EMIT messageShown(pending.failed.arg(AvailabilityText::error(error)), true);
        return false;
    }
    m_pending[pendingKey(serverId, operation, target)].append(pending);
    return true;
}

void AvailabilityActions::handleFinished(const QString& serverId, Operation operation, const QString& target,
    bool success, const QString& errorText)
{
    QList<Pending>& queue = m_pending[pendingKey(serverId, operation, target)];
    if (queue.isEmpty())
        return;
    const Pending pending = queue.takeFirst();
    if (queue.isEmpty())
        m_pending.remove(pendingKey(serverId, operation, target));
    if (success)
        Q_EMIT messageShown(pending.done, false);
    else
        Q_EMIT messageShown(pending.failed.arg(errorText), true);
}
