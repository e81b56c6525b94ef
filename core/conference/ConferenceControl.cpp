// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceControl.h"

#include "core/ami/AmiAction.h"
#include "core/common/Clock.h"
#include "core/conference/ConferenceStore.h"
#include "core/conference/ConferenceSyncStep.h"

#include <algorithm>

ConferenceControl::ConferenceControl(AmiClient* client, ConferenceStore* store, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock ? clock : Clock::system())
{
    connect(store, &ConferenceStore::memberJoined, this,
        [this](const QString& room, const QString& channel, const QString&) { handleJoined(room, channel); });
    // A three-way call rings its third party only once the call itself is in the room.
    connect(this, &ConferenceControl::succeeded, this,
        [this](quint64 id, Operation, const QString& room, const QStringList&) {
            if (const Third third = m_thenInvite.take(id); !third.device.isEmpty())
                invite(room, third.device, third.who);
        });
    connect(this, &ConferenceControl::failed, this, [this](quint64 id) { m_thenInvite.remove(id); });
}

ConferenceControl::~ConferenceControl() = default;

void ConferenceControl::setDialplan(const QString& context, const QString& callerId)
{
    m_context = context;
    m_callerId = callerId;
}

QByteArray ConferenceControl::actionOf(Operation operation)
{
    switch (operation) {
    case Operation::Mute:
    case Operation::MuteParticipants:
        return "ConfbridgeMute";
    case Operation::Unmute:
    case Operation::UnmuteAll:
        return "ConfbridgeUnmute";
    case Operation::Kick:
        return "ConfbridgeKick";
    case Operation::Lock:
        return "ConfbridgeLock";
    case Operation::Unlock:
        return "ConfbridgeUnlock";
    case Operation::StartRecording:
        return "ConfbridgeStartRecord";
    case Operation::StopRecording:
        return "ConfbridgeStopRecord";
    case Operation::Invite:
        return "Originate";
    case Operation::BringIn:
        return "Redirect";
    }
    return {};
}

quint64 ConferenceControl::memberRequest(
    QByteArray action, Operation operation, const QString& room, const QString& channel)
{
    return send(operation, room, AmiRequest(action).set("Conference", room).set("Channel", channel));
}

quint64 ConferenceControl::mute(const QString& room, const QString& channel)
{
    return memberRequest("ConfbridgeMute", Operation::Mute, room, channel);
}

quint64 ConferenceControl::unmute(const QString& room, const QString& channel)
{
    return memberRequest("ConfbridgeUnmute", Operation::Unmute, room, channel);
}

quint64 ConferenceControl::muteParticipants(const QString& room)
{
    return memberRequest("ConfbridgeMute", Operation::MuteParticipants, room, QStringLiteral("participants"));
}

quint64 ConferenceControl::unmuteAll(const QString& room)
{
    return memberRequest("ConfbridgeUnmute", Operation::UnmuteAll, room, QStringLiteral("all"));
}

quint64 ConferenceControl::kick(const QString& room, const QString& channel)
{
    return memberRequest("ConfbridgeKick", Operation::Kick, room, channel);
}

quint64 ConferenceControl::lock(const QString& room)
{
    return send(Operation::Lock, room, AmiRequest("ConfbridgeLock").set("Conference", room));
}

quint64 ConferenceControl::unlock(const QString& room)
{
    return send(Operation::Unlock, room, AmiRequest("ConfbridgeUnlock").set("Conference", room));
}

quint64 ConferenceControl::startRecording(const QString& room)
{
    return send(Operation::StartRecording, room, AmiRequest("ConfbridgeStartRecord").set("Conference", room));
}

quint64 ConferenceControl::stopRecording(const QString& room)
{
    return send(Operation::StopRecording, room, AmiRequest("ConfbridgeStopRecord").set("Conference", room));
}

quint64 ConferenceControl::invite(const QString& room, const QString& device, const QString& who)
{
    AmiRequest request("Originate");
    request.set("Channel", device)
        .set("Context", m_context)
        .set("Exten", room)
        .set("Priority", QStringLiteral("1"));
    if (!m_callerId.isEmpty())
        request.set("CallerID", m_callerId);
    request.set("Timeout", QStringLiteral("30000")).set("Async", QStringLiteral("true"));
    return send(Operation::Invite, room, request, {device + QLatin1Char('-')},
        who.isEmpty() ? device.section(u'/', 1) : who);
}

quint64 ConferenceControl::bringIn(const QString& room, const QString& channel, const QString& extraChannel)
{
    // 08-confbridge-redirect-call-into-room: one Redirect with ExtraChannel moves both sides.
    // The headers in the recorded order.
    AmiRequest request("Redirect");
    request.set("Channel", channel)
        .set("Exten", room)
        .set("Context", m_context)
        .set("Priority", QStringLiteral("1"));
    if (!extraChannel.isEmpty()) {
        request.set("ExtraChannel", extraChannel)
            .set("ExtraExten", room)
            .set("ExtraContext", m_context)
            .set("ExtraPriority", QStringLiteral("1"));
    }
    QStringList awaited {channel};
    if (!extraChannel.isEmpty())
        awaited.append(extraChannel);
    return send(Operation::BringIn, room, request, awaited);
}

