// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/presence/AvailabilityPreset.h"
#include "core/presence/PresenceNote.h"

#include <QList>
#include <QMap>
#include <QString>

class QSettings;

// The desk's part of a profile about people's availability (the
// [availability] group of the profile): how each server keeps DND and
// forwarding, what this desk may change for others (its own line is always
// its own to change, as far as the AMI account allows), and the statuses
// offered in the status menu.
struct AvailabilitySettings
{
    // A status the admin offers: "away:Lunch" in the settings file.
    struct Status
    {
        PresenceNote::Status status = PresenceNote::Status::Away;
        QString note;
        friend bool operator==(const Status&, const Status&) = default;
    };

    QMap<QString, AvailabilityPreset::Kind> presets; // server id → preset; FreePBX when absent
    QString alwaysFamily; // empty = the preset's (CF)
    bool othersPresence = true;
    bool othersDnd = true;
    bool othersForwarding = true;
    bool switches = true; // day/night and other switches
    int pollSeconds = ForwardingPollSeconds; // re-read ASTDB forwards (0 = only at login and on UserEvent)
    // Empty = the built-in statuses (Lunch, Meeting, Holiday, Out of office), in the desk's language.
    QList<Status> statuses;

    static constexpr int ForwardingPollSeconds = 120;

    // The preset of a server with the profile's DND device pattern.
    AvailabilityPreset preset(const QString& serverId, const QString& dndDevicePattern) const;

    void write(QSettings& settings) const;
    static AvailabilitySettings read(const QSettings& settings);
    // "away:Lunch" ↔ Status; nullopt-like (note empty, Unknown) for a bad entry.
    static Status parseStatus(const QString& entry);
    static QString formatStatus(const Status& status);

    friend bool operator==(const AvailabilitySettings&, const AvailabilitySettings&) = default;
};
