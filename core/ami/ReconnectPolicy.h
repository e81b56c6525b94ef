// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// When AmiClient tries again after losing its peer: a doubling backoff from
// minMs up to maxMs, each delay up to a quarter shorter (jitter, so desks
// that lost the same PBX do not all come back in the same millisecond),
// started afresh after a session that lasted stableSessionMs.
//
// A peer that closed a good session on purpose (EOF, Asterisk's Shutdown
// event) is retried at once: Asterisk is back about a second after a
// restart. That happens once until the next stable session (or reset()), so
// a peer that keeps closing gets the backoff.
class ReconnectPolicy final
{
public:
    void setLimits(int minMs, int maxMs, int stableSessionMs);
    // An explicit connect: the next loss starts from the minimum, at once allowed.
    void reset();
    void sessionStarted(qint64 nowMs);
    // The delay before the next attempt, counting it.
    qint64 nextDelay(qint64 nowMs, bool peerClosedOnPurpose);
    int attempt() const { return m_attempt; }

private:
    int m_minMs = 1000;
    int m_maxMs = 60000;
    int m_stableSessionMs = 60000;
    int m_attempt = 0; // attempts since the last stable session
    qint64 m_sessionStart = -1;
    bool m_atOnceUsed = false; // since the last stable session
};
