// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// How a PBX keeps do-not-disturb and call forwarding, per server:
//  - FreePBX: ASTDB families DND (value YES), CF (always), CFB (busy) and CFU
//    (unavailable / no answer), keyed by extension, beside the Custom:DND<ext>
//    device state its hints use;
//  - plain Asterisk: DND is the Custom: device state only, forwarding one
//    ASTDB family (CF unless the site's dialplan names another).
// Families and the DND device are configurable on top of either.
struct AvailabilityPreset
{
    Q_GADGET
public:
    enum class Kind
    {
        FreePbx,
        PlainAsterisk,
    };
    Q_ENUM(Kind)

    // The three forwards Asterisk sites know.
    enum class Forward
    {
        Always, // CF
        Busy, // CFB
        NoAnswer, // CFU
    };
    Q_ENUM(Forward)

    Kind kind = Kind::FreePbx;
    QString alwaysFamily = QStringLiteral("CF");
    QString busyFamily = QStringLiteral("CFB");
    QString noAnswerFamily = QStringLiteral("CFU");
    QString dndFamily = QStringLiteral("DND"); // empty: DND is only the device state
    QString dndDevicePattern = QStringLiteral("Custom:DND%1");
    // FreePBX Call Flow Control: its routing reads DAYNIGHT/C<n> (DAY or NIGHT)
    // and its hints show Custom:DAYNIGHT<n>; a toggle writes both. Empty: the
    // switches are device states only.
    QString dayNightFamily = QStringLiteral("DAYNIGHT");

    static AvailabilityPreset freePbx();
    static AvailabilityPreset plainAsterisk();
    static AvailabilityPreset forKind(Kind kind);

    // The family of a forward; empty if this PBX has none for it.
    QString family(Forward forward) const;
    // Every ASTDB family read at login (never the whole ASTDB: DBGetTree without
    // Family dumps registrar contacts and everything else).
    QStringList families() const;
    // The ASTDB key of a Call Flow Control switch ("Custom:DAYNIGHT0" → "C0"),
    // empty for any other device or without a day/night family.
    QString dayNightKey(const QString& device) const;

    friend bool operator==(const AvailabilityPreset&, const AvailabilityPreset&) = default;
};
