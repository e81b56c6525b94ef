// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoFeatures.h"

#include "demo/DemoAstDb.h"
#include "demo/DemoCalls.h"
#include "demo/DemoConference.h"
#include "demo/DemoPresence.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

QString DemoFeatures::parkDevice(int space)
{
    return QStringLiteral("park:") % QString::number(space) % QStringLiteral("@parkedcalls");
}

DemoFeatures::DemoFeatures(DemoWorld* world, DemoCalls* calls, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_calls(calls)
{
    m_calls->setRouter([this](DemoCall& call, const QString& exten) { return route(call, exten); });
    connect(m_calls, &DemoCalls::callAnswered, this, &DemoFeatures::handleConsultationAnswered);
    connect(m_calls, &DemoCalls::callEnded, this, [this](const QString& id) {
        // A consultation that ended unanswered gives the held party back to the transferer.
        const auto it = m_consultations.find(id);
        if (it == m_consultations.end())
            return;
        const Consultation c = *it;
        m_consultations.erase(it);
        DemoChannel* t = m_world->channel(c.transferer);
        DemoChannel* p = m_world->channel(c.transferee);
        if (t && p) {
            t->held = false;
            m_world->channelEvent("Unhold", *t);
            m_world->channelEvent("MusicOnHoldStop", *p);
        }
    });
}

bool DemoFeatures::route(DemoCall& call, const QString& exten)
{
    if (m_conference && m_conference->route(call, exten))
        return true;
    const int space = exten.toInt();
    const bool parking = space >= DemoWorld::FirstParkingSpace && space <= DemoWorld::LastParkingSpace;
    const bool voicemail = exten.startsWith(QLatin1Char('*')) && m_world->extension(exten.mid(1));
    if (exten != QLatin1String(DemoWorld::QueueExtension) && !parking && !voicemail)
        return false;
    DemoChannel* a = m_world->channel(call.caller);
    if (a && a->state != 6) {
        a->state = 6;
        m_world->channelEvent("Newstate", *a);
        if (DemoExtension* e = m_world->extension(a->extension)) {
            e->state = DemoDeviceState::InUse;
            m_world->deviceStateChange(*e);
            m_world->extensionStatus(*e);
        }
    }
    if (voicemail) {
        call.target = exten.mid(1);
        Q_EMIT m_calls->voicemailDialled(call.id);
    } else if (parking) {
        if (!pickup(call, space))
            m_calls->hangup(call.id, DemoCalls::Side::Caller);
    } else {
        joinQueue(call);
    }
    return true;
}

void DemoFeatures::hangupLone(const QString& uniqueid)
{
    DemoChannel* ch = m_world->channel(uniqueid);
    if (!ch)
        return;
    AmiMessage soft = m_world->event("SoftHangupRequest");
    DemoWorld::appendChannel(soft, *ch);
    soft.append("Cause", QByteArrayView("16"));
    m_world->publish(soft);
    const QString ext = ch->extension;
    m_world->hangup(*ch, 16);
    DemoExtension* e = m_world->extension(ext);
    if (e && m_world->channelsOf(ext).isEmpty()) {
        e->state = DemoDeviceState::NotInUse;
        m_world->extensionStatus(*e);
        m_world->deviceStateChange(*e);
        m_world->queueMemberStatus(*e);
    }
}

void DemoFeatures::detach(DemoCall& call)
{
    const QString id = call.id;
    if (DemoBridge* bridge = m_world->bridge(call.bridge)) {
        for (const QString& uid : {call.caller, call.callee}) {
            if (DemoChannel* ch = m_world->channel(uid)) {
                bridge->channels.removeOne(uid);
                ch->bridgeId.clear();
                m_world->bridgeEvent("BridgeLeave", *bridge, ch);
            }
        }
        m_world->bridgeEvent("BridgeDestroy", *bridge);
        m_world->removeBridge(bridge->id);
    }
    m_calls->removeCall(id);
}

void DemoFeatures::sendTo(const QString& uniqueid, const QString& exten)
{
    DemoChannel* ch = m_world->channel(uniqueid);
    if (!ch)
        return;
    ch->held = false;
    m_world->newexten(*ch, QStringLiteral("phones"), exten, 1, QStringLiteral("Gosub"),
        QStringLiteral("sub-phone,s,1(") % exten % u')');
    DemoCall& call = m_calls->createCall(uniqueid, DemoCall::Origin::Phone);
    if (route(call, exten))
        return;
    if ((m_world->extension(exten) || m_world->isOutsideNumber(exten)) && exten != ch->extension)
        m_calls->dialStage(call, exten);
    else
        m_calls->hangup(call.id, DemoCalls::Side::Caller);
}

DemoFeatures::Result DemoFeatures::park(
    const QString& channelName, const QString& timeoutChannelName, qint64 timeoutMs, int* spaceOut)
{
    DemoChannel* p = m_world->channelByName(channelName);
    if (!p)
        return Result::NoSuchChannel;
    DemoCall* call = m_calls->callOfChannel(p->uniqueid);
    DemoBridge* old = call ? m_world->bridge(call->bridge) : nullptr;
    if (!call || !old)
        return Result::NotInCall;
    const int space = m_world->freeParkingSpace();
    if (space == 0)
        return Result::LotFull;
    if (spaceOut)
        *spaceOut = space;
    DemoChannel* other = m_world->channel(call->caller == p->uniqueid ? call->callee : call->caller);
    DemoChannel* timeoutChannel = m_world->channelByName(timeoutChannelName);
    if (!timeoutChannel)
        timeoutChannel = other;
    const QString parkerDial = timeoutChannel && !timeoutChannel->extension.isEmpty()
        ? QStringLiteral("PJSIP/") + timeoutChannel->extension
        : QString();

    // 04-park-and-retrieve
    DemoBridge& holding = m_world->createBridge();
    holding.type = QStringLiteral("holding");
    holding.technology = QStringLiteral("holding_bridge");
    m_world->bridgeEvent("BridgeCreate", holding);
    old->channels.removeOne(p->uniqueid);
    p->bridgeId.clear();
    m_world->bridgeEvent("BridgeLeave", *old, p);
    DemoParkedCall parked;
    parked.space = space;
    parked.parkee = p->uniqueid;
    parked.parkerDialString = parkerDial;
    parked.bridgeId = holding.id;
    parked.parkedAtMs = m_world->nowMs();
    parked.timeoutSec = int(timeoutMs / 1000);
    m_world->addParkedCall(parked);
    publishParked(*p, parked);
    holding.channels.append(p->uniqueid);
    p->bridgeId = holding.id;
    m_world->bridgeEvent("BridgeEnter", holding, p);
    AmiMessage moh = m_world->event("MusicOnHoldStart");
    DemoWorld::appendChannel(moh, *p);
    moh.append("Class", QByteArrayView("default"));
    m_world->publish(moh);

    parkerLeaves(call->id, *old, other);
    const QString parkee = p->uniqueid;
    m_calls->schedule(timeoutMs, [this, space, parkee] { handleParkTimeout(space, parkee); });
    return Result::Ok;
}

void DemoFeatures::parkerLeaves(QString callId, DemoBridge& old, DemoChannel* other)
{
    // The parker's side is done: it leaves and hangs up.
    const QString otherId = other ? other->uniqueid : QString();
    if (other) {
        old.channels.removeOne(otherId);
        other->bridgeId.clear();
        m_world->bridgeEvent("BridgeLeave", old, other);
    }
    m_world->bridgeEvent("BridgeDestroy", old);
    m_world->removeBridge(old.id);
    m_calls->removeCall(callId);
    hangupLone(otherId);
}

void DemoFeatures::publishParked(const DemoChannel& p, const DemoParkedCall& parked)
{
    AmiMessage msg = m_world->event("ParkedCall");
    DemoWorld::appendChannel(msg, p, "Parkee");
    msg.append("ParkerDialString", parked.parkerDialString);
    msg.append("Parkinglot", QByteArrayView("default"));
    msg.append("ParkingSpace", QString::number(parked.space));
    msg.append("ParkingTimeout", QString::number(parked.timeoutSec));
    msg.append("ParkingDuration", QByteArrayView("0"));
    m_world->publish(msg);
    AmiMessage status = m_world->event("ExtensionStatus");
    status.append("Exten", QString::number(parked.space));
    status.append("Context", QByteArrayView("parkedcalls"));
    status.append("Hint", parkDevice(parked.space));
    status.append("Status", QByteArrayView("1"));
    status.append("StatusText", QByteArrayView("InUse"));
    m_world->publish(status);
    m_world->deviceStateChange(parkDevice(parked.space), QStringLiteral("INUSE"));
}

void DemoFeatures::publishSpaceIdle(int space)
{
    AmiMessage status = m_world->event("ExtensionStatus");
    status.append("Exten", QString::number(space));
    status.append("Context", QByteArrayView("parkedcalls"));
    status.append("Hint", parkDevice(space));
    status.append("Status", QByteArrayView("0"));
    status.append("StatusText", QByteArrayView("Idle"));
    m_world->publish(status);
}

void DemoFeatures::handleParkTimeout(int space, const QString& parkee)
{
    DemoParkedCall* parked = m_world->parkedCall(space);
    DemoChannel* p = m_world->channel(parkee);
    if (!parked || parked->parkee != parkee || !p)
        return;
    const DemoParkedCall info = *parked;
    // 04-park-timeout: ParkedCallTimeOut, then the call comes back to the parker.
    p->context = QStringLiteral("park-dial");
    p->exten = info.parkerDialString;
    p->exten.replace(QLatin1Char('/'), QLatin1Char('_'));
    AmiMessage msg = m_world->event("ParkedCallTimeOut");
    DemoWorld::appendChannel(msg, *p, "Parkee");
    msg.append("ParkerDialString", info.parkerDialString);
    msg.append("Parkinglot", QByteArrayView("default"));
    msg.append("ParkingSpace", QString::number(space));
    msg.append("ParkingTimeout", QByteArrayView("0"));
    msg.append("ParkingDuration", QString::number((m_world->nowMs() - info.parkedAtMs) / 1000));
    m_world->publish(msg);
    publishSpaceIdle(space);
    m_world->channelEvent("MusicOnHoldStop", *p);
    if (DemoBridge* holding = m_world->bridge(info.bridgeId)) {
        holding->channels.removeOne(parkee);
        p->bridgeId.clear();
        m_world->bridgeEvent("BridgeLeave", *holding, p);
        m_world->bridgeEvent("BridgeDestroy", *holding);
        m_world->removeBridge(info.bridgeId);
    }
    m_world->removeParkedCall(space);
    m_world->deviceStateChange(parkDevice(space), QStringLiteral("NOT_INUSE"));
    const QString back = info.parkerDialString.section(QLatin1Char('/'), 1);
    DemoCall& call = m_calls->createCall(parkee, DemoCall::Origin::Phone);
    if (m_world->extension(back)) {
        // The parkee dials its parker from park-dial as app_dial's line (04-park-timeout).
        m_world->newexten(
            *p, p->context, p->exten, 1, QStringLiteral("AppDial"), QStringLiteral("(Outgoing Line)"));
        m_calls->dialStage(call, back);
        if (DemoChannel* again = m_world->channel(parkee)) {
            again->application = QStringLiteral("AppDial");
            again->appData = QStringLiteral("(Outgoing Line)");
        }
    } else {
        m_calls->hangup(call.id, DemoCalls::Side::Caller);
    }
}

bool DemoFeatures::pickup(DemoCall& call, int space)
{
    DemoParkedCall* parked = m_world->parkedCall(space);
    DemoChannel* a = m_world->channel(call.caller);
    DemoChannel* p = parked ? m_world->channel(parked->parkee) : nullptr;
    if (!a || !p)
        return false;
    const DemoParkedCall info = *parked;
    const qint64 elapsed = (m_world->nowMs() - info.parkedAtMs) / 1000;
    AmiMessage msg = m_world->event("UnParkedCall");
    DemoWorld::appendChannel(msg, *p, "Parkee");
    DemoWorld::appendChannel(msg, *a, "Retriever");
    msg.append("ParkerDialString", info.parkerDialString);
    msg.append("Parkinglot", QByteArrayView("default"));
    msg.append("ParkingSpace", QString::number(space));
    msg.append("ParkingTimeout", QString::number(qMax<qint64>(0, info.timeoutSec - elapsed)));
    msg.append("ParkingDuration", QString::number(elapsed));
    m_world->publish(msg);
    m_world->removeParkedCall(space);
    m_world->newexten(*a, QStringLiteral("phones"), QString::number(space), 1, QStringLiteral("ParkedCall"),
        QStringLiteral("default,") + QString::number(space));
    DemoBridge& bridge = m_world->createBridge();
    m_world->bridgeEvent("BridgeCreate", bridge);
    m_world->channelEvent("MusicOnHoldStop", *p);
    m_world->deviceStateChange(parkDevice(space), QStringLiteral("NOT_INUSE"));
    if (DemoBridge* holding = m_world->bridge(info.bridgeId)) {
        holding->channels.removeOne(p->uniqueid);
        m_world->bridgeEvent("BridgeLeave", *holding, p);
        m_world->bridgeEvent("BridgeDestroy", *holding);
        m_world->removeBridge(info.bridgeId);
    }
    for (DemoChannel* ch : {p, a}) {
        bridge.channels.append(ch->uniqueid);
        ch->bridgeId = bridge.id;
        m_world->bridgeEvent("BridgeEnter", bridge, ch);
    }
    AmiMessage status = m_world->event("ExtensionStatus");
    status.append("Exten", QString::number(space));
    status.append("Context", QByteArrayView("parkedcalls"));
    status.append("Hint", parkDevice(space));
    status.append("Status", QByteArrayView("0"));
    status.append("StatusText", QByteArrayView("Idle"));
    m_world->publish(status);
    call.callee = p->uniqueid;
    call.bridge = bridge.id;
    call.target = p->extension;
    call.answered = true;
    call.answerMs = m_world->nowMs();
    return true;
}

void DemoFeatures::joinQueue(DemoCall& call)
{
    DemoChannel* a = m_world->channel(call.caller);
    if (!a)
        return;
    m_world->newexten(*a, QStringLiteral("phones"), QLatin1String(DemoWorld::QueueExtension), 3,
        QStringLiteral("Queue"), QStringLiteral("support,t,,,60"));
    call.queued = true;
    call.queueJoinMs = m_world->nowMs();
    m_world->queueCallers().append(a->uniqueid);
    m_world->queueJoinTimes().insert(a->uniqueid, m_world->nowMs());
    AmiMessage msg = m_world->event("QueueCallerJoin", "agent,all");
    DemoWorld::appendChannel(msg, *a);
    msg.append("Queue", QByteArrayView(DemoWorld::QueueName));
    msg.append("Position", QString::number(m_world->queueCallers().size()));
    msg.append("Count", QString::number(m_world->queueCallers().size()));
    m_world->publish(msg);
}

bool DemoFeatures::connectQueueCaller()
{
    // The first caller whose member is not ringing yet; it stays in the queue (and in
    // QueueStatus) until a member answers, as in 04-queue-call.
    DemoCall* call = nullptr;
    for (const QString& id : m_world->queueCallers()) {
        DemoCall* c = m_calls->call(id);
        if (c && c->callee.isEmpty()) {
            call = c;
            break;
        }
    }
    DemoExtension* member = nullptr;
    for (DemoExtension* e : m_world->queueMembers()) {
        if (!e->paused && !e->dnd && e->state == DemoDeviceState::NotInUse
            && m_world->channelsOf(e->number).isEmpty()) {
            member = e;
            break;
        }
    }
    if (!member || !call || !m_world->channel(call->caller))
        return false;
    m_calls->dialStage(*call, member->number);
    return true;
}

bool DemoFeatures::abandonQueueCaller(const QString& callId)
{
    const qsizetype position = m_world->queueCallers().indexOf(callId);
    DemoChannel* a = m_world->channel(callId);
    if (position < 0 || !a)
        return false;
    publishAbandon(callId);
    m_world->queueCallerLeave(callId);
    m_calls->hangup(callId, DemoCalls::Side::Caller);
    return true;
}

void DemoFeatures::publishAbandon(const QString& callId)
{
    const qsizetype position = m_world->queueCallers().indexOf(callId);
    DemoChannel* a = m_world->channel(callId);
    if (position < 0 || !a)
        return;
    const qint64 joined = m_world->queueJoinTimes().value(callId);
    ++m_world->queueAbandoned;
    AmiMessage abandon = m_world->event("QueueCallerAbandon", "agent,all");
    DemoWorld::appendChannel(abandon, *a);
    abandon.append("Queue", QByteArrayView(DemoWorld::QueueName));
    abandon.append("Position", QString::number(position + 1));
    abandon.append("OriginalPosition", QString::number(position + 1));
    abandon.append("HoldTime", QString::number((m_world->nowMs() - joined) / 1000));
    m_world->publish(abandon);
}

DemoFeatures::Result DemoFeatures::queuePause(const QString& interface, bool paused, const QString& reason)
{
    for (DemoExtension* e : m_world->queueMembers()) {
        if (e->device() != interface)
            continue;
        e->paused = paused;
        e->pausedReason = paused ? reason : QString();
        if (paused)
            e->lastPause = m_world->nowSecs();
        m_world->queueMemberStatus(*e, "QueueMemberPause");
        return Result::Ok;
    }
    return Result::NoSuchInterface;
}

bool DemoFeatures::setDnd(const QString& extension, bool on)
{
    const DemoExtension* e = m_world->extension(extension);
    if (!e || !e->hasDndDevice || e->dnd == on)
        return false;
    // *76 in 11-astdb-forward-dnd: DB(DND/<ext>)=YES (deleted when off), then the device state.
    if (on)
        DemoAstDb::put(*m_world, QStringLiteral("DND"), extension, QStringLiteral("YES"));
    else
        DemoAstDb::remove(*m_world, QStringLiteral("DND"), extension);
    return DemoPresence::setDeviceState(*m_world, QStringLiteral("Custom:DND") + extension,
        on ? QStringLiteral("BUSY") : QStringLiteral("NOT_INUSE"));
}
