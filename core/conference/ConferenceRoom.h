// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conference/ConferenceMember.h"

#include <QList>
#include <QString>

// One ConfBridge conference in use. Asterisk sends no event for lock/unlock
// (08-confbridge-admin-actions): `locked` comes from ConfbridgeListRooms,
// re-read after every lock or unlock.
struct ConferenceRoom
{
    QString name; // Conference: "8500" (also the BridgeName)
    QString bridgeId; // BridgeUniqueid
    bool locked = false;
    bool recording = false; // ConfbridgeRecord .. ConfbridgeStopRecord
    qint64 startedAtMs = 0; // wall clock; ConfbridgeStart, or the first member's join
    qint64 recordingSinceMs = 0;
    // Members from Join/Leave and ConfbridgeList, in join order. Not BridgeNumChannels:
    // that counts ConfBridge's announcer and recorder channels too.
    QList<ConferenceMember> members;

    const ConferenceMember* member(const QString& channel) const
    {
        for (const ConferenceMember& m : members) {
            if (m.channel == channel)
                return &m;
        }
        return nullptr;
    }
    int talkingCount() const
    {
        int n = 0;
        for (const ConferenceMember& m : members)
            n += m.talking ? 1 : 0;
        return n;
    }
};
