// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class ClockTimer;

// Injectable time. Production code asks Clock::system(); tests pass a
// MockClock (tests/support) and advance it, so keepalive, timeouts and
// backoff are tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since the epoch (wall clock: call start times, logs).
    virtual qint64 currentMSecsSinceEpoch() const = 0;
    // Milliseconds from an arbitrary start, never going back (durations, deadlines).
    virtual qint64 monotonicMSecs() const = 0;
    // A timer that fires according to this clock. Owned by parent.
    virtual ClockTimer* createTimer(QObject* parent) = 0;

    static Clock* system();
};

// The timer a Clock hands out: QTimer for the system clock, a virtual one for MockClock.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start(qint64 msecs) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    virtual void setSingleShot(bool singleShot) = 0;

Q_SIGNALS:
    void timeout();
};
