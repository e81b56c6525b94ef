// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWorld.h"

#include "common/Clock.h"

#include <QStringBuilder>

namespace {

// First and last names from many languages, UTF-8 on purpose: the demo
// exercises every place a name is shown, searched or written to a file.
constexpr const char16_t* FirstNames[] = {
    u"Zoë",
    u"José",
    u"Amélie",
    u"Björn",
    u"Łukasz",
    u"Siobhán",
    u"Chloé",
    u"Jürgen",
    u"Ana",
    u"Mateo",
    u"Yuki",
    u"Olga",
    u"Nikolaj",
    u"Søren",
    u"Ayşe",
    u"François",
    u"Ingrid",
    u"Kenji",
    u"Priya",
    u"Tomás",
    u"Émilie",
    u"Grzegorz",
    u"Fatima",
    u"Henrik",
    u"Lucía",
    u"Mikael",
    u"Noémie",
    u"Pedro",
    u"Rania",
    u"Wei",
};
constexpr const char16_t* LastNames[] = {
    u"Müller",
    u"García",
    u"Lefèvre",
    u"Ångström",
    u"Wójcik",
    u"O'Brien",
    u"Dubois",
    u"Schröder",
    u"Silva",
    u"Fernández",
    u"Tanaka",
    u"Ivanova",
    u"Sørensen",
    u"Nørgaard",
    u"Yılmaz",
    u"Gauthier",
    u"Lindqvist",
    u"Watanabe",
    u"Sharma",
    u"Núñez",
    u"Girard",
    u"Brzęczyszczykiewicz",
    u"Haddad",
    u"Johansson",
    u"López",
    u"Virtanen",
    u"Mercier",
    u"Araújo",
    u"Khalil",
    u"Zhang",
};
constexpr const char16_t* Departments[] = {
    u"Sales",
    u"Support",
    u"Accounting",
    u"Engineering",
    u"Marketing",
    u"Logistics",
    u"Management",
};

QString asciiFold(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

QByteArray key(QByteArrayView prefix, const char* name)
{
    return prefix.toByteArray() + name;
}

QString number(qint64 n)
{
    return QString::number(n);
}

} // namespace

QString DemoExtension::hint() const
{
    return hasDndDevice ? device() % QStringLiteral("&Custom:DND") % number : device();
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

void DemoWorld::populate(int extensionCount)
{
    m_extensions.clear();
    m_extensionOrder.clear();
    constexpr int firstCount = int(std::size(FirstNames));
    constexpr int lastCount = int(std::size(LastNames));
    for (int i = 0; i < qMax(2, extensionCount); ++i) {
        DemoExtension ext;
        ext.number = QString::number(1000 + i);
        if (i == 0) {
            ext.name = QStringLiteral("Operator");
            ext.department = QStringLiteral("Reception");
        } else {
            // A fixed walk through the name tables: every pair distinct up to 900 people.
            const int f = (i - 1) % firstCount;
            const int l = ((i - 1) + (i - 1) / firstCount * 7) % lastCount;
            ext.name
                = QString::fromUtf16(FirstNames[f]) % QLatin1Char(' ') % QString::fromUtf16(LastNames[l]);
            ext.department = QString::fromUtf16(Departments[i % int(std::size(Departments))]);
        }
        ext.email = asciiFold(ext.name.section(QLatin1Char(' '), 0, 0)) % QLatin1Char('.')
            % asciiFold(ext.name.section(QLatin1Char(' '), 1)) % QStringLiteral("@example.com");
        ext.hasDndDevice = i > 0 && i % 5 == 4;
        // 1002 and 1003 answer the queue like in the recording; then one in seven.
        ext.queueMember = i == 2 || i == 3 || (i > 3 && i % 7 == 5);
        m_extensionOrder.append(ext.number);
        m_extensions.emplace(ext.number, ext);
    }
}

DemoExtension* DemoWorld::extension(const QString& number)
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

void DemoWorld::removeChannel(const QString& uniqueid)
{
    m_channels.erase(uniqueid);
    m_channelOrder.removeOne(uniqueid);
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

QString DemoWorld::deviceStateName(DemoDeviceState state)
{
    switch (state) {
    case DemoDeviceState::NotInUse:
        return QStringLiteral("NOT_INUSE");
    case DemoDeviceState::InUse:
        return QStringLiteral("INUSE");
    case DemoDeviceState::Busy:
        return QStringLiteral("BUSY");
    case DemoDeviceState::Unavailable:
        return QStringLiteral("UNAVAILABLE");
    case DemoDeviceState::Ringing:
        return QStringLiteral("RINGING");
    case DemoDeviceState::RingInUse:
        return QStringLiteral("RINGINUSE");
    case DemoDeviceState::OnHold:
        return QStringLiteral("ONHOLD");
    }
    return QStringLiteral("UNKNOWN");
}

int DemoWorld::extensionStatusCode(const DemoExtension& ext)
{
    switch (ext.state) {
    case DemoDeviceState::NotInUse:
        return ext.dnd ? 2 : 0; // Custom:DND<ext> BUSY makes the combined hint Busy
    case DemoDeviceState::InUse:
        return 1;
    case DemoDeviceState::Busy:
        return 2;
    case DemoDeviceState::Unavailable:
        return 4;
    case DemoDeviceState::Ringing:
        return 8;
    case DemoDeviceState::RingInUse:
        return 9;
    case DemoDeviceState::OnHold:
        return 16;
    }
    return -1;
}

QString DemoWorld::extensionStatusText(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("Idle");
    case 1:
        return QStringLiteral("InUse");
    case 2:
        return QStringLiteral("Busy");
    case 4:
        return QStringLiteral("Unavailable");
    case 8:
        return QStringLiteral("Ringing");
    case 9:
        return QStringLiteral("InUse&Ringing");
    case 16:
        return QStringLiteral("Hold");
    case 17:
        return QStringLiteral("InUse&Hold");
    default:
        return QStringLiteral("Unknown");
    }
}

int DemoWorld::queueDeviceCode(DemoDeviceState state)
{
    // app_queue reports enum ast_device_state values.
    switch (state) {
    case DemoDeviceState::NotInUse:
        return 1;
    case DemoDeviceState::InUse:
        return 2;
    case DemoDeviceState::Busy:
        return 3;
    case DemoDeviceState::Unavailable:
        return 5;
    case DemoDeviceState::Ringing:
        return 6;
    case DemoDeviceState::RingInUse:
        return 7;
    case DemoDeviceState::OnHold:
        return 8;
    }
    return 0;
}

QString DemoWorld::channelStateDesc(int state)
{
    switch (state) {
    case 0:
        return QStringLiteral("Down");
    case 4:
        return QStringLiteral("Ring");
    case 5:
        return QStringLiteral("Ringing");
    case 6:
        return QStringLiteral("Up");
    default:
        return QStringLiteral("Unknown");
    }
}

QList<AmiMessage> DemoWorld::extensionStateList(QByteArrayView actionId) const
{
    QList<AmiMessage> out;
    auto item = [&](const QString& exten, QByteArrayView context, const QString& hint, int code) {
        AmiMessage msg;
        msg.append("Event", QByteArrayView("ExtensionStatus"));
        msg.append("ActionID", actionId);
        msg.append("Exten", exten);
        msg.append("Context", context);
        msg.append("Hint", hint);
        msg.append("Status", number(code));
        msg.append("StatusText", extensionStatusText(code));
        out.append(msg);
    };
    for (const QString& n : m_extensionOrder) {
        const DemoExtension& ext = m_extensions.at(n);
        item(ext.number, "phones", ext.hint(), extensionStatusCode(ext));
    }
    for (int space = FirstParkingSpace; space <= LastParkingSpace; ++space) {
        const bool taken = std::any_of(
            m_parked.begin(), m_parked.end(), [space](const auto& p) { return p.space == space; });
        const QString s = number(space);
        item(s, "parkedcalls", QStringLiteral("park:") % s % QStringLiteral("@parkedcalls"), taken ? 1 : 0);
    }
    return out;
}

QList<AmiMessage> DemoWorld::deviceStateList(QByteArrayView actionId) const
{
    QList<AmiMessage> out;
    auto item = [&](const QString& device, const QString& state) {
        AmiMessage msg;
        msg.append("Event", QByteArrayView("DeviceStateChange"));
        msg.append("ActionID", actionId);
        msg.append("Device", device);
        msg.append("State", state);
        out.append(msg);
    };
    bool queueAvail = false;
    for (const QString& n : m_extensionOrder) {
        const DemoExtension& ext = m_extensions.at(n);
        item(QStringLiteral("MWI:") % n % QStringLiteral("@default"),
            ext.newMessages > 0 ? QStringLiteral("INUSE") : QStringLiteral("NOT_INUSE"));
        item(ext.device(), deviceStateName(ext.state));
        if (ext.hasDndDevice)
            item(QStringLiteral("Custom:DND") % n,
                ext.dnd ? QStringLiteral("BUSY") : QStringLiteral("NOT_INUSE"));
        queueAvail = queueAvail || (ext.queueMember && !ext.paused && ext.state == DemoDeviceState::NotInUse);
    }
    item(QStringLiteral("Queue:support_avail"),
        queueAvail ? QStringLiteral("NOT_INUSE") : QStringLiteral("INUSE"));
    return out;
}

QList<AmiMessage> DemoWorld::coreShowChannels(QByteArrayView actionId) const
{
    QList<AmiMessage> out;
    const qint64 now = nowMs();
    for (const QString& id : m_channelOrder) {
        const DemoChannel& ch = m_channels.at(id);
        AmiMessage msg;
        msg.append("Event", QByteArrayView("CoreShowChannel"));
        msg.append("ActionID", actionId);
        appendChannel(msg, ch);
        msg.append("Application", ch.application);
        msg.append("ApplicationData", ch.appData);
        const qint64 secs = (now - ch.createdMs) / 1000;
        msg.append("Duration",
            QStringLiteral("%1:%2:%3")
                .arg(secs / 3600, 2, 10, QLatin1Char('0'))
                .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(secs % 60, 2, 10, QLatin1Char('0')));
        msg.append("BridgeId", ch.bridgeId);
        out.append(msg);
    }
    return out;
}

QList<AmiMessage> DemoWorld::parkedCallsList(QByteArrayView actionId) const
{
    QList<AmiMessage> out;
    const qint64 now = nowMs();
    for (const DemoParkedCall& p : m_parked) {
        const auto it = m_channels.find(p.parkee);
        if (it == m_channels.end())
            continue;
        AmiMessage msg;
        msg.append("Event", QByteArrayView("ParkedCall"));
        appendChannel(msg, it->second, "Parkee");
        msg.append("ParkerDialString", p.parkerDialString);
        msg.append("Parkinglot", QByteArrayView("default"));
        msg.append("ParkingSpace", number(p.space));
        const qint64 elapsed = (now - p.parkedAtMs) / 1000;
        msg.append("ParkingTimeout", number(qMax<qint64>(0, p.timeoutSec - elapsed)));
        msg.append("ParkingDuration", number(elapsed));
        msg.append("ActionID", actionId);
        out.append(msg);
    }
    return out;
}

QList<AmiMessage> DemoWorld::queueStatus(QByteArrayView actionId, const QString& queue) const
{
    QList<AmiMessage> out;
    if (!queue.isEmpty() && queue != QLatin1String(QueueName))
        return out;
    const qint64 now = nowMs();
    AmiMessage params;
    params.append("Event", QByteArrayView("QueueParams"));
    params.append("Queue", QByteArrayView(QueueName));
    params.append("Max", QByteArrayView("0"));
    params.append("Strategy", QByteArrayView("ringall"));
    params.append("Calls", number(m_queueCallers.size()));
    params.append("Holdtime", QByteArrayView("0"));
    params.append("TalkTime", QByteArrayView("0"));
    params.append("Completed", number(queueCompleted));
    params.append("Abandoned", number(queueAbandoned));
    params.append("ServiceLevel", QByteArrayView("0"));
    params.append("ServicelevelPerf", QByteArrayView("100.0"));
    params.append("ServicelevelPerf2", QByteArrayView("100.0"));
    params.append("Weight", QByteArrayView("0"));
    params.append("ActionID", actionId);
    out.append(params);
    for (const QString& n : m_extensionOrder) {
        const DemoExtension& ext = m_extensions.at(n);
        if (!ext.queueMember)
            continue;
        bool inCall = false;
        for (const auto& [id, ch] : m_channels)
            inCall = inCall || (ch.extension == n && !ch.bridgeId.isEmpty());
        AmiMessage msg;
        msg.append("Event", QByteArrayView("QueueMember"));
        msg.append("Queue", QByteArrayView(QueueName));
        msg.append("Name", ext.name);
        msg.append("Location", ext.device());
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
        msg.append("Wrapuptime", QByteArrayView("0"));
        msg.append("ActionID", actionId);
        out.append(msg);
    }
    int position = 1;
    for (const QString& id : m_queueCallers) {
        const auto it = m_channels.find(id);
        if (it == m_channels.end())
            continue;
        const DemoChannel& ch = it->second;
        AmiMessage msg;
        msg.append("Event", QByteArrayView("QueueEntry"));
        msg.append("Queue", QByteArrayView(QueueName));
        msg.append("Position", number(position++));
        msg.append("Channel", ch.name);
        msg.append("Uniqueid", ch.uniqueid);
        msg.append("CallerIDNum", ch.callerNum);
        msg.append("CallerIDName", ch.callerName);
        msg.append("ConnectedLineNum", ch.connectedNum);
        msg.append("ConnectedLineName", ch.connectedName);
        msg.append("Wait", number((now - m_queueJoinMs.value(id, now)) / 1000));
        msg.append("Priority", QByteArrayView("0"));
        msg.append("ActionID", actionId);
        out.append(msg);
    }
    return out;
}

QList<AmiMessage> DemoWorld::voicemailUsers(QByteArrayView actionId) const
{
    QList<AmiMessage> out;
    for (const QString& n : m_extensionOrder) {
        const DemoExtension& ext = m_extensions.at(n);
        AmiMessage msg;
        msg.append("Event", QByteArrayView("VoicemailUserEntry"));
        msg.append("ActionID", actionId);
        msg.append("VMContext", QByteArrayView("default"));
        msg.append("VoiceMailbox", n);
        msg.append("Fullname", ext.name);
        msg.append("Email", ext.email);
        static constexpr std::pair<const char*, const char*> fixed[] = {
            {"Pager", ""},
            {"ServerEmail", "pbx@example.com"},
            {"FromString", ""},
            {"MailCommand", "/bin/true"},
            {"Language", ""},
            {"TimeZone", "utc"},
            {"Callback", ""},
            {"Dialout", ""},
            {"UniqueID", ""},
            {"ExitContext", ""},
            {"SayDurationMinimum", "1"},
            {"SayEnvelope", "Yes"},
            {"SayCID", "No"},
            {"AttachMessage", "No"},
            {"AttachmentFormat", ""},
            {"DeleteMessage", "No"},
            {"VolumeGain", "0.00"},
            {"CanReview", "No"},
            {"CanMarkUrgent", "Yes"},
            {"CallOperator", "No"},
            {"MaxMessageCount", "100"},
            {"MaxMessageLength", "120"},
        };
        for (const auto& [k, v] : fixed)
            msg.append(k, QByteArrayView(v));
        msg.append("NewMessageCount", number(ext.newMessages));
        msg.append("OldMessageCount", number(ext.oldMessages));
        out.append(msg);
    }
    return out;
}
