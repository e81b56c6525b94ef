// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorCall.h"

#include "core/models/ModelRoles.h"

OperatorCall OperatorCall::fromIndex(const QModelIndex& call)
{
    if (!call.isValid())
        return {};
    OperatorCall c;
    c.serverId = call.data(CallRoles::ServerId).toString();
    c.key = call.data(CallRoles::Key).toString();
    c.callerChannel = call.data(CallRoles::CallerChannel).toString();
    c.calleeChannel = call.data(CallRoles::CalleeChannel).toString();
    c.callerName = call.data(CallRoles::CallerName).toString();
    c.callerNumber = call.data(CallRoles::CallerNumber).toString();
    c.calleeName = call.data(CallRoles::CalleeName).toString();
    c.calleeNumber = call.data(CallRoles::CalleeNumber).toString();
    c.ringing = call.data(CallRoles::Ringing).toBool();
    return c;
}

bool OperatorCall::isChannelOf(const QString& channel, const QString& device)
{
    return !device.isEmpty() && channel.startsWith(device) && channel.size() > device.size()
        && channel.at(device.size()) == u'-';
}

QString OperatorCall::party(const QString& name, const QString& number)
{
    if (name.isEmpty() || name == number)
        return number;
    if (number.isEmpty())
        return name;
    return name + u' ' + number;
}

QString OperatorCall::channelOf(const QString& device) const
{
    if (isChannelOf(callerChannel, device))
        return callerChannel;
    if (isChannelOf(calleeChannel, device))
        return calleeChannel;
    return {};
}

QString OperatorCall::otherChannel(const QString& device) const
{
    const QString mine = channelOf(device);
    if (mine.isEmpty())
        return callerChannel; // not this device's call: the caller is the one to move
    return mine == callerChannel ? calleeChannel : callerChannel;
}

QString OperatorCall::otherParty(const QString& device) const
{
    const QString mine = channelOf(device);
    if (!mine.isEmpty() && mine == callerChannel)
        return calleeParty();
    return callerParty();
}

QString OperatorCall::calleeDevice() const
{
    return calleeChannel.section(u'-', 0, -2);
}
