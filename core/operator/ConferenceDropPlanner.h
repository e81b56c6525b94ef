// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/DropPlanner.h"

#include <QString>

struct ConferenceRoom;

// What bringing a dragged item into a conference room means.
struct ConferenceDropPlan
{
    enum class Action
    {
        Refuse, // nothing is sent; `refusal` says why
        MoveCall, // Redirect `channel` (and `extraChannel`, the other side) into the room
        Invite, // Originate `device` into the room's extension
    };

    enum class Refusal
    {
        None,
        NoRoom, // the room ended
        OtherServer, // the item lives on another PBX
        NotAPhone, // a directory contact: drop a call or an extension
        AlreadyInRoom, // the call or the phone is a member already
        RoomLocked, // a joiner of a locked room is hung up (08-confbridge-admin-actions)
        Unavailable, // the idle phone is not registered
        DoNotDisturb,
        NoChannel, // the call is ending
        NoRights, // the AMI account lacks the write class
    };

    Action action = Action::Refuse;
    Refusal refusal = Refusal::None;
    QString room;
    QString channel; // MoveCall: the channel awaited in the room
    QString extraChannel; // MoveCall: the other side, when the call is answered
    QString device; // Invite: the phone rung ("PJSIP/1005")

    bool isAllowed() const { return action != Action::Refuse; }
};

// Decides what a call or a tile dropped on a conference room does, so the
// conferences panel and its tests agree: a call (a calls-panel row, or a tile
// on a call) is moved in with both its sides by one Redirect with
// ExtraChannel (08-confbridge-redirect-call-into-room); an idle tile's phone
// is rung and joins the room when answered (Originate into the room's
// extension). `permitted(action)` says whether the AMI account may send it.
class ConferenceDropPlanner final
{
public:
    static ConferenceDropPlan plan(const DropItem& dragged, const QString& roomServerId,
        const ConferenceRoom* room, bool redirectPermitted, bool originatePermitted);

private:
    static ConferenceDropPlan refuse(ConferenceDropPlan::Refusal refusal);
    static ConferenceDropPlan moveCall(const DropCall& call, const ConferenceRoom& room, bool permitted);
    static ConferenceDropPlan invite(const DropItem& phone, const ConferenceRoom& room, bool permitted);
};
