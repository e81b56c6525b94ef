// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Channel.h"

#include <QByteArrayView>

class AmiMessage;
class Clock;

namespace Pbx {

// The channel snapshot an AMI event carries (Newchannel, Newstate, Hold,
// BridgeEnter, …): Channel, Uniqueid, Linkedid, ChannelState, caller ID and
// connected line. DialBegin/DialEnd repeat the dialled channel's snapshot
// with a "Dest" prefix (dest = true reads that one).
class ChannelSnapshot final
{
public:
    struct Keys; // the header names of one snapshot

    ChannelSnapshot(const AmiMessage& m, bool dest);

    QByteArrayView uniqueid() const;
    QByteArrayView linkedid() const;
    // A new channel from the snapshot, created at the event's time; an empty
    // uniqueid if the snapshot names no channel.
    Channel newChannel(const Clock* clock) const;
    // State (and the answer time on the first Up), caller ID and connected line, where present.
    void applyTo(Channel& c, const Clock* clock) const;

private:
    // The fields of the snapshot's headers, in the order of Keys (-1: absent).
    enum Field
    {
        ChannelName,
        Uniqueid,
        Linkedid,
        State,
        CallerIdNum,
        CallerIdName,
        ConnectedNum,
        ConnectedName,
        FieldCount
    };
    QByteArrayView raw(Field field) const;

    const AmiMessage& m_message;
    qsizetype m_at[FieldCount];
};

} // namespace Pbx
