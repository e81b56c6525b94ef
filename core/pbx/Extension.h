// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallActivity.h"
#include "core/pbx/ExtensionState.h"
#include "core/pbx/Hint.h"

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
    Hint hint; // "PJSIP/1001&Custom:DND1001,CustomPresence:1001", parsed; last non-empty one seen
    int statusCode = -1;
    QString statusText;
    ExtensionState state = ExtensionState::Unknown; // derived: code, DND device, presence
    QString presence; // lower case presence state ("available", "dnd", …), empty if none
    QString presenceSubtype;
    QString presenceMessage;

    QString key() const { return exten + QLatin1Char('@') + context; }
    // Devices of the hint ("PJSIP/1001", "Custom:DND1001"), without the presence part.
    const QStringList& devices() const { return hint.devices(); }
    // Presence provider of the hint ("CustomPresence:1001"), empty if none.
    const QString& presenceProvider() const { return hint.presenceProvider(); }
    // The phone of the extension ("PJSIP/1001"): what calls are placed from and found on.
    QString phoneDevice() const { return hint.phoneDevice(); }
    // A hint on Custom: device states only (a DND toggle "*761001", night mode
    // "9001"): a switch or a feed for another extension, never a person's tile.
    bool isFeature() const { return hint.kind() == Hint::Kind::Custom; }

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
    CallActivity what; // what that channel really does (talking, parked, in voicemail…)

    friend bool operator==(const ExtensionActivity&, const ExtensionActivity&) = default;
};

// What the board and the directory both show for an extension: the state
// its hint reports, except while the hint still says Idle although the
// extension has calls (Asterisk sends the hint's InUse a few milliseconds
// after the first channel event; a PBX may never send it for a Local leg).
ExtensionState shownState(const Extension& extension, const ExtensionActivity& activity);

} // namespace Pbx
