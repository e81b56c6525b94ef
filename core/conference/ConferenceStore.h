// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conference/ConferenceRoom.h"
#include "core/store/PbxStore.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class AmiMessage;
class Clock;

// The ConfBridge conferences of one server: rooms and their members, who
// talks, who is muted, whether a room is locked or recording. Applies the
// Confbridge* events (class call) and the ConfbridgeListRooms /
// ConfbridgeList items (see ConferenceSyncStep), as recorded from Asterisk 22
// in tests/data/ami/22.10.1/08-confbridge-*. A PbxStore: PbxServer registers it
// with its PbxState, which hands it every event after the call stores; it
// knows nothing of extensions or calls. Its changes are emitted at once.
class ConferenceStore final : public PbxStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceStore)
public:
    explicit ConferenceStore(QObject* parent = nullptr, Clock* clock = nullptr);
    ~ConferenceStore() override;

    // One live event; the Confbridge* events and a member's Hangup, others are ignored.
    void apply(const AmiMessage& event) override;
    // ConfbridgeListRooms items: the rooms now in use (none listed: none in use;
    // Asterisk answers "No active conferences." then, not an empty list).
    void applyRoomList(const QList<AmiMessage>& items);
    // ConfbridgeList items of one room: its members now.
    void applyMemberList(const QString& room, const QList<AmiMessage>& items);
    // Lock/unlock send no event: the ConferenceControl reply says it.
    void setLocked(const QString& room, bool locked);

    QStringList roomNames() const { return m_rooms.keys(); }
    const ConferenceRoom* room(const QString& name) const;
    // The room a channel (name or uniqueid) is in; empty when none.
    QString roomOf(const QString& channelOrUniqueid) const;
    int roomCount() const { return int(m_rooms.size()); }

Q_SIGNALS:
    void roomAdded(const QString& room);
    void roomChanged(const QString& room); // lock, recording, members or their state
    void roomRemoved(const QString& room);
    // A member came in (for ConferenceControl: the caller brought in arrived).
    void memberJoined(const QString& room, const QString& channel, const QString& uniqueid);
    void memberLeft(const QString& room, const QString& channel);

protected:
    // clear(): the link went away (ConferenceSyncStep::linkLost), nothing is known any more.
    void clearAll() override;

private:
    ConferenceRoom& ensureRoom(const QString& name, qint64 atMs);
    void handleStart(const AmiMessage& event);
    void handleEnd(const AmiMessage& event);
    void handleJoin(const AmiMessage& event);
    void handleLeave(const AmiMessage& event);
    void handleMemberFlag(const AmiMessage& event);
    void handleRecord(const AmiMessage& event, bool recording);
    void handleHangup(const AmiMessage& event);
    ConferenceMember* findMember(const QString& room, const QString& channel);
    qint64 eventTimeMs(const AmiMessage& event) const;
    static ConferenceMember memberFrom(const AmiMessage& message);

    Clock* m_clock;
    QMap<QString, ConferenceRoom> m_rooms; // by name, sorted for the panel
};
