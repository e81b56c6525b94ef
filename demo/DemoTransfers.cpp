// SPDX-License-Identifier: GPL-3.0-or-later
// DemoFeatures' transfers: Redirect (of calls in progress, parked, ringing or queued
// callers), BlindTransfer and Atxfer (04-redirect-*, 04-blindtransfer-action,
// 04-atxfer-attended-transfer).
#include "demo/DemoCalls.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

DemoFeatures::Result DemoFeatures::redirect(const QString& channelName, const QString& exten,
    const QString& extraChannelName, const QString& extraExten)
{
    DemoChannel* x = m_world->channelByName(channelName);
    DemoChannel* extra = extraChannelName.isEmpty() ? nullptr : m_world->channelByName(extraChannelName);
    if (!x || (!extraChannelName.isEmpty() && !extra))
        return Result::NoSuchChannel;
    const QString xid = x->uniqueid;
    const QString extraId = extra ? extra->uniqueid : QString();
    if (DemoParkedCall* parked = m_world->parkedCallOf(xid)) {
        const int space = parked->space;
        if (DemoBridge* holding = m_world->bridge(parked->bridgeId)) {
            m_world->bridgeEvent("BridgeLeave", *holding, x);
            m_world->bridgeEvent("BridgeDestroy", *holding);
            m_world->removeBridge(holding->id);
        }
        x->bridgeId.clear();
        m_world->removeParkedCall(space);
        m_world->deviceStateChange(parkDevice(space), QStringLiteral("NOT_INUSE"));
        sendTo(xid, exten);
        return Result::Ok;
    }
    DemoCall* call = m_calls->callOfChannel(xid);
    if (call && !call->answered && call->caller == xid && extraId.isEmpty()) {
        // A caller still ringing an extension (F8) or waiting in the queue (F9): Dial or
        // Queue ends as if it had hung up (ASYNCGOTO), the channel goes on to exten.
        leaveWaiting(*call);
        sendTo(xid, exten);
        return Result::Ok;
    }
    if (!call || !call->answered)
        return Result::NotInCall;
    const QString other = call->caller == xid ? call->callee : call->caller;
    detach(*call);
    // 08-confbridge-redirect-call-into-room: the ExtraChannel arrives first.
    if (!extraId.isEmpty())
        sendTo(extraId, extraExten.isEmpty() ? exten : extraExten);
    sendTo(xid, exten);
    if (other != extraId)
        hangupLone(other);
    return Result::Ok;
}

void DemoFeatures::leaveWaiting(DemoCall& call)
{
    const QString id = call.id;
    m_calls->cancelDial(call); // DialEnd CANCEL, the ringing phone's channel is hung up
    if (call.queued && m_world->queueCallers().contains(id)) {
        // app_queue: a caller that leaves unanswered is abandoned (QueueCallerAbandon), then leaves.
        publishAbandon(id);
        m_world->queueCallerLeave(id);
    }
    m_calls->removeCall(id);
}

DemoFeatures::Result DemoFeatures::blindTransfer(const QString& channelName, const QString& exten)
{
    DemoChannel* t = m_world->channelByName(channelName);
    if (!t)
        return Result::NoSuchChannel;
    DemoCall* call = m_calls->callOfChannel(t->uniqueid);
    DemoBridge* bridge = call ? m_world->bridge(call->bridge) : nullptr;
    if (!call || !bridge)
        return Result::NotInCall;
    if (!m_world->extension(exten) && !m_world->isOutsideNumber(exten)
        && exten != QLatin1String(DemoWorld::QueueExtension))
        return Result::NoSuchExtension;
    DemoChannel* p = m_world->channel(call->caller == t->uniqueid ? call->callee : call->caller);
    if (!p)
        return Result::NotInCall;
    // 04-blindtransfer-action
    AmiMessage msg = m_world->event("BlindTransfer");
    msg.append("Result", QByteArrayView("Success"));
    DemoWorld::appendChannel(msg, *t, "Transferer");
    DemoWorld::appendChannel(msg, *p, "Transferee");
    DemoWorld::appendBridge(msg, *bridge);
    msg.append("IsExternal", QByteArrayView("Yes"));
    msg.append("Context", QByteArrayView("phones"));
    msg.append("Extension", exten);
    m_world->publish(msg);
    m_world->varSet(*t, QStringLiteral("BLINDTRANSFER"), p->name);
    m_world->varSet(*p, QStringLiteral("BLINDTRANSFER"), t->name);
    const QString tid = t->uniqueid;
    const QString pid = p->uniqueid;
    detach(*call);
    hangupLone(tid);
    sendTo(pid, exten);
    return Result::Ok;
}

