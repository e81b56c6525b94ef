// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Pbx {

class CallChanges;
class ChannelIndex;
struct Bridge;
struct Channel;
struct Device;

// Who is on hold and from which side. Asterisk raises Hold on the channel
// that pressed hold; its partners (and the far side of a Local pair) are the
// ones hearing music, so they are marked held by it. No list reports hold:
// after a resync only the device state (ONHOLD) tells. Part of CallStore:
// it changes the channels of its index and reports through its changes.
class CallHolds final
{
public:
    CallHolds(ChannelIndex& index, CallChanges& changes);

    // Hold (on) or Unhold on the holder's channel.
    void press(Channel& holder, bool on);
    // The holder left: nobody in its call is held by it any more.
    void release(const QString& holder, const QString& linkedid);
    // Someone new joins the bridge: the transfer or pickup ended its parties' hold.
    void joining(Bridge& b, Channel& newcomer);
    // After a resync: nobody is on hold, exactly as after a fresh start.
    void forgetAll();

    // On hold from either side: Hold/Unhold seen, or (after a resync) its or its partner's device ONHOLD.
    bool isHeldNow(const Channel& c, const QHash<QString, Device>& devices) const;

private:
    void holdPartners(const Channel& holder);

    ChannelIndex& m_index;
    CallChanges& m_changes;
};

} // namespace Pbx
