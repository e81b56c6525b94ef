// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class Clock;
class ClockTimer;

// Is the peer still there? After pingIntervalMs of silence it asks for a
// Ping (pingDue()); when no answer comes within pingTimeoutMs, timedOut().
// Any byte from the peer counts as an answer: a busy link is never pinged.
class AmiKeepalive final : public QObject
{
    Q_OBJECT
public:
    explicit AmiKeepalive(Clock* clock, QObject* parent = nullptr);

    // From the login on; stop() when the session ends.
    void start(int intervalMs, int timeoutMs);
    void stop();
    // Bytes arrived: the silence starts again.
    void trafficSeen();
    // The Ping with this ActionID went out: its answer is awaited from now.
    void pingSent(const QByteArray& actionId);
    // True (and the wait ends) when this is the answer to our Ping.
    bool takeReply(QByteArrayView actionId);
    bool isWaitingForReply() const { return !m_pingActionId.isEmpty(); }
    int timeoutMs() const { return m_timeoutMs; }

Q_SIGNALS:
    void pingDue();
    void timedOut();

private:
    ClockTimer* m_pingTimer;
    ClockTimer* m_pongTimer;
    QByteArray m_pingActionId;
    int m_intervalMs = 0;
    int m_timeoutMs = 0;
    bool m_running = false;
};
