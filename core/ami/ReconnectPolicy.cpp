// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/ReconnectPolicy.h"

#include <QRandomGenerator>

namespace {

// Highest doubling step; beyond it the cap decides anyway (and 2^n stays small).
constexpr int MaxBackoffShift = 20;

} // namespace

void ReconnectPolicy::setLimits(int minMs, int maxMs, int stableSessionMs)
{
    m_minMs = minMs;
    m_maxMs = maxMs;
    m_stableSessionMs = stableSessionMs;
}

void ReconnectPolicy::reset()
{
    m_attempt = 0;
    m_sessionStart = -1;
    m_atOnceUsed = false;
}

void ReconnectPolicy::sessionStarted(qint64 nowMs)
{
    m_sessionStart = nowMs;
}

qint64 ReconnectPolicy::nextDelay(qint64 nowMs, bool peerClosedOnPurpose)
{
    const bool hadSession = m_sessionStart >= 0;
    if (hadSession && nowMs - m_sessionStart >= m_stableSessionMs) {
        // That session was good: start again from the minimum.
        m_attempt = 0;
        m_atOnceUsed = false;
    }
    m_sessionStart = -1;
    if (peerClosedOnPurpose && hadSession && !m_atOnceUsed) {
        m_atOnceUsed = true;
        return 0;
    }
    const qint64 minMs = qMax(1, m_minMs);
    const qint64 maxMs = qMax<qint64>(minMs, m_maxMs);
    const qint64 base = qMin(maxMs, minMs << qMin(m_attempt, MaxBackoffShift));
    const qint64 jitter = QRandomGenerator::global()->bounded(base / 4 + 1);
    ++m_attempt;
    return qMax<qint64>(1, base - jitter);
}
