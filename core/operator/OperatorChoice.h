// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/OperatorRequest.h"

#include <QMetaType>
#include <QObject>
#include <QString>

// One thing the operator may do, decided by OperatorPlanner: an entry of a
// tile's or a call's menu, or what a key does right now. `kind` says what it
// means (the ui gives it words, a shortcut, a place in a menu), `request`
// what is sent, `who` and `target` whom it is about. A refused choice sends
// nothing and says why.
struct OperatorChoice
{
    Q_GADGET
public:
    enum class Kind
    {
        None, // refused: see `refusal`
        CallExtension, // call the tile from the operator's phone
        CallNumber, // call a typed number, or one from a directory, a voicemail, a link
        PickupRinging, // bring the call ringing the tile to the operator
        TransferHere, // the operator's call to the tile or number, blind
        AttendedTransferHere, // … after announcing it
        TransferToVoicemail, // the operator's caller to the tile's mailbox
        Listen, // supervise the tile's phone
        Whisper,
        Barge,
        ParkTheirCaller, // the party the tile talks to
        HangupTheirCall, // the tile's side of its call
        Park, // the party the operator talks to
        Hangup, // the operator's own call
        CancelTransfer, // the operator's attended transfer in progress
        ParkCaller, // someone else's call (a call row): its caller
        ListenCallee, // … its callee
        HangupCaller, // … its caller
        TakeWaitingCaller, // the longest-waiting caller, to the operator's phone
        Retrieve, // a parked call, to the operator's phone
        PauseMember, // a queue member stops taking calls
        ResumeMember,
    };
    Q_ENUM(Kind)

    enum class Refusal
    {
        None,
        OwnPhone, // the operator's own phone is never called nor supervised
        NotConnected, // no PBX for the item
        NothingSelected, // no extension selected and no number typed
        NoCallToTransfer, // the operator has no call
        NoCallToPark,
        NoCallToHangUp, // neither the operator nor the selected extension has a call
        NotRinging, // the selected extension is not ringing
        NobodyWaiting, // no queue caller, nothing ringing elsewhere
    };
    Q_ENUM(Refusal)

    Kind kind = Kind::None;
    Refusal refusal = Refusal::None;
    OperatorRequest request;
    QString who; // the party it is about: "ACME Corp 0612345678"
    QString target; // the extension or number named: "Zoë Müller", "0612345678"
    QString queue; // TakeWaitingCaller from a queue, PauseMember, ResumeMember
    QString serverId; // TakeWaitingCaller: the waiting caller's PBX

    static OperatorChoice refuse(Refusal refusal);
    static OperatorChoice make(
        Kind kind, const OperatorRequest& request, const QString& who, const QString& target = {});
    bool isAllowed() const { return kind != Kind::None; }
};

Q_DECLARE_METATYPE(OperatorChoice)
