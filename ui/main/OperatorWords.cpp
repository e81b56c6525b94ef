// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/OperatorWords.h"

#include "core/common/EscapedText.h"
#include "ui/common/UiText.h"

using Kind = OperatorChoice::Kind;
using Refusal = OperatorChoice::Refusal;

namespace {

// Numbers may come from a caller: shown escaped.
QString targetOf(const OperatorChoice& c)
{
    return c.kind == Kind::CallNumber ? escapedForDisplay(c.target) : c.target;
}

} // namespace

QString OperatorWords::menuText(const OperatorChoice& c)
{
    const QString label = UiText::menuLabel(c.target);
    switch (c.kind) {
    case Kind::None:
        return c.refusal == Refusal::OwnPhone ? tr("This is your own phone") : refusal(c.refusal);
    case Kind::CallExtension:
    case Kind::CallNumber:
        return tr("Call %1").arg(label);
    case Kind::PickupRinging:
        return tr("Pick up call from %1").arg(UiText::menuLabel(c.who));
    case Kind::TransferHere:
        return tr("Transfer call to %1").arg(label);
    case Kind::AttendedTransferHere:
        return tr("Transfer to %1 after announcing").arg(label);
    case Kind::TransferToVoicemail:
        return tr("Transfer call to %1's voicemail").arg(label);
    case Kind::Listen:
    case Kind::ListenCallee:
        return tr("Listen");
    case Kind::Whisper:
        return tr("Whisper to %1").arg(label);
    case Kind::Barge:
        return tr("Join the call");
    case Kind::ParkTheirCaller:
        return tr("Park %1's caller").arg(label);
    case Kind::HangupTheirCall:
        return tr("Hang up %1's call").arg(label);
    case Kind::Park:
        return tr("Park");
    case Kind::Hangup:
    case Kind::HangupCaller:
        return tr("Hang up");
    case Kind::CancelTransfer:
        return tr("Cancel transfer in progress");
    case Kind::ParkCaller:
        return tr("Park caller");
    case Kind::TakeWaitingCaller:
    case Kind::Retrieve:
    case Kind::PauseMember:
    case Kind::ResumeMember:
        break; // not menu entries here: their panels have their own buttons
    }
    return done(c);
}

QString OperatorWords::done(const OperatorChoice& c)
{
    switch (c.kind) {
    case Kind::None:
        return refusal(c.refusal);
    case Kind::CallExtension:
    case Kind::CallNumber:
        return tr("Calling %1 from your phone").arg(targetOf(c));
    case Kind::PickupRinging:
        return tr("Picked up the call from %1 ringing %2").arg(c.who, c.target);
    case Kind::TransferHere:
    case Kind::AttendedTransferHere:
        return transferred(c.who, c.target, c.kind == Kind::AttendedTransferHere);
    case Kind::TransferToVoicemail:
        return tr("Sent %1 to the voicemail of %2").arg(c.who, c.target);
    case Kind::Listen:
    case Kind::ListenCallee:
        return tr("Listening to %1").arg(c.target);
    case Kind::Whisper:
        return tr("Whispering to %1").arg(c.target);
    case Kind::Barge:
        return tr("Joined the call of %1").arg(c.target);
    case Kind::ParkTheirCaller:
    case Kind::Park:
    case Kind::ParkCaller:
        return tr("Parked %1").arg(c.who);
    case Kind::HangupTheirCall:
    case Kind::Hangup:
    case Kind::HangupCaller:
        return tr("Hung up the call with %1").arg(c.who);
    case Kind::CancelTransfer:
        return tr("Cancelled the transfer: you are back with %1").arg(c.who);
    case Kind::TakeWaitingCaller:
        return c.queue.isEmpty() ? tr("Bringing %1 to your phone").arg(c.who)
                                 : tr("Bringing %1 from queue %2 to your phone").arg(c.who, c.queue);
    case Kind::Retrieve:
        return tr("Retrieved %1 from parking space %2").arg(c.who, c.target);
    case Kind::PauseMember:
        return tr("Paused %1 in queue %2").arg(c.who, c.queue);
    case Kind::ResumeMember:
        return tr("%1 takes calls from queue %2 again").arg(c.who, c.queue);
    }
    return {};
}

QString OperatorWords::failed(const OperatorChoice& c)
{
    switch (c.kind) {
    case Kind::None:
        return refusal(c.refusal);
    case Kind::CallExtension:
    case Kind::CallNumber:
        return tr("Could not call %1").arg(targetOf(c));
    case Kind::PickupRinging:
        return tr("Could not pick up the call from %1").arg(c.who);
    case Kind::TransferHere:
    case Kind::AttendedTransferHere:
        return notTransferred(c.who, c.target, c.kind == Kind::AttendedTransferHere);
    case Kind::TransferToVoicemail:
        return tr("Could not send %1 to the voicemail of %2").arg(c.who, c.target);
    case Kind::Listen:
    case Kind::ListenCallee:
        return tr("Could not listen to %1").arg(c.target);
    case Kind::Whisper:
        return tr("Could not whisper to %1").arg(c.target);
    case Kind::Barge:
        return tr("Could not join the call of %1").arg(c.target);
    case Kind::ParkTheirCaller:
    case Kind::Park:
    case Kind::ParkCaller:
        return tr("Could not park %1").arg(c.who);
    case Kind::HangupTheirCall:
    case Kind::Hangup:
    case Kind::HangupCaller:
        return tr("Could not hang up the call with %1").arg(c.who);
    case Kind::CancelTransfer:
        return tr("Could not cancel the transfer of %1").arg(c.who);
    case Kind::TakeWaitingCaller:
        return tr("Could not bring %1 to your phone").arg(c.who);
    case Kind::Retrieve:
        return tr("Could not retrieve %1 from parking space %2").arg(c.who, c.target);
    case Kind::PauseMember:
        return tr("Could not pause %1 in queue %2").arg(c.who, c.queue);
    case Kind::ResumeMember:
        return tr("Could not resume %1 in queue %2").arg(c.who, c.queue);
    }
    return {};
}

QString OperatorWords::transferred(const QString& who, const QString& to, bool attended)
{
    return attended ? tr("Calling %1 to announce %2: hang up to complete the transfer").arg(to, who)
                    : tr("Transferred %1 to %2").arg(who, to);
}

QString OperatorWords::notTransferred(const QString& who, const QString& to, bool attended)
{
    return attended ? tr("Could not call %1 to announce %2").arg(to, who)
                    : tr("Could not transfer %1 to %2").arg(who, to);
}

QString OperatorWords::refusal(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        break;
    case Refusal::OwnPhone:
        return tr("That is your own phone.");
    case Refusal::NotConnected:
        return tr("Not connected to a PBX.");
    case Refusal::NothingSelected:
        return tr("Select an extension or type a number first.");
    case Refusal::NoCallToTransfer:
        return tr("You have no call to transfer.");
    case Refusal::NoCallToPark:
        return tr("You have no call to park.");
    case Refusal::NoCallToHangUp:
        return tr("No call to hang up.");
    case Refusal::NotRinging:
        return tr("The selected extension is not ringing.");
    case Refusal::NobodyWaiting:
        return tr("Nobody is waiting in a queue or ringing.");
    }
    return {};
}

QString OperatorWords::notConnectedHere()
{
    return tr("Not connected to this PBX.");
}

bool OperatorWords::isError(Refusal refusal)
{
    return refusal != Refusal::OwnPhone && refusal != Refusal::NotRinging
        && refusal != Refusal::NobodyWaiting;
}
