// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallActivityReader.h"

#include "core/pbx/PbxState.h"

#include <algorithm>

namespace Pbx {

namespace {

bool isApp(const Channel& c, QLatin1StringView name)
{
    return c.application.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

CallActivityReader::CallActivityReader(const PbxState& state)
    : m_state(state)
{ }

CallActivity CallActivityReader::of(const Channel& c) const
{
    CallActivity a;
    if (parked(c, a) || queued(c, a) || conference(c, a) || bridged(c, a))
        return a;
    if (isApp(c, QLatin1StringView("VoiceMail"))) {
        voicemail(c, a);
    } else if (isApp(c, QLatin1StringView("VoiceMailMain"))) {
        a.kind = CallActivity::Kind::VoicemailMenu;
        a.place = c.applicationData.section(QLatin1Char(','), 0, 0);
        a.sinceMs = c.applicationSinceMs;
    } else if (const Channel* holder = c.heldBy.isEmpty() ? nullptr : m_state.channel(c.heldBy)) {
        // Its partner pressed hold and left (to consult someone): on hold by that party.
        a.kind = CallActivity::Kind::OnHold;
        setParty(a, holder->callerIdNum, holder->callerIdName);
        a.sinceMs = c.bridgeEnteredMs;
    } else if (c.isRinging()) {
        a.kind = CallActivity::Kind::Ringing;
        a.sinceMs = c.createdMs;
        connectedParty(c, a);
    } else if (const Channel* callee = c.bridgeId.isEmpty() ? dialled(c) : nullptr) {
        a.kind = CallActivity::Kind::Dialling;
        a.sinceMs = c.applicationSinceMs;
        connectedParty(c, a);
        // Before Asterisk updates the connected line: the phone being rung.
        if (a.number.isEmpty())
            setParty(a, callee->callerIdNum, callee->callerIdName);
        if (a.number.isEmpty() && c.exten != QLatin1String("s"))
            a.number = c.exten; // the number dialled
    } else {
        // Alone in a bridge, in the dialplan, or in an application we have no words for.
        a.kind = CallActivity::Kind::Other;
        a.place = c.application;
        a.sinceMs = c.applicationSinceMs;
    }
    return a;
}

const Channel* CallActivityReader::dialled(const Channel& c) const
{
    // A Dial in progress: a channel it dialled is not answered yet.
    const QStringList uids = m_state.channelsOfCall(c.linkedid);
    for (const QString& uid : uids) {
        const Channel* x = m_state.channel(uid);
        if (x && x->dialedBy == c.uniqueid && x->bridgeId.isEmpty())
            return x;
    }
    return nullptr;
}

bool CallActivityReader::parked(const Channel& c, CallActivity& a) const
{
    for (const ParkedCall& p : m_state.parkedCalls()) {
        if (p.uniqueid != c.uniqueid)
            continue;
        a.kind = CallActivity::Kind::Parked;
        a.place = p.space;
        a.sinceMs = p.parkedAtMs;
        a.untilMs = p.timeoutAtMs;
        parker(p, a.number, a.name);
        return true;
    }
    return false;
}

bool CallActivityReader::queued(const Channel& c, CallActivity& a) const
{
    const Queue* q = c.queue.isEmpty() ? nullptr : m_state.queue(c.queue);
    if (!q)
        return false;
    const auto it = std::find_if(q->callers.cbegin(), q->callers.cend(),
        [&](const QueueCaller& qc) { return qc.uniqueid == c.uniqueid; });
    if (it == q->callers.cend())
        return false;
    a.kind = CallActivity::Kind::Queued;
    a.place = q->name;
    a.position = it->position;
    a.sinceMs = it->joinedMs;
    return true;
}

bool CallActivityReader::conference(const Channel& c, CallActivity& a) const
{
    const auto b = m_state.bridges().constFind(c.bridgeId);
    const bool known = b != m_state.bridges().cend() && b->isConference();
    if (!known && !c.inConfBridge())
        return false;
    a.kind = CallActivity::Kind::Conference;
    // The bridge's name, or ConfBridge's first argument (a resync's CoreShowChannel has no BridgeName).
    a.place = known && !b->name.isEmpty() ? b->name : c.applicationData.section(u',', 0, 0).trimmed();
    a.sinceMs = c.bridgeEnteredMs;
    return true;
}

bool CallActivityReader::bridged(const Channel& c, CallActivity& a) const
{
    const Channel* peer = m_state.peerOf(c.uniqueid);
    if (!peer)
        return false;
    if (peer->isLocal() && !Channel::isKnown(peer->callerIdNum)) {
        // Bridged with a Local half whose far side is not answered yet
        // (attended transfer consultation): still dialling.
        a.kind = CallActivity::Kind::Dialling;
        a.sinceMs = c.bridgeEnteredMs;
        connectedParty(c, a);
        return true;
    }
    a.kind = m_state.isHeldNow(c) ? CallActivity::Kind::OnHold : CallActivity::Kind::Talking;
    setParty(a, peer->callerIdNum, peer->callerIdName);
    // A conversation starts when the second party is in: the later enter.
    qint64 since = c.bridgeEnteredMs;
    if (auto b = m_state.bridges().constFind(c.bridgeId); b != m_state.bridges().cend()) {
        for (const QString& uid : b->channels) {
            const Channel* mate = uid == c.uniqueid ? nullptr : m_state.channel(uid);
            if (mate) {
                since = std::max(since, mate->bridgeEnteredMs);
                break;
            }
        }
    }
    a.sinceMs = since;
    return true;
}

void CallActivityReader::voicemail(const Channel& c, CallActivity& a) const
{
    // VoiceMail(1004@default&1005@default,u): the first box is whose greeting the caller hears.
    a.kind = CallActivity::Kind::Voicemail;
    a.sinceMs = c.applicationSinceMs;
    QString box = c.applicationData.section(QLatin1Char(','), 0, 0).section(QLatin1Char('&'), 0, 0).trimmed();
    if (box.isEmpty())
        return;
    if (!box.contains(QLatin1Char('@')))
        box += QStringLiteral("@default");
    a.place = box;
    const QString number = box.section(QLatin1Char('@'), 0, 0);
    if (!extensionParty(number, {}, a.number, a.name)) {
        a.number = number;
        a.name = m_state.mailboxes().value(box).fullName;
    }
}

void CallActivityReader::connectedParty(const Channel& c, CallActivity& a) const
{
    if (!Channel::isKnown(c.connectedLineNum) || c.connectedLineNum == c.callerIdNum)
        return;
    setParty(a, c.connectedLineNum, c.connectedLineName);
}

void CallActivityReader::setParty(CallActivity& a, const QString& number, const QString& callerIdName) const
{
    // An internal extension is named by configuration, as on its own tile;
    // a caller ID name only names an outside party.
    a.number = Channel::isKnown(number) ? number : QString();
    const QString configured = a.number.isEmpty() ? QString() : m_state.displayNameOfNumber(a.number);
    a.name = !configured.isEmpty() ? configured : Channel::isKnown(callerIdName) ? callerIdName : QString();
}

bool CallActivityReader::extensionParty(
    const QString& number, const QString& device, QString& outNumber, QString& outName) const
{
    const QStringList keys
        = device.isEmpty() ? m_state.extensionKeysOfNumber(number) : m_state.extensionKeysOfDevice(device);
    for (const QString& key : keys) {
        const Extension* e = m_state.extension(key);
        if (!e || e->hint.kind() == Hint::Kind::Parking)
            continue;
        outNumber = e->exten;
        outName = m_state.displayName(key);
        return true;
    }
    return false;
}

void CallActivityReader::parker(const ParkedCall& p, QString& number, QString& name) const
{
    // ParkerDialString ("PJSIP/1000") is where the call returns: that phone's extension.
    if (!p.parkerDialString.isEmpty() && extensionParty({}, p.parkerDialString, number, name))
        return;
    // Otherwise whom Asterisk says it talked to when it was parked.
    CallActivity who;
    setParty(who, p.connectedLineNum, p.connectedLineName);
    number = who.number;
    name = who.name;
}

CallActivity CallActivityReader::ofParkingSpace(const Extension& space) const
{
    CallActivity a;
    for (const ParkedCall& p : m_state.parkedCalls()) {
        if (p.space != space.exten)
            continue;
        a.kind = CallActivity::Kind::ParkedHere;
        a.place = p.space;
        setParty(a, p.callerIdNum, p.callerIdName);
        a.sinceMs = p.parkedAtMs;
        a.untilMs = p.timeoutAtMs;
        parker(p, a.byNumber, a.byName);
        break;
    }
    return a;
}

} // namespace Pbx
