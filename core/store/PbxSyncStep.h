// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class PbxSyncRound;

// One initial fetch of the resync. PbxSync runs every registered step after
// each login and on the peer's resync notice, and says the state is complete
// only when every step's requests are answered. A store that needs its own
// lists (presence, forwarding, conferences, ...) registers a step once:
//
//   server->sync()->addStep(std::make_unique<MyStoreSyncStep>(store));
//
// or, for one EventList action whose items go to the store as they are,
// a PbxSyncListStep (see there).
//
// Order of one resync: start() of every step in the order they were added
// (each sends its requests through the round), the answers (callbacks run
// only while the round is current: a lost link or a newer resync drops
// them), then settle() of every step in the same order, and only then the
// live events held back meanwhile are applied and PbxSync::finished() is
// emitted. A step never sees the AmiClient's state: the round is all it needs.
class PbxSyncStep
{
public:
    virtual ~PbxSyncStep() = default;

    // Sends the step's requests with round.send(); more may follow from
    // their callbacks (e.g. one member list per room), the round waits.
    virtual void start(PbxSyncRound& round) = 0;
    // Every answer of every step is in: drop what the lists no longer show.
    virtual void settle() { }
    // The round was dropped before it completed (the link went away): forget
    // the half-read lists; the next login syncs again from the start.
    virtual void abandon() { }
    // The client is not logged in (called on every such state change, after
    // abandon() if a round ran). PbxState keeps its lists as the last known
    // picture; a step whose store must not show a stale one forgets it here.
    virtual void linkLost() { }
};
