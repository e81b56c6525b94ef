// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceSync.h"

#include "core/ami/AmiAction.h"
#include "core/conference/ConferenceStore.h"

ConferenceSync::ConferenceSync(AmiClient* client, ConferenceStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(client, &AmiClient::loggedIn, this, &ConferenceSync::refresh);
    connect(client, &AmiClient::stateChanged, this, &ConferenceSync::handleClientState);
    connect(client, &AmiClient::eventReceived, this, &ConferenceSync::handleEvent);
}

ConferenceSync::~ConferenceSync() = default;

void ConferenceSync::handleEvent(const AmiMessage& event)
{
    if (m_store)
        m_store->apply(event);
}

void ConferenceSync::handleClientState(AmiClient::State state)
{
    // Without a link nothing said about a room is true any more; the next login reads them again.
    if (m_store && (state == AmiClient::State::Backoff || state == AmiClient::State::Disconnected))
        m_store->clear();
}

void ConferenceSync::refresh()
{
    sendRoomList(true);
}

void ConferenceSync::refreshRooms()
{
    sendRoomList(false);
}

void ConferenceSync::sendRoomList(bool withMembers)
{
    if (!m_client)
        return;
    ++m_pending;
    AmiAction* action = m_client->send(AmiRequest("ConfbridgeListRooms", AmiRequest::Completion::EventList));
    connect(action, &AmiAction::finished, this,
        [this, withMembers](AmiAction* a) { handleRoomList(a, withMembers); });
}

void ConferenceSync::handleRoomList(AmiAction* action, bool withMembers)
{
    action->deleteLater();
    const bool none = action->result() == AmiAction::Result::Error
        && action->errorText() == QLatin1String(NoActiveConferences);
    if (!action->succeeded() && !none) {
        m_lastError = action->errorText();
        Q_EMIT failed(m_lastError);
        done();
        return;
    }
    m_lastError.clear();
    if (!m_store) {
        done();
        return;
    }
    const QStringList before = m_store->roomNames();
    m_store->applyRoomList(none ? QList<AmiMessage>() : action->events());
    for (const QString& room : m_store->roomNames()) {
        if (withMembers || !before.contains(room))
            sendMemberList(room);
    }
    done();
}

void ConferenceSync::sendMemberList(const QString& room)
{
    ++m_pending;
    AmiAction* action = m_client->send(
        AmiRequest("ConfbridgeList", AmiRequest::Completion::EventList).set("Conference", room));
    connect(action, &AmiAction::finished, this, [this, room](AmiAction* a) { handleMemberList(a, room); });
}

void ConferenceSync::handleMemberList(AmiAction* action, const QString& room)
{
    action->deleteLater();
    // An error here means the room ended meanwhile; its ConfbridgeEnd says so.
    if (action->succeeded() && m_store)
        m_store->applyMemberList(room, action->events());
    done();
}

void ConferenceSync::done()
{
    if (--m_pending == 0)
        Q_EMIT refreshed();
}
