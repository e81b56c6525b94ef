// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiPeerLifecycle.h"

#include "core/ami/AmiLogging.h"
#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"

namespace {

// Within this window, the pieces of one astmanproxy upstream re-login
// (auth accepted, FullyBooted, glued banner) ask for a single resync.
constexpr qint64 ResyncCoalesceMs = 5000;

} // namespace

AmiPeerLifecycle::AmiPeerLifecycle(Clock* clock)
    : m_clock(clock)
{ }

void AmiPeerLifecycle::sessionStarted(bool proxy)
{
    m_proxy = proxy;
    m_expectFullyBooted = !proxy;
    m_lastResyncAt = -1;
    m_leaving = Leaving::No;
}

void AmiPeerLifecycle::reset()
{
    m_leaving = Leaving::No;
}

bool AmiPeerLifecycle::handleEvent(const AmiMessage& event, bool loggedIn)
{
    const QByteArrayView name = event.eventName();
    // Sizes first: this runs for every event.
    if (name.size() == 11 && name.compare("FullyBooted", Qt::CaseInsensitive) == 0) {
        if (!m_expectFullyBooted)
            return loggedIn && resyncDue();
        m_expectFullyBooted = false; // the one that follows our Login
        return false;
    }
    // Through astmanproxy the proxy stays: only its upstream goes away.
    if (!m_proxy && name.size() == 8 && name.compare("Shutdown", Qt::CaseInsensitive) == 0) {
        // "Shutdown: Cleanly|Uncleanly", "Restart: True|False"; EOF follows.
        m_leaving = event.valueIs("Restart", "True") ? Leaving::Restarting : Leaving::Stopping;
        qCInfo(lcAmi).noquote() << "Asterisk announced"
                                << (m_leaving == Leaving::Restarting ? "a restart" : "a shutdown");
    }
    return false;
}

bool AmiPeerLifecycle::handleGluedBanner()
{
    return m_proxy && resyncDue();
}

bool AmiPeerLifecycle::handleUpstreamLogin()
{
    // astmanproxy logged in to Asterisk again: the gap's events are lost.
    return resyncDue();
}

bool AmiPeerLifecycle::resyncDue()
{
    const qint64 now = m_clock->monotonicMSecs();
    if (m_lastResyncAt >= 0 && now - m_lastResyncAt < ResyncCoalesceMs)
        return false;
    m_lastResyncAt = now;
    qCInfo(lcAmi) << "the peer re-synchronised with Asterisk; state must be read again";
    return true;
}
