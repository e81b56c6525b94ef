// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCalls.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QStringBuilder>

namespace {

// The variables app_dial resets before dialling, in the order it sets them.
const char* const DialVariables[] = {
    "DIALSTATUS",
    "DIALEDPEERNUMBER",
    "DIALEDPEERNAME",
    "ANSWEREDTIME",
    "ANSWEREDTIME_MS",
    "DIALEDTIME",
    "DIALEDTIME_MS",
    "RINGTIME",
    "RINGTIME_MS",
    "PROGRESSTIME",
    "PROGRESSTIME_MS",
};
} // namespace

DemoCalls::DemoCalls(DemoWorld* world, QObject* parent)
    : QObject(parent)
    , m_world(world)
{ }

DemoCall* DemoCalls::call(const QString& callId)
{
    const auto it = m_calls.find(callId);
    return it == m_calls.end() ? nullptr : &it->second;
}

DemoCall* DemoCalls::callOfChannel(const QString& uniqueid)
{
    for (auto& [id, c] : m_calls) {
        if (c.caller == uniqueid || c.callee == uniqueid)
            return &c;
    }
    return nullptr;
}

DemoCall& DemoCalls::createCall(const QString& callerUniqueid, DemoCall::Origin origin)
{
    DemoCall c;
    c.id = callerUniqueid;
    c.caller = callerUniqueid;
    c.origin = origin;
    c.dialStartMs = m_world->nowMs();
    m_order.append(c.id);
    return m_calls.insert_or_assign(callerUniqueid, std::move(c)).first->second;
}

void DemoCalls::removeCall(const QString& callId)
{
    m_calls.erase(callId);
    m_order.removeOne(callId);
    Q_EMIT callEnded(callId);
}

