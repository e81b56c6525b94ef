// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/OperationRights.h"

using Operation = CallControl::Operation;

QByteArray OperationRights::amiAction(Operation operation, const Profile& profile)
{
    switch (operation) {
    case Operation::Call:
    case Operation::CallBetween:
    case Operation::Retrieve:
    case Operation::Listen:
    case Operation::Whisper:
    case Operation::Barge:
        return "Originate";
    case Operation::BlindTransfer:
        return profile.blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction
            ? QByteArray("BlindTransfer")
            : QByteArray("Redirect");
    case Operation::AttendedTransfer:
        return "Atxfer";
    case Operation::CancelAttendedTransfer:
        return "CancelAtxfer";
    case Operation::TransferToVoicemail:
    case Operation::TakeWaitingCaller:
        return "Redirect";
    case Operation::Hangup:
        return "Hangup";
    case Operation::Park:
        return "Park";
    case Operation::Pickup:
        return profile.pickupMethod == Profile::PickupMethod::FeatureCode ? QByteArray("Originate")
                                                                          : QByteArray("Redirect");
    case Operation::QueuePause:
    case Operation::QueueUnpause:
        break;
    }
    return "QueuePause";
}

QString OperationRights::missingClass(
    Operation operation, const Profile& profile, const AmiPermissions* permissions)
{
    const QByteArray action = amiAction(operation, profile);
    if (!permissions || permissions->isPermitted(action))
        return {};
    const QStringList classes = AmiPermissions::missingClassesFor({QString::fromLatin1(action)});
    return classes.isEmpty() ? CallControl::requiredClass(operation) : classes.constFirst();
}
