// SPDX-License-Identifier: GPL-3.0-or-later
// ConfBridge in the demo PBX (tests/data/ami/22.10.1/08-confbridge-*).
#include "demo/DemoConference.h"

#include "core/common/Clock.h"
#include "demo/DemoCalls.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

DemoConference::DemoConference(DemoWorld* world, DemoCalls* calls, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_calls(calls)
{
    connect(m_world, &DemoWorld::channelHangingUp, this, &DemoConference::handleHangingUp);
}

DemoConference::~DemoConference() = default;

bool DemoConference::isConferenceExtension(const QString& exten)
{
    return exten == QLatin1String(RoomExtension) || exten == QLatin1String(AdminExtension)
        || isAdHocRoom(exten);
}

bool DemoConference::isAdHocRoom(const QString& exten)
{
    // exten => _851X,1,ConfBridge(${EXTEN},lab_bridge,lab_user): the rooms of three-way calls.
    return exten.size() == 4 && exten.startsWith(QLatin1String("851")) && exten.at(3).isDigit();
}

bool DemoConference::route(DemoCall& call, const QString& exten)
{
    if (!isConferenceExtension(exten))
        return false;
    const QString uniqueid = call.caller;
    const QString callId = call.id;
    // The channel belongs to ConfBridge now, not to a two-party call.
    m_calls->schedule(0, [this, callId] { m_calls->removeCall(callId); });
    const QString room = isAdHocRoom(exten) ? exten : QLatin1String(RoomExtension);
    const bool admin = exten == QLatin1String(AdminExtension);
    DemoChannel* ch = m_world->channel(uniqueid);
    if (!ch)
        return true;
    if (ch->state != 6) {
        ch->state = 6;
        m_world->channelEvent("Newstate", *ch);
    }
    if (DemoExtension* e = m_world->extension(ch->extension); e && e->state != DemoDeviceState::InUse) {
        e->state = DemoDeviceState::InUse;
        m_world->deviceStateChange(*e);
        m_world->extensionStatus(*e);
    }
    m_world->newexten(*ch, QStringLiteral("phones"), exten, 3, QStringLiteral("ConfBridge"),
        room % (admin ? QStringLiteral(",lab_bridge,lab_admin") : QStringLiteral(",lab_bridge,lab_user")));
    if (m_rooms.value(room).locked && !admin) {
        // 08-confbridge-admin-actions: conf-locked is played, then ConfBridge hangs up; no Confbridge event.
        m_calls->schedule(LockedHangupMs, [this, uniqueid] { hangupMember(uniqueid); });
        return true;
    }
    join(uniqueid, room, admin);
    return true;
}

void DemoConference::startMeeting(const QStringList& extensions)
{
    bool first = true;
    for (const QString& number : extensions) {
        DemoExtension* e = m_world->extension(number);
        if (!e || e->state != DemoDeviceState::NotInUse)
            continue;
        DemoChannel& ch = m_world->createChannel(e->device(), number);
        ch.context = QStringLiteral("phones");
        ch.exten = QLatin1String(first ? AdminExtension : RoomExtension);
        ch.priority = 3;
        ch.state = 6;
        ch.application = QStringLiteral("ConfBridge");
        ch.appData = QLatin1String(RoomExtension);
        m_world->channelEvent("Newchannel", ch);
        e->state = DemoDeviceState::InUse;
        m_world->deviceStateChange(*e);
        m_world->extensionStatus(*e);
        join(ch.uniqueid, QLatin1String(RoomExtension), first);
        first = false;
    }
}

void DemoConference::setTalking(bool on)
{
    if (!on) {
        delete m_talkTimer;
        m_talkTimer = nullptr;
        return;
    }
    if (m_talkTimer)
        return;
    m_talkTimer = m_world->clock()->createTimer(this);
    connect(m_talkTimer, &ClockTimer::timeout, this, &DemoConference::handleTalkTurn);
    m_talkTimer->start(TalkTurnMs);
}

void DemoConference::handleTalkTurn()
{
    for (Room& room : m_rooms) {
        QList<Member*> quiet;
        for (Member& m : room.members) {
            if (m.talking)
                setMemberTalking(room, m, false);
            else if (!m.muted)
                quiet.append(&m);
        }
        if (!quiet.isEmpty())
            setMemberTalking(room, *quiet.at(int(m_world->random().bounded(int(quiet.size())))), true);
    }
}

void DemoConference::setMemberTalking(Room& room, Member& m, bool talking)
{
    if (m.talking == talking)
        return;
    m.talking = talking;
    memberEvent("ConfbridgeTalking", room, m, bridgeChannels(room),
        {{"TalkingStatus", talking ? QStringLiteral("on") : QStringLiteral("off")},
            {"Admin", m.admin ? QStringLiteral("Yes") : QStringLiteral("No")}});
}

int DemoConference::bridgeChannels(const Room& room) const
{
    // The announcer (CBAnn/<room>-…;2) always, the recorder (CBRec/<room>-…) while recording.
    return int(room.members.size()) + 1 + (room.recording ? 1 : 0);
}

AmiMessage DemoConference::roomEvent(QByteArrayView name, const Room& room, int channels) const
{
    AmiMessage msg = m_world->event(name);
    msg.append("Conference", room.name);
    appendBridge(msg, room, channels);
    return msg;
}

AmiMessage DemoConference::bridgeEvent(QByteArrayView name, const Room& room, int channels) const
{
    AmiMessage msg = m_world->event(name);
    appendBridge(msg, room, channels);
    return msg;
}

void DemoConference::appendBridge(AmiMessage& msg, const Room& room, int channels)
{
    msg.append("BridgeUniqueid", room.bridgeId);
    msg.append("BridgeType", QByteArrayView("base"));
    msg.append("BridgeTechnology", QByteArrayView("softmix"));
    msg.append("BridgeCreator", QByteArrayView("ConfBridge"));
    msg.append("BridgeName", room.name);
    msg.append("BridgeNumChannels", QString::number(channels));
    msg.append("BridgeVideoSourceMode", QByteArrayView("none"));
}

void DemoConference::memberEvent(QByteArrayView name, const Room& room, const Member& m, int channels,
    const QList<std::pair<QByteArrayView, QString>>& tail)
{
    const DemoChannel* ch = m_world->channel(m.uniqueid);
    if (!ch)
        return;
    AmiMessage msg = roomEvent(name, room, channels);
    DemoWorld::appendChannel(msg, *ch);
    for (const auto& [key, value] : tail)
        msg.append(key, value);
    m_world->publish(msg);
}

void DemoConference::join(const QString& uniqueid, const QString& name, bool admin)
{
    DemoChannel* ch = m_world->channel(uniqueid);
    if (!ch)
        return;
    auto it = m_rooms.find(name);
    if (it == m_rooms.end()) {
        Room room;
        room.name = name;
        room.bridgeId = m_world->newUuid();
        it = m_rooms.insert(name, room);
        m_world->publish(bridgeEvent("BridgeCreate", *it, 0));
        m_world->publish(roomEvent("ConfbridgeStart", *it, 1));
        m_world->deviceStateChange(QStringLiteral("confbridge:") + name, QStringLiteral("INUSE"));
    }
    ch->bridgeId = it->bridgeId;
    Member m;
    m.uniqueid = uniqueid;
    m.admin = admin;
    m.joinedMs = m_world->nowMs();
    it->members.append(m);
    const int channels = bridgeChannels(*it);
    AmiMessage enter = bridgeEvent("BridgeEnter", *it, channels);
    DemoWorld::appendChannel(enter, *ch);
    m_world->publish(enter);
    memberEvent("ConfbridgeJoin", *it, m, channels,
        {{"Admin", admin ? QStringLiteral("Yes") : QStringLiteral("No")}, {"Muted", QStringLiteral("No")}});
}

void DemoConference::leave(const QString& uniqueid)
{
    Room* room = roomOf(uniqueid);
    if (!room)
        return;
    const int channels = bridgeChannels(*room);
    const qsizetype i = std::find_if(room->members.cbegin(), room->members.cend(), [&](const Member& m) {
        return m.uniqueid == uniqueid;
    }) - room->members.cbegin();
    const Member m = room->members.at(i);
    memberEvent("ConfbridgeLeave", *room, m, channels,
        {{"Admin", m.admin ? QStringLiteral("Yes") : QStringLiteral("No")}});
    room->members.removeAt(i);
    if (DemoChannel* ch = m_world->channel(uniqueid)) {
        AmiMessage bridgeLeave = bridgeEvent("BridgeLeave", *room, channels - 1);
        DemoWorld::appendChannel(bridgeLeave, *ch);
        m_world->publish(bridgeLeave);
        ch->bridgeId.clear();
    }
    if (room->members.isEmpty())
        endRoom(QString(room->name)); // a copy: the room goes away inside
}

void DemoConference::endRoom(const QString& name)
{
    const Room room = m_rooms.take(name);
    m_world->publish(roomEvent("ConfbridgeEnd", room, 1));
    m_world->deviceStateChange(QStringLiteral("confbridge:") + name, QStringLiteral("NOT_INUSE"));
    m_world->publish(bridgeEvent("BridgeDestroy", room, 0));
}

void DemoConference::hangupMember(const QString& uniqueid)
{
    // ConfBridge returns; the dialplan's next step is Hangup().
    if (const DemoChannel* ch = m_world->channel(uniqueid))
        m_calls->hangupChannel(ch->name);
}

void DemoConference::handleHangingUp(const DemoChannel& ch)
{
    leave(ch.uniqueid);
}

DemoConference::Room* DemoConference::roomOf(const QString& uniqueid)
{
    for (Room& room : m_rooms) {
        for (const Member& m : room.members) {
            if (m.uniqueid == uniqueid)
                return &room;
        }
    }
    return nullptr;
}

QStringList DemoConference::members(const QString& room) const
{
    QStringList out;
    for (const Member& m : m_rooms.value(room).members)
        out.append(m.uniqueid);
    return out;
}

QString DemoConference::roomError(const QString& room) const
{
    if (room.isEmpty())
        return QStringLiteral("No Conference name provided.");
    if (m_rooms.isEmpty())
        return QStringLiteral("No active conferences.");
    if (!m_rooms.contains(room))
        return QStringLiteral("No Conference by that name found.");
    return {};
}

QString DemoConference::memberError(const QString& room, const QString& channel) const
{
    // Asterisk checks the headers before it looks for conferences (08-confbridge-errors).
    if (!room.isEmpty() && channel.isEmpty())
        return QStringLiteral("No channel name provided.");
    return roomError(room);
}

DemoConference::Answer DemoConference::listRooms(QByteArrayView actionId) const
{
    if (m_rooms.isEmpty())
        return {false, QStringLiteral("No active conferences."), {}};
    Answer answer {true, QStringLiteral("Confbridge conferences will follow"), {}};
    for (const Room& room : m_rooms) {
        AmiMessage item;
        item.append("Event", QByteArrayView("ConfbridgeListRooms"));
        if (!actionId.isEmpty())
            item.append("ActionID", actionId);
        item.append("Conference", room.name);
        item.append("Parties", QString::number(room.members.size()));
        const qsizetype marked = std::count_if(
            room.members.cbegin(), room.members.cend(), [](const Member& m) { return m.admin; });
        item.append("Marked", QString::number(marked));
        item.append("Locked", QByteArrayView(room.locked ? "Yes" : "No"));
        item.append("Muted", QByteArrayView("No"));
        answer.items.append(item);
    }
    return answer;
}

DemoConference::Answer DemoConference::list(const QString& name, QByteArrayView actionId) const
{
    if (const QString e = roomError(name); !e.isEmpty())
        return {false, e, {}};
    Answer answer {true, QStringLiteral("Confbridge user list will follow"), {}};
    const qint64 now = m_world->nowMs();
    for (const Member& m : m_rooms.value(name).members) {
        const DemoChannel* ch = m_world->channel(m.uniqueid);
        if (!ch)
            continue;
        AmiMessage item;
        item.append("Event", QByteArrayView("ConfbridgeList"));
        if (!actionId.isEmpty())
            item.append("ActionID", actionId);
        item.append("Conference", name);
        // The demo's admin joins through 8501 with a marked admin profile, as recorded.
        const QByteArrayView admin(m.admin ? "Yes" : "No");
        item.append("Admin", admin);
        item.append("MarkedUser", admin);
        for (const char* key : {"WaitMarked", "EndMarked", "EndMarkedAny", "Waiting"})
            item.append(key, QByteArrayView("No"));
        item.append("Muted", QByteArrayView(m.muted ? "Yes" : "No"));
        item.append("Talking", QByteArrayView(m.talking ? "Yes" : "No"));
        item.append("AnsweredTime", QString::number((now - m.joinedMs) / 1000));
        DemoWorld::appendChannel(item, *ch);
        answer.items.append(item);
    }
    return answer;
}

QList<DemoConference::Member*> DemoConference::matching(Room& room, const QString& channel)
{
    QList<Member*> out;
    for (Member& m : room.members) {
        const DemoChannel* ch = m_world->channel(m.uniqueid);
        const bool all = channel == QLatin1String("all");
        const bool participants = channel == QLatin1String("participants") && !m.admin;
        if (ch && (all || participants || ch->name.startsWith(channel)))
            out.append(&m);
    }
    return out;
}

DemoConference::Answer DemoConference::mute(const QString& name, const QString& channel, bool muted)
{
    if (const QString e = memberError(name, channel); !e.isEmpty())
        return {false, e, {}};
    Room& room = m_rooms[name];
    const QList<Member*> hit = matching(room, channel);
    if (hit.isEmpty())
        return {false, QStringLiteral("No Channel by that name found in Conference."), {}};
    // Every matched member gets the event, muted before or not (08-confbridge-admin-actions).
    for (Member* m : hit) {
        m->muted = muted;
        memberEvent(muted ? "ConfbridgeMute" : "ConfbridgeUnmute", room, *m, bridgeChannels(room),
            {{"Admin", m->admin ? QStringLiteral("Yes") : QStringLiteral("No")}});
    }
    if (muted) {
        for (Member* m : hit)
            setMemberTalking(room, *m, false);
    }
    return {true, muted ? QStringLiteral("User muted") : QStringLiteral("User unmuted"), {}};
}

DemoConference::Answer DemoConference::kick(const QString& name, const QString& channel)
{
    if (const QString e = memberError(name, channel); !e.isEmpty())
        return {false, e, {}};
    QStringList gone;
    for (Member* m : matching(m_rooms[name], channel))
        gone.append(m->uniqueid);
    if (gone.isEmpty())
        return {false, QStringLiteral("No Channel by that name found in Conference."), {}};
    for (const QString& uniqueid : std::as_const(gone)) {
        leave(uniqueid);
        m_calls->schedule(0, [this, uniqueid] { hangupMember(uniqueid); });
    }
    return {true,
        channel == QLatin1String("all") ? QStringLiteral("All participants kicked")
                                        : QStringLiteral("User kicked"),
        {}};
}

DemoConference::Answer DemoConference::lock(const QString& name, bool locked)
{
    if (const QString e = roomError(name); !e.isEmpty())
        return {false, e, {}};
    m_rooms[name].locked = locked; // no event: ConfbridgeListRooms says it
    return {true, locked ? QStringLiteral("Conference locked") : QStringLiteral("Conference unlocked"), {}};
}

DemoConference::Answer DemoConference::startRecord(const QString& name, const QString& file)
{
    Q_UNUSED(file) // record_file_timestamp: the file name never appears in an event
    if (const QString e = roomError(name); !e.isEmpty())
        return {false, e, {}};
    Room& room = m_rooms[name];
    if (room.recording)
        return {false, QStringLiteral("Conference is already being recorded."), {}};
    room.recording = true;
    m_world->publish(roomEvent("ConfbridgeRecord", room, bridgeChannels(room)));
    return {true, QStringLiteral("Conference Recording Started."), {}};
}

DemoConference::Answer DemoConference::stopRecord(const QString& name)
{
    if (const QString e = roomError(name); !e.isEmpty())
        return {false, e, {}};
    Room& room = m_rooms[name];
    if (!room.recording)
        return {false, QStringLiteral("Internal error while stopping recording."), {}};
    m_world->publish(roomEvent("ConfbridgeStopRecord", room, bridgeChannels(room)));
    room.recording = false;
    return {true, QStringLiteral("Conference Recording Stopped."), {}};
}
