// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Clock;
class ClockTimer;
class QWidget;

// The one-second beat of a window: everything in it that shows a running
// duration (tiles, calls, waiting queue callers, parked calls) repaints on
// the same beat, so the durations move together and the window wakes once a
// second instead of once per view.
class SecondTicker final : public QObject
{
    Q_OBJECT
public:
    // The ticker of widget's window, made on first use and owned by the window.
    // clock: where the beat comes from (tests pass a MockClock); the window's
    // first caller decides.
    static SecondTicker* of(QWidget* widget, Clock* clock = nullptr);

Q_SIGNALS:
    void ticked();

private:
    SecondTicker(Clock* clock, QObject* parent);

    ClockTimer* m_timer;
};
