// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/ReconnectPolicy.h"

#include <QObject>

struct AmiConnectionSettings;
class Clock;
class ClockTimer;

// The next reconnect attempt: ReconnectPolicy's delay on the injected clock,
// due() when it is time, and how long is left for the status bar.
class AmiReconnectTimer final : public QObject
{
    Q_OBJECT
public:
    explicit AmiReconnectTimer(Clock* clock, QObject* parent = nullptr);

    // An explicit connect: a fresh backoff sequence, nothing planned.
    void reset();
    void sessionStarted();
    // Plans the next attempt and returns its delay in ms.
    qint64 schedule(const AmiConnectionSettings& settings, bool peerClosedOnPurpose);
    void cancel();
    // Milliseconds until the planned attempt, or -1.
    qint64 remainingMs() const;

Q_SIGNALS:
    void due();

private:
    Clock* m_clock;
    ClockTimer* m_timer;
    ReconnectPolicy m_policy;
    qint64 m_dueAt = -1;
};
