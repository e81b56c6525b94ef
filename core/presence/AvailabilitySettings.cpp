// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/presence/AvailabilitySettings.h"

#include <QSettings>

namespace {

const QString Group = QStringLiteral("availability/");

} // namespace

AvailabilityPreset AvailabilitySettings::preset(
    const QString& serverId, const QString& dndDevicePattern) const
{
    AvailabilityPreset p
        = AvailabilityPreset::forKind(presets.value(serverId, AvailabilityPreset::Kind::FreePbx));
    if (!alwaysFamily.isEmpty())
        p.alwaysFamily = alwaysFamily;
    if (!dndDevicePattern.isEmpty())
        p.dndDevicePattern = dndDevicePattern;
    return p;
}

AvailabilitySettings::Status AvailabilitySettings::parseStatus(const QString& entry)
{
    Status s;
    s.status = PresenceNote::parseStatus(entry.section(u':', 0, 0).trimmed());
    s.note = entry.section(u':', 1).trimmed();
    return s;
}

QString AvailabilitySettings::formatStatus(const Status& status)
{
    return PresenceNote::asteriskName(status.status) + u':' + status.note;
}

void AvailabilitySettings::write(QSettings& settings) const
{
    QStringList plain;
    for (auto it = presets.cbegin(); it != presets.cend(); ++it) {
        if (*it == AvailabilityPreset::Kind::PlainAsterisk)
            plain.append(it.key());
    }
    settings.setValue(Group + QStringLiteral("plainAsteriskServers"), plain);
    settings.setValue(Group + QStringLiteral("forwardFamily"), alwaysFamily);
    settings.setValue(Group + QStringLiteral("othersPresence"), othersPresence);
    settings.setValue(Group + QStringLiteral("othersDnd"), othersDnd);
    settings.setValue(Group + QStringLiteral("othersForwarding"), othersForwarding);
    settings.setValue(Group + QStringLiteral("switches"), switches);
    settings.setValue(Group + QStringLiteral("pollSeconds"), pollSeconds);
    QStringList entries;
    for (const Status& s : statuses)
        entries.append(formatStatus(s));
    settings.setValue(Group + QStringLiteral("statuses"), entries);
}

AvailabilitySettings AvailabilitySettings::read(const QSettings& settings)
{
    AvailabilitySettings a;
    const QStringList plain = settings.value(Group + QStringLiteral("plainAsteriskServers")).toStringList();
    for (const QString& id : plain)
        a.presets.insert(id, AvailabilityPreset::Kind::PlainAsterisk);
    a.alwaysFamily = settings.value(Group + QStringLiteral("forwardFamily")).toString();
    a.othersPresence = settings.value(Group + QStringLiteral("othersPresence"), true).toBool();
    a.othersDnd = settings.value(Group + QStringLiteral("othersDnd"), true).toBool();
    a.othersForwarding = settings.value(Group + QStringLiteral("othersForwarding"), true).toBool();
    a.switches = settings.value(Group + QStringLiteral("switches"), true).toBool();
    a.pollSeconds = qMax(0, settings.value(Group + QStringLiteral("pollSeconds"), a.pollSeconds).toInt());
    const QStringList entries = settings.value(Group + QStringLiteral("statuses")).toStringList();
    for (const QString& entry : entries) {
        const Status s = parseStatus(entry);
        // A bad entry is skipped rather than written back to Asterisk.
        if (s.status != PresenceNote::Status::Unknown
            && PresenceNote(s.status, s.note).validate() == PresenceNote::Error::None)
            a.statuses.append(s);
    }
    return a;
}
