// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiKeepalive.h"

#include "core/common/Clock.h"

AmiKeepalive::AmiKeepalive(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_pingTimer(clock->createTimer(this))
    , m_pongTimer(clock->createTimer(this))
{
    m_pingTimer->setSingleShot(true);
    connect(m_pingTimer, &ClockTimer::timeout, this, &AmiKeepalive::pingDue);
    m_pongTimer->setSingleShot(true);
    connect(m_pongTimer, &ClockTimer::timeout, this, &AmiKeepalive::timedOut);
}

void AmiKeepalive::start(int intervalMs, int timeoutMs)
{
    m_intervalMs = intervalMs;
    m_timeoutMs = timeoutMs;
    m_running = true;
    m_pingActionId.clear();
    m_pongTimer->stop();
    m_pingTimer->start(intervalMs);
}

void AmiKeepalive::stop()
{
    m_running = false;
    m_pingActionId.clear();
    m_pingTimer->stop();
    m_pongTimer->stop();
}

void AmiKeepalive::trafficSeen()
{
    if (!m_running)
        return;
    // Any byte proves the peer alive: Ping only after real silence.
    m_pingTimer->start(m_intervalMs);
    m_pongTimer->stop();
}

void AmiKeepalive::pingSent(const QByteArray& actionId)
{
    m_pingActionId = actionId;
    m_pongTimer->start(m_timeoutMs);
}

bool AmiKeepalive::takeReply(QByteArrayView actionId)
{
    if (m_pingActionId.isEmpty() || actionId != QByteArrayView(m_pingActionId))
        return false;
    m_pingActionId.clear();
    m_pongTimer->stop();
    return true;
}
