// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// The events the built-in part of PbxState routes (not a public API).
namespace PbxEvent {

enum class EventType
{
    Unknown,
    Newchannel,
    Newstate,
    NewCallerid,
    NewConnectedLine,
    Newexten,
    Hangup,
    DialBegin,
    DialEnd,
    BridgeCreate,
    BridgeEnter,
    BridgeLeave,
    BridgeDestroy,
    Hold,
    Unhold,
    Rename,
    ParkedCall,
    UnParkedCall,
    ParkedCallTimeOut,
    ParkedCallGiveUp,
    QueueMemberStatus,
    QueueMemberAdded,
    QueueMemberRemoved,
    QueueMemberPause,
    QueueMemberPenalty,
    QueueMemberRinginuse,
    QueueCallerJoin,
    QueueCallerLeave,
    QueueCallerAbandon,
    BlindTransfer,
    AttendedTransfer,
    OriginateResponse,
    FullyBooted,
    Shutdown,
    Reload,
    CoreShowChannel,
    QueueParams,
    QueueMember,
    QueueEntry,
    ChanSpyStart,
};

EventType eventType(QByteArrayView name);

} // namespace PbxEvent
