// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorPlanner.h"

using Kind = OperatorChoice::Kind;
using Refusal = OperatorChoice::Refusal;
using Op = CallControl::Operation;
using Key = OperatorKeys::Key;

OperatorSituation OperatorSituation::of(const Profile& profile)
{
    OperatorSituation s;
    s.operatorDevice = profile.operatorDevice;
    s.operatorExtension = profile.operatorExtension;
    s.blindTransferMethod = profile.blindTransferMethod;
    return s;
}

bool OperatorPlanner::isOperatorPhone(const OperatorTile& tile, const OperatorSituation& s)
{
    return (!tile.device.isEmpty() && tile.device == s.operatorDevice)
        || (!tile.number.isEmpty() && tile.number == s.operatorExtension);
}

OperatorChoice OperatorPlanner::callTile(const OperatorTile& tile, const OperatorSituation& s)
{
    if (isOperatorPhone(tile, s))
        return OperatorChoice::refuse(Refusal::OwnPhone);
    return OperatorChoice::make(Kind::CallExtension, OperatorRequest::call(tile.number), {}, tile.label());
}

OperatorChoice OperatorPlanner::callNumber(const QString& number, CallControl::NumberOrigin origin)
{
    return OperatorChoice::make(Kind::CallNumber, OperatorRequest::call(number, origin), {}, number);
}

OperatorChoice OperatorPlanner::transfer(const OperatorSituation& s, const QString& number,
    const QString& target, bool attended, CallControl::NumberOrigin origin)
{
    if (!s.mine.isValid())
        return OperatorChoice::refuse(Refusal::NoCallToTransfer);
    const QString who = s.mine.otherParty(s.operatorDevice);
    if (attended) {
        OperatorRequest r
            = OperatorRequest::onChannel(Op::AttendedTransfer, s.mine.channelOf(s.operatorDevice), number);
        r.origin = origin;
        return OperatorChoice::make(Kind::AttendedTransferHere, r, who, target);
    }
    // Redirect moves the other party; BlindTransfer hands over the operator's own channel.
    const bool useAction = s.blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction;
    QString channel = useAction ? s.mine.channelOf(s.operatorDevice) : s.mine.otherChannel(s.operatorDevice);
    if (useAction && channel.isEmpty())
        channel = s.mine.calleeChannel;
    OperatorRequest r = OperatorRequest::onChannel(Op::BlindTransfer, channel, number);
    r.origin = origin;
    return OperatorChoice::make(Kind::TransferHere, r, who, target);
}

OperatorChoice OperatorPlanner::takeWaiting(const WaitingCallers::Caller& waiting)
{
    if (!waiting.isValid())
        return OperatorChoice::refuse(Refusal::NobodyWaiting);
    OperatorChoice c = OperatorChoice::make(Kind::TakeWaitingCaller,
        OperatorRequest::onChannel(Op::TakeWaitingCaller, waiting.channel),
        OperatorCall::party(waiting.name, waiting.number));
    c.queue = waiting.queue;
    c.serverId = waiting.serverId;
    return c;
}

OperatorChoice OperatorPlanner::retrieve(
    const QString& space, const QString& callerName, const QString& callerNumber)
{
    OperatorRequest r;
    r.operation = Op::Retrieve;
    r.number = space;
    return OperatorChoice::make(Kind::Retrieve, r, OperatorCall::party(callerName, callerNumber), space);
}

OperatorChoice OperatorPlanner::pauseMember(const QString& queue, const QString& interface,
    const QString& memberName, bool paused, const QString& reason)
{
    OperatorChoice c = OperatorChoice::make(paused ? Kind::PauseMember : Kind::ResumeMember,
        OperatorRequest::queuePause(queue, interface, paused, reason), memberName);
    c.queue = queue;
    return c;
}

OperatorChoice OperatorPlanner::pickup(const OperatorCall& ringing, const QString& target)
{
    return OperatorChoice::make(Kind::PickupRinging,
        OperatorRequest::onChannel(Op::Pickup, ringing.callerChannel, ringing.calleeNumber),
        ringing.callerParty(), target);
}

QList<OperatorChoice> OperatorPlanner::tileMenu(const OperatorTile& tile, const OperatorSituation& s)
{
    if (isOperatorPhone(tile, s))
        return {OperatorChoice::refuse(Refusal::OwnPhone)};
    QList<OperatorChoice> menu {callTile(tile, s)};
    // Ringing: who is calling is shown before picking up.
    if (s.ringing.isValid())
        menu.append(pickup(s.ringing, tile.label()));
    if (s.mine.isValid())
        addTransferEntries(menu, tile, s);
    addSupervisionEntries(menu, tile, s);
    return menu;
}

void OperatorPlanner::addTransferEntries(
    QList<OperatorChoice>& menu, const OperatorTile& tile, const OperatorSituation& s)
{
    const QString label = tile.label();
    menu.append(transfer(s, tile.number, label, false));
    menu.append(transfer(s, tile.number, label, true));
    menu.append(OperatorChoice::make(Kind::TransferToVoicemail,
        OperatorRequest::onChannel(
            Op::TransferToVoicemail, s.mine.otherChannel(s.operatorDevice), tile.number),
        s.mine.otherParty(s.operatorDevice), label));
}

