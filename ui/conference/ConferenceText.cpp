// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conference/ConferenceText.h"

#include "core/models/ConferenceMemberModel.h"
#include "core/models/ConferenceRoomModel.h"
#include "ui/common/UiText.h"

#include <QPalette>

using Glyph = StateStyle::Glyph;
using Refusal = ConferenceRules::Refusal;
using Operation = ConferenceControl::Operation;
using Failure = ConferenceControl::Failure;

TwoLineDelegate::Lines ConferenceText::room(const QModelIndex& i, qint64 nowMs, const QPalette& palette)
{
    TwoLineDelegate::Lines l;
    using R = ConferenceRoomModel;
    const int members = i.data(R::MemberCountRole).toInt();
    const int talking = i.data(R::TalkingCountRole).toInt();
    l.title = tr("Room %1").arg(i.data(R::RoomRole).toString());
    QStringList parts {tr("%n members", nullptr, members)};
    if (talking > 0)
        parts.append(tr("%1 talking").arg(talking));
    const bool locked = i.data(R::LockedRole).toBool();
    parts.append(locked ? tr("locked") : tr("open"));
    const bool recording = i.data(R::RecordingRole).toBool();
    if (recording) {
        const qint64 since = i.data(R::RecordingSinceRole).toLongLong();
        parts.append(
            since > 0 ? tr("recording for %1").arg(UiText::duration(nowMs - since)) : tr("recording"));
    }
    l.subtitle = parts.join(QStringLiteral(" · "));
    const qint64 started = i.data(R::StartedAtRole).toLongLong();
    if (started > 0)
        l.right = UiText::duration(nowMs - started);
    if (recording) {
        l.glyph = Glyph::Dot;
        l.mark = QColor(0xc6, 0x28, 0x28);
        l.markText = tr("REC");
    } else if (locked) {
        l.glyph = Glyph::Minus;
        l.mark = palette.color(QPalette::PlaceholderText);
        l.markText = tr("LOCKED");
    } else {
        l.glyph = Glyph::Ring;
        l.mark = palette.color(QPalette::Highlight);
        l.markText = tr("OPEN");
    }
    return l;
}

TwoLineDelegate::Lines ConferenceText::member(const QModelIndex& i, qint64 nowMs, const QPalette& palette)
{
    TwoLineDelegate::Lines l;
    using M = ConferenceMemberModel;
    const QString name = i.data(M::NameRole).toString();
    const QString number = i.data(M::NumberRole).toString();
    l.title = name.isEmpty() || name == number || name == QLatin1String("<unknown>")
        ? number
        : tr("%1 (%2)").arg(name, number);
    QStringList parts;
    const bool muted = i.data(M::MutedRole).toBool();
    const bool talking = i.data(M::TalkingRole).toBool();
    parts.append(muted ? tr("muted") : (talking ? tr("talking") : tr("silent")));
    if (i.data(M::AdminRole).toBool())
        parts.append(tr("admin"));
    if (i.data(M::MarkedRole).toBool())
        parts.append(tr("marked"));
    if (i.data(M::WaitingRole).toBool())
        parts.append(tr("waiting for the leader"));
    l.subtitle = parts.join(QStringLiteral(" · "));
    const qint64 joined = i.data(M::JoinedAtRole).toLongLong();
    if (joined > 0)
        l.right = UiText::duration(nowMs - joined);
    if (muted) {
        l.glyph = Glyph::Slash;
        l.mark = palette.color(QPalette::PlaceholderText);
        l.markText = tr("MUTED");
    } else if (talking) {
        l.glyph = Glyph::Dot;
        l.mark = QColor(0x2e, 0x7d, 0x32);
        l.markText = tr("TALKING");
    } else {
        l.glyph = Glyph::Ring;
        l.mark = palette.color(QPalette::Highlight);
        l.markText = tr("SILENT");
    }
    return l;
}

QString ConferenceText::spoken(const TwoLineDelegate::Lines& l)
{
    QStringList parts {l.title, l.subtitle};
    if (!l.right.isEmpty())
        parts.append(l.right);
    return parts.join(QStringLiteral(", "));
}

