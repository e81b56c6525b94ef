// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/CallLookup.h"

#include "core/models/ModelRoles.h"

#include <QAbstractItemModel>

QModelIndex CallLookup::byKey(const QString& key) const
{
    for (int r = 0; m_calls && r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (i.data(CallRoles::Key).toString() == key)
            return i;
    }
    return {};
}

QModelIndex CallLookup::operatorCall(const QString& serverId, const QString& device) const
{
    QModelIndex best;
    for (int r = 0; m_calls && r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (!serverId.isEmpty() && i.data(CallRoles::ServerId).toString() != serverId)
            continue;
        if (OperatorCall::fromIndex(i).channelOf(device).isEmpty())
            continue;
        // Prefer the answered call that is not on hold: that is the one the operator talks on.
        if (i.data(CallRoles::AnsweredMs).toLongLong() > 0 && !i.data(CallRoles::OnHold).toBool())
            return i;
        if (!best.isValid())
            best = i;
    }
    return best;
}

QModelIndex CallLookup::callOf(const QString& serverId, const QString& device, bool ringingOnly) const
{
    if (device.isEmpty())
        return {};
    for (int r = 0; m_calls && r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (i.data(CallRoles::ServerId).toString() != serverId)
            continue;
        const OperatorCall call = OperatorCall::fromIndex(i);
        if (ringingOnly) {
            if (call.ringing && OperatorCall::isChannelOf(call.calleeChannel, device))
                return i;
            continue;
        }
        if (!call.channelOf(device).isEmpty())
            return i;
    }
    return {};
}
