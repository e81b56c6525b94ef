// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/ConferenceRules.h"

#include "core/conference/ConferenceRoom.h"

namespace {

using Action = ConferenceRules::Action;
using Refusal = ConferenceRules::Refusal;

Refusal memberRefusal(Action action, const ConferenceMember* member)
{
    if (!member)
        return Refusal::NoMember;
    if (action == Action::Mute && member->muted)
        return Refusal::AlreadyMuted;
    if (action == Action::Unmute && !member->muted)
        return Refusal::NotMuted;
    return Refusal::None;
}

Refusal roomRefusal(Action action, const ConferenceRoom& room, bool inRoom)
{
    switch (action) {
    case Action::Lock:
        return room.locked ? Refusal::AlreadyLocked : Refusal::None;
    case Action::Unlock:
        return room.locked ? Refusal::None : Refusal::NotLocked;
    case Action::StartRecording:
        return room.recording ? Refusal::AlreadyRecording : Refusal::None;
    case Action::StopRecording:
        return room.recording ? Refusal::None : Refusal::NotRecording;
    case Action::MuteParticipants:
        for (const ConferenceMember& m : room.members) {
            if (!m.admin)
                return Refusal::None;
        }
        return Refusal::NobodyElse;
    case Action::BringIn:
        return inRoom ? Refusal::AlreadyInRoom : Refusal::None;
    default:
        return Refusal::None;
    }
}

} // namespace

ConferenceRules::Refusal ConferenceRules::check(
    Action action, const ConferenceRoom* room, const ConferenceMember* member, bool permitted, bool inRoom)
{
    if (!room)
        return Refusal::NoRoom;
    if (action == Action::Mute || action == Action::Unmute || action == Action::Kick) {
        // A member still there beats a missing right: say first what is true of the room.
        if (const Refusal r = memberRefusal(action, member); r != Refusal::None)
            return r;
        if (!room->member(member->channel))
            return Refusal::NoMember;
    } else if (const Refusal r = roomRefusal(action, *room, inRoom); r != Refusal::None) {
        return r;
    }
    return permitted ? Refusal::None : Refusal::NoRights;
}

ConferenceRules::Action ConferenceRules::muteToggle(const ConferenceMember& member)
{
    return member.muted ? Action::Unmute : Action::Mute;
}

ConferenceRules::Action ConferenceRules::lockToggle(const ConferenceRoom& room)
{
    return room.locked ? Action::Unlock : Action::Lock;
}

ConferenceRules::Action ConferenceRules::recordToggle(const ConferenceRoom& room)
{
    return room.recording ? Action::StopRecording : Action::StartRecording;
}
