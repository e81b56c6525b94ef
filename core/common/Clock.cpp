// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace {

class SystemTimer final : public ClockTimer
{
public:
    explicit SystemTimer(QObject* parent)
        : ClockTimer(parent)
    {
        m_timer.setTimerType(Qt::CoarseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }
    void start(qint64 msecs) override { m_timer.start(std::chrono::milliseconds(msecs)); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    void setSingleShot(bool singleShot) override { m_timer.setSingleShot(singleShot); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }
    qint64 currentMSecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicMSecs() const override { return m_elapsed.elapsed(); }
    ClockTimer* createTimer(QObject* parent) override { return new SystemTimer(parent); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}
