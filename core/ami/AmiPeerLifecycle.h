// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class AmiMessage;
class Clock;

// What the peer says about its own life, besides answers and events for the
// layers above: Asterisk announces a restart or a shutdown ("Event: Shutdown",
// then EOF); astmanproxy says its upstream came back ("Authentication
// accepted", a new banner glued onto the next message, a FullyBooted we did
// not log in for), so the state must be read again. The pieces of one
// upstream re-login ask for one resync, not three.
class AmiPeerLifecycle final
{
public:
    enum class Leaving
    {
        No,
        Stopping,
        Restarting,
    };

    explicit AmiPeerLifecycle(Clock* clock);

    // A login succeeded: Asterisk follows it with FullyBooted (when events
    // are on), astmanproxy does not.
    void sessionStarted(bool proxy);
    // The connection is gone: nothing announced any more.
    void reset();
    Leaving leaving() const { return m_leaving; }

    // Each returns true when the state must be read again (coalesced).
    // An event with no ActionID; loggedIn: a resync can be asked for now.
    bool handleEvent(const AmiMessage& event, bool loggedIn);
    bool handleGluedBanner();
    bool handleUpstreamLogin(); // astmanproxy's unsolicited "Authentication accepted"

private:
    bool resyncDue();

    Clock* m_clock;
    bool m_proxy = false;
    bool m_expectFullyBooted = false;
    Leaving m_leaving = Leaving::No;
    qint64 m_lastResyncAt = -1;
};
