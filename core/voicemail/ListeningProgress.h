// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Clock;
class ClockTimer;

// Decides, from what a media player reports, whether a message was really
// listened to and whether playback is stuck. "Playing" alone proves nothing:
// without a sound device (or with a file that cannot be decoded) a player
// says Playing and stays at 0:00. A message counts as heard once the position
// has moved forward by enough audio while playing (a second, or half of a
// shorter message), or the end was reached after some audio played. Jumps
// (seeking) do not count as listening. Playing without progress for
// stallTimeoutMs reports stalled().
class ListeningProgress final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kHeardAfterMs = 1000;
    static constexpr qint64 kStallTimeoutMs = 4000;

    explicit ListeningProgress(Clock* clock = nullptr, QObject* parent = nullptr);

    // A new message: nothing heard yet. durationMs may be 0 (unknown).
    void reset(qint64 durationMs = 0);
    void setDuration(qint64 durationMs);
    void setPlaying(bool playing);
    void setPosition(qint64 positionMs);
    void reachedEnd();

    bool isHeard() const { return m_heard; }
    qint64 playedMs() const { return m_played; }

Q_SIGNALS:
    // Once per message, when enough audio really played.
    void heard();
    // Playing, but the position did not move for kStallTimeoutMs.
    void stalled();

private:
    void markHeard();
    qint64 threshold() const;

    ClockTimer* m_stallTimer;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    qint64 m_played = 0;
    bool m_playing = false;
    bool m_heard = false;
};
