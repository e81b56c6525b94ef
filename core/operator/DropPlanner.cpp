// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/DropPlanner.h"

#include "core/common/DialableNumber.h"

using Action = DropPlan::Action;
using Refusal = DropPlan::Refusal;
using State = Pbx::ExtensionState;

namespace {

bool isBusy(State state)
{
    switch (state) {
    case State::InUse:
    case State::Busy:
    case State::Ringing:
    case State::InUseRinging:
    case State::OnHold:
    case State::InUseOnHold:
        return true;
    default:
        return false;
    }
}

bool hasCall(const DropItem& item)
{
    return !item.call.key.isEmpty();
}

} // namespace

DropItem DropItem::callItem(const QString& serverId, const DropCall& call)
{
    DropItem item;
    item.kind = Kind::Call;
    item.serverId = serverId;
    item.key = call.key;
    item.call = call;
    return item;
}

DropItem DropItem::extension(const QString& serverId, const QString& key, const QString& number,
    const QString& device, Pbx::ExtensionState state, const DropCall& call)
{
    DropItem item;
    item.kind = Kind::Extension;
    item.serverId = serverId;
    item.key = key;
    item.number = number;
    item.device = device;
    item.state = state;
    item.call = call;
    return item;
}

DropItem DropItem::contact(const QString& number)
{
    DropItem item;
    item.kind = Kind::Contact;
    item.key = number;
    item.number = number;
    return item;
}

bool DropPlanner::channelOfDevice(const QString& channel, const QString& device)
{
    return !device.isEmpty() && channel.size() > device.size() && channel.startsWith(device)
        && channel.at(device.size()) == u'-';
}

QString DropPlanner::dialable(const QString& number)
{
    const DialableNumber parsed = DialableNumber::parse(number);
    return parsed.isValid() ? parsed.number() : QString();
}

DropPlan DropPlanner::refuse(Refusal refusal)
{
    DropPlan p;
    p.refusal = refusal;
    return p;
}

bool DropPlanner::takesPart(const DropCall& call, const QString& device)
{
    return channelOfDevice(call.callerChannel, device) || channelOfDevice(call.calleeChannel, device);
}

Refusal DropPlanner::targetRefusal(State state)
{
    if (state == State::Unavailable || state == State::Removed)
        return Refusal::TargetUnavailable;
    if (state == State::DoNotDisturb)
        return Refusal::TargetDoNotDisturb;
    return Refusal::None;
}

DropPlan DropPlanner::plan(
    const DropItem& dragged, const DropItem& target, bool attended, const QString& operatorDevice)
{
    if (dragged.kind == target.kind && !dragged.key.isEmpty() && dragged.key == target.key
        && dragged.serverId == target.serverId)
        return refuse(Refusal::SameItem);
    if (!dragged.serverId.isEmpty() && !target.serverId.isEmpty() && dragged.serverId != target.serverId)
        return refuse(Refusal::OtherServer);
    if (target.kind == DropItem::Kind::Contact)
        return refuse(Refusal::NotDialable); // the ui offers no contact as a target

    // The destination number, and the call moved there (if any).
    const bool draggedCall = dragged.kind == DropItem::Kind::Call || hasCall(dragged);
    const bool targetCall = target.kind == DropItem::Kind::Call || hasCall(target);

    if (dragged.kind == DropItem::Kind::Contact) {
        const QString number = dialable(dragged.number);
        if (number.isEmpty())
            return refuse(Refusal::NotDialable);
        if (targetCall)
            return transfer(target.call, target.device, number, attended, operatorDevice);
        return connect(target, dragged, number);
    }
    if (draggedCall && target.kind == DropItem::Kind::Call)
        return refuse(dragged.call.key == target.call.key ? Refusal::SameItem : Refusal::CallOntoCall);
    if (draggedCall) {
        if (takesPart(dragged.call, target.device))
            return refuse(Refusal::AlreadyInCall);
        if (const Refusal r = targetRefusal(target.state); r != Refusal::None)
            return refuse(r);
        return transfer(dragged.call, dragged.device, target.number, attended, operatorDevice);
    }
    // An idle tile.
    if (target.kind == DropItem::Kind::Call) {
        if (takesPart(target.call, dragged.device))
            return refuse(Refusal::AlreadyInCall);
        if (const Refusal r = targetRefusal(dragged.state); r != Refusal::None)
            return refuse(r);
        return transfer(target.call, QString(), dragged.number, attended, operatorDevice);
    }
    if (targetCall) {
        if (takesPart(target.call, dragged.device))
            return refuse(Refusal::AlreadyInCall);
        return threeWay(dragged, target.call);
    }
    return connect(dragged, target, target.number);
}

