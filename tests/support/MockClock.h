// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QList>
#include <QPointer>

// A clock that only moves when the test says so. Timers it creates fire,
// in deadline order, while advance() passes their deadline.
class MockClock final : public Clock
{
public:
    explicit MockClock(qint64 startEpochMs = 1795737600000); // 2026-11-27 00:00 UTC

    qint64 currentMSecsSinceEpoch() const override { return m_epochStart + m_now; }
    qint64 monotonicMSecs() const override { return m_now; }
    ClockTimer* createTimer(QObject* parent) override;

    // Moves time forward by ms, firing due timers one by one.
    void advance(qint64 ms);
    // Deadline of the earliest active timer, or -1.
    qint64 nextDeadline() const;

private:
    friend class MockTimer;
    qint64 m_epochStart;
    qint64 m_now = 0;
    QList<QPointer<ClockTimer>> m_timers;
};
