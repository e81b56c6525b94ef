// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class AmiAction;
class ConferenceStore;

// Reads the conferences in use after every login (ConfbridgeListRooms, then
// ConfbridgeList for each room) and feeds the live Confbridge events to the
// ConferenceStore. Asterisk 22 answers ConfbridgeListRooms with an error
// ("No active conferences.") when there is none: that is an empty list, not
// a failure (08-confbridge-errors). Lock and unlock send no event, so
// ConferenceControl asks for refreshRooms() after them.
class ConferenceSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceSync)
public:
    ConferenceSync(AmiClient* client, ConferenceStore* store, QObject* parent = nullptr);
    ~ConferenceSync() override;

    // Asterisk's answer when no conference exists (every Confbridge action).
    static constexpr const char* NoActiveConferences = "No active conferences.";

    bool isReading() const { return m_pending > 0; }
    // The error of the last room list Asterisk refused (e.g. "Permission denied"), or empty.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // The rooms and all their members.
    void refresh();
    // The rooms only (Locked: Yes|No), and the members of rooms not known before.
    void refreshRooms();

Q_SIGNALS:
    void refreshed();
    void failed(const QString& error);

private:
    void handleEvent(const AmiMessage& event);
    void handleClientState(AmiClient::State state);
    void sendRoomList(bool withMembers);
    void handleRoomList(AmiAction* action, bool withMembers);
    void sendMemberList(const QString& room);
    void handleMemberList(AmiAction* action, const QString& room);
    void done();

    QPointer<AmiClient> m_client;
    QPointer<ConferenceStore> m_store;
    int m_pending = 0;
    QString m_lastError;
};