void OperatorPlanner::addSupervisionEntries(
    QList<OperatorChoice>& menu, const OperatorTile& tile, const OperatorSituation& s)
{
    const OperatorCall& theirs = s.tileCall;
    if (!tile.isTalking() && !theirs.isValid())
        return;
    const QString label = tile.label();
    menu.append(OperatorChoice::make(Kind::Listen, OperatorRequest::spy(Op::Listen, tile.device), {}, label));
    menu.append(
        OperatorChoice::make(Kind::Whisper, OperatorRequest::spy(Op::Whisper, tile.device), {}, label));
    menu.append(OperatorChoice::make(Kind::Barge, OperatorRequest::spy(Op::Barge, tile.device), {}, label));
    if (!theirs.isValid())
        return;
    const QString me = s.mine.isValid() ? s.mine.channelOf(s.operatorDevice) : QString();
    menu.append(OperatorChoice::make(Kind::ParkTheirCaller,
        OperatorRequest::park(theirs.otherChannel(tile.device), me), theirs.otherParty(tile.device), label));
    menu.append(OperatorChoice::make(Kind::HangupTheirCall,
        OperatorRequest::onChannel(Op::Hangup, theirs.channelOf(tile.device)), label, label));
}

QList<OperatorChoice> OperatorPlanner::callMenu(const OperatorCall& call, const OperatorSituation& s)
{
    const QString me = call.channelOf(s.operatorDevice);
    const QString who = call.otherParty(s.operatorDevice);
    if (!me.isEmpty()) {
        return {
            OperatorChoice::make(
                Kind::Park, OperatorRequest::park(call.otherChannel(s.operatorDevice), me), who),
            OperatorChoice::make(Kind::Hangup, OperatorRequest::onChannel(Op::Hangup, me), who),
            OperatorChoice::make(
                Kind::CancelTransfer, OperatorRequest::onChannel(Op::CancelAttendedTransfer, me), who),
        };
    }
    return {
        OperatorChoice::make(Kind::ParkCaller, OperatorRequest::park(call.callerChannel, {}), who),
        OperatorChoice::make(Kind::ListenCallee, OperatorRequest::spy(Op::Listen, call.calleeDevice()),
            call.calleeParty(), call.calleeParty()),
        OperatorChoice::make(
            Kind::HangupCaller, OperatorRequest::onChannel(Op::Hangup, call.callerChannel), who),
    };
}

OperatorChoice OperatorPlanner::parkMine(const OperatorSituation& s)
{
    if (!s.mine.isValid())
        return OperatorChoice::refuse(Refusal::NoCallToPark);
    return OperatorChoice::make(Kind::Park,
        OperatorRequest::park(s.mine.otherChannel(s.operatorDevice), s.mine.channelOf(s.operatorDevice)),
        s.mine.otherParty(s.operatorDevice));
}

OperatorChoice OperatorPlanner::hangupKey(const OperatorTile& tile, const OperatorSituation& s)
{
    // The operator's own call first; otherwise the selected extension's call.
    if (s.mine.isValid())
        return OperatorChoice::make(Kind::Hangup,
            OperatorRequest::onChannel(Op::Hangup, s.mine.channelOf(s.operatorDevice)),
            s.mine.otherParty(s.operatorDevice));
    const OperatorCall& theirs = s.tileCall;
    if (!tile.isValid() || !theirs.isValid())
        return OperatorChoice::refuse(Refusal::NoCallToHangUp);
    const QString channel = OperatorCall::isChannelOf(theirs.callerChannel, tile.device)
        ? theirs.callerChannel
        : theirs.calleeChannel;
    return OperatorChoice::make(
        Kind::HangupTheirCall, OperatorRequest::onChannel(Op::Hangup, channel), tile.label(), tile.label());
}

OperatorChoice OperatorPlanner::forKey(Key key, const OperatorTile& tile, const QString& typed,
    const OperatorSituation& s, const WaitingCallers::Caller& waiting)
{
    const QString target = tile.isValid() ? tile.number : typed;
    const QString label = tile.isValid() && !tile.label().isEmpty() ? tile.label() : target;
    switch (key) {
    case Key::Call:
        if (tile.isValid())
            return callTile(tile, s);
        if (target.isEmpty())
            return OperatorChoice::refuse(Refusal::NothingSelected);
        return callNumber(target, CallControl::NumberOrigin::Untrusted);
    case Key::Answer:
        return takeWaiting(waiting);
    case Key::Pickup:
        if (!tile.isValid() || !s.ringing.isValid())
            return OperatorChoice::refuse(Refusal::NotRinging);
        return pickup(s.ringing, label);
    case Key::Transfer:
    case Key::AttendedTransfer:
        if (!s.mine.isValid())
            return OperatorChoice::refuse(Refusal::NoCallToTransfer);
        if (target.isEmpty())
            return OperatorChoice::refuse(Refusal::NothingSelected);
        return transfer(s, target, label, key == Key::AttendedTransfer);
    case Key::Park:
        return parkMine(s);
    case Key::Hangup:
        return hangupKey(tile, s);
    }
    return OperatorChoice::refuse(Refusal::NothingSelected);
}
