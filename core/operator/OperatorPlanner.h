// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/OperatorCall.h"
#include "core/operator/OperatorChoice.h"
#include "core/operator/OperatorKeys.h"
#include "core/operator/OperatorTile.h"
#include "core/operator/WaitingCallers.h"
#include "core/settings/Profile.h"

#include <QList>
#include <QString>

// What the planner looks at: the operator's phone on the item's PBX and
// the calls around the item, looked up in the call model (CallLookup).
struct OperatorSituation
{
    QString operatorDevice; // "PJSIP/1000"
    QString operatorExtension; // "1000"
    Profile::BlindTransferMethod blindTransferMethod = Profile::BlindTransferMethod::Redirect;
    OperatorCall mine; // the operator's own call, answered and not held preferred
    OperatorCall tileCall; // a call the tile's phone takes part in
    OperatorCall ringing; // a call ringing the tile's phone

    static OperatorSituation of(const Profile& profile);
};

// Decides which actions apply to an extension or a call, and what a key
// does, so that menus, keys, buttons, links and drops agree and the ui only
// maps choices to words and gestures (drops: DropPlanner):
//
//   tile menu       call it; pick up what rings it; the operator's call to it
//                   (blind, after announcing, its voicemail); listen, whisper,
//                   join, park its caller, hang up its call while it talks
//   call menu       the operator's call: park, hang up, cancel a transfer;
//                   someone else's: park the caller, listen, hang up
//   F3 … F9         see OperatorKeys; the selected tile, else the typed number
//
// The operator's own phone is never called or supervised. A blind transfer
// moves the party the operator talks to (Redirect), or hands the operator's
// own channel to BlindTransfer when the profile says so.
class OperatorPlanner final
{
public:
    // The tile is the operator's phone (by device or extension).
    static bool isOperatorPhone(const OperatorTile& tile, const OperatorSituation& s);
    static OperatorChoice callTile(const OperatorTile& tile, const OperatorSituation& s);
    // A number from outside (directory, voicemail, link) or typed.
    static OperatorChoice callNumber(const QString& number, CallControl::NumberOrigin origin);
    // The operator's call to `number`; `target` names it in messages.
    static OperatorChoice transfer(const OperatorSituation& s, const QString& number, const QString& target,
        bool attended, CallControl::NumberOrigin origin = CallControl::NumberOrigin::Operator);
    static OperatorChoice takeWaiting(const WaitingCallers::Caller& waiting);
    // A parked caller back to the operator's phone.
    static OperatorChoice retrieve(
        const QString& space, const QString& callerName, const QString& callerNumber);
    // A queue member (`interface`, e.g. "PJSIP/1002") stops or resumes taking the queue's calls.
    static OperatorChoice pauseMember(const QString& queue, const QString& interface,
        const QString& memberName, bool paused, const QString& reason);

    // Menu entries in their order; the operator's own tile gives one refused entry.
    static QList<OperatorChoice> tileMenu(const OperatorTile& tile, const OperatorSituation& s);
    static QList<OperatorChoice> callMenu(const OperatorCall& call, const OperatorSituation& s);

    // What `key` does with the selected tile (invalid: none) or, without one,
    // the typed number. `waiting`: the longest-waiting caller, for F9.
    static OperatorChoice forKey(OperatorKeys::Key key, const OperatorTile& tile, const QString& typed,
        const OperatorSituation& s, const WaitingCallers::Caller& waiting);

private:
    static OperatorChoice pickup(const OperatorCall& ringing, const QString& target);
    static OperatorChoice parkMine(const OperatorSituation& s);
    static OperatorChoice hangupKey(const OperatorTile& tile, const OperatorSituation& s);
    static void addTransferEntries(
        QList<OperatorChoice>& menu, const OperatorTile& tile, const OperatorSituation& s);
    static void addSupervisionEntries(
        QList<OperatorChoice>& menu, const OperatorTile& tile, const OperatorSituation& s);
};
