// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/QueueMemberText.h"

#include "core/models/ModelRoles.h"
#include "ui/common/StateStyle.h"

#include <QModelIndex>
#include <QPalette>

using Status = Pbx::QueueMember::Status;
using Pbx::ExtensionState;

QString QueueMemberText::status(Status status)
{
    switch (status) {
    case Status::NotInUse:
        return tr("Available");
    case Status::InUse:
        return tr("On a call");
    case Status::Busy:
        return tr("Busy");
    case Status::Invalid:
        return tr("No such phone");
    case Status::Unavailable:
        return tr("Unavailable");
    case Status::Ringing:
        return tr("Ringing");
    case Status::RingInUse:
        return tr("On a call, ringing");
    case Status::OnHold:
        return tr("On hold");
    case Status::Unknown:
        break;
    }
    return tr("Status unknown");
}

ExtensionState QueueMemberText::look(Status status)
{
    switch (status) {
    case Status::NotInUse:
        return ExtensionState::Idle;
    case Status::InUse:
        return ExtensionState::InUse;
    case Status::Busy:
        return ExtensionState::Busy;
    case Status::Invalid:
    case Status::Unavailable:
        return ExtensionState::Unavailable;
    case Status::Ringing:
        return ExtensionState::Ringing;
    case Status::RingInUse:
        return ExtensionState::InUseRinging;
    case Status::OnHold:
        return ExtensionState::OnHold;
    case Status::Unknown:
        break;
    }
    return ExtensionState::Unknown;
}

TwoLineDelegate::Lines QueueMemberText::lines(const QModelIndex& i, const QPalette& palette)
{
    TwoLineDelegate::Lines l;
    const QString name = i.data(QueueRoles::MemberName).toString();
    l.title = name.isEmpty() ? i.data(QueueRoles::MemberInterface).toString() : name;
    const auto st = Pbx::QueueMember::statusFromCode(i.data(QueueRoles::MemberStatus).toInt());
    const ExtensionState phone = look(st);
    l.glyph = StateStyle::glyph(phone);
    l.subtitle = status(st);
    if (i.data(QueueRoles::Paused).toBool()) {
        // Paused says why no call comes; the phone's status stays beside it.
        const QString reason = i.data(QueueRoles::PausedReason).toString();
        l.subtitle = (reason.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(reason)) + QStringLiteral(" · ")
            + l.subtitle;
        l.markText = tr("PAUSED");
        l.mark = StateStyle::accent(ExtensionState::DoNotDisturb, palette);
    } else {
        l.mark = StateStyle::accent(phone, palette);
    }
    l.subtitle += QStringLiteral(" · ") + i.data(QueueRoles::Queue).toString();
    l.right = tr("%n call(s)", nullptr, i.data(QueueRoles::CallsTaken).toInt());
    return l;
}

QString QueueMemberText::accessible(const QModelIndex& i)
{
    const TwoLineDelegate::Lines l = lines(i, QPalette());
    return QStringList {l.title, l.subtitle, l.right}.join(QStringLiteral(", "));
}
