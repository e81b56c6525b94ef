// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiReconnectTimer.h"

#include "core/ami/AmiConnectionSettings.h"
#include "core/ami/AmiLogging.h"
#include "core/common/Clock.h"

AmiReconnectTimer::AmiReconnectTimer(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(clock->createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, [this] {
        m_dueAt = -1;
        Q_EMIT due();
    });
}

void AmiReconnectTimer::reset()
{
    cancel();
    m_policy.reset();
}

void AmiReconnectTimer::sessionStarted()
{
    m_policy.sessionStarted(m_clock->monotonicMSecs());
}

qint64 AmiReconnectTimer::schedule(const AmiConnectionSettings& settings, bool peerClosedOnPurpose)
{
    m_policy.setLimits(settings.reconnectMinMs, settings.reconnectMaxMs, settings.stableSessionMs);
    const qint64 now = m_clock->monotonicMSecs();
    const qint64 delay = m_policy.nextDelay(now, peerClosedOnPurpose);
    m_dueAt = now + delay;
    m_timer->start(int(delay));
    qCDebug(lcAmi) << "reconnect in" << delay << "ms (attempt" << m_policy.attempt() << ")";
    return delay;
}

void AmiReconnectTimer::cancel()
{
    m_timer->stop();
    m_dueAt = -1;
}

qint64 AmiReconnectTimer::remainingMs() const
{
    if (m_dueAt < 0)
        return -1;
    return qMax<qint64>(0, m_dueAt - m_clock->monotonicMSecs());
}
