// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWorld.h"

#include "core/common/Clock.h"

#include <QDateTime>
#include <QStringBuilder>

namespace {

QByteArray key(QByteArrayView prefix, const char* name)
{
    return prefix.toByteArray() + name;
}

QString callerIdOf(const DemoChannel& ch)
{
    return QLatin1Char('"') % ch.callerName % QStringLiteral("\" <") % ch.callerNum % QLatin1Char('>');
}

const char* const QosVariables[] = {
    "RTPAUDIOQOS",
    "RTPAUDIOQOSJITTER",
    "RTPAUDIOQOSLOSS",
    "RTPAUDIOQOSRTT",
    "RTPAUDIOQOSMES",
};

QString number(qint64 n)
{
    return QString::number(n);
}

} // namespace

QString DemoExtension::hint() const
{
    // The phone and its presence (10-presence-state, 02-ExtensionStateList of the 08-13 setup).
    return device() % QStringLiteral(",CustomPresence:") % number;
}

DemoWorld::DemoWorld(Clock* clock, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(seed)
{
    m_bootMs = nowMs();
}

qint64 DemoWorld::nowMs() const
{
    return m_clock->currentMSecsSinceEpoch();
}

void DemoWorld::populate(const QList<DemoExtension>& extensions)
{
    m_extensions.clear();
    m_extensionOrder.clear();
    for (const DemoExtension& ext : extensions) {
        m_extensionOrder.append(ext.number);
        m_extensions.emplace(ext.number, ext);
    }
}

DemoExtension* DemoWorld::extension(const QString& number)
{
    const auto it = m_extensions.find(number);
    return it == m_extensions.end() ? nullptr : &it->second;
}

const DemoExtension* DemoWorld::extension(const QString& number) const
{
    const auto it = m_extensions.find(number);
    return it == m_extensions.end() ? nullptr : &it->second;
}

QList<DemoExtension*> DemoWorld::queueMembers()
{
    QList<DemoExtension*> out;
    for (const QString& n : std::as_const(m_extensionOrder)) {
        DemoExtension* ext = extension(n);
        if (ext->queueMember)
            out.append(ext);
    }
    return out;
}

QString DemoWorld::newUniqueid()
{
    return number(nowSecs()) % QLatin1Char('.') % number(m_uniqueSequence++);
}

DemoChannel& DemoWorld::createChannel(const QString& resource, const QString& ext, const QString& linkedid)
{
    DemoChannel ch;
    ch.name = resource % QLatin1Char('-')
        % QStringLiteral("%1").arg(m_channelSequence++, 8, 16, QLatin1Char('0'));
    ch.uniqueid = newUniqueid();
    ch.linkedid = linkedid.isEmpty() ? ch.uniqueid : linkedid;
    ch.extension = ext;
    ch.createdMs = nowMs();
    if (const DemoExtension* e = extension(ext)) {
        ch.callerNum = e->number;
        ch.callerName = e->name;
    }
    m_channelOrder.append(ch.uniqueid);
    const QString id = ch.uniqueid;
    return m_channels.insert_or_assign(id, std::move(ch)).first->second;
}

DemoChannel& DemoWorld::createLocalChannel(
    const QString& exten, const QString& context, int half, int sequence, const QString& linkedid)
{
    DemoChannel ch;
    ch.name = QStringLiteral("Local/") % exten % QLatin1Char('@') % context % QLatin1Char('-')
        % QStringLiteral("%1").arg(sequence, 8, 16, QLatin1Char('0')) % QLatin1Char(';') % number(half);
    ch.uniqueid = newUniqueid();
    ch.linkedid = linkedid.isEmpty() ? ch.uniqueid : linkedid;
    ch.createdMs = nowMs();
    m_channelOrder.append(ch.uniqueid);
    const QString id = ch.uniqueid;
    return m_channels.insert_or_assign(id, std::move(ch)).first->second;
}

bool DemoWorld::isOutsideNumber(const QString& number) const
{
    const QString digits = number.startsWith(QLatin1Char('+')) ? number.mid(1) : number;
    if (digits.size() < 3 || digits.size() > 20 || m_extensions.count(number) > 0)
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return number.startsWith(QLatin1Char('+')) || number.startsWith(QLatin1Char('0')) || digits.size() >= 5;
}

DemoChannel* DemoWorld::channel(const QString& uniqueid)
{
    const auto it = m_channels.find(uniqueid);
    return it == m_channels.end() ? nullptr : &it->second;
}

DemoChannel* DemoWorld::channelByName(const QString& name)
{
    for (auto& [id, ch] : m_channels) {
        if (ch.name == name)
            return &ch;
    }
    return nullptr;
}

QList<DemoChannel*> DemoWorld::channelsOf(const QString& ext)
{
    QList<DemoChannel*> out;
    for (const QString& id : std::as_const(m_channelOrder)) {
        DemoChannel* ch = channel(id);
        if (ch && ch->extension == ext)
            out.append(ch);
    }
    return out;
}

QList<DemoChannel*> DemoWorld::channelsNamed(const QString& prefix)
{
    QList<DemoChannel*> out;
    for (const QString& id : std::as_const(m_channelOrder)) {
        DemoChannel* ch = channel(id);
        if (ch && ch->name.startsWith(prefix))
            out.append(ch);
    }
    return out;
}

void DemoWorld::removeChannel(const QString& uniqueid)
{
    // A copy: callers pass the channel's own field (hangup(ch) → ch.uniqueid), which
    // erase() frees (AddressSanitizer: heap-use-after-free in removeOne).
    const QString id = uniqueid;
    m_channels.erase(id);
    m_channelOrder.removeOne(id);
}

QString DemoWorld::newUuid()
{
    auto hex = [this](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i)
            s.append(QLatin1Char("0123456789abcdef"[m_random.bounded(16)]));
        return s;
    };
    return hex(8) % QLatin1Char('-') % hex(4) % QStringLiteral("-4") % hex(3) % QLatin1Char('-') % hex(4)
        % QLatin1Char('-') % hex(12);
}