quint64 ConferenceControl::threeWay(const QString& room, const QString& channel, const QString& extraChannel,
    const QString& device, const QString& who)
{
    const quint64 id = bringIn(room, channel, extraChannel);
    if (!device.isEmpty())
        m_thenInvite.insert(id, Third {device, who});
    return id;
}

quint64 ConferenceControl::send(Operation operation, const QString& room, const AmiRequest& request,
    const QStringList& awaited, const QString& who)
{
    const quint64 id = m_nextId++;
    Pending pending {id, operation, room, awaited, {}, who, nullptr};
    bool empty = room.isEmpty();
    for (const AmiRequest::Header& h : request.headers())
        empty = empty || h.value.isEmpty();
    if (empty || !m_client) {
        // Nothing is sent; the outcome still arrives after the caller has its id.
        QMetaObject::invokeMethod(
            this, [this, pending] { fail(pending, Failure::InvalidValue, {}); }, Qt::QueuedConnection);
        return id;
    }
    AmiAction* action = m_client->send(request);
    m_inFlight.insert(action, pending);
    connect(action, &AmiAction::finished, this, &ConferenceControl::handleFinished);
    return id;
}

ConferenceControl::Failure ConferenceControl::failureOf(AmiAction* action)
{
    switch (action->result()) {
    case AmiAction::Result::Invalid:
        return Failure::InvalidValue;
    case AmiAction::Result::NotConnected:
    case AmiAction::Result::Disconnected:
        return Failure::NotConnected;
    case AmiAction::Result::Timeout:
        return Failure::Timeout;
    default:
        break;
    }
    const QString text = action->errorText();
    if (text.compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0)
        return Failure::PermissionDenied;
    if (text == QLatin1String(ConferenceSyncStep::NoActiveConferences)
        || text == QLatin1String("No Conference by that name found."))
        return Failure::RoomEnded;
    if (text == QLatin1String("No Channel by that name found in Conference."))
        return Failure::MemberLeft;
    if (text == QLatin1String("Conference is already being recorded."))
        return Failure::AlreadyRecording;
    if (text == QLatin1String("Internal error while stopping recording."))
        return Failure::NotRecording;
    return Failure::AsteriskError;
}

void ConferenceControl::handleFinished(AmiAction* action)
{
    action->deleteLater();
    const Pending pending = m_inFlight.take(action);
    if (pending.id == 0)
        return;
    if (!action->succeeded()) {
        fail(pending, failureOf(action), action->errorText());
        return;
    }
    if (pending.operation == Operation::Lock || pending.operation == Operation::Unlock) {
        // No event says it: the reply does, and the room list is read again to be sure.
        if (m_store) {
            m_store->setLocked(pending.room, pending.operation == Operation::Lock);
            ConferenceSyncStep::refreshRooms(m_client, m_store, this);
        }
    }
    if (pending.operation == Operation::Invite || pending.operation == Operation::BringIn) {
        awaitJoin(pending);
        return;
    }
    Q_EMIT succeeded(pending.id, pending.operation, pending.room, {});
}

void ConferenceControl::awaitJoin(const Pending& pending)
{
    Pending waiting = pending;
    waiting.timer = m_clock->createTimer(this);
    waiting.timer->setSingleShot(true);
    const quint64 id = pending.id;
    connect(waiting.timer, &ClockTimer::timeout, this, [this, id] {
        for (qsizetype i = 0; i < m_awaitingJoin.size(); ++i) {
            if (m_awaitingJoin.at(i).id == id) {
                const Pending gone = m_awaitingJoin.takeAt(i);
                gone.timer->deleteLater();
                fail(gone, Failure::NotJoined, {});
                return;
            }
        }
    });
    waiting.timer->start(JoinTimeoutMs);
    m_awaitingJoin.append(waiting);
}

void ConferenceControl::handleJoined(const QString& room, const QString& channel)
{
    for (qsizetype i = 0; i < m_awaitingJoin.size(); ++i) {
        Pending& p = m_awaitingJoin[i];
        if (p.room != room)
            continue;
        const bool invite = p.operation == Operation::Invite;
        const qsizetype at = std::find_if(p.awaited.cbegin(), p.awaited.cend(), [&](const QString& a) {
            return invite ? channel.startsWith(a) : channel == a;
        }) - p.awaited.cbegin();
        if (at == p.awaited.size())
            continue;
        p.awaited.removeAt(at);
        p.joined.append(invite ? p.who : memberName(room, channel));
        if (!p.awaited.isEmpty())
            return; // the other side of the call is still on its way
        const Pending done = m_awaitingJoin.takeAt(i);
        done.timer->deleteLater();
        Q_EMIT succeeded(done.id, done.operation, done.room, done.joined);
        return;
    }
}

QString ConferenceControl::memberName(const QString& room, const QString& channel) const
{
    const ConferenceRoom* r = m_store ? m_store->room(room) : nullptr;
    const ConferenceMember* m = r ? r->member(channel) : nullptr;
    if (!m)
        return channel;
    return m->name.isEmpty() ? m->number : m->name;
}

void ConferenceControl::fail(const Pending& pending, Failure failure, const QString& message)
{
    Q_EMIT failed(pending.id, pending.operation, pending.room, failure, message);
}
