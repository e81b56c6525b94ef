// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCalls.h"

#include "core/common/Clock.h"

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
    // A copy: callers pass the call's own id (removeCall(call->id)), which erase() frees.
    const QString id = callId;
    m_calls.erase(id);
    m_order.removeOne(id);
    Q_EMIT callEnded(id);
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
    m_world->newexten(
        a, QStringLiteral("sub-phone"), QStringLiteral("s"), 2, QStringLiteral("Dial"), dialData(to));
}

QString DemoCalls::dialData(const QString& to) const
{
    if (m_world->isOutsideNumber(to))
        return QStringLiteral("PJSIP/") % to % QStringLiteral("@trunk,60,tTkK");
    return QStringLiteral("PJSIP/") % to % QStringLiteral(",15,tTkK");
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
    // A phone that dials is in use at once: Asterisk's device state thread reports the
    // channel in state Ring as INUSE within milliseconds, while the other phone still rings.
    schedule(DeviceStateLagMs, [this, id] { reportCallerInUse(id); });
    if (m_router && m_router(c, to))
        return id;
    gosub(a, to);
    dialVariables(a, 0, 11);
    dialStage(c, to);
    return id;
}

void DemoCalls::reportCallerInUse(const QString& uniqueid)
{
    DemoChannel* a = m_world->channel(uniqueid);
    DemoExtension* e = a ? m_world->extension(a->extension) : nullptr;
    if (!e || e->state != DemoDeviceState::NotInUse)
        return; // gone already, or its state was reported by the call's own events
    e->state = DemoDeviceState::InUse;
    m_world->deviceStateChange(*e);
    m_world->queueMemberStatus(*e);
    m_world->extensionStatus(*e);
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

void DemoCalls::dialStage(DemoCall& c, const QString& to)
{
    DemoChannel* a = m_world->channel(c.caller);
    DemoExtension* target = m_world->extension(to);
    const bool outside = !target && m_world->isOutsideNumber(to);
    if (!a || (!target && !outside))
        return;
    c.target = to;
    c.dialStartMs = m_world->nowMs();
    // A queue caller stays in Queue(); its member's line is app_queue's (04-queue-call).
    if (!c.queued) {
        a->application = QStringLiteral("Dial");
        a->appData = dialData(to);
    }
    // An outside number goes out on the trunk; the far end shows its number.
    DemoChannel& b = outside
        ? m_world->createChannel(QLatin1String(DemoWorld::TrunkDevice), QString(), a->linkedid)
        : m_world->createChannel(target->device(), to, a->linkedid);
    if (outside)
        b.callerNum = to;
    c.callee = b.uniqueid;
    b.context = QStringLiteral("phones");
    b.exten = QStringLiteral("s");
    m_world->channelEvent("Newchannel", b);
    m_world->varSet(b, QStringLiteral("DIALEDPEERNUMBER"), to);
    b.connectedNum = a->callerNum;
    b.connectedName = a->callerName;
    outgoingLine(c, b, QStringLiteral("s"));
    m_world->channelEvent("NewConnectedLine", b);
    if (c.queued && target)
        m_world->agentEvent("AgentCalled", *a, b, *target); // 04-queue-call: before its DialBegin
    dialEvent(
        "DialBegin", a, b, "DialString", outside ? (to + QStringLiteral("@trunk")).toUtf8() : to.toUtf8());
    ringTarget(*a, b, target);
    m_world->varSet(*a, QStringLiteral("RINGTIME"), QStringLiteral("0"));
    m_world->varSet(*a, QStringLiteral("RINGTIME_MS"), QStringLiteral("1"));
    dialEvent("DialState", a, b, "DialStatus", "RINGING");

    c.ringGeneration = ++m_ringSequence;
    const int generation = c.ringGeneration;
    const QString id = c.id;
    schedule(DialTimeoutMs, [this, id, generation] { handleNoAnswer(id, generation); });
    if (outside) {
        // The simulated far end picks up after a few rings, like a person would.
        const qint64 rings = OutsideAnswerMs + m_world->random().bounded(3000);
        schedule(rings, [this, id, generation] {
            if (DemoCall* ringing = call(id); ringing && ringing->ringGeneration == generation)
                answer(id);
        });
    }
    Q_EMIT callRinging(id);
}

void DemoCalls::outgoingLine(const DemoCall& call, DemoChannel& b, const QString& exten)
{
    // The dialled line runs AppDial; a queue member's runs AppQueue at the queue's extension.
    if (call.queued)
        m_world->newexten(b, QStringLiteral("phones"), QLatin1String(DemoWorld::QueueExtension), 1,
            QStringLiteral("AppQueue"), QStringLiteral("(Outgoing Line)"));
    else
        m_world->newexten(b, QStringLiteral("phones"), exten, 1, QStringLiteral("AppDial"),
            QStringLiteral("(Outgoing Line)"));
}

void DemoCalls::ringTarget(DemoChannel& a, DemoChannel& b, DemoExtension* target)
{
    const DemoDeviceState ringing = !target || target->state == DemoDeviceState::NotInUse
        ? DemoDeviceState::Ringing
        : DemoDeviceState::RingInUse;
    if (a.state == 6) {
        // Caller already up (originated): order of 03-call-originate-1000-to-1002.
        if (target) {
            target->state = ringing;
            m_world->extensionStatus(*target);
        }
        b.state = 5;
        m_world->channelEvent("Newstate", b);
        a.connectedNum = b.callerNum;
        a.connectedName = b.callerName;
        m_world->channelEvent("NewConnectedLine", a);
        if (target)
            m_world->deviceStateChange(*target);
    } else {
        // Caller still ringing out (a phone dialled): order of 03-call-phone-dials-1001-to-1003.
        a.connectedNum = b.callerNum;
        a.connectedName = b.callerName;
        m_world->channelEvent("NewConnectedLine", a);
        b.state = 5;
        m_world->channelEvent("Newstate", b);
        if (target) {
            target->state = ringing;
            m_world->deviceStateChange(*target);
            m_world->extensionStatus(*target);
        }
    }
    if (target)
        m_world->queueMemberStatus(*target);
}

bool DemoCalls::answer(const QString& callId)
{
    DemoCall* c = call(callId);
    if (!c || c->answered || c->callee.isEmpty())
        return false;
    DemoChannel* a = m_world->channel(c->caller);
    DemoChannel* b = m_world->channel(c->callee);
    DemoExtension* target = m_world->extension(c->target); // none for an outside number
    if (!a || !b)
        return false;
    c->answered = true;
    c->answerMs = m_world->nowMs();
    c->ringGeneration = ++m_ringSequence;
    const bool originated = a->state == 6;
    if (originated)
        answerOriginated(*c, *a, *b, target);
    else
        answerDialled(*c, *a, *b, target);
    DemoBridge& bridge = m_world->createBridge();
    m_world->bridgeEvent("BridgeCreate", bridge);
    if (originated && target)
        m_world->queueMemberStatus(*target);
    c->bridge = bridge.id;
    outgoingLine(*c, *b, QString());
    for (DemoChannel* ch : {b, a}) {
        bridge.channels.append(ch->uniqueid);
        ch->bridgeId = bridge.id;
        m_world->bridgeEvent("BridgeEnter", bridge, ch);
    }
    for (auto [ch, peer] : {std::pair {b, a}, std::pair {a, b}}) {
        m_world->varSet(*ch, QStringLiteral("BRIDGEPEER"), peer->name);
        m_world->varSet(*ch, QStringLiteral("BRIDGEPVTCALLID"), m_world->newUuid());
    }
    if (target) {
        ++target->callsTaken;
        target->lastCall = m_world->nowSecs();
    }
    Q_EMIT callAnswered(callId);
    return true;
}

void DemoCalls::dialResult(DemoCall& c, DemoChannel& a, DemoChannel& b)
{
    m_world->varSet(a, QStringLiteral("DIALSTATUS"), QStringLiteral("ANSWER"));
    m_world->varSet(a, QStringLiteral("DIALEDPEERNAME"), b.name);
    m_world->varSet(a, QStringLiteral("DIALEDPEERNUMBER"), c.target);
    b.exten.clear();
    dialEvent("DialEnd", &a, b, "DialStatus", "ANSWER");
}

void DemoCalls::answerOriginated(DemoCall& c, DemoChannel& a, DemoChannel& b, DemoExtension* target)
{
    // 03-call-originate-1000-to-1002
    if (target) {
        target->state = DemoDeviceState::InUse;
        m_world->extensionStatus(*target);
    }
    b.state = 6;
    m_world->channelEvent("Newstate", b);
    if (target)
        m_world->deviceStateChange(*target);
    dialResult(c, a, b);
    if (c.queued && target) {
        // 04-queue-call: the caller leaves the queue, then AgentConnect, then the bridge.
        const qint64 now = m_world->nowMs();
        m_world->queueCallerLeave(a.uniqueid);
        ++m_world->queueCompleted;
        m_world->agentEvent("AgentConnect", a, b, *target,
            {{"HoldTime", QString::number((now - c.queueJoinMs) / 1000)},
                {"RingTime", QString::number((now - c.dialStartMs) / 1000)}});
    }
}

void DemoCalls::answerDialled(DemoCall& c, DemoChannel& a, DemoChannel& b, DemoExtension* target)
{
    // 03-call-phone-dials-1001-to-1003. The dialling phone is usually reported in use
    // already (reportCallerInUse); then its state is not sent again.
    b.state = 6;
    m_world->channelEvent("Newstate", b);
    dialResult(c, a, b);
    a.state = 6;
    m_world->channelEvent("Newstate", a);
    DemoExtension* from = m_world->extension(a.extension);
    const bool fromChanged = from && from->state != DemoDeviceState::InUse;
    if (fromChanged) {
        from->state = DemoDeviceState::InUse;
        m_world->deviceStateChange(*from);
    }
    if (target) {
        target->state = DemoDeviceState::InUse;
        m_world->deviceStateChange(*target);
        m_world->queueMemberStatus(*target);
    }
    if (fromChanged) {
        m_world->queueMemberStatus(*from);
        m_world->extensionStatus(*from);
    }
    if (target)
        m_world->extensionStatus(*target);
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