DemoBridge& DemoWorld::createBridge()
{
    DemoBridge b;
    b.id = newUuid();
    const QString id = b.id;
    return m_bridges.insert_or_assign(id, std::move(b)).first->second;
}

DemoBridge* DemoWorld::bridge(const QString& id)
{
    const auto it = m_bridges.find(id);
    return it == m_bridges.end() ? nullptr : &it->second;
}

void DemoWorld::removeBridge(const QString& id)
{
    m_bridges.erase(id);
}

int DemoWorld::freeParkingSpace() const
{
    for (int space = FirstParkingSpace; space <= LastParkingSpace; ++space) {
        const bool taken = std::any_of(
            m_parked.begin(), m_parked.end(), [space](const auto& p) { return p.space == space; });
        if (!taken)
            return space;
    }
    return 0;
}

DemoParkedCall* DemoWorld::parkedCall(int space)
{
    for (auto& p : m_parked) {
        if (p.space == space)
            return &p;
    }
    return nullptr;
}

DemoParkedCall* DemoWorld::parkedCallOf(const QString& uniqueid)
{
    for (auto& p : m_parked) {
        if (p.parkee == uniqueid)
            return &p;
    }
    return nullptr;
}

void DemoWorld::addParkedCall(const DemoParkedCall& call)
{
    m_parked.append(call);
}

void DemoWorld::removeParkedCall(int space)
{
    m_parked.removeIf([space](const DemoParkedCall& p) { return p.space == space; });
}

QString DemoWorld::timestamp(qint64 ms)
{
    return number(ms / 1000) % QLatin1Char('.')
        % QStringLiteral("%1").arg((ms % 1000) * 1000, 6, 10, QLatin1Char('0'));
}

AmiMessage DemoWorld::event(QByteArrayView name, QByteArrayView privilege) const
{
    AmiMessage msg;
    msg.append("Event", name);
    msg.append("Privilege", privilege);
    msg.append("Timestamp", timestamp(nowMs()));
    return msg;
}

void DemoWorld::appendChannel(AmiMessage& msg, const DemoChannel& ch, QByteArrayView prefix)
{
    msg.append(key(prefix, "Channel"), ch.name);
    msg.append(key(prefix, "ChannelState"), number(ch.state));
    msg.append(key(prefix, "ChannelStateDesc"), channelStateDesc(ch.state));
    msg.append(
        key(prefix, "CallerIDNum"), ch.callerNum.isEmpty() ? QStringLiteral("<unknown>") : ch.callerNum);
    msg.append(
        key(prefix, "CallerIDName"), ch.callerName.isEmpty() ? QStringLiteral("<unknown>") : ch.callerName);
    msg.append(key(prefix, "ConnectedLineNum"), ch.connectedNum);
    msg.append(key(prefix, "ConnectedLineName"), ch.connectedName);
    msg.append(key(prefix, "Language"), QByteArrayView("en"));
    msg.append(key(prefix, "AccountCode"), QByteArrayView(""));
    msg.append(key(prefix, "Context"), ch.context);
    msg.append(key(prefix, "Exten"), ch.exten);
    msg.append(key(prefix, "Priority"), number(ch.priority));
    msg.append(key(prefix, "Uniqueid"), ch.uniqueid);
    msg.append(key(prefix, "Linkedid"), ch.linkedid);
}