DemoFeatures::Result DemoFeatures::attendedTransfer(const QString& channelName, const QString& exten)
{
    DemoChannel* t = m_world->channelByName(channelName);
    if (!t)
        return Result::NoSuchChannel;
    DemoCall* call = m_calls->callOfChannel(t->uniqueid);
    if (!call || call->bridge.isEmpty())
        return Result::NotInCall;
    if (!m_world->extension(exten))
        return Result::NoSuchExtension;
    DemoChannel* p = m_world->channel(call->caller == t->uniqueid ? call->callee : call->caller);
    if (!p)
        return Result::NotInCall;
    // 04-atxfer-attended-transfer: the feature code arrives as DTMF, the transferee is held.
    for (const char* digit : {"*", "2"}) {
        AmiMessage dtmf = m_world->event("DTMFEnd", "dtmf,all");
        DemoWorld::appendChannel(dtmf, *t);
        dtmf.append("Digit", QByteArrayView(digit));
        dtmf.append("DurationMs", QByteArrayView("100"));
        dtmf.append("Direction", QByteArrayView("Received"));
        m_world->publish(dtmf);
    }
    t->held = true;
    m_world->channelEvent("Hold", *t);
    AmiMessage moh = m_world->event("MusicOnHoldStart");
    DemoWorld::appendChannel(moh, *p);
    moh.append("Class", QByteArrayView("default"));
    m_world->publish(moh);

    DemoChannel& local = m_world->createLocalChannel(
        exten, QStringLiteral("phones"), 1, m_world->nextLocalSequence(), t->linkedid);
    local.state = 6;
    local.callerNum = t->callerNum;
    local.callerName = t->callerName;
    local.context = QStringLiteral("phones");
    local.exten = exten;
    m_world->channelEvent("Newchannel", local);
    Consultation c;
    c.transferer = t->uniqueid;
    c.transferee = p->uniqueid;
    c.origBridge = call->bridge;
    c.local = local.uniqueid;
    DemoCall& consult = m_calls->createCall(local.uniqueid, DemoCall::Origin::Originate);
    m_consultations.insert(consult.id, c);
    m_calls->dialStage(consult, exten);
    return Result::Ok;
}

void DemoFeatures::handleConsultationAnswered(const QString& consultId)
{
    const auto it = m_consultations.find(consultId);
    if (it == m_consultations.end())
        return;
    const Consultation c = *it;
    m_consultations.erase(it);
    DemoCall* consult = m_calls->call(consultId);
    DemoChannel* t = m_world->channel(c.transferer);
    DemoChannel* p = m_world->channel(c.transferee);
    DemoChannel* local = m_world->channel(c.local);
    DemoChannel* target = consult ? m_world->channel(consult->callee) : nullptr;
    DemoBridge* orig = m_world->bridge(c.origBridge);
    DemoBridge* second = consult ? m_world->bridge(consult->bridge) : nullptr;
    if (!t || !p || !local || !target || !orig || !second)
        return;
    AmiMessage msg = m_world->event("AttendedTransfer");
    msg.append("Result", QByteArrayView("Success"));
    DemoWorld::appendChannel(msg, *t, "OrigTransferer");
    DemoWorld::appendBridge(msg, *orig, "Orig");
    DemoWorld::appendChannel(msg, *t, "SecondTransferer");
    DemoWorld::appendBridge(msg, *second, "Second");
    DemoWorld::appendChannel(msg, *p, "Transferee");
    DemoWorld::appendChannel(msg, *local, "TransferTarget");
    msg.append("IsExternal", QByteArrayView("No"));
    msg.append("DestType", QByteArrayView("Bridge"));
    msg.append("DestBridgeUniqueid", orig->id);
    m_world->publish(msg);
    m_world->channelEvent("MusicOnHoldStop", *p);

    orig->channels.removeOne(t->uniqueid);
    t->bridgeId.clear();
    m_world->bridgeEvent("BridgeLeave", *orig, t);
    for (DemoChannel* ch : {local, target}) {
        second->channels.removeOne(ch->uniqueid);
        ch->bridgeId.clear();
        m_world->bridgeEvent("BridgeLeave", *second, ch);
    }
    m_world->bridgeEvent("BridgeDestroy", *second);
    m_world->removeBridge(second->id);
    orig->channels.append(target->uniqueid);
    target->bridgeId = orig->id;
    m_world->bridgeEvent("BridgeEnter", *orig, target);
    joinTransferred(c, consultId, target->uniqueid, orig->id);
}

void DemoFeatures::joinTransferred(
    const Consultation& c, const QString& consultId, const QString& targetId, const QString& origId)
{
    DemoCall* first = m_calls->callOfChannel(c.transferee);
    if (first)
        m_calls->removeCall(first->id);
    m_calls->removeCall(consultId);
    if (DemoChannel* local = m_world->channel(c.local))
        m_world->hangup(*local, 16);
    hangupLone(c.transferer);
    DemoCall& joined = m_calls->createCall(c.transferee, DemoCall::Origin::Phone);
    joined.callee = targetId;
    joined.bridge = origId;
    joined.answered = true;
    joined.answerMs = m_world->nowMs();
    if (DemoChannel* tc = m_world->channel(targetId))
        joined.target = tc->extension;
    if (DemoChannel* pc = m_world->channel(c.transferee); pc && !pc->extension.isEmpty()) {
        if (DemoExtension* e = m_world->extension(pc->extension)) {
            e->state = DemoDeviceState::InUse;
            m_world->extensionStatus(*e);
            m_world->deviceStateChange(*e);
        }
    }
}
