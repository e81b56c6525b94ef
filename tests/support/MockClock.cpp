// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"

class MockTimer final : public ClockTimer
{
public:
    MockTimer(MockClock* clock, QObject* parent)
        : ClockTimer(parent)
        , m_clock(clock)
    { }
    void start(qint64 msecs) override
    {
        m_interval = msecs;
        m_deadline = m_clock->m_now + msecs;
    }
    void stop() override { m_deadline = -1; }
    bool isActive() const override { return m_deadline >= 0; }
    void setSingleShot(bool singleShot) override { m_singleShot = singleShot; }

    qint64 deadline() const { return m_deadline; }
    void fire()
    {
        m_deadline = m_singleShot ? -1 : m_clock->m_now + qMax<qint64>(1, m_interval);
        Q_EMIT timeout();
    }

private:
    MockClock* m_clock;
    qint64 m_interval = 0;
    qint64 m_deadline = -1;
    bool m_singleShot = false;
};

MockClock::MockClock(qint64 startEpochMs)
    : m_epochStart(startEpochMs)
{ }

ClockTimer* MockClock::createTimer(QObject* parent)
{
    auto* timer = new MockTimer(this, parent);
    m_timers.append(timer);
    return timer;
}

qint64 MockClock::nextDeadline() const
{
    qint64 best = -1;
    for (const auto& t : m_timers) {
        if (!t)
            continue;
        const qint64 d = static_cast<MockTimer*>(t.data())->deadline();
        if (d >= 0 && (best < 0 || d < best))
            best = d;
    }
    return best;
}

void MockClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    for (;;) {
        MockTimer* due = nullptr;
        for (const auto& t : std::as_const(m_timers)) {
            auto* mt = static_cast<MockTimer*>(t.data());
            if (mt && mt->deadline() >= 0 && mt->deadline() <= target
                && (!due || mt->deadline() < due->deadline()))
                due = mt;
        }
        if (!due)
            break;
        m_now = due->deadline();
        due->fire();
    }
    m_now = target;
    m_timers.removeIf([](const QPointer<ClockTimer>& t) { return t.isNull(); });
}
