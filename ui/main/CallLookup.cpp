// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/CallLookup.h"

#include "core/models/ModelRoles.h"
#include "ui/main/ActionReport.h"

#include <QAbstractItemModel>

bool CallLookup::isChannelOf(const QString& channel, const QString& device)
{
    // "PJSIP/1000-00000013" belongs to device "PJSIP/1000".
    return !device.isEmpty() && channel.startsWith(device) && channel.size() > device.size()
        && channel.at(device.size()) == u'-';
}

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
        if (channelOf(i, device).isEmpty())
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
        if (ringingOnly) {
            if (i.data(CallRoles::Ringing).toBool()
                && isChannelOf(i.data(CallRoles::CalleeChannel).toString(), device))
                return i;
            continue;
        }
        if (!channelOf(i, device).isEmpty())
            return i;
    }
    return {};
}

QString CallLookup::channelOf(const QModelIndex& call, const QString& device)
{
    const QString caller = call.data(CallRoles::CallerChannel).toString();
    const QString callee = call.data(CallRoles::CalleeChannel).toString();
    if (isChannelOf(caller, device))
        return caller;
    if (isChannelOf(callee, device))
        return callee;
    return {};
}

QString CallLookup::otherChannel(const QModelIndex& call, const QString& device)
{
    const QString mine = channelOf(call, device);
    const QString caller = call.data(CallRoles::CallerChannel).toString();
    if (mine.isEmpty())
        return caller; // not this device's call: the caller is the one to move
    return mine == caller ? call.data(CallRoles::CalleeChannel).toString() : caller;
}

QString CallLookup::otherParty(const QModelIndex& call, const QString& device)
{
    const QString mine = channelOf(call, device);
    if (!mine.isEmpty() && mine == call.data(CallRoles::CallerChannel).toString())
        return ActionReport::party(
            call.data(CallRoles::CalleeName).toString(), call.data(CallRoles::CalleeNumber).toString());
    return ActionReport::party(
        call.data(CallRoles::CallerName).toString(), call.data(CallRoles::CallerNumber).toString());
}
