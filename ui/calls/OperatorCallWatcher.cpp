// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/OperatorCallWatcher.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"

#include <QAbstractItemModel>
#include <QTimer>

OperatorCallWatcher::OperatorCallWatcher(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_clock(clock ? clock : Clock::system())
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &OperatorCallWatcher::scanNow);
}

void OperatorCallWatcher::setCallModel(QAbstractItemModel* calls)
{
    if (m_calls)
        disconnect(m_calls, nullptr, this, nullptr);
    m_calls = calls;
    if (calls) {
        connect(calls, &QAbstractItemModel::rowsInserted, this, &OperatorCallWatcher::scheduleScan);
        connect(calls, &QAbstractItemModel::rowsRemoved, this, &OperatorCallWatcher::scheduleScan);
        connect(calls, &QAbstractItemModel::modelReset, this, &OperatorCallWatcher::scheduleScan);
        connect(calls, &QAbstractItemModel::dataChanged, this, &OperatorCallWatcher::scheduleScan);
    }
    scheduleScan();
}

void OperatorCallWatcher::setOperatorDevice(const QString& device)
{
    m_device = device;
    scheduleScan();
}

void OperatorCallWatcher::resetMissed()
{
    if (m_missed == 0)
        return;
    m_missed = 0;
    Q_EMIT missedCountChanged(0);
}

void OperatorCallWatcher::scheduleScan()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void OperatorCallWatcher::scanNow()
{
    m_timer->stop();
    QHash<QString, CallInfo> seen;
    const QString prefix = m_device + u'-';
    const int n = m_calls && !m_device.isEmpty() ? m_calls->rowCount() : 0;
    for (int r = 0; r < n; ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        const bool asCaller = i.data(CallRoles::CallerChannel).toString().startsWith(prefix);
        const bool asCallee = i.data(CallRoles::CalleeChannel).toString().startsWith(prefix);
        if (!asCaller && !asCallee)
            continue;
        CallInfo c;
        c.key = i.data(CallRoles::Key).toString();
        c.serverId = i.data(CallRoles::ServerId).toString();
        c.incoming = asCallee && !asCaller;
        c.number = i.data(c.incoming ? CallRoles::CallerNumber : CallRoles::CalleeNumber).toString();
        c.name = i.data(c.incoming ? CallRoles::CallerName : CallRoles::CalleeName).toString();
        c.queue = i.data(CallRoles::Queue).toString();
        c.startMs = i.data(CallRoles::StartMs).toLongLong();
        c.answeredMs = i.data(CallRoles::AnsweredMs).toLongLong();
        c.answered = c.answeredMs > 0 && !i.data(CallRoles::Ringing).toBool();
        seen.insert(c.key, c);

        const auto old = m_known.constFind(c.key);
        if (old == m_known.cend()) {
            if (c.incoming && !c.answered)
                Q_EMIT incomingRinging(c);
            else if (c.answered)
                Q_EMIT answered(c);
        } else if (!old->answered && c.answered) {
            Q_EMIT answered(c);
        }
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        Q_EMIT ended(it.value());
        if (it->incoming && !it->answered) {
            ++m_missed;
            Q_EMIT missedCountChanged(m_missed);
        }
    }
    m_known = std::move(seen);
}
