// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceSyncStep.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiRequest.h"
#include "core/conference/ConferenceStore.h"
#include "core/store/PbxSyncRound.h"

#include <memory>

ConferenceSyncStep::ConferenceSyncStep(ConferenceStore* store, Members members)
    : m_store(store)
    , m_members(members)
{ }

void ConferenceSyncStep::refreshRooms(AmiClient* client, ConferenceStore* store, QObject* context)
{
    // A round of its own: its answers are awaited together and go nowhere once the link is lost.
    auto* round = new PbxSyncRound(client, context);
    auto step = std::make_shared<ConferenceSyncStep>(store, Members::OfNewRooms);
    QObject::connect(round, &PbxSyncRound::completed, round, [round, step] { round->deleteLater(); });
    QObject::connect(round, &PbxSyncRound::lost, round, &QObject::deleteLater);
    step->start(*round);
}

void ConferenceSyncStep::start(PbxSyncRound& round)
{
    round.send(AmiRequest("ConfbridgeListRooms", AmiRequest::Completion::EventList),
        [this, &round](AmiAction* action) { handleRoomList(round, action); });
}

void ConferenceSyncStep::handleRoomList(PbxSyncRound& round, AmiAction* action)
{
    const bool none = action->result() == AmiAction::Result::Error
        && action->errorText() == QLatin1String(NoActiveConferences);
    if (!action->succeeded() && !none) {
        round.reportFailed(action);
        return;
    }
    if (!m_store)
        return;
    const QStringList before = m_store->roomNames();
    m_store->applyRoomList(none ? QList<AmiMessage>() : action->events());
    for (const QString& room : m_store->roomNames()) {
        if (m_members == Members::All || !before.contains(room))
            sendMemberList(round, room);
    }
}

void ConferenceSyncStep::sendMemberList(PbxSyncRound& round, const QString& room)
{
    round.send(AmiRequest("ConfbridgeList", AmiRequest::Completion::EventList).set("Conference", room),
        [this, room](AmiAction* action) {
            // An error here means the room ended meanwhile; its ConfbridgeEnd says so.
            if (action->succeeded() && m_store)
                m_store->applyMemberList(room, action->events());
        });
}

void ConferenceSyncStep::linkLost()
{
    if (m_store)
        m_store->clear();
}
