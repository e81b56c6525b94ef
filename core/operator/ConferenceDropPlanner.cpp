// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/ConferenceDropPlanner.h"

#include "core/conference/ConferenceRoom.h"

using Action = ConferenceDropPlan::Action;
using Refusal = ConferenceDropPlan::Refusal;
using State = Pbx::ExtensionState;

namespace {

bool hasMemberOfDevice(const ConferenceRoom& room, const QString& device)
{
    for (const ConferenceMember& m : room.members) {
        if (DropPlanner::channelOfDevice(m.channel, device))
            return true;
    }
    return false;
}

} // namespace

ConferenceDropPlan ConferenceDropPlanner::refuse(Refusal refusal)
{
    ConferenceDropPlan p;
    p.refusal = refusal;
    return p;
}

ConferenceDropPlan ConferenceDropPlanner::plan(const DropItem& dragged, const QString& roomServerId,
    const ConferenceRoom* room, bool redirectPermitted, bool originatePermitted)
{
    if (!room)
        return refuse(Refusal::NoRoom);
    if (dragged.kind == DropItem::Kind::Contact)
        return refuse(Refusal::NotAPhone);
    if (!dragged.serverId.isEmpty() && dragged.serverId != roomServerId)
        return refuse(Refusal::OtherServer);
    ConferenceDropPlan p = dragged.kind == DropItem::Kind::Call || !dragged.call.key.isEmpty()
        ? moveCall(dragged.call, *room, redirectPermitted)
        : invite(dragged, *room, originatePermitted);
    p.room = room->name;
    return p;
}

ConferenceDropPlan ConferenceDropPlanner::moveCall(
    const DropCall& call, const ConferenceRoom& room, bool permitted)
{
    if (call.callerChannel.isEmpty())
        return refuse(Refusal::NoChannel);
    if (room.member(call.callerChannel) || (!call.calleeChannel.isEmpty() && room.member(call.calleeChannel)))
        return refuse(Refusal::AlreadyInRoom);
    if (room.locked)
        return refuse(Refusal::RoomLocked);
    if (!permitted)
        return refuse(Refusal::NoRights);
    ConferenceDropPlan p;
    p.action = Action::MoveCall;
    // As recorded: the callee is the Channel, the caller rides along as ExtraChannel.
    // A call still ringing has only its caller to move (the ringing side is dropped).
    if (call.answered && !call.calleeChannel.isEmpty()) {
        p.channel = call.calleeChannel;
        p.extraChannel = call.callerChannel;
    } else {
        p.channel = call.callerChannel;
    }
    return p;
}

ConferenceDropPlan ConferenceDropPlanner::invite(
    const DropItem& phone, const ConferenceRoom& room, bool permitted)
{
    if (hasMemberOfDevice(room, phone.device))
        return refuse(Refusal::AlreadyInRoom);
    if (phone.device.isEmpty() || phone.state == State::Unavailable || phone.state == State::Removed)
        return refuse(Refusal::Unavailable);
    if (phone.state == State::DoNotDisturb)
        return refuse(Refusal::DoNotDisturb);
    if (room.locked)
        return refuse(Refusal::RoomLocked);
    if (!permitted)
        return refuse(Refusal::NoRights);
    ConferenceDropPlan p;
    p.action = Action::Invite;
    p.device = phone.device;
    return p;
}
