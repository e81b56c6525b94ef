// SPDX-License-Identifier: GPL-3.0-or-later
// How DemoCalls' calls end: hang-ups of answered and ringing calls, a Dial
// that is cancelled, and Dial's timeout (04-voicemail-no-answer-mwi takes over).
#include "demo/DemoCalls.h"

#include <QStringBuilder>

bool DemoCalls::hangup(const QString& callId, Side side)
{
    DemoCall* c = call(callId);
    if (!c)
        return false;
    if (c->answered && !c->bridge.isEmpty())
        hangupAnswered(*c, side);
    else
        hangupRinging(*c);
    return true;
}

bool DemoCalls::hangupChannel(const QString& channelName)
{
    DemoChannel* ch = m_world->channelByName(channelName);
    if (!ch)
        return false;
    if (DemoCall* c = callOfChannel(ch->uniqueid))
        return hangup(c->id, ch->uniqueid == c->caller ? Side::Caller : Side::Callee);
    // A lone channel (parked, waiting in the queue, a failed transfer leg).
    m_world->channelEvent("HangupRequest", *ch);
    const QString ext = ch->extension;
    m_world->hangup(*ch, 16);
    if (DemoExtension* e = m_world->extension(ext); e && m_world->channelsOf(ext).isEmpty()) {
        e->state = DemoDeviceState::NotInUse;
        m_world->extensionStatus(*e);
        m_world->deviceStateChange(*e);
    }
    return true;
}

void DemoCalls::hangupAnswered(DemoCall& c, Side side)
{
    DemoChannel* a = m_world->channel(c.caller);
    DemoChannel* b = m_world->channel(c.callee);
    DemoBridge* bridge = m_world->bridge(c.bridge);
    if (!a || !b || !bridge)
        return;
    DemoChannel* h = side == Side::Caller ? a : b;
    DemoChannel* o = side == Side::Caller ? b : a;
    DemoExtension* target = m_world->extension(b->extension);
    const QString callId = c.id;

    for (int i = 0; i < 5; ++i) {
        m_world->qosVariables(*h, false, i, i + 1);
        m_world->qosVariables(*o, true, i, i + 1);
    }
    AmiMessage request = m_world->event("HangupRequest");
    DemoWorld::appendChannel(request, *h);
    request.append("Cause", QByteArrayView("16"));
    m_world->publish(request);
    if (c.queued && target) {
        m_world->agentEvent("AgentComplete", *a, *b, *target,
            {{"HoldTime", QString::number((c.answerMs - c.queueJoinMs) / 1000)},
                {"TalkTime", QString::number((m_world->nowMs() - c.answerMs) / 1000)},
                {"Reason", side == Side::Caller ? QStringLiteral("caller") : QStringLiteral("agent")}});
    }
    for (DemoChannel* ch : {h, o}) {
        m_world->varSet(*ch, QStringLiteral("BRIDGEPEER"), QString());
        m_world->varSet(*ch, QStringLiteral("BRIDGEPVTCALLID"), QString());
    }
    for (DemoChannel* ch : {h, o}) {
        bridge->channels.removeOne(ch->uniqueid);
        ch->bridgeId.clear();
        m_world->bridgeEvent("BridgeLeave", *bridge, ch);
    }
    const DemoBridge gone = *bridge;
    m_world->removeBridge(gone.id);
    if (side == Side::Callee)
        endByCallee(c, *a, *b, gone);
    else
        endByCaller(c, *a, *b, gone);
    removeCall(callId);
}

void DemoCalls::dialTimes(const DemoCall& c, DemoChannel& a)
{
    const qint64 talkMs = m_world->nowMs() - c.answerMs;
    const qint64 dialMs = m_world->nowMs() - c.dialStartMs;
    m_world->varSet(a, QStringLiteral("ANSWEREDTIME"), QString::number(talkMs / 1000));
    m_world->varSet(a, QStringLiteral("ANSWEREDTIME_MS"), QString::number(talkMs));
    m_world->varSet(a, QStringLiteral("DIALEDTIME"), QString::number(dialMs / 1000));
    m_world->varSet(a, QStringLiteral("DIALEDTIME_MS"), QString::number(dialMs));
    m_world->varSet(a, QStringLiteral("DIALSTATUS"), QStringLiteral("ANSWER"));
    AmiMessage soft = m_world->event("SoftHangupRequest");
    DemoWorld::appendChannel(soft, a);
    soft.append("Cause", QByteArrayView("16"));
    m_world->publish(soft);
}

