// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/AvailabilityRules.h"

#include "core/pbx/AmiPermissions.h"
#include "core/pbx/DndPattern.h"
#include "core/presence/AvailabilitySettings.h"

using Reason = AvailabilityRules::Reason;
using Verdict = AvailabilityRules::Verdict;

AvailabilityRules::Verdict AvailabilityRules::accountMay(
    const AmiPermissions* account, const QList<QByteArray>& actions)
{
    QStringList refused;
    for (const QByteArray& action : actions) {
        if (account && !account->isPermitted(action))
            refused.append(QString::fromLatin1(action));
    }
    if (refused.isEmpty())
        return {};
    return {Reason::AccountLacksClass, AmiPermissions::missingClassesFor(refused)};
}

Verdict AvailabilityRules::presence(
    const AvailabilitySettings& desk, const AmiPermissions* account, bool ownLine, const QString& provider)
{
    if (!ownLine && !desk.othersPresence)
        return {Reason::NotThisDesk, {}};
    // func_presencestate writes CustomPresence: providers only (10-presence-state).
    if (!provider.startsWith(QLatin1String("CustomPresence:"), Qt::CaseInsensitive))
        return {Reason::NoPresenceProvider, {}};
    return accountMay(account, {"Setvar"});
}

Verdict AvailabilityRules::dnd(const AvailabilitySettings& desk, const AmiPermissions* account, bool ownLine,
    const AvailabilityPreset& preset)
{
    if (!ownLine && !desk.othersDnd)
        return {Reason::NotThisDesk, {}};
    // "Custom:operator-dnd" is the operator's switch, not anyone else's DND.
    const Pbx::DndPattern pattern(preset.dndDevicePattern);
    if (pattern.isEmpty() || (!pattern.hasPlaceholder() && !ownLine))
        return {Reason::NoDndDevice, {}};
    if (preset.dndFamily.isEmpty())
        return accountMay(account, {"Setvar"});
    return accountMay(account, {"Setvar", "DBPut", "DBDel"});
}

Verdict AvailabilityRules::forward(const AvailabilitySettings& desk, const AmiPermissions* account,
    bool ownLine, const AvailabilityPreset& preset, AvailabilityPreset::Forward forward)
{
    if (!ownLine && !desk.othersForwarding)
        return {Reason::NotThisDesk, {}};
    if (preset.family(forward).isEmpty())
        return {Reason::NoFamily, {}};
    return accountMay(account, {"DBPut", "DBDel"});
}

Verdict AvailabilityRules::toggleSwitch(const AvailabilitySettings& desk, const AmiPermissions* account)
{
    if (!desk.switches)
        return {Reason::NotThisDesk, {}};
    return accountMay(account, {"Setvar"});
}
