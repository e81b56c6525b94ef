// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/conference/ConferenceStore.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/store/EventRoutes.h"

namespace {

bool yes(const AmiMessage& m, QByteArrayView key)
{
    return m.rawValue(key).compare(QByteArrayView("Yes"), Qt::CaseInsensitive) == 0;
}

} // namespace

ConferenceStore::ConferenceStore(QObject* parent, Clock* clock)
    : PbxStore(parent)
    , m_clock(clock ? clock : Clock::system())
{ }

ConferenceStore::~ConferenceStore() = default;

void ConferenceStore::apply(const AmiMessage& event)
{
    using S = ConferenceStore;
    static const EventRoutes<S> routes {
        {"ConfbridgeJoin", [](S& s, const AmiMessage& e) { s.handleJoin(e); }},
        {"ConfbridgeLeave", [](S& s, const AmiMessage& e) { s.handleLeave(e); }},
        {"ConfbridgeTalking", [](S& s, const AmiMessage& e) { s.handleMemberFlag(e); }},
        {"ConfbridgeMute", [](S& s, const AmiMessage& e) { s.handleMemberFlag(e); }},
        {"ConfbridgeUnmute", [](S& s, const AmiMessage& e) { s.handleMemberFlag(e); }},
        {"ConfbridgeStart", [](S& s, const AmiMessage& e) { s.handleStart(e); }},
        {"ConfbridgeEnd", [](S& s, const AmiMessage& e) { s.handleEnd(e); }},
        {"ConfbridgeRecord", [](S& s, const AmiMessage& e) { s.handleRecord(e, true); }},
        {"ConfbridgeStopRecord", [](S& s, const AmiMessage& e) { s.handleRecord(e, false); }},
        {"Hangup", [](S& s, const AmiMessage& e) { s.handleHangup(e); }},
    };
    routes.dispatch(*this, event);
}

qint64 ConferenceStore::eventTimeMs(const AmiMessage& event) const
{
    // "Timestamp: 1796532078.252884" (timestampevents = yes); otherwise now.
    bool ok = false;
    const double secs = event.value("Timestamp").toDouble(&ok);
    return ok && secs > 0 ? qint64(secs * 1000.0) : m_clock->currentMSecsSinceEpoch();
}

ConferenceRoom& ConferenceStore::ensureRoom(const QString& name, qint64 atMs)
{
    auto it = m_rooms.find(name);
    if (it != m_rooms.end())
        return *it;
    ConferenceRoom room;
    room.name = name;
    room.startedAtMs = atMs;
    it = m_rooms.insert(name, room);
    Q_EMIT roomAdded(name);
    return *it;
}

void ConferenceStore::handleStart(const AmiMessage& event)
{
    const QString name = event.value("Conference");
    if (name.isEmpty())
        return;
    const bool known = m_rooms.contains(name);
    ConferenceRoom& room = ensureRoom(name, eventTimeMs(event));
    room.bridgeId = event.value("BridgeUniqueid");
    if (known)
        Q_EMIT roomChanged(name);
}

void ConferenceStore::handleEnd(const AmiMessage& event)
{
    const QString name = event.value("Conference");
    if (m_rooms.remove(name) > 0)
        Q_EMIT roomRemoved(name);
}

ConferenceMember ConferenceStore::memberFrom(const AmiMessage& message)
{
    ConferenceMember m;
    m.channel = message.value("Channel");
    m.uniqueid = message.value("Uniqueid");
    m.number = message.value("CallerIDNum");
    m.name = message.value("CallerIDName");
    m.admin = yes(message, "Admin");
    m.muted = yes(message, "Muted");
    return m;
}

void ConferenceStore::handleJoin(const AmiMessage& event)
{
    const QString name = event.value("Conference");
    ConferenceMember joined = memberFrom(event);
    if (name.isEmpty() || joined.channel.isEmpty())
        return;
    joined.joinedAtMs = eventTimeMs(event);
    ConferenceRoom& room = ensureRoom(name, joined.joinedAtMs);
    if (room.bridgeId.isEmpty())
        room.bridgeId = event.value("BridgeUniqueid");
    if (ConferenceMember* existing = findMember(name, joined.channel))
        *existing = joined; // a list read raced the event: the event is newer
    else
        room.members.append(joined);
    Q_EMIT memberJoined(name, joined.channel, joined.uniqueid);
    Q_EMIT roomChanged(name);
}

void ConferenceStore::handleLeave(const AmiMessage& event)
{
    const QString name = event.value("Conference");
    const QString channel = event.value("Channel");
    auto it = m_rooms.find(name);
    if (it == m_rooms.end())
        return;
    const qsizetype removed
        = it->members.removeIf([&channel](const ConferenceMember& m) { return m.channel == channel; });
    if (removed == 0)
        return;
    Q_EMIT memberLeft(name, channel);
    Q_EMIT roomChanged(name);
}

