// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conference/ConferenceRoomDrops.h"

#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceStore.h"
#include "core/pbx/AmiPermissions.h"
#include "ui/common/MimeTypes.h"

using Action = ConferenceDropPlan::Action;
using Refusal = ConferenceDropPlan::Refusal;
using Operation = ConferenceControl::Operation;

namespace {

bool permitted(const AmiPermissions* permissions, Operation operation)
{
    // A refusal learned from a reply counts before the listing is in, too.
    return !permissions || permissions->isPermitted(ConferenceControl::actionOf(operation));
}

} // namespace

ConferenceRoomDrops::ConferenceRoomDrops(RoomLookup rooms, QObject* parent)
    : QObject(parent)
    , m_rooms(std::move(rooms))
{ }

ConferenceRoomDrops::~ConferenceRoomDrops() = default;

ConferenceRoomDrops::Decision ConferenceRoomDrops::decide(
    const QMimeData* mime, const QModelIndex& target) const
{
    Decision d;
    d.room = m_rooms(target);
    DropItem item;
    d.found = m_resolver && m_resolver(mime, &item, &d.label);
    if (!d.found)
        return d;
    const ConferenceRoom* room = d.room.store ? d.room.store->room(d.room.name) : nullptr;
    d.plan = ConferenceDropPlanner::plan(item, d.room.serverId, room,
        permitted(d.room.permissions, Operation::BringIn), permitted(d.room.permissions, Operation::Invite));
    if (d.plan.isAllowed() && !d.room.control) {
        d.plan = ConferenceDropPlan();
        d.plan.refusal = Refusal::NoRoom;
    }
    return d;
}

QString ConferenceRoomDrops::text(const Decision& d) const
{
    if (!d.found)
        return tr("That call or extension is gone.");
    const QString& room = d.room.name;
    switch (d.plan.refusal) {
    case Refusal::None:
        break;
    case Refusal::NoRoom:
        return tr("Room %1 has ended.").arg(room);
    case Refusal::OtherServer:
        return tr("%1 is on another PBX than room %2.").arg(d.label, room);
    case Refusal::NotAPhone:
        return tr("Drop a call or an extension onto a room; type other numbers into Bring in.");
    case Refusal::AlreadyInRoom:
        return tr("%1 is in room %2 already.").arg(d.label, room);
    case Refusal::RoomLocked:
        return tr("Room %1 is locked: unlock it first, or the PBX hangs up on %2.").arg(room, d.label);
    case Refusal::Unavailable:
        return tr("The phone of %1 is not registered.").arg(d.label);
    case Refusal::DoNotDisturb:
        return tr("%1 does not take calls (do not disturb).").arg(d.label);
    case Refusal::NoChannel:
        return tr("That call has ended.");
    case Refusal::NoRights:
        return tr("The AMI account may not do this (write class missing in manager.conf).");
    }
    if (d.plan.action == Action::MoveCall)
        return d.plan.extraChannel.isEmpty() ? tr("Move %1 into room %2").arg(d.label, room)
                                             : tr("Move %1, both sides, into room %2").arg(d.label, room);
    return tr("Ring %1; when answered they join room %2").arg(d.label, room);
}

DropHandler::Preview ConferenceRoomDrops::preview(
    const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers) const
{
    Preview p;
    if (!mime || !MimeTypes::isBoardItem(mime))
        return p;
    const Decision d = decide(mime, target);
    p.allowed = d.plan.isAllowed();
    p.text = text(d);
    return p;
}

bool ConferenceRoomDrops::drop(const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers)
{
    const Decision d = decide(mime, target);
    if (!d.plan.isAllowed()) {
        refused(text(d));
        return false;
    }
    // The outcome (joined, or why not) comes from ConferenceControl through the panel.
    if (d.plan.action == Action::MoveCall)
        d.room.control->bringIn(d.plan.room, d.plan.channel, d.plan.extraChannel);
    else
        d.room.control->invite(d.plan.room, d.plan.device, d.label);
    Q_EMIT messageShown(text(d) + QStringLiteral("…"), false);
    return true;
}

void ConferenceRoomDrops::refused(const QString& reason)
{
    if (!reason.isEmpty())
        Q_EMIT messageShown(reason, true);
}
