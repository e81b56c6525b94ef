// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorRequest.h"

OperatorRequest OperatorRequest::call(const QString& number, NumberOrigin origin)
{
    OperatorRequest r;
    r.operation = Operation::Call;
    r.number = number;
    r.origin = origin;
    return r;
}

OperatorRequest OperatorRequest::onChannel(Operation operation, const QString& channel, const QString& number)
{
    OperatorRequest r;
    r.operation = operation;
    r.channel = channel;
    r.number = number;
    return r;
}

OperatorRequest OperatorRequest::spy(Operation operation, const QString& device)
{
    OperatorRequest r;
    r.operation = operation;
    r.device = device;
    return r;
}

OperatorRequest OperatorRequest::park(const QString& channel, const QString& operatorChannel)
{
    OperatorRequest r = onChannel(Operation::Park, channel);
    r.operatorChannel = operatorChannel;
    return r;
}

OperatorRequest OperatorRequest::queuePause(
    const QString& queue, const QString& interface, bool paused, const QString& reason)
{
    OperatorRequest r;
    r.operation = paused ? Operation::QueuePause : Operation::QueueUnpause;
    r.number = queue;
    r.device = interface;
    r.reason = reason;
    return r;
}

quint64 OperatorRequest::sendTo(CallControl& control) const
{
    switch (operation) {
    case Operation::Call:
        return control.call(number, origin);
    case Operation::CallBetween:
        return control.callBetween(device, callerId, number, origin);
    case Operation::BlindTransfer:
        return control.blindTransfer(channel, number, origin);
    case Operation::AttendedTransfer:
        return control.attendedTransfer(channel, number, origin);
    case Operation::CancelAttendedTransfer:
        return control.cancelAttendedTransfer(channel);
    case Operation::TransferToVoicemail:
        return control.transferToVoicemail(channel, number);
    case Operation::Hangup:
        return control.hangup(channel);
    case Operation::Park:
        return control.park(channel, operatorChannel);
    case Operation::Retrieve:
        return control.retrieve(number);
    case Operation::Pickup:
        return control.pickup(channel, number);
    case Operation::TakeWaitingCaller:
        return control.takeWaitingCaller(channel);
    case Operation::Listen:
        return control.listen(device);
    case Operation::Whisper:
        return control.whisper(device);
    case Operation::Barge:
        return control.barge(device);
    case Operation::QueuePause:
    case Operation::QueueUnpause:
        return control.queuePause(number, device, operation == Operation::QueuePause, reason);
    }
    return 0;
}
