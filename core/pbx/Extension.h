// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pbx/ExtensionState.h"

#include <QString>
#include <QStringList>

namespace Pbx {

// One hinted extension ("1001@phones") as ExtensionStatus reports it. The
// displayed state (DND, …) is derived by PbxState; the raw code is kept too.
struct Extension
{
    QString serverId; // the PbxState it belongs to
    QString exten;
    QString context;
    QString hint; // "PJSIP/1001&Custom:DND1001,CustomPresence:1001"; last non-empty one seen
    int statusCode = -1;
    QString statusText;
    ExtensionState state = ExtensionState::Unknown; // derived: code, DND device, presence
    QString presence; // lower case presence state ("available", "dnd", …), empty if none
    QString presenceSubtype;
    QString presenceMessage;
    QString name; // learned display name (voicemail Fullname or caller ID of its phone)

    QString key() const { return exten + QLatin1Char('@') + context; }
    // Devices of the hint ("PJSIP/1001", "Custom:DND1001"), without the presence part.
    QStringList devices() const;
    // Presence provider of the hint ("CustomPresence:1001"), empty if none.
    QString presenceProvider() const;

    friend bool operator==(const Extension&, const Extension&) = default;
};

// What a tile shows about the calls of one extension, derived from its
// channels, their bridges and Local channel pairs.
struct ExtensionActivity
{
    int activeCalls = 0; // channels on the extension's devices
    int heldCalls = 0; // of them: in a held call (this side or the other pressed hold)
    bool ringing = false; // one of its channels is ringing (ChannelState 5)
    QString peerNumber; // who it talks to, or who is calling it
    QString peerName;
    qint64 sinceMs = 0; // talking since (both sides in the bridge), or ringing since
    QString channelId; // uniqueid of the channel the above describes

    friend bool operator==(const ExtensionActivity&, const ExtensionActivity&) = default;
};

} // namespace Pbx
