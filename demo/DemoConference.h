// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class ClockTimer;
class DemoCalls;
class DemoWorld;
struct DemoCall;
struct DemoChannel;

// ConfBridge as Asterisk 22 runs it (tests/data/ami/22.10.1/08-confbridge-*):
// extension 8500 joins room 8500 as a user, 8501 as its admin (marked),
// 8510 … 8519 each their own room as a user (the desk's three-way calls);
// ConfbridgeStart/Join/Talking/Mute/Unmute/Leave/End/Record/StopRecord with
// the bridge snapshot (softmix, creator ConfBridge, the announcer channel
// counted in BridgeNumChannels, the recorder too while recording), the
// Confbridge* actions with their recorded answers and errors, no event for
// lock/unlock, and a joiner of a locked room hung up without any Confbridge
// event. Talking is simulated: members take turns.
class DemoConference final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoConference)
public:
    static constexpr const char* RoomExtension = "8500";
    static constexpr const char* AdminExtension = "8501";
    static constexpr qint64 TalkTurnMs = 2500;
    // A non-admin joining a locked room is hung up this long after (conf-locked played).
    static constexpr qint64 LockedHangupMs = 1800;

    DemoConference(DemoWorld* world, DemoCalls* calls, QObject* parent = nullptr);
    ~DemoConference() override;

    static bool isConferenceExtension(const QString& exten);
    // 8510 … 8519: rooms made on the fly (three-way calls), each its own ConfBridge.
    static bool isAdHocRoom(const QString& exten);
    // The call's caller channel dialled `exten`: it joins the room. False when
    // exten is no conference extension (the call is left alone).
    bool route(DemoCall& call, const QString& exten);
    // The demo office's meeting: the given extensions join room 8500 (the first as admin).
    void startMeeting(const QStringList& extensions);
    // Starts or stops the members' turns at talking.
    void setTalking(bool on);

    // The actions: the reply message on success, or the error as Asterisk words it.
    struct Answer
    {
        bool ok = false;
        QString message;
        QList<AmiMessage> items; // list actions
    };
    Answer listRooms(QByteArrayView actionId) const;
    Answer list(const QString& room, QByteArrayView actionId) const;
    Answer mute(const QString& room, const QString& channel, bool muted);
    Answer kick(const QString& room, const QString& channel);
    Answer lock(const QString& room, bool locked);
    Answer startRecord(const QString& room, const QString& file);
    Answer stopRecord(const QString& room);
    // "No active conferences." / "No Conference by that name found." / "No Conference name provided."
    QString roomError(const QString& room) const;
    // roomError(), or "No channel name provided." (Mute, Unmute, Kick).
    QString memberError(const QString& room, const QString& channel) const;

    QStringList rooms() const { return m_rooms.keys(); }
    // Uniqueids of a room's members, in join order.
    QStringList members(const QString& room) const;
    bool isLocked(const QString& room) const { return m_rooms.value(room).locked; }

private:
    struct Member
    {
        QString uniqueid;
        bool admin = false;
        bool muted = false;
        bool talking = false;
        qint64 joinedMs = 0;
    };
    struct Room
    {
        QString name;
        QString bridgeId;
        bool locked = false;
        bool recording = false;
        QList<Member> members;
    };

    void join(const QString& uniqueid, const QString& room, bool admin);
    void leave(const QString& uniqueid);
    void endRoom(const QString& room);
    void hangupMember(const QString& uniqueid);
    void handleHangingUp(const DemoChannel& ch);
    void handleTalkTurn();
    void setMemberTalking(Room& room, Member& m, bool talking);
    // The matched members: a channel-name prefix, "all", or "participants" (everybody but admins).
    QList<Member*> matching(Room& room, const QString& channel);
    // Conference + bridge snapshot (Confbridge* events); the bridge snapshot alone (Bridge* events).
    AmiMessage roomEvent(QByteArrayView name, const Room& room, int channels) const;
    AmiMessage bridgeEvent(QByteArrayView name, const Room& room, int channels) const;
    static void appendBridge(AmiMessage& msg, const Room& room, int channels);
    void memberEvent(QByteArrayView name, const Room& room, const Member& m, int channels,
        const QList<std::pair<QByteArrayView, QString>>& tail);
    int bridgeChannels(const Room& room) const;
    Room* roomOf(const QString& uniqueid);

    DemoWorld* m_world;
    DemoCalls* m_calls;
    QMap<QString, Room> m_rooms;
    ClockTimer* m_talkTimer = nullptr;
};
