// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/AvailabilityText.h"

#include <QStringList>

using Status = PresenceNote::Status;
using Reason = AvailabilityRules::Reason;
using Error = AvailabilityControl::Error;

QString AvailabilityText::status(Status status)
{
    switch (status) {
    case Status::Available:
        return tr("Available");
    case Status::Away:
        return tr("Away");
    case Status::ExtendedAway:
        return tr("Extended away");
    case Status::DoNotDisturb:
        return tr("Do not disturb");
    case Status::Chat:
        return tr("Chat");
    case Status::Unavailable:
        return tr("Unavailable");
    case Status::NotSet:
        return tr("Not set");
    case Status::Unknown:
        break;
    }
    return tr("Unknown status");
}

QString AvailabilityText::symbol(Status status)
{
    switch (status) {
    case Status::Available:
        return QStringLiteral("✓");
    case Status::Away:
        return QStringLiteral("◷");
    case Status::ExtendedAway:
        return QStringLiteral("◶");
    case Status::DoNotDisturb:
        return QStringLiteral("⊖");
    case Status::Chat:
        return QStringLiteral("💬");
    case Status::Unavailable:
        return QStringLiteral("⊘");
    case Status::NotSet:
    case Status::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString AvailabilityText::reason(const AvailabilityRules::Verdict& verdict)
{
    switch (verdict.reason) {
    case Reason::None:
        return {};
    case Reason::NotThisDesk:
        return tr("This desk may change only the operator's own line (settings, Availability)");
    case Reason::AccountLacksClass:
        return tr("The AMI account lacks the write class %1")
            .arg(verdict.missingClasses.join(QStringLiteral(", ")));
    case Reason::NoPresenceProvider:
        return tr("The extension's hint has no CustomPresence provider");
    case Reason::NoDndDevice:
        return tr("The DND device pattern names no device per extension");
    case Reason::NoFamily:
        return tr("This PBX's preset has no database family for this forward");
    }
    return {};
}

QString AvailabilityText::error(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::InvalidNote:
        return tr("The note may not contain line breaks or control characters, and at most %n characters",
            nullptr, int(PresenceNote::MaximumNoteLength));
    case Error::InvalidNumber:
        return tr("The forward target is not a dialable number");
    case Error::NoProvider:
        return tr("The extension's hint has no CustomPresence provider");
    case Error::NoDevice:
        return tr("There is no DND or switch device to set");
    case Error::NoFamily:
        return tr("This PBX's preset has no database family for this forward");
    case Error::NotConnected:
        return tr("Not connected to the PBX");
    }
    return {};
}

QString AvailabilityText::forwardKind(AvailabilityPreset::Forward forward)
{
    switch (forward) {
    case AvailabilityPreset::Forward::Always:
        return tr("Always");
    case AvailabilityPreset::Forward::Busy:
        return tr("When busy");
    case AvailabilityPreset::Forward::NoAnswer:
        return tr("When not answering");
    }
    return {};
}

QString AvailabilityText::noteProblem(PresenceNote::Error error)
{
    switch (error) {
    case PresenceNote::Error::None:
    case PresenceNote::Error::UnknownStatus:
        break;
    case PresenceNote::Error::ControlCharacter:
        return tr("The note may not contain line breaks, tabs or other control characters.");
    case PresenceNote::Error::NoteTooLong:
        return tr(
            "The note is too long: at most %n characters.", nullptr, int(PresenceNote::MaximumNoteLength));
    }
    return {};
}