void ConferenceStore::handleMemberFlag(const AmiMessage& event)
{
    const QString name = event.value("Conference");
    ConferenceMember* m = findMember(name, event.value("Channel"));
    if (!m)
        return;
    const QByteArrayView what = event.eventName();
    if (what == "ConfbridgeTalking") {
        m->talking = event.valueIs("TalkingStatus", "on");
    } else {
        m->muted = what == "ConfbridgeMute";
        if (m->muted)
            m->talking = false; // Asterisk follows with Talking off at once; say it already
    }
    Q_EMIT roomChanged(name);
}

void ConferenceStore::handleRecord(const AmiMessage& event, bool recording)
{
    const QString name = event.value("Conference");
    auto it = m_rooms.find(name);
    if (it == m_rooms.end() || it->recording == recording)
        return;
    it->recording = recording;
    it->recordingSinceMs = recording ? eventTimeMs(event) : 0;
    Q_EMIT roomChanged(name);
}

void ConferenceStore::handleHangup(const AmiMessage& event)
{
    // ConfbridgeLeave always comes first; a Hangup of a member means a Leave was lost.
    const QString uniqueid = event.value("Uniqueid");
    const QString name = roomOf(uniqueid);
    if (name.isEmpty())
        return;
    ConferenceRoom& room = m_rooms[name];
    QString channel;
    room.members.removeIf([&](const ConferenceMember& m) {
        if (m.uniqueid != uniqueid)
            return false;
        channel = m.channel;
        return true;
    });
    Q_EMIT memberLeft(name, channel);
    Q_EMIT roomChanged(name);
}

ConferenceMember* ConferenceStore::findMember(const QString& room, const QString& channel)
{
    auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return nullptr;
    for (ConferenceMember& m : it->members) {
        if (m.channel == channel)
            return &m;
    }
    return nullptr;
}

const ConferenceRoom* ConferenceStore::room(const QString& name) const
{
    const auto it = m_rooms.constFind(name);
    return it == m_rooms.cend() ? nullptr : &*it;
}

QString ConferenceStore::roomOf(const QString& channelOrUniqueid) const
{
    if (channelOrUniqueid.isEmpty())
        return {};
    for (const ConferenceRoom& room : m_rooms) {
        for (const ConferenceMember& m : room.members) {
            if (m.channel == channelOrUniqueid || m.uniqueid == channelOrUniqueid)
                return room.name;
        }
    }
    return {};
}

void ConferenceStore::applyRoomList(const QList<AmiMessage>& items)
{
    QStringList listed;
    for (const AmiMessage& item : items) {
        const QString name = item.value("Conference");
        if (name.isEmpty())
            continue;
        listed.append(name);
        const bool known = m_rooms.contains(name);
        ConferenceRoom& room = ensureRoom(name, m_clock->currentMSecsSinceEpoch());
        const bool locked = yes(item, "Locked");
        if (known && room.locked == locked)
            continue;
        room.locked = locked;
        Q_EMIT roomChanged(name);
    }
    const QStringList names = m_rooms.keys();
    for (const QString& name : names) {
        if (!listed.contains(name)) {
            m_rooms.remove(name);
            Q_EMIT roomRemoved(name);
        }
    }
}

void ConferenceStore::applyMemberList(const QString& name, const QList<AmiMessage>& items)
{
    auto it = m_rooms.find(name);
    if (it == m_rooms.end())
        return;
    const qint64 now = m_clock->currentMSecsSinceEpoch();
    QList<ConferenceMember> members;
    for (const AmiMessage& item : items) {
        ConferenceMember m = memberFrom(item);
        if (m.channel.isEmpty())
            continue;
        m.marked = yes(item, "MarkedUser");
        m.waiting = yes(item, "Waiting");
        m.talking = yes(item, "Talking");
        m.joinedAtMs = now - item.value("AnsweredTime").toLongLong() * 1000;
        if (const ConferenceMember* known = it->member(m.channel))
            m.joinedAtMs = known->joinedAtMs; // the event's time is more precise than whole seconds
        members.append(m);
    }
    it->members = members;
    for (const ConferenceMember& m : std::as_const(it->members))
        it->startedAtMs = qMin(it->startedAtMs, m.joinedAtMs);
    Q_EMIT roomChanged(name);
}

void ConferenceStore::setLocked(const QString& name, bool locked)
{
    auto it = m_rooms.find(name);
    if (it == m_rooms.end() || it->locked == locked)
        return;
    it->locked = locked;
    Q_EMIT roomChanged(name);
}

void ConferenceStore::clearAll()
{
    const QStringList names = m_rooms.keys();
    m_rooms.clear();
    for (const QString& name : names)
        Q_EMIT roomRemoved(name);
}
