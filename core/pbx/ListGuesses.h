// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

class ChannelIndex;
struct Channel;

// What the live stream says with events that a list does not repeat, read
// instead from what CoreShowChannels lists, so that a resync and a fresh start
// see what a client that followed every event sees
// (02-CoreShowChannels-during-calls).
namespace ListGuesses {

// The queue a channel waits in or came through (QueueCallerJoin): a queue
// caller runs Queue(support,…) until it hangs up, answered or not; a member's
// line runs AppQueue in its caller's call, or (that call moved on) is bridged
// with it. Empty if neither.
QString queueOf(const ChannelIndex& index, const Channel& c);

// The channel that dials `line` (DialBegin): Dial's outgoing line runs AppDial
// and a queue member's line AppQueue, in the call of the caller, which runs Dial
// or Queue. When several fit, the one the line's connected line names. Empty if
// none fits, or the line runs neither application.
QString dialerOf(const ChannelIndex& index, const Channel& line);

} // namespace ListGuesses

} // namespace Pbx
