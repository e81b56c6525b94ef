// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/PbxSyncStep.h"

#include <QPointer>
#include <QString>

class AmiAction;
class AmiClient;
class ConferenceStore;
class QObject;

// The conferences' part of the resync (PbxServer adds it to its PbxSync):
// ConfbridgeListRooms, then ConfbridgeList for each room, so the state is
// complete only once the rooms and their members are read. Asterisk 22
// answers ConfbridgeListRooms with an error ("No active conferences.") when
// there is none: that is an empty list, not a failure (08-confbridge-errors);
// any other error is reported like the state's own lists (a refusal shows in
// the status bar). The live Confbridge events reach the ConferenceStore
// through PbxState like every store's. Without a link nothing said about a
// room is true any more: the rooms go at once (linkLost()), not kept stale.
class ConferenceSyncStep final : public PbxSyncStep
{
public:
    // Which rooms' member lists are read after the room list.
    enum class Members
    {
        All, // the resync: every room
        OfNewRooms, // refreshRooms(): only rooms the store did not know
    };

    explicit ConferenceSyncStep(ConferenceStore* store, Members members = Members::All);

    // Asterisk's answer when no conference exists (every Confbridge action).
    static constexpr const char* NoActiveConferences = "No active conferences.";

    // Reads the rooms again outside a resync (Locked: Yes|No), and the members
    // of rooms not known before: lock and unlock send no event, so
    // ConferenceControl asks for this after them. The requests belong to
    // `context` (dropped with it, or when the link goes).
    static void refreshRooms(AmiClient* client, ConferenceStore* store, QObject* context);

    void start(PbxSyncRound& round) override;
    void linkLost() override;

private:
    void handleRoomList(PbxSyncRound& round, AmiAction* action);
    void sendMemberList(PbxSyncRound& round, const QString& room);

    QPointer<ConferenceStore> m_store;
    Members m_members;
};
