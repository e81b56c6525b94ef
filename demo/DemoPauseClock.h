// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

class DemoPauseTimer;

// The demo office's clock: another clock's time, with timers that can all be
// held. Paused, no timer of the office fires (calls do not ring on, reach
// voicemail, time out of a parking space or end); resumed, each goes on with
// the time it had left. The time itself runs on, so AMI timestamps stay true.
class DemoPauseClock final : public QObject, public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPauseClock)
public:
    explicit DemoPauseClock(Clock* inner, QObject* parent = nullptr);
    ~DemoPauseClock() override;

    qint64 currentMSecsSinceEpoch() const override { return m_inner->currentMSecsSinceEpoch(); }
    qint64 monotonicMSecs() const override { return m_inner->monotonicMSecs(); }
    ClockTimer* createTimer(QObject* parent) override;

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

private:
    friend class DemoPauseTimer;

    Clock* m_inner;
    bool m_paused = false;
    QList<QPointer<DemoPauseTimer>> m_timers;
};

// A timer of DemoPauseClock: the inner clock's timer, held while the clock is.
class DemoPauseTimer final : public ClockTimer
{
    Q_OBJECT
public:
    DemoPauseTimer(DemoPauseClock* clock, QObject* parent);

    void start(qint64 msecs) override;
    void stop() override;
    bool isActive() const override { return m_active; }
    void setSingleShot(bool singleShot) override { m_singleShot = singleShot; }

    void hold();
    void release();

private:
    void handleInnerTimeout();
    void arm(qint64 msecs);

    DemoPauseClock* m_clock;
    ClockTimer* m_inner;
    qint64 m_interval = 0;
    qint64 m_deadline = 0; // inner monotonic ms
    qint64 m_left = -1; // while held: what was left
    bool m_singleShot = false;
    bool m_active = false;
};