void DemoCalls::schedule(qint64 ms, std::function<void()> fn)
{
    ClockTimer* timer = m_world->clock()->createTimer(this);
    timer->setSingleShot(true);
    connect(timer, &ClockTimer::timeout, this, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(ms);
}

void DemoCalls::setState(const QString& ext, DemoDeviceState state)
{
    if (DemoExtension* e = m_world->extension(ext))
        e->state = state;
}

void DemoCalls::dialEvent(QByteArrayView name, const DemoChannel* a, const DemoChannel& b,
    QByteArrayView tail, QByteArrayView tailValue)
{
    AmiMessage msg = m_world->event(name);
    if (a)
        DemoWorld::appendChannel(msg, *a);
    DemoWorld::appendChannel(msg, b, "Dest");
    if (!tail.isEmpty())
        msg.append(tail, tailValue);
    m_world->publish(msg);
}

void DemoCalls::dialVariables(DemoChannel& a, int first, int count)
{
    for (int i = first; i < first + count; ++i)
        m_world->varSet(a, QLatin1String(DialVariables[i]), QString());
}

void DemoCalls::gosub(DemoChannel& a, const QString& to)
{
    m_world->newexten(
        a, a.context, to, 1, QStringLiteral("Gosub"), QStringLiteral("sub-phone,s,1(") % to % u')');
    m_world->varSet(a, QStringLiteral("LOCAL(ARG1)"), to);
    m_world->varSet(a, QStringLiteral("LOCAL(ARGC)"), QStringLiteral("1"));
    m_world->newexten(a, QStringLiteral("sub-phone"), QStringLiteral("s"), 1, QStringLiteral("NoOp"),
        QStringLiteral("Calling ") % to);
    m_world->newexten(a, QStringLiteral("sub-phone"), QStringLiteral("s"), 2, QStringLiteral("Dial"),
        QStringLiteral("PJSIP/") % to % QStringLiteral(",15,tTkK"));
}

QString DemoCalls::dial(const QString& from, const QString& to)
{
    DemoExtension* caller = m_world->extension(from);
    if (!caller || from == to)
        return {};
    DemoChannel& a = m_world->createChannel(caller->device(), from);
    a.state = 4;
    a.context = QStringLiteral("phones");
    a.exten = to;
    m_world->channelEvent("Newchannel", a);
    m_world->varSet(a, QStringLiteral("SIPDOMAIN"), QStringLiteral("127.0.0.1"));
    DemoCall& c = createCall(a.uniqueid, DemoCall::Origin::Phone);
    const QString id = c.id;
    if (m_router && m_router(c, to))
        return id;
    gosub(a, to);
    dialVariables(a, 0, 11);
    dialStage(c, to);
    return id;
}

QString DemoCalls::dialFromTrunk(const QString& callerNum, const QString& callerName, const QString& to)
{
    DemoChannel& a = m_world->createChannel(QStringLiteral("PJSIP/trunk"), QString());
    a.state = 4;
    a.callerNum = callerNum;
    a.callerName = callerName;
    a.context = QStringLiteral("from-trunk");
    a.exten = to;
    m_world->channelEvent("Newchannel", a);
    m_world->varSet(a, QStringLiteral("SIPDOMAIN"), QStringLiteral("sip.example.com"));
    DemoCall& c = createCall(a.uniqueid, DemoCall::Origin::Trunk);
    const QString id = c.id;
    if (m_router && m_router(c, to))
        return id;
    if (!m_world->extension(to)) {
        m_world->hangup(a, 1);
        removeCall(id);
        return {};
    }
    gosub(a, to);
    dialVariables(a, 0, 11);
    dialStage(c, to);
    return id;
}

DemoCalls::OriginateResult DemoCalls::originate(const QString& channel, const QString& exten,
    const QString& callerId, const QStringList& variables, const QByteArray& actionId, qint64 timeoutMs)
{
    const bool known = m_world->extension(exten) || exten == QLatin1String(DemoWorld::QueueExtension)
        || (exten.toInt() >= DemoWorld::FirstParkingSpace && exten.toInt() <= DemoWorld::LastParkingSpace);
    if (!known)
        return OriginateResult::NoSuchExtension;

    const QString resource = channel.section(QLatin1Char('/'), 1);
    DemoExtension* from
        = channel.startsWith(QLatin1String("PJSIP/")) ? m_world->extension(resource) : nullptr;
    auto failure = [this, channel, exten, actionId](int reason) {
        AmiMessage msg = m_world->event("OriginateResponse");
        msg.append("ActionID", QByteArrayView(actionId));
        msg.append("Response", QByteArrayView("Failure"));
        msg.append("Channel", channel);
        msg.append("Context", QByteArrayView("phones"));
        msg.append("Exten", exten);
        msg.append("Reason", QByteArrayView(QByteArray::number(reason)));
        msg.append("Uniqueid", QByteArrayView("<unknown>"));
        msg.append("CallerIDNum", QByteArrayView("<unknown>"));
        msg.append("CallerIDName", QByteArrayView("<unknown>"));
        m_world->publish(msg);
    };
    if (!from) {
        // Unknown technology or endpoint: the channel cannot be created (Reason 0), reported at once.
        schedule(0, [failure] { failure(0); });
        return OriginateResult::Queued;
    }
    if (from->dnd || from->state != DemoDeviceState::NotInUse) {
        // Nobody picks up the originating phone: Reason 3 once Timeout has passed.
        schedule(qMax<qint64>(0, timeoutMs), [failure] { failure(3); });
        return OriginateResult::Queued;
    }

    // The recorded phones auto-answer: the whole originating leg happens at once,
    // after the "Originate successfully queued" response.
    const QString fromNumber = from->number;
    schedule(0, [this, fromNumber, exten, callerId, variables, actionId] {
        DemoExtension* ext = m_world->extension(fromNumber);
        if (!ext)
            return;
        DemoChannel& a = m_world->createChannel(ext->device(), fromNumber);
        a.context = QStringLiteral("phones");
        a.exten = QStringLiteral("s");
        const qsizetype lt = callerId.indexOf(QLatin1Char('<'));
        if (lt >= 0) {
            a.callerName = callerId.left(lt).trimmed().remove(QLatin1Char('"'));
            a.callerNum = callerId.mid(lt + 1).section(QLatin1Char('>'), 0, 0);
        }
        DemoCall& c = createCall(a.uniqueid, DemoCall::Origin::Originate);
        originateLeg(c, a, exten, variables, actionId);
    });
    return OriginateResult::Queued;
}

void DemoCalls::originateLeg(DemoCall& c, DemoChannel& a, const QString& exten, const QStringList& variables,
    const QByteArray& actionId)
{
    const QString from = a.extension;
    const QString id = c.id;
    m_world->channelEvent("Newchannel", a);
    m_world->newexten(a, QStringLiteral("phones"), QStringLiteral("s"), 1, QStringLiteral("AppDial2"),
        QStringLiteral("(Outgoing Line)"));
    for (const QString& v : variables)
        m_world->varSet(a, v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    a.connectedNum = a.callerNum;
    a.connectedName = a.callerName;
    m_world->channelEvent("NewConnectedLine", a);
    dialEvent("DialBegin", nullptr, a, "DialString", from.toUtf8());
    a.state = 5;
    m_world->channelEvent("Newstate", a);
    setState(from, DemoDeviceState::Ringing);
    m_world->extensionStatus(*m_world->extension(from));
    dialEvent("DialState", nullptr, a, "DialStatus", "RINGING");
    m_world->deviceStateChange(*m_world->extension(from));
    m_world->queueMemberStatus(*m_world->extension(from));
    a.state = 6;
    m_world->channelEvent("Newstate", a);
    dialEvent("DialEnd", nullptr, a, "DialStatus", "ANSWER");

    DemoCall* routed = call(id);
    const bool phoneTarget = m_world->extension(exten) != nullptr;
    if (phoneTarget) {
        gosub(a, exten);
        dialVariables(a, 0, 5);
    } else {
        m_world->newexten(a, QStringLiteral("phones"), exten, 1, QStringLiteral("NoOp"), QString());
    }
    setState(from, DemoDeviceState::InUse);
    m_world->extensionStatus(*m_world->extension(from));
    AmiMessage ok = m_world->event("OriginateResponse");
    ok.append("ActionID", QByteArrayView(actionId));
    ok.append("Response", QByteArrayView("Success"));
    ok.append("Channel", a.name);
    ok.append("Context", QByteArrayView("phones"));
    ok.append("Exten", exten);
    ok.append("Reason", QByteArrayView("4"));
    ok.append("Uniqueid", a.uniqueid);
    ok.append("CallerIDNum", a.callerNum);
    ok.append("CallerIDName", a.callerName);
    m_world->publish(ok);
    if (phoneTarget)
        dialVariables(a, 5, 6);
    m_world->deviceStateChange(*m_world->extension(from));
    m_world->queueMemberStatus(*m_world->extension(from));
    if (phoneTarget)
        dialStage(*routed, exten);
    else if (!m_router || !m_router(*routed, exten))
        hangup(id, Side::Caller);
}

void DemoCalls::dialStage(DemoCall& c, const QString& to)
{
    DemoChannel* a = m_world->channel(c.caller);
    DemoExtension* target = m_world->extension(to);
    if (!a || !target)
        return;
    c.target = to;
    c.dialStartMs = m_world->nowMs();
    a->application = QStringLiteral("Dial");
    a->appData = QStringLiteral("PJSIP/") % to % QStringLiteral(",15,tTkK");
    DemoChannel& b = m_world->createChannel(target->device(), to, a->linkedid);
    c.callee = b.uniqueid;
    b.context = QStringLiteral("phones");
    b.exten = QStringLiteral("s");
    m_world->channelEvent("Newchannel", b);
    m_world->varSet(b, QStringLiteral("DIALEDPEERNUMBER"), to);
    b.connectedNum = a->callerNum;
    b.connectedName = a->callerName;
    m_world->newexten(b, QStringLiteral("phones"), QStringLiteral("s"), 1, QStringLiteral("AppDial"),
        QStringLiteral("(Outgoing Line)"));
    m_world->channelEvent("NewConnectedLine", b);
    if (c.queued)
        m_world->agentEvent("AgentCalled", *a, b, *target); // 04-queue-call: before its DialBegin
    dialEvent("DialBegin", a, b, "DialString", to.toUtf8());

    const DemoDeviceState ringing
        = target->state == DemoDeviceState::NotInUse ? DemoDeviceState::Ringing : DemoDeviceState::RingInUse;
    if (a->state == 6) {
        // Caller already up (originated): order of 03-call-originate-1000-to-1002.
        target->state = ringing;
        m_world->extensionStatus(*target);
        b.state = 5;
        m_world->channelEvent("Newstate", b);
        a->connectedNum = b.callerNum;
        a->connectedName = b.callerName;
        m_world->channelEvent("NewConnectedLine", *a);
        m_world->deviceStateChange(*target);
    } else {
        // Caller still ringing out (a phone dialled): order of 03-call-phone-dials-1001-to-1003.
        a->connectedNum = b.callerNum;
        a->connectedName = b.callerName;
        m_world->channelEvent("NewConnectedLine", *a);
        b.state = 5;
        m_world->channelEvent("Newstate", b);
        target->state = ringing;
        m_world->deviceStateChange(*target);
        m_world->extensionStatus(*target);
    }
    m_world->queueMemberStatus(*target);
    m_world->varSet(*a, QStringLiteral("RINGTIME"), QStringLiteral("0"));
    m_world->varSet(*a, QStringLiteral("RINGTIME_MS"), QStringLiteral("1"));
    dialEvent("DialState", a, b, "DialStatus", "RINGING");

    const int generation = ++c.ringGeneration;
    const QString id = c.id;
    schedule(DialTimeoutMs, [this, id, generation] { handleNoAnswer(id, generation); });
    Q_EMIT callRinging(id);
}

bool DemoCalls::answer(const QString& callId)
{
    DemoCall* c = call(callId);
    if (!c || c->answered || c->callee.isEmpty())
        return false;
    DemoChannel* a = m_world->channel(c->caller);
    DemoChannel* b = m_world->channel(c->callee);
    DemoExtension* target = m_world->extension(c->target);
    if (!a || !b || !target)
        return false;
    DemoExtension* from = m_world->extension(a->extension);
    c->answered = true;
    c->answerMs = m_world->nowMs();
    ++c->ringGeneration;
    const QString peerName = b->name;

    auto dialResult = [&] {
        m_world->varSet(*a, QStringLiteral("DIALSTATUS"), QStringLiteral("ANSWER"));
        m_world->varSet(*a, QStringLiteral("DIALEDPEERNAME"), peerName);
        m_world->varSet(*a, QStringLiteral("DIALEDPEERNUMBER"), c->target);
        b->exten.clear();
        dialEvent("DialEnd", a, *b, "DialStatus", "ANSWER");
    };
    DemoBridge* bridge = nullptr;
    if (a->state == 6) {
        // 03-call-originate-1000-to-1002
        target->state = DemoDeviceState::InUse;
        m_world->extensionStatus(*target);
        b->state = 6;
        m_world->channelEvent("Newstate", *b);
        m_world->deviceStateChange(*target);
        dialResult();
        if (c->queued) {
            // 04-queue-call: the caller leaves the queue, then AgentConnect, then the bridge.
            const qint64 now = m_world->nowMs();
            m_world->queueCallerLeave(a->uniqueid);
            ++m_world->queueCompleted;
            m_world->agentEvent("AgentConnect", *a, *b, *target,
                {{"HoldTime", QString::number((now - c->queueJoinMs) / 1000)},
                    {"RingTime", QString::number((now - c->dialStartMs) / 1000)}});
        }
        bridge = &m_world->createBridge();
        m_world->bridgeEvent("BridgeCreate", *bridge);
        m_world->queueMemberStatus(*target);
    } else {
        // 03-call-phone-dials-1001-to-1003
        b->state = 6;
        m_world->channelEvent("Newstate", *b);
        dialResult();
        a->state = 6;
        m_world->channelEvent("Newstate", *a);
        if (from) {
            from->state = DemoDeviceState::InUse;
            m_world->deviceStateChange(*from);
        }
        target->state = DemoDeviceState::InUse;
        m_world->deviceStateChange(*target);
        m_world->queueMemberStatus(*target);
        if (from) {
            m_world->queueMemberStatus(*from);
            m_world->extensionStatus(*from);
        }
        m_world->extensionStatus(*target);
        bridge = &m_world->createBridge();
        m_world->bridgeEvent("BridgeCreate", *bridge);
    }
    c->bridge = bridge->id;
    m_world->newexten(*b, QStringLiteral("phones"), QString(), 1, QStringLiteral("AppDial"),
        QStringLiteral("(Outgoing Line)"));
    for (DemoChannel* ch : {b, a}) {
        bridge->channels.append(ch->uniqueid);
        ch->bridgeId = bridge->id;
        m_world->bridgeEvent("BridgeEnter", *bridge, ch);
    }
    for (auto [ch, peer] : {std::pair {b, a}, std::pair {a, b}}) {
        m_world->varSet(*ch, QStringLiteral("BRIDGEPEER"), peer->name);
        m_world->varSet(*ch, QStringLiteral("BRIDGEPVTCALLID"), m_world->newUuid());
    }
    ++target->callsTaken;
    target->lastCall = m_world->nowSecs();
    Q_EMIT callAnswered(callId);
    return true;
}

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
    DemoExtension* from = m_world->extension(a->extension);
    DemoExtension* target = m_world->extension(b->extension);
    const qint64 talkMs = m_world->nowMs() - c.answerMs;
    const qint64 dialMs = m_world->nowMs() - c.dialStartMs;
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
                {"TalkTime", QString::number(talkMs / 1000)},
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
    auto dialTimes = [&] {
        m_world->varSet(*a, QStringLiteral("ANSWEREDTIME"), QString::number(talkMs / 1000));
        m_world->varSet(*a, QStringLiteral("ANSWEREDTIME_MS"), QString::number(talkMs));
        m_world->varSet(*a, QStringLiteral("DIALEDTIME"), QString::number(dialMs / 1000));
        m_world->varSet(*a, QStringLiteral("DIALEDTIME_MS"), QString::number(dialMs));
        m_world->varSet(*a, QStringLiteral("DIALSTATUS"), QStringLiteral("ANSWER"));
        AmiMessage soft = m_world->event("SoftHangupRequest");
        DemoWorld::appendChannel(soft, *a);
        soft.append("Cause", QByteArrayView("16"));
        m_world->publish(soft);
    };
    const DemoBridge gone = *bridge;
    m_world->removeBridge(gone.id);
    if (side == Side::Callee) {
        // 03-call-originate-1000-to-1002: the called phone hung up.
        dialTimes();
        m_world->bridgeEvent("BridgeDestroy", gone);
        const DemoChannel aCopy = *a;
        const DemoChannel bCopy = *b;
        m_world->hangup(*b, 16);
        m_world->cdr(aCopy, &bCopy, QStringLiteral("ANSWERED"), c.answerMs);
        m_world->qosVariables(*a, false, 0, 5);
        m_world->hangup(*a, 16);
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
    } else {
        // 03-call-phone-dials-1001-to-1003: the caller hung up.
        m_world->bridgeEvent("BridgeDestroy", gone);
        dialTimes();
        if (from) {
            from->state = DemoDeviceState::NotInUse;
            if (!c.queued)
                m_world->extensionStatus(*from);
        }
        m_world->qosVariables(*b, false, 0, 4);
        const DemoChannel aCopy = *a;
        const DemoChannel bCopy = *b;
        m_world->hangup(*a, 16);
        if (from && c.queued)
            m_world->extensionStatus(*from); // 04-queue-call: the hint follows the caller's Hangup
        m_world->qosVariables(*b, false, 4, 5);
        if (from) {
            m_world->deviceStateChange(*from);
            m_world->queueMemberStatus(*from);
        }
        m_world->hangup(*b, 16);
        m_world->cdr(aCopy, &bCopy, QStringLiteral("ANSWERED"), c.answerMs);
        if (target) {
            target->state = DemoDeviceState::NotInUse;
            m_world->extensionStatus(*target);
            m_world->queueMemberStatus(*target);
            m_world->deviceStateChange(*target);
        }
    }
    removeCall(callId);
}

void DemoCalls::hangupRinging(DemoCall& c)
{
    // The caller gives up before anyone answered: Dial ends with CANCEL.
    DemoChannel* a = m_world->channel(c.caller);
    DemoChannel* b = m_world->channel(c.callee);
    const QString callId = c.id;
    ++c.ringGeneration;
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
    if (b) {
        dialEvent("DialEnd", a, *b, "DialStatus", "CANCEL");
        m_world->varSet(*a, QStringLiteral("DIALSTATUS"), QStringLiteral("CANCEL"));
        const QString target = b->extension;
        m_world->hangup(*b, 0);
        if (DemoExtension* e = m_world->extension(target)) {
            e->state
                = m_world->channelsOf(target).isEmpty() ? DemoDeviceState::NotInUse : DemoDeviceState::InUse;
            m_world->deviceStateChange(*e);
            m_world->extensionStatus(*e);
            m_world->queueMemberStatus(*e);
        }
    }
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

void DemoCalls::handleNoAnswer(const QString& callId, int generation)
{
    DemoCall* c = call(callId);
    // A queue call keeps ringing its member (the queue's own timeout is not simulated).
    if (!c || c->answered || c->queued || c->ringGeneration != generation)
        return;
    Q_EMIT callNotAnswered(callId);
}

bool DemoCalls::hold(const QString& callId)
{
    // 04-atxfer-attended-transfer: Hold on the holder, the other party hears music.
    DemoCall* c = call(callId);
    DemoChannel* a = c ? m_world->channel(c->caller) : nullptr;
    DemoChannel* b = c ? m_world->channel(c->callee) : nullptr;
    if (!a || !b || !c->answered || a->held)
        return false;
    a->held = true;
    m_world->channelEvent("Hold", *a);
    DemoExtension* held = m_world->extension(b->extension);
    if (held) {
        held->state = DemoDeviceState::OnHold;
        m_world->extensionStatus(*held);
    }
    AmiMessage moh = m_world->event("MusicOnHoldStart");
    DemoWorld::appendChannel(moh, *b);
    moh.append("Class", QByteArrayView("default"));
    m_world->publish(moh);
    if (held) {
        m_world->deviceStateChange(*held);
        m_world->queueMemberStatus(*held);
    }
    return true;
}

bool DemoCalls::unhold(const QString& callId)
{
    DemoCall* c = call(callId);
    DemoChannel* a = c ? m_world->channel(c->caller) : nullptr;
    DemoChannel* b = c ? m_world->channel(c->callee) : nullptr;
    if (!a || !b || !a->held)
        return false;
    a->held = false;
    m_world->channelEvent("Unhold", *a);
    DemoExtension* held = m_world->extension(b->extension);
    if (held) {
        held->state = DemoDeviceState::InUse;
        m_world->extensionStatus(*held);
    }
    m_world->channelEvent("MusicOnHoldStop", *b);
    if (held) {
        m_world->deviceStateChange(*held);
        m_world->queueMemberStatus(*held);
    }
    return true;
}
