// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/presence/AvailabilityPreset.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class AmiPermissions;
struct AvailabilitySettings;

// May this desk change someone's presence, DND or forwarding, or flip a
// switch (night mode), here and now? Its own line always; others' when the
// desk's settings allow it; and only with the AMI write classes the actions
// need (what the account lacks is named, so the menu can say why not).
class AvailabilityRules final
{
    Q_GADGET
public:
    enum class Reason
    {
        None,
        NotThisDesk, // the desk's settings keep it to the operator's own line
        AccountLacksClass, // the AMI account may not send the actions (missingClasses says which)
        NoPresenceProvider, // the extension's hint has no CustomPresence: part
        NoDndDevice, // the DND device pattern names one fixed device, not one per extension
        NoFamily, // this PBX's preset has no database family for that forward
    };
    Q_ENUM(Reason)

    struct Verdict
    {
        Reason reason = Reason::None;
        QStringList missingClasses; // for AccountLacksClass
        bool allowed() const { return reason == Reason::None; }
    };

    // provider: the hint's presence provider ("CustomPresence:1001"), empty if none.
    static Verdict presence(const AvailabilitySettings& desk, const AmiPermissions* account, bool ownLine,
        const QString& provider);
    static Verdict dnd(const AvailabilitySettings& desk, const AmiPermissions* account, bool ownLine,
        const AvailabilityPreset& preset);
    static Verdict forward(const AvailabilitySettings& desk, const AmiPermissions* account, bool ownLine,
        const AvailabilityPreset& preset, AvailabilityPreset::Forward forward);
    static Verdict toggleSwitch(const AvailabilitySettings& desk, const AmiPermissions* account);

private:
    static Verdict accountMay(const AmiPermissions* account, const QList<QByteArray>& actions);
};
