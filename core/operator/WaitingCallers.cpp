// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/WaitingCallers.h"

#include "core/models/ModelRoles.h"

#include <QAbstractItemModel>

namespace {

bool onDevice(const QString& channel, const QString& device)
{
    return !device.isEmpty() && channel.startsWith(device + u'-');
}

} // namespace

WaitingCallers::Caller WaitingCallers::longestWaiting(const QString& operatorDevice) const
{
    Caller best;
    auto consider = [&best](const Caller& c) {
        if (c.isValid() && (!best.isValid() || c.sinceMs < best.sinceMs))
            best = c;
    };
    for (int r = 0; m_queues && r < m_queues->rowCount(); ++r) {
        const QModelIndex i = m_queues->index(r, 0);
        if (i.data(QueueRoles::IsMember).toBool())
            continue;
        consider({i.data(QueueRoles::ServerId).toString(), i.data(QueueRoles::CallerChannel).toString(),
            i.data(QueueRoles::CallerName).toString(), i.data(QueueRoles::CallerNumber).toString(),
            i.data(QueueRoles::Queue).toString(), i.data(QueueRoles::WaitingSinceMs).toLongLong()});
    }
    for (int r = 0; m_calls && r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (!i.data(CallRoles::Ringing).toBool())
            continue;
        const QString caller = i.data(CallRoles::CallerChannel).toString();
        if (onDevice(caller, operatorDevice)
            || onDevice(i.data(CallRoles::CalleeChannel).toString(), operatorDevice))
            continue;
        consider({i.data(CallRoles::ServerId).toString(), caller, i.data(CallRoles::CallerName).toString(),
            i.data(CallRoles::CallerNumber).toString(), i.data(CallRoles::Queue).toString(),
            i.data(CallRoles::StartMs).toLongLong()});
    }
    return best;
}
