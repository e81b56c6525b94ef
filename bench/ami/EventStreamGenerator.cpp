// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventStreamGenerator.h"

#include <QStringBuilder>

#include <array>
#include <cstdio>

namespace {

struct Person
{
    const char* exten;
    const char* name; // UTF-8
    bool nonAscii;
};

// A desk's phone book: mostly ASCII, some names that only survive as UTF-8.
constexpr std::array<Person, 16> People = {{
    {"1000", "Operator", false},
    {"1001", "Alice", false},
    {"1002", "Bob", false},
    {"1003", "Carol", false},
    {"1004", "Reception", false},
    {"1005", "Jürgen Müller", true},
    {"1006", "Zoë Dubois", true},
    {"1007", "Dave Smith", false},
    {"1008", "Łukasz Wróbel", true},
    {"1009", "Erin O'Brien", false},
    {"1010", "Дмитрий Иванов", true},
    {"1011", "Frank Miller", false},
    {"1012", "李小龍", true},
    {"1013", "Grace Hopper", false},
    {"1014", "Søren Kierkegård", true},
    {"1015", "Sales", false},
}};

} // namespace

EventStreamGenerator::EventStreamGenerator(quint32 seed)
    : m_random(seed ? seed : 1)
{ }

QByteArray EventStreamGenerator::banner()
{
    return QByteArrayLiteral("Asterisk Call Manager/11.0.0\r\n");
}

QByteArray EventStreamGenerator::stream(qint64 eventCount)
{
    QByteArray out = banner();
    // ~360 bytes per event; one allocation instead of dozens of regrowths.
    out.reserve(out.size() + eventCount * 370);
    generate(eventCount, out);
    return out;
}

quint32 EventStreamGenerator::nextRandom()
{
    // xorshift32: fast, deterministic, good enough to vary a stream.
    m_random ^= m_random << 13;
    m_random ^= m_random >> 17;
    m_random ^= m_random << 5;
    return m_random;
}

void EventStreamGenerator::appendHeader(QByteArray& out, const char* key, QByteArrayView value)
{
    out.append(key);
    out.append(": ");
    out.append(value);
    out.append("\r\n");
    ++m_stats.headers;
}

void EventStreamGenerator::beginEvent(QByteArray& out, const char* name, const char* privilege)
{
    m_currentStart = out.size();
    appendHeader(out, "Event", name);
    appendHeader(out, "Privilege", privilege);
    m_epochMicros += 40 + nextRandom() % 2000;
    char ts[32];
    const int n = std::snprintf(ts, sizeof ts, "%lld.%06lld", static_cast<long long>(m_epochMicros / 1000000),
        static_cast<long long>(m_epochMicros % 1000000));
    appendHeader(out, "Timestamp", QByteArrayView(ts, n));
    m_currentHasNonAscii = false;
}

void EventStreamGenerator::endEvent(QByteArray& out)
{
    out.append("\r\n");
    ++m_stats.events;
    m_stats.bytes += out.size() - m_currentStart;
    if (m_currentHasNonAscii)
        ++m_stats.nonAsciiEvents;
    --m_eventsLeft;
}

void EventStreamGenerator::appendChannel(QByteArray& out, const char* prefix, const Leg& leg,
    const Leg& connected, const char* state, const char* stateDesc, const QByteArray& exten)
{
    // Header names as Asterisk builds them: "Channel…" or "DestChannel…".
    char key[48];
    const auto k = [&key, prefix](const char* name) {
        std::snprintf(key, sizeof key, "%s%s", prefix, name);
        return key;
    };
    appendHeader(out, k("Channel"), leg.channel);
    appendHeader(out, k("ChannelState"), state);
    appendHeader(out, k("ChannelStateDesc"), stateDesc);
    appendHeader(out, k("CallerIDNum"), leg.exten);
    appendHeader(out, k("CallerIDName"), leg.name);
    appendHeader(out, k("ConnectedLineNum"), connected.exten.isEmpty() ? "<unknown>" : connected.exten);
    appendHeader(out, k("ConnectedLineName"), connected.name.isEmpty() ? "<unknown>" : connected.name);
    appendHeader(out, k("Language"), "en");
    appendHeader(out, k("AccountCode"), "");
    appendHeader(out, k("Context"), "phones");
    appendHeader(out, k("Exten"), exten);
    appendHeader(out, k("Priority"), "1");
    appendHeader(out, k("Uniqueid"), leg.uniqueid);
    appendHeader(out, k("Linkedid"), m_linkedid);
    m_currentHasNonAscii = m_currentHasNonAscii || leg.nonAscii || connected.nonAscii;
}