void DemoWorld::appendBridge(AmiMessage& msg, const DemoBridge& b, QByteArrayView prefix)
{
    msg.append(key(prefix, "BridgeUniqueid"), b.id);
    msg.append(key(prefix, "BridgeType"), b.type);
    msg.append(key(prefix, "BridgeTechnology"), b.technology);
    msg.append(key(prefix, "BridgeCreator"), QByteArrayView("<unknown>"));
    msg.append(key(prefix, "BridgeName"), QByteArrayView("<unknown>"));
    msg.append(key(prefix, "BridgeNumChannels"), number(b.channels.size()));
    msg.append(key(prefix, "BridgeVideoSourceMode"), QByteArrayView("none"));
}

void DemoWorld::publish(const AmiMessage& event)
{
    ++m_published;
    Q_EMIT eventPublished(event);
}

void DemoWorld::channelEvent(QByteArrayView name, const DemoChannel& ch, QByteArrayView privilege)
{
    AmiMessage msg = event(name, privilege);
    appendChannel(msg, ch);
    publish(msg);
}

void DemoWorld::varSet(const DemoChannel& ch, const QString& variable, const QString& value)
{
    AmiMessage msg = event("VarSet", "dialplan,all");
    appendChannel(msg, ch);
    msg.append("Variable", variable);
    msg.append("Value", value);
    publish(msg);
}

void DemoWorld::newexten(DemoChannel& ch, const QString& context, const QString& exten, int priority,
    const QString& application, const QString& data)
{
    ch.context = context;
    ch.exten = exten;
    ch.priority = priority;
    ch.application = application;
    ch.appData = data;
    AmiMessage msg = event("Newexten", "dialplan,all");
    appendChannel(msg, ch);
    msg.append("Extension", exten);
    msg.append("Application", application);
    msg.append("AppData", data);
    publish(msg);
}

void DemoWorld::extensionStatus(const DemoExtension& ext)
{
    const int code = extensionStatusCode(ext);
    AmiMessage msg = event("ExtensionStatus");
    msg.append("Exten", ext.number);
    msg.append("Context", QByteArrayView("phones"));
    msg.append("Hint", ext.hint());
    msg.append("Status", number(code));
    msg.append("StatusText", extensionStatusText(code));
    publish(msg);
}

void DemoWorld::deviceStateChange(const DemoExtension& ext)
{
    deviceStateChange(ext.device(), deviceStateName(ext.state));
}

void DemoWorld::deviceStateChange(const QString& device, const QString& state)
{
    AmiMessage msg = event("DeviceStateChange");
    msg.append("Device", device);
    msg.append("State", state);
    publish(msg);
}

void DemoWorld::queueMemberStatus(const DemoExtension& ext, QByteArrayView name)
{
    if (!ext.queueMember)
        return;
    bool inCall = false;
    for (const auto& [id, ch] : m_channels) {
        if (ch.extension == ext.number && !ch.bridgeId.isEmpty())
            inCall = true;
    }
    AmiMessage msg = event(name, "agent,all");
    msg.append("Queue", QByteArrayView(QueueName));
    msg.append("MemberName", ext.name);
    msg.append("Interface", ext.device());
    msg.append("StateInterface", ext.device());
    msg.append("Membership", QByteArrayView("static"));
    msg.append("Penalty", QByteArrayView("0"));
    msg.append("CallsTaken", number(ext.callsTaken));
    msg.append("LastCall", number(ext.lastCall));
    msg.append("LastPause", number(ext.lastPause));
    msg.append("LoginTime", number(bootSecs()));
    msg.append("InCall", QByteArrayView(inCall ? "1" : "0"));
    msg.append("Status", number(queueDeviceCode(ext.state)));
    msg.append("Paused", QByteArrayView(ext.paused ? "1" : "0"));
    msg.append("PausedReason", ext.pausedReason);
    msg.append("Ringinuse", QByteArrayView("0"));
    msg.append("Wrapuptime", QByteArrayView("0"));
    publish(msg);
}

