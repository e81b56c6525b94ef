// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"

#include <QString>

// One request of the operator's, decided but not yet sent: which operation
// (and so which AMI action and which manager.conf class) with which values.
// sendTo() hands it to the server's CallControl, which builds the action
// through AmiRequest.
struct OperatorRequest
{
    using Operation = CallControl::Operation;
    using NumberOrigin = CallControl::NumberOrigin;

    Operation operation = Operation::Call;
    // The channel acted on: moved, parked, hung up, picked up, taken; the
    // operator's own channel for attended transfers and their cancelling.
    QString channel;
    // Park: the operator's channel, which hears the space (may be empty).
    QString operatorChannel;
    // Where to: the number called or transferred to, the extension a pickup
    // rings, the mailbox's extension, the parking space, the queue.
    QString number;
    // Listen, whisper, barge: the plain device spied on; queue pause: the
    // member's interface.
    QString device;
    QString reason; // queue pause
    QString callerId; // call between: what the rung phone shows
    // Untrusted for numbers from a caller, a directory, a voicemail or a link:
    // CallControl checks them by the dialable-number rule.
    NumberOrigin origin = NumberOrigin::Operator;

    static OperatorRequest call(const QString& number, NumberOrigin origin = NumberOrigin::Operator);
    static OperatorRequest onChannel(Operation operation, const QString& channel, const QString& number = {});
    static OperatorRequest spy(Operation operation, const QString& device);
    static OperatorRequest park(const QString& channel, const QString& operatorChannel);
    static OperatorRequest queuePause(
        const QString& queue, const QString& interface, bool paused, const QString& reason);

    // Sends it; the id the outcome will carry (CallControl::succeeded/failed).
    quint64 sendTo(CallControl& control) const;
};
