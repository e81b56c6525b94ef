// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class AmiAction;
class Clock;
class ClockTimer;

// The desk's hands on the ConfBridge rooms of one server: mute, kick, lock,
// record, and bringing people in. Every request is built through AmiRequest
// (CR/LF/NUL refused before anything is sent) and reports exactly one
// outcome, succeeded() or failed(), with a Failure the ui words and
// Asterisk's own text. Shapes, answers and errors are those of
// tests/data/ami/22.10.1/08-confbridge-*.
//
// Bringing someone in succeeds when their ConfbridgeJoin arrives: a locked
// room hangs a joiner up without any Confbridge event, so no join within
// JoinTimeoutMs is a failure (NotJoined), not a silent success.
class ConferenceControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceControl)
public:
    enum class Operation
    {
        Mute,
        Unmute,
        MuteParticipants, // everybody but the admins (Channel: participants)
        UnmuteAll, // Channel: all
        Kick,
        Lock,
        Unlock,
        StartRecording, // ConfbridgeStartRecord (the room profile's record_file)
        StopRecording,
        Invite, // Originate a phone into the room's extension
        BringIn, // Redirect a live call (both sides with ExtraChannel) into the room
    };
    Q_ENUM(Operation)

    enum class Failure
    {
        InvalidValue, // empty, or CR/LF/NUL: nothing was sent
        NotConnected,
        PermissionDenied,
        RoomEnded, // "No active conferences." / "No Conference by that name found."
        MemberLeft, // "No Channel by that name found in Conference."
        AlreadyRecording, // "Conference is already being recorded."
        NotRecording, // "Internal error while stopping recording."
        NotJoined, // no ConfbridgeJoin in time (room locked, phone not answering)
        Timeout,
        AsteriskError, // anything else: the message is Asterisk's
    };
    Q_ENUM(Failure)

    static constexpr int JoinTimeoutMs = 45000; // ring time (30 s) + the announcements

    ConferenceControl(
        AmiClient* client, ConferenceStore* store, QObject* parent = nullptr, Clock* clock = nullptr);
    ~ConferenceControl() override;

    // The dialplan context of the rooms' extensions (the profile's originate context)
    // and the caller ID an invited phone shows.
    void setDialplan(const QString& context, const QString& callerId);

    // The AMI action behind an operation (for the account's rights).
    static QByteArray actionOf(Operation operation);
    // Invites and moves whose ConfbridgeJoin is still awaited.
    int awaitingJoins() const { return int(m_awaitingJoin.size()); }

    quint64 mute(const QString& room, const QString& channel);
    quint64 unmute(const QString& room, const QString& channel);
    quint64 muteParticipants(const QString& room);
    quint64 unmuteAll(const QString& room);
    quint64 kick(const QString& room, const QString& channel);
    quint64 lock(const QString& room);
    quint64 unlock(const QString& room);
    quint64 startRecording(const QString& room);
    quint64 stopRecording(const QString& room);
    // Rings `device` ("PJSIP/1005"); answered, it dials the room's extension.
    // `who` names them when they join (their ConfbridgeJoin carries the caller
    // ID the Originate gave, the operator's); empty: the device's extension.
    quint64 invite(const QString& room, const QString& device, const QString& who = {});
    // Moves a live channel into the room; with `extraChannel` its peer too.
    quint64 bringIn(const QString& room, const QString& channel, const QString& extraChannel = {});
    // A three-way call: both sides of a live call go into `room` (a free one, see
    // ConferenceRooms), and once they are in, `device` is rung into it. Reports the
    // move (BringIn, this id), then the invite as its own request (Invite, a new id).
    quint64 threeWay(const QString& room, const QString& channel, const QString& extraChannel,
        const QString& device, const QString& who = {});

Q_SIGNALS:
    // `joined`: for Invite and BringIn, who joined (each member's caller ID
    // name, else number), once each: a bring-in succeeds when both sides are in.
    void succeeded(quint64 requestId, ConferenceControl::Operation operation, const QString& room,
        const QStringList& joined);
    void failed(quint64 requestId, ConferenceControl::Operation operation, const QString& room,
        ConferenceControl::Failure failure, const QString& message);

private:
    struct Pending
    {
        quint64 id = 0;
        Operation operation = Operation::Mute;
        QString room;
        // Invite: the device's channel prefix ("PJSIP/1005-"); BringIn: the channel and its peer.
        QStringList awaited;
        QStringList joined; // who of them is in already (names)
        QString who; // Invite: the person rung
        ClockTimer* timer = nullptr;
    };

    quint64 send(Operation operation, const QString& room, const AmiRequest& request,
        const QStringList& awaited = {}, const QString& who = {});
    quint64 memberRequest(
        QByteArray action, Operation operation, const QString& room, const QString& channel);
    void handleFinished(AmiAction* action);
    void handleJoined(const QString& room, const QString& channel);
    QString memberName(const QString& room, const QString& channel) const;
    void awaitJoin(const Pending& pending);
    void fail(const Pending& pending, Failure failure, const QString& message);
    static Failure failureOf(AmiAction* action);

    QPointer<AmiClient> m_client;
    QPointer<ConferenceStore> m_store;
    Clock* m_clock;
    QString m_context = QStringLiteral("phones");
    QString m_callerId;
    quint64 m_nextId = 1;
    QHash<AmiAction*, Pending> m_inFlight;
    QList<Pending> m_awaitingJoin;
    struct Third
    {
        QString device;
        QString who;
    };
    QHash<quint64, Third> m_thenInvite; // three-way: move id → the phone rung once the call is in
};
