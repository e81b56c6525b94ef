// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct ConferenceMember;
struct ConferenceRoom;

// What the desk may do in a conference room right now, and if not, why: the
// buttons, menus and drops of the conferences panel ask here, so a disabled
// action can say its reason. Rights come from the AMI account (the caller
// passes whether the action's write class is granted).
class ConferenceRules final
{
public:
    enum class Action
    {
        Mute,
        Unmute,
        Kick,
        Lock,
        Unlock,
        MuteParticipants,
        UnmuteAll,
        StartRecording,
        StopRecording,
        BringIn, // a call or a phone into the room
    };

    enum class Refusal
    {
        None,
        NoRoom, // the room ended
        NoMember, // nobody chosen, or they left
        AlreadyMuted,
        NotMuted,
        AlreadyLocked,
        NotLocked,
        AlreadyRecording,
        NotRecording,
        NobodyElse, // mute all but the admin: nobody but admins is in
        AlreadyInRoom, // the call or phone is a member already
        NoRights, // the AMI account lacks the write class
    };

    // `member` may be null (room-wide actions); `inRoom`: for BringIn, whether the
    // person is already a member of this room.
    static Refusal check(Action action, const ConferenceRoom* room, const ConferenceMember* member,
        bool permitted, bool inRoom = false);
    // The mute button of a member says what it will do.
    static Action muteToggle(const ConferenceMember& member);
    static Action lockToggle(const ConferenceRoom& room);
    static Action recordToggle(const ConferenceRoom& room);
};