void DemoWorld::agentEvent(QByteArrayView name, const DemoChannel& caller, const DemoChannel& agent,
    const DemoExtension& member, const QList<std::pair<QByteArrayView, QString>>& tail)
{
    AmiMessage msg = event(name, "agent,all");
    appendChannel(msg, caller);
    appendChannel(msg, agent, "Dest");
    msg.append("Queue", QByteArrayView(QueueName));
    msg.append("Interface", member.device());
    msg.append("MemberName", member.name);
    for (const auto& [key, value] : tail)
        msg.append(key, value);
    publish(msg);
}

bool DemoWorld::queueCallerLeave(const QString& uniqueid)
{
    const qsizetype position = m_queueCallers.indexOf(uniqueid);
    const DemoChannel* ch = channel(uniqueid);
    if (position < 0 || !ch)
        return false;
    m_queueCallers.removeAt(position);
    m_queueJoinMs.remove(uniqueid);
    AmiMessage msg = event("QueueCallerLeave", "agent,all");
    appendChannel(msg, *ch);
    msg.append("Queue", QByteArrayView(QueueName));
    msg.append("Position", number(int(position) + 1));
    msg.append("Count", number(int(m_queueCallers.size())));
    publish(msg);
    return true;
}

void DemoWorld::bridgeEvent(QByteArrayView name, const DemoBridge& b, const DemoChannel* ch)
{
    AmiMessage msg = event(name);
    appendBridge(msg, b);
    if (ch)
        appendChannel(msg, *ch);
    publish(msg);
}

void DemoWorld::messageWaiting(const DemoExtension& ext, const DemoChannel* ch)
{
    AmiMessage msg = event("MessageWaiting");
    if (ch)
        appendChannel(msg, *ch);
    msg.append("Mailbox", ext.number % QStringLiteral("@default"));
    msg.append("Waiting", QByteArrayView(ext.newMessages > 0 ? "1" : "0"));
    msg.append("New", number(ext.newMessages));
    msg.append("Old", number(ext.oldMessages));
    publish(msg);
}

void DemoWorld::qosVariables(const DemoChannel& ch, bool bridged, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const QString name
            = QLatin1String(QosVariables[i]) + (bridged ? QStringLiteral("BRIDGED") : QString());
        varSet(ch, name,
            i == 0 ? QStringLiteral("ssrc=%1;themssrc=%2;lp=0;rxjitter=0.001250;rxcount=%3")
                         .arg(random().generate())
                         .arg(random().generate())
                         .arg(random().bounded(100, 2000))
                   : QStringLiteral("min=000.000000;max=000.002000;avg=000.001000"));
    }
}

void DemoWorld::cdr(
    const DemoChannel& a, const DemoChannel* b, const QString& disposition, qint64 answerMs, qint64 endMs)
{
    const qint64 now = endMs > 0 ? endMs : nowMs();
    auto fmt = [](qint64 ms) {
        return ms <= 0
            ? QString()
            : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    AmiMessage msg = event("Cdr", "cdr,all");
    msg.append("AccountCode", QByteArrayView(""));
    msg.append("Source", a.callerNum);
    msg.append("Destination", a.exten.isEmpty() ? QStringLiteral("s") : a.exten);
    msg.append("DestinationContext", QByteArrayView("phones"));
    msg.append("CallerID", callerIdOf(a));
    msg.append("Channel", a.name);
    msg.append("DestinationChannel", b ? b->name : QString());
    msg.append("LastApplication", a.application);
    msg.append("LastData", a.appData);
    msg.append("StartTime", fmt(a.createdMs));
    msg.append("AnswerTime", fmt(answerMs));
    msg.append("EndTime", fmt(now));
    msg.append("Duration", QString::number((now - a.createdMs) / 1000));
    msg.append("BillableSeconds", QString::number(answerMs > 0 ? (now - answerMs) / 1000 : 0));
    msg.append("Disposition", disposition);
    msg.append("AMAFlags", QByteArrayView("DOCUMENTATION"));
    msg.append("UniqueID", a.uniqueid);
    msg.append("UserField", QByteArrayView(""));
    publish(msg);
}

void DemoWorld::hangup(DemoChannel& ch, int cause)
{
    Q_EMIT channelHangingUp(ch);
    AmiMessage msg = event("Hangup");
    appendChannel(msg, ch);
    msg.append("Cause", QByteArrayView(QByteArray::number(cause)));
    msg.append("Cause-txt", cause == 16 ? QByteArrayView("Normal Clearing") : QByteArrayView("Unknown"));
    publish(msg);
    Q_EMIT channelHungUp(ch);
    removeChannel(ch.uniqueid);
}