void EventStreamGenerator::appendBridge(QByteArray& out, int numChannels)
{
    appendHeader(out, "BridgeUniqueid", m_bridgeId);
    appendHeader(out, "BridgeType", "basic");
    appendHeader(out, "BridgeTechnology", "simple_bridge");
    appendHeader(out, "BridgeCreator", "<unknown>");
    appendHeader(out, "BridgeName", "<unknown>");
    appendHeader(out, "BridgeNumChannels", QByteArray::number(numChannels));
    appendHeader(out, "BridgeVideoSourceMode", "none");
}

void EventStreamGenerator::generate(qint64 eventCount, QByteArray& out)
{
    m_eventsLeft = eventCount;
    while (m_eventsLeft > 0)
        appendCall(out);
}

void EventStreamGenerator::appendCall(QByteArray& out)
{
    const Person& from = People[nextRandom() % People.size()];
    const Person* toPtr = &People[nextRandom() % People.size()];
    if (toPtr == &from)
        toPtr = &People[(toPtr - People.data() + 1) % People.size()];
    const Person& to = *toPtr;

    const auto makeLeg = [this](const Person& p) {
        Leg leg;
        leg.exten = p.exten;
        leg.name = p.name;
        leg.nonAscii = p.nonAscii;
        char buf[48];
        std::snprintf(buf, sizeof buf, "PJSIP/%s-%08x", p.exten, m_channelSeq++);
        leg.channel = buf;
        std::snprintf(
            buf, sizeof buf, "%lld.%u", static_cast<long long>(m_epochMicros / 1000000), m_uniqueSeq++);
        leg.uniqueid = buf;
        return leg;
    };
    const Leg a = makeLeg(from);
    m_linkedid = a.uniqueid;
    const Leg b = makeLeg(to);
    const Leg none;
    const QByteArray toExten(to.exten);
    char bridge[40];
    std::snprintf(bridge, sizeof bridge, "%08x-%04x-4%03x-8%03x-%08x%04x", nextRandom(),
        nextRandom() & 0xffff, nextRandom() & 0xfff, nextRandom() & 0xfff, nextRandom(),
        nextRandom() & 0xffff);
    m_bridgeId = bridge;

    // Each step is skipped once the requested number of events is reached.

    const auto channelEvent = [&](const char* name, const char* priv, const Leg& leg, const Leg& connected,
                                  const char* state, const char* desc, const QByteArray& exten) {
        if (m_eventsLeft <= 0)
            return false;
        beginEvent(out, name, priv);
        appendChannel(out, "", leg, connected, state, desc, exten);
        return true;
    };
    const auto varSet = [&](const Leg& leg, const Leg& connected, const char* state, const char* desc,
                            const QByteArray& exten, const char* variable, QByteArrayView value) {
        if (channelEvent("VarSet", "dialplan,all", leg, connected, state, desc, exten)) {
            appendHeader(out, "Variable", variable);
            appendHeader(out, "Value", value);
            endEvent(out);
        }
    };
    const auto newexten = [&](const Leg& leg, const Leg& connected, const char* state, const char* desc,
                              const QByteArray& exten, const char* app, QByteArrayView data) {
        if (channelEvent("Newexten", "dialplan,all", leg, connected, state, desc, exten)) {
            appendHeader(out, "Extension", exten);
            appendHeader(out, "Application", app);
            appendHeader(out, "AppData", data);
            endEvent(out);
        }
    };
    const auto deviceState = [&](const Leg& leg, const char* state) {
        if (m_eventsLeft <= 0)
            return;
        beginEvent(out, "DeviceStateChange", "call,all");
        appendHeader(out, "Device", QByteArray(QByteArrayLiteral("PJSIP/") + leg.exten));
        appendHeader(out, "State", state);
        endEvent(out);
    };
    const auto extensionStatus = [&](const Leg& leg, const char* status, const char* text) {
        if (m_eventsLeft <= 0)
            return;
        beginEvent(out, "ExtensionStatus", "call,all");
        appendHeader(out, "Exten", leg.exten);
        appendHeader(out, "Context", "phones");
        appendHeader(out, "Hint", QByteArray(QByteArrayLiteral("PJSIP/") + leg.exten));
        appendHeader(out, "Status", status);
        appendHeader(out, "StatusText", text);
        endEvent(out);
    };
    const auto dial = [&](const char* name, const char* state, const char* desc) {
        if (m_eventsLeft <= 0)
            return;
        beginEvent(out, name, "call,all");
        appendChannel(out, "", a, b, "4", "Ring", toExten);
        appendChannel(out, "Dest", b, a, state, desc, QByteArray("s"));
        if (name[4] == 'B')
            appendHeader(out, "DialString", toExten);
        else
            appendHeader(out, "DialStatus", "ANSWER");
        endEvent(out);
    };
    const auto bridgeEvent = [&](const char* name, const Leg& leg, const Leg& connected, int channels) {
        if (m_eventsLeft <= 0)
            return;
        beginEvent(out, name, "call,all");
        appendBridge(out, channels);
        appendChannel(out, "", leg, connected, "6", "Up", toExten);
        endEvent(out);
    };
    const auto hangup = [&](const Leg& leg, const Leg& connected) {
        if (channelEvent("Hangup", "call,all", leg, connected, "6", "Up", toExten)) {
            appendHeader(out, "Cause", "16");
            appendHeader(out, "Cause-txt", "Normal Clearing");
            endEvent(out);
        }
    };

    // The caller picks up the handset and dials.
    if (channelEvent("Newchannel", "call,all", a, none, "0", "Down", toExten))
        endEvent(out);
    varSet(
        a, none, "0", "Down", toExten, "PANEL_CALLID", QByteArray(QByteArrayLiteral("desk-") + a.uniqueid));
    deviceState(a, "INUSE");
    extensionStatus(a, "1", "InUse");
    if (channelEvent("Newstate", "call,all", a, none, "4", "Ring", toExten))
        endEvent(out);
    newexten(
        a, none, "4", "Ring", toExten, "Dial", QByteArray(QByteArrayLiteral("PJSIP/") + toExten + ",30,tT"));
    // The callee's phone rings.
    if (channelEvent("Newchannel", "call,all", b, a, "0", "Down", QByteArray("s")))
        endEvent(out);
    varSet(b, a, "0", "Down", QByteArray("s"), "DIALEDPEERNUMBER", toExten);
    dial("DialBegin", "0", "Down");
    if (channelEvent("Newstate", "call,all", b, a, "5", "Ringing", QByteArray("s")))
        endEvent(out);
    deviceState(b, "RINGING");
    extensionStatus(b, "8", "Ringing");
    // Answered.
    if (channelEvent("Newstate", "call,all", b, a, "6", "Up", QByteArray("s")))
        endEvent(out);
    dial("DialEnd", "6", "Up");
    varSet(a, b, "6", "Up", toExten, "DIALSTATUS", "ANSWER");
    bridgeEvent("BridgeEnter", b, a, 1);
    bridgeEvent("BridgeEnter", a, b, 2);
    varSet(a, b, "6", "Up", toExten, "BRIDGEPEER", b.channel);
    varSet(b, a, "6", "Up", toExten, "BRIDGEPEER", a.channel);
    deviceState(b, "INUSE");
    extensionStatus(b, "1", "InUse");
    // The callee hangs up.
    bridgeEvent("BridgeLeave", b, a, 1);
    bridgeEvent("BridgeLeave", a, b, 0);
    varSet(b, a, "6", "Up", toExten, "BRIDGEPEER", "");
    hangup(b, a);
    deviceState(b, "NOT_INUSE");
    extensionStatus(b, "0", "Idle");
    newexten(a, b, "6", "Up", QByteArray("h"), "NoOp", "hangup handler");
    hangup(a, b);
    deviceState(a, "NOT_INUSE");
    extensionStatus(a, "0", "Idle");
}
