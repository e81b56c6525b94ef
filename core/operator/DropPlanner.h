// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/ExtensionState.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// A call as a drop needs it: its two sides by channel name.
struct DropCall
{
    QString key; // CallRoles::Key; empty: no call
    QString callerChannel; // "PJSIP/trunk-00000012"
    QString calleeChannel; // "PJSIP/1000-00000013"
    bool answered = false;
};

// One side of a drag and drop on the board: what was dragged, or what it was
// dropped on. Built by the ui from its models; no widgets, no model indexes.
struct DropItem
{
    enum class Kind
    {
        Call, // a row of the calls panel
        Extension, // a tile
        Contact, // a directory row
    };

    Kind kind = Kind::Contact;
    QString serverId; // empty for contacts (they belong to no PBX)
    QString key; // identity: extension or call key, contact number
    QString number; // extension number, or the contact's number as the directory has it
    QString device; // extension: its phone, "PJSIP/1001" (never the raw hint)
    Pbx::ExtensionState state = Pbx::ExtensionState::Unknown; // extension only
    DropCall call; // call: itself; extension: the call it takes part in (key empty when none)

    static DropItem callItem(const QString& serverId, const DropCall& call);
    static DropItem extension(const QString& serverId, const QString& key, const QString& number,
        const QString& device, Pbx::ExtensionState state, const DropCall& call = {});
    static DropItem contact(const QString& number);
};

// What a drop means, decided once for every way of dropping.
struct DropPlan
{
    enum class Action
    {
        Refuse, // nothing is sent; `refusal` says why
        Transfer, // blind: Redirect `moveChannel` (or BlindTransfer on `transfererChannel`) to `number`
        AttendedTransfer, // Atxfer on `transfererChannel` (the operator's own channel) to `number`
        Connect, // ring `device` first, then connect it to `number` (Originate)
        // Redirect both sides of the call (`moveChannel`, `transfererChannel` as
        // ExtraChannel) into a free ConfBridge `room`, then ring `device` into it.
        ThreeWay,
    };

    enum class Refusal
    {
        None,
        SameItem, // dropped on itself
        AlreadyInCall, // the target takes part in the call being moved
        CallOntoCall, // two calls cannot be joined by a drop
        NotDialable, // the contact's number is empty or not a phone number
        OtherServer, // dragged and target live on different PBXs
        SourceUnavailable, // the phone to ring first is not registered
        SourceDoNotDisturb,
        SourceBusy, // the phone to ring first is busy but its call is unknown
        TargetUnavailable,
        TargetDoNotDisturb,
        TargetBusy, // connecting needs a free target
        AttendedNeedsOwnCall, // Atxfer works only on the operator's own answered call
        NoChannel, // the call has no channel to move (it is ending)
        NotAnswered, // a three-way call needs an answered call
        NoFreeRoom, // a three-way call needs a free conference room (ServerConfig::conferenceRooms)
    };

    Action action = Action::Refuse;
    Refusal refusal = Refusal::None;
    QString callKey; // transfers: the call moved
    QString moveChannel; // transfers: the party that goes to `number`
    QString transfererChannel; // transfers: the party that hands the call over
    QString device; // connect: the phone rung first
    QString number; // where the call goes (dialable: digits, '*', '#', leading '+')
    QString room; // three-way: the conference room it meets in

    bool isAllowed() const { return action != Action::Refuse; }
};

// Decides what dropping one item on another means, so that the tiles, the
// calls panel and the directory agree, and the ui only maps gestures to items
// and a plan to CallControl:
//
//   call (row or busy tile) → tile      transfer there (attended with the modifier)
//   call → call row                     refused: calls are not joined by a drop
//   idle tile → call row                transfer that call to the tile, or (a
//                                       choice: choices()) a three-way call with it
//   idle tile → free tile               connect them (ring the dragged one first)
//   idle tile → busy tile               a three-way conference with the tile's call
//   contact → call (busy tile or row)   transfer that call to the contact's number
//   contact → free tile                 connect that extension with the contact
//
// A busy tile stands for its call: the party it talks to is moved and the
// tile's own phone is the one that hands over. A call of the operator's moves
// the operator's peer, like F5; any other call moves its caller.
class DropPlanner final
{
    Q_GADGET
public:
    // `operatorDevice`: the operator's phone on the dragged item's PBX
    // ("PJSIP/1000"); attended transfers need its channel in the call.
    static DropPlan plan(
        const DropItem& dragged, const DropItem& target, bool attended, const QString& operatorDevice);
    // Every plan a drop may mean, plan() first. An idle tile released on a
    // call row (without the attended modifier) may also mean a three-way call
    // with it, as on the busy tile of that call; the ui lets the operator
    // choose when more than one is allowed (after withRoom()).
    static QList<DropPlan> choices(
        const DropItem& dragged, const DropItem& target, bool attended, const QString& operatorDevice);
    // A three-way plan meets in `room` (the first free one the server offers);
    // without one it is refused (NoFreeRoom). Other plans are returned as they are.
    static DropPlan withRoom(DropPlan plan, const QString& room);
    // "PJSIP/1000-00000013" belongs to device "PJSIP/1000".
    static bool channelOfDevice(const QString& channel, const QString& device);
    // A number from outside (directory, file) reduced to what may be dialled
    // by the one dialable-number rule (DialableNumber); empty when it fails.
    static QString dialable(const QString& number);

private:
    static DropPlan transfer(const DropCall& call, const QString& handingDevice, const QString& number,
        bool attended, const QString& operatorDevice);
    static DropPlan connect(const DropItem& ringFirst, const DropItem& target, const QString& number);
    static DropPlan threeWay(const DropItem& third, const DropCall& call);
    static DropPlan refuse(DropPlan::Refusal refusal);
    static DropPlan::Refusal targetRefusal(Pbx::ExtensionState state);
    static bool takesPart(const DropCall& call, const QString& device);
};

Q_DECLARE_METATYPE(DropItem)
Q_DECLARE_METATYPE(DropPlan)