QList<DropPlan> DropPlanner::choices(
    const DropItem& dragged, const DropItem& target, bool attended, const QString& operatorDevice)
{
    QList<DropPlan> out {plan(dragged, target, attended, operatorDevice)};
    const bool idleTileOntoCallRow = dragged.kind == DropItem::Kind::Extension && !hasCall(dragged)
        && target.kind == DropItem::Kind::Call;
    // Only where the transfer itself is possible: the same checks (server,
    // already in the call, the tile's phone) refuse both.
    if (idleTileOntoCallRow && !attended && out.first().isAllowed())
        out.append(threeWay(dragged, target.call));
    return out;
}

DropPlan DropPlanner::connect(const DropItem& ringFirst, const DropItem& target, const QString& number)
{
    switch (ringFirst.state) {
    case State::Unavailable:
    case State::Removed:
        return refuse(Refusal::SourceUnavailable);
    case State::DoNotDisturb:
        return refuse(Refusal::SourceDoNotDisturb);
    default:
        if (isBusy(ringFirst.state))
            return refuse(Refusal::SourceBusy);
        break;
    }
    if (ringFirst.device.isEmpty())
        return refuse(Refusal::SourceUnavailable);
    if (target.kind == DropItem::Kind::Extension) {
        if (const Refusal r = targetRefusal(target.state); r != Refusal::None)
            return refuse(r);
        if (isBusy(target.state))
            return refuse(Refusal::TargetBusy);
    }
    DropPlan p;
    p.action = Action::Connect;
    p.device = ringFirst.device;
    p.number = number;
    return p;
}

DropPlan DropPlanner::transfer(const DropCall& call, const QString& handingDevice, const QString& number,
    bool attended, const QString& operatorDevice)
{
    // Who hands over: the operator when the call is theirs (like F5), else the
    // dragged tile's phone, else the callee (the caller is moved).
    QString hands;
    if (takesPart(call, operatorDevice))
        hands = operatorDevice;
    else if (takesPart(call, handingDevice))
        hands = handingDevice;
    const bool callerHands = !hands.isEmpty() && channelOfDevice(call.callerChannel, hands);
    DropPlan p;
    p.callKey = call.key;
    p.number = number;
    p.moveChannel = callerHands ? call.calleeChannel : call.callerChannel;
    p.transfererChannel = callerHands ? call.callerChannel : call.calleeChannel;
    if (attended) {
        if (hands != operatorDevice || operatorDevice.isEmpty() || !call.answered)
            return refuse(Refusal::AttendedNeedsOwnCall);
        p.action = Action::AttendedTransfer;
    } else {
        p.action = Action::Transfer;
    }
    if (p.moveChannel.isEmpty() || number.isEmpty())
        return refuse(p.moveChannel.isEmpty() ? Refusal::NoChannel : Refusal::NotDialable);
    return p;
}

DropPlan DropPlanner::threeWay(const DropItem& third, const DropCall& call)
{
    // The third party is rung like the first phone of a connection.
    DropPlan p = connect(third, DropItem(), third.number);
    if (!p.isAllowed())
        return p;
    if (!call.answered)
        return refuse(Refusal::NotAnswered);
    if (call.callerChannel.isEmpty() || call.calleeChannel.isEmpty())
        return refuse(Refusal::NoChannel);
    p.action = Action::ThreeWay;
    p.callKey = call.key;
    // As 08-confbridge-redirect-call-into-room: the callee is the Channel, the caller the ExtraChannel.
    p.moveChannel = call.calleeChannel;
    p.transfererChannel = call.callerChannel;
    return p;
}

DropPlan DropPlanner::withRoom(DropPlan plan, const QString& room)
{
    if (plan.action != Action::ThreeWay)
        return plan;
    if (room.isEmpty())
        return refuse(Refusal::NoFreeRoom);
    plan.room = room;
    return plan;
}
