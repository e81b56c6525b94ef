// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPauseClock.h"

DemoPauseClock::DemoPauseClock(Clock* inner, QObject* parent)
    : QObject(parent)
    , m_inner(inner)
{ }

DemoPauseClock::~DemoPauseClock() = default;

ClockTimer* DemoPauseClock::createTimer(QObject* parent)
{
    auto* timer = new DemoPauseTimer(this, parent);
    m_timers.removeAll(nullptr);
    m_timers.append(timer);
    return timer;
}

void DemoPauseClock::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_timers.removeAll(nullptr);
    const QList<QPointer<DemoPauseTimer>> timers = m_timers;
    for (const QPointer<DemoPauseTimer>& t : timers) {
        if (!t)
            continue;
        if (paused)
            t->hold();
        else
            t->release();
    }
}

DemoPauseTimer::DemoPauseTimer(DemoPauseClock* clock, QObject* parent)
    : ClockTimer(parent)
    , m_clock(clock)
    , m_inner(clock->m_inner->createTimer(this))
{
    m_inner->setSingleShot(true);
    connect(m_inner, &ClockTimer::timeout, this, &DemoPauseTimer::handleInnerTimeout);
}

void DemoPauseTimer::start(qint64 msecs)
{
    m_interval = qMax<qint64>(0, msecs);
    m_active = true;
    if (m_clock->isPaused()) {
        m_inner->stop();
        m_left = m_interval;
        return;
    }
    m_left = -1;
    arm(m_interval);
}

void DemoPauseTimer::stop()
{
    m_active = false;
    m_left = -1;
    m_inner->stop();
}

void DemoPauseTimer::arm(qint64 msecs)
{
    // Every shot is single: a repeating timer re-arms itself, so a release can
    // first finish the interval it was in.
    m_deadline = m_clock->monotonicMSecs() + msecs;
    m_inner->start(msecs);
}

void DemoPauseTimer::hold()
{
    if (!m_active || m_left >= 0)
        return;
    m_left = qMax<qint64>(0, m_deadline - m_clock->monotonicMSecs());
    m_inner->stop();
}

void DemoPauseTimer::release()
{
    if (!m_active || m_left < 0)
        return;
    const qint64 left = m_left;
    m_left = -1;
    arm(left);
}

void DemoPauseTimer::handleInnerTimeout()
{
    if (!m_active || m_clock->isPaused())
        return;
    if (m_singleShot)
        m_active = false;
    else
        arm(m_interval);
    Q_EMIT timeout();
}
