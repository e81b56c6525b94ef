// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/ListeningProgress.h"

#include "core/common/Clock.h"

#include <algorithm>

namespace {
// Position reports come every ~100 ms while playing; a bigger step is a seek.
constexpr qint64 kLargestPlayedStepMs = 1500;
} // namespace

ListeningProgress::ListeningProgress(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_stallTimer((clock ? clock : Clock::system())->createTimer(this))
{
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &ClockTimer::timeout, this, [this] {
        if (m_playing)
            Q_EMIT stalled();
    });
}

void ListeningProgress::reset(qint64 durationMs)
{
    m_stallTimer->stop();
    m_duration = std::max<qint64>(durationMs, 0);
    m_position = 0;
    m_played = 0;
    m_playing = false;
    m_heard = false;
}

void ListeningProgress::setDuration(qint64 durationMs)
{
    if (durationMs > 0)
        m_duration = durationMs;
}

void ListeningProgress::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (playing)
        m_stallTimer->start(kStallTimeoutMs);
    else
        m_stallTimer->stop();
}

void ListeningProgress::setPosition(qint64 positionMs)
{
    const qint64 step = positionMs - m_position;
    m_position = positionMs;
    if (!m_playing || step <= 0 || step > kLargestPlayedStepMs)
        return;
    m_played += step;
    m_stallTimer->start(kStallTimeoutMs);
    if (m_played >= threshold())
        markHeard();
}

void ListeningProgress::reachedEnd()
{
    m_stallTimer->stop();
    m_playing = false;
    if (m_played > 0)
        markHeard();
}

void ListeningProgress::markHeard()
{
    if (m_heard)
        return;
    m_heard = true;
    Q_EMIT heard();
}

qint64 ListeningProgress::threshold() const
{
    return m_duration > 0 ? std::min(kHeardAfterMs, std::max<qint64>(m_duration / 2, 1)) : kHeardAfterMs;
}