QString ConferenceText::refusal(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoRoom:
        return tr("Choose a conference room first (or it has ended)");
    case Refusal::NoMember:
        return tr("Choose a member first (or they have left)");
    case Refusal::AlreadyMuted:
        return tr("Already muted");
    case Refusal::NotMuted:
        return tr("Not muted");
    case Refusal::AlreadyLocked:
        return tr("The room is locked already");
    case Refusal::NotLocked:
        return tr("The room is not locked");
    case Refusal::AlreadyRecording:
        return tr("The room is being recorded already");
    case Refusal::NotRecording:
        return tr("The room is not being recorded");
    case Refusal::NobodyElse:
        return tr("Only admins are in the room");
    case Refusal::AlreadyInRoom:
        return tr("Already in this room");
    case Refusal::NoRights:
        return tr("The AMI account may not do this (write class missing in manager.conf)");
    }
    return {};
}

QString ConferenceText::done(Operation operation, const QString& room)
{
    switch (operation) {
    case Operation::Mute:
        return tr("Muted in room %1").arg(room);
    case Operation::Unmute:
        return tr("Unmuted in room %1").arg(room);
    case Operation::MuteParticipants:
        return tr("Everybody but the admins muted in room %1").arg(room);
    case Operation::UnmuteAll:
        return tr("Everybody unmuted in room %1").arg(room);
    case Operation::Kick:
        return tr("Removed from room %1").arg(room);
    case Operation::Lock:
        return tr("Room %1 locked: nobody else can join").arg(room);
    case Operation::Unlock:
        return tr("Room %1 unlocked").arg(room);
    case Operation::StartRecording:
        return tr("Room %1 is being recorded").arg(room);
    case Operation::StopRecording:
        return tr("Recording of room %1 stopped").arg(room);
    case Operation::Invite:
    case Operation::BringIn:
        return tr("Joined room %1").arg(room);
    }
    return {};
}

QString ConferenceText::joined(const QString& room, const QStringList& names)
{
    if (names.size() == 1)
        return tr("%1 joined room %2").arg(names.first(), room);
    if (names.size() == 2)
        return tr("%1 and %2 joined room %3").arg(names.at(0), names.at(1), room);
    return tr("Joined room %1").arg(room);
}

QString ConferenceText::failure(
    Operation operation, const QString& room, Failure failure, const QString& message)
{
    Q_UNUSED(operation)
    switch (failure) {
    case Failure::InvalidValue:
        return tr("Not sent: a value is empty or holds a line break");
    case Failure::NotConnected:
        return tr("Room %1: not connected to the PBX").arg(room);
    case Failure::PermissionDenied:
        return tr("Room %1: the AMI account may not do this (Permission denied)").arg(room);
    case Failure::RoomEnded:
        return tr("Room %1 has ended").arg(room);
    case Failure::MemberLeft:
        return tr("Room %1: that member has left already").arg(room);
    case Failure::AlreadyRecording:
        return tr("Room %1 is being recorded already").arg(room);
    case Failure::NotRecording:
        return tr("Room %1 is not being recorded").arg(room);
    case Failure::NotJoined:
        return tr("Room %1: the phone did not join (not answered, or the room is locked)").arg(room);
    case Failure::Timeout:
        return tr("Room %1: the PBX did not answer in time").arg(room);
    case Failure::AsteriskError:
        break;
    }
    return tr("Room %1: %2").arg(room, message);
}

QString ConferenceText::roomsProblem(const ConferenceRooms::Check& check)
{
    using P = ConferenceRooms::Problem;
    switch (check.problem) {
    case P::NotANumber:
        return tr("“%1” is not a room extension: use digits, commas and ranges such as 8510-8519.")
            .arg(check.part);
    case P::Backwards:
        return tr("The range “%1” runs backwards: write the lower extension first.").arg(check.part);
    case P::UnequalWidths:
        return tr("The range “%1” mixes extensions of different lengths.").arg(check.part);
    case P::TooMany:
        return tr("Too many rooms (at most %1).").arg(ConferenceRooms::MaxRooms);
    case P::None:
        break;
    }
    return {};
}

QString ConferenceText::roomsCheck(const ConferenceRooms::Check& check, const QStringList& rooms)
{
    if (check.problem != ConferenceRooms::Problem::None)
        return QStringLiteral("✘ ") + roomsProblem(check);
    if (rooms.isEmpty())
        return tr("− No three-way calls on this server: a free extension dropped on a call is transferred.");
    if (rooms.size() == 1)
        return tr("✔ 1 room: %1").arg(rooms.first());
    const QString span = rooms.size() == 2 ? rooms.join(QStringLiteral(", "))
                                           : rooms.first() + QStringLiteral(" … ") + rooms.last();
    return tr("✔ %n rooms: %1", nullptr, int(rooms.size())).arg(span);
}