void DemoCalls::endByCallee(const DemoCall& c, DemoChannel& a, DemoChannel& b, const DemoBridge& gone)
{
    // 03-call-originate-1000-to-1002: the called phone hung up.
    DemoExtension* from = m_world->extension(a.extension);
    DemoExtension* target = m_world->extension(b.extension);
    dialTimes(c, a);
    m_world->bridgeEvent("BridgeDestroy", gone);
    const DemoChannel aCopy = a;
    const DemoChannel bCopy = b;
    m_world->hangup(b, 16);
    m_world->cdr(aCopy, &bCopy, QStringLiteral("ANSWERED"), c.answerMs);
    m_world->qosVariables(a, false, 0, 5);
    m_world->hangup(a, 16);
    for (DemoExtension* e : {from, target}) {
        if (e) {
            e->state = DemoDeviceState::NotInUse;
            m_world->deviceStateChange(*e);
        }
    }
    for (DemoExtension* e : {from, target}) {
        if (e)
            m_world->queueMemberStatus(*e);
    }
    for (DemoExtension* e : {from, target}) {
        if (e)
            m_world->extensionStatus(*e);
    }
}

void DemoCalls::endByCaller(const DemoCall& c, DemoChannel& a, DemoChannel& b, const DemoBridge& gone)
{
    // 03-call-phone-dials-1001-to-1003: the caller hung up.
    DemoExtension* from = m_world->extension(a.extension);
    DemoExtension* target = m_world->extension(b.extension);
    m_world->bridgeEvent("BridgeDestroy", gone);
    dialTimes(c, a);
    if (from) {
        from->state = DemoDeviceState::NotInUse;
        if (!c.queued)
            m_world->extensionStatus(*from);
    }
    m_world->qosVariables(b, false, 0, 4);
    const DemoChannel aCopy = a;
    const DemoChannel bCopy = b;
    m_world->hangup(a, 16);
    if (from && c.queued)
        m_world->extensionStatus(*from); // 04-queue-call: the hint follows the caller's Hangup
    m_world->qosVariables(b, false, 4, 5);
    if (from) {
        m_world->deviceStateChange(*from);
        m_world->queueMemberStatus(*from);
    }
    m_world->hangup(b, 16);
    m_world->cdr(aCopy, &bCopy, QStringLiteral("ANSWERED"), c.answerMs);
    if (target) {
        target->state = DemoDeviceState::NotInUse;
        m_world->extensionStatus(*target);
        m_world->queueMemberStatus(*target);
        m_world->deviceStateChange(*target);
    }
}

void DemoCalls::hangupRinging(DemoCall& c)
{
    // The caller gives up before anyone answered: Dial ends with CANCEL.
    DemoChannel* a = m_world->channel(c.caller);
    DemoChannel* b = m_world->channel(c.callee);
    const QString callId = c.id;
    c.ringGeneration = ++m_ringSequence;
    if (!a) {
        removeCall(callId);
        return;
    }
    AmiMessage request = m_world->event("HangupRequest");
    DemoWorld::appendChannel(request, *a);
    request.append("Cause", QByteArrayView("16"));
    m_world->publish(request);
    const DemoChannel aCopy = *a;
    m_world->queueCallerLeave(a->uniqueid); // still waiting: leaves the queue's list
    if (b)
        cancelDial(c);
    const QString from = a->extension;
    m_world->hangup(*a, 16);
    m_world->cdr(aCopy, nullptr, QStringLiteral("NO ANSWER"), 0);
    if (DemoExtension* e = m_world->extension(from)) {
        e->state = DemoDeviceState::NotInUse;
        m_world->extensionStatus(*e);
        m_world->deviceStateChange(*e);
    }
    removeCall(callId);
}

void DemoCalls::cancelDial(DemoCall& c)
{
    // app_dial (and app_queue's member ringing) when the caller goes away: DialEnd CANCEL,
    // the ringing phone's channel is hung up (cause 0) and its hint follows.
    DemoChannel* a = m_world->channel(c.caller);
    DemoChannel* b = m_world->channel(c.callee);
    c.ringGeneration = ++m_ringSequence; // the no-answer timeout no longer applies
    if (!a || !b)
        return;
    dialEvent("DialEnd", a, *b, "DialStatus", "CANCEL");
    m_world->varSet(*a, QStringLiteral("DIALSTATUS"), QStringLiteral("CANCEL"));
    const QString target = b->extension;
    m_world->hangup(*b, 0);
    c.callee.clear();
    if (DemoExtension* e = m_world->extension(target)) {
        e->state = m_world->channelsOf(target).isEmpty() ? DemoDeviceState::NotInUse : DemoDeviceState::InUse;
        m_world->deviceStateChange(*e);
        m_world->extensionStatus(*e);
        m_world->queueMemberStatus(*e);
    }
}

void DemoCalls::handleNoAnswer(const QString& callId, int generation)
{
    DemoCall* c = call(callId);
    // A queue call keeps ringing its member (the queue's own timeout is not simulated).
    if (!c || c->answered || c->queued || c->ringGeneration != generation)
        return;
    Q_EMIT callNotAnswered(callId);
}
