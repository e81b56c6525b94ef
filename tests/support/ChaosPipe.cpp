// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosPipe.h"

#include <QTcpSocket>
#include <QTimer>

ChaosPipe::ChaosPipe(QTcpSocket* from, QTcpSocket* to, QObject* parent)
    : QObject(parent)
    , m_from(from)
    , m_to(to)
    , m_slowTimer(new QTimer(this))
{
    connect(from, &QTcpSocket::readyRead, this, &ChaosPipe::handleReadyRead);
    connect(m_slowTimer, &QTimer::timeout, this, &ChaosPipe::handleSlowTick);
}

void ChaosPipe::setCutAt(qint64 offset)
{
    m_cutAt = offset;
    pump();
}

void ChaosPipe::stop()
{
    m_stopped = true;
    m_pending.clear();
    m_slowTimer->stop();
}

void ChaosPipe::setSlow(int delayMs)
{
    m_slowDelayMs = delayMs;
    m_slowTimer->stop();
    if (delayMs >= 0)
        m_slowTimer->setInterval(delayMs);
    pump();
}

void ChaosPipe::handleReadyRead()
{
    if (!m_from)
        return;
    const QByteArray bytes = m_from->readAll();
    if (m_stopped || m_cutDone)
        return;
    m_pending.append(bytes);
    pump();
}

void ChaosPipe::pump()
{
    if (m_cutDone || m_stopped || !m_to || m_to->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_cutAt == m_forwarded) {
        forward(0);
        return;
    }
    if (m_pending.isEmpty())
        return;
    if (m_slowDelayMs >= 0) {
        if (!m_slowTimer->isActive())
            m_slowTimer->start();
        return;
    }
    forward(m_pending.size());
}

void ChaosPipe::handleSlowTick()
{
    if (m_pending.isEmpty() || m_cutDone || m_stopped) {
        m_slowTimer->stop();
        return;
    }
    forward(1);
}

void ChaosPipe::forward(qsizetype bytes)
{
    if (m_cutAt >= 0)
        bytes = qMin<qint64>(bytes, m_cutAt - m_forwarded);
    if (bytes > 0) {
        m_to->write(m_pending.constData(), bytes);
        m_tail = QByteArray(m_tail + m_pending.first(bytes)).right(4);
        m_pending.remove(0, bytes);
        m_forwarded += bytes;
    }
    if (m_cutAt >= 0 && m_forwarded == m_cutAt) {
        m_cutDone = true;
        m_pending.clear();
        m_slowTimer->stop();
        Q_EMIT cutReached(m_forwarded, m_tail);
    }
}
