// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// Item data roles of the core models. The ui layer turns them into colours,
// icons and words (core has none of those). Times are ms since the epoch
// (qint64) so the ui can tick durations itself without model traffic.
namespace ExtensionRoles {
enum : int
{
    ServerId = Qt::UserRole + 1, // QString: which configured server
    Number, // QString: "1001"
    Context, // QString: "phones"
    Name, // QString: configured name (voicemail full name), never a caller ID; may be empty
    State, // int: Pbx::ExtensionState as shown (Pbx::shownState: hint, DND, and calls)
    StatusCode, // int: raw ExtensionStatus code
    StatusText, // QString: Asterisk's StatusText
    Hint, // QString: the raw hint ("PJSIP/1001&Custom:DND1001,CustomPresence:1001"); never a device (see
          // Device)
    PeerNumber, // QString: who it talks to / who rings it
    PeerName, // QString
    CallStartMs, // qint64: since when (0 = no call)
    ActiveCalls, // int: number of channels of this extension's device(s)
    HeldCalls, // int: how many of them are on hold
    MailboxNew, // int: new + urgent voicemail
    MailboxOld, // int
    Group, // QString: department/context or user group for grouping tiles
    Reachable, // bool: endpoint contact reachable (ContactStatus/PeerStatus)
    Presence, // QString: presence state (available, away, dnd, …) if any
    Key, // QString: "server/exten@context", stable identity
    Ringing, // bool: one of its phones rings right now (PeerNumber says who calls)
    PresenceMessage, // QString: presence note ("back at 3"), if any
    ChannelId, // QString: uniqueid of the call the Peer*/CallStartMs roles describe
    Device, // QString: the phone device ("PJSIP/1001"), from the parsed hint: what actions use
    Activity, // Pbx::CallActivity: what that call really is (talking, parked, in voicemail, queued…)
    StaleSinceMs, // qint64: 0 = live; else the server is unreachable and this is the state last known then
    PresenceProvider, // QString: the hint's presence provider ("CustomPresence:1001"), empty if none
    PresenceReturnMs, // qint64: when the person said they are back (PresenceNote), 0 = not said
    ForwardAlways, // QString: every call forwarded there (ASTDB CF), empty = none
    ForwardBusy, // QString: forwarded when busy (CFB)
    ForwardNoAnswer, // QString: forwarded when not answering or unreachable (CFU)
    DatabaseDnd, // bool: the PBX's database says DND (FreePBX DND/<ext>), whatever the hint shows
    Recording, // int: its call is recorded (MixMonitor on either side): 0 = no, 1 = recording, 2 = paused
    RecordingSinceMs, // qint64: since when (0 = not recorded)
    InConference, // QString: the ConfBridge room its phone is in ("8500"), empty if none
};
} // namespace ExtensionRoles

namespace CallRoles {
enum : int
{
    ServerId = Qt::UserRole + 1,
    Key, // QString: stable identity (server/linkedid)
    CallerNumber,
    CallerName,
    CalleeNumber,
    CalleeName,
    CallerChannel, // QString: channel name of the caller side
    CalleeChannel, // QString
    StartMs, // qint64: call created
    AnsweredMs, // qint64: bridged/answered, 0 if not yet
    OnHold, // bool
    Ringing, // bool: not yet answered
    Queue, // QString: queue it came through, if any
    CallerDevice, // QString: "PJSIP/1001" (to match a call with a tile)
    CalleeDevice, // QString
    ChannelCount, // int: channels in the call (Local halves included)
    Activity, // Pbx::CallActivity: what the caller really does (talking, parked, in voicemail, queued…)
};
} // namespace CallRoles

namespace ParkedCallRoles {
enum : int
{
    ServerId = Qt::UserRole + 1,
    Key,
    Space, // QString: "701"
    Lot, // QString: "default"
    CallerNumber,
    CallerName,
    ParkerNumber, // who parked it
    ParkedAtMs, // qint64
    TimeoutMs, // qint64: when it comes back, 0 = never
    Channel, // QString
    ConnectedName, // QString: who it talked to before parking (usually the parker)
    ConnectedNumber, // QString
};
} // namespace ParkedCallRoles

namespace QueueRoles {
enum : int
{
    ServerId = Qt::UserRole + 1,
    Key,
    Queue, // QString
    IsMember, // bool: row is a member (true) or a waiting caller (false)
    // waiting caller
    CallerNumber,
    CallerName,
    Position, // int
    WaitingSinceMs, // qint64
    // member
    MemberName,
    MemberInterface, // QString: "PJSIP/1002"
    MemberStatus, // int: Pbx::QueueMember::Status (AST_DEVICE_* code; the device's live state when known)
    Paused, // bool
    PausedReason, // QString
    InCall, // bool
    CallsTaken, // int
    CallerChannel, // QString: the waiting caller's channel (F9 redirects it to the operator)
};
} // namespace QueueRoles
