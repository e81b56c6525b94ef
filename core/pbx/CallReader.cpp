// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallReader.h"

#include "core/pbx/CallActivityReader.h"
#include "core/pbx/PbxState.h"

#include <algorithm>

namespace Pbx {

namespace {

bool earlier(const Channel* a, const Channel* b)
{
    return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->uniqueid < b->uniqueid;
}

} // namespace

CallReader::CallReader(const PbxState& state)
    : m_state(state)
{ }

Call CallReader::call(const QString& linkedid) const
{
    Call call;
    const QStringList group = m_state.channelsOfCall(linkedid);
    if (group.isEmpty())
        return call;
    call.linkedid = linkedid;

    QList<const Channel*> all;
    QList<const Channel*> real;
    for (const QString& uid : group) {
        if (const Channel* c = m_state.channel(uid)) {
            all.append(c);
            if (!c->isLocal())
                real.append(c);
        }
    }
    call.channelCount = int(all.size());
    if (all.isEmpty())
        return call;
    const QList<const Channel*>& pool = real.isEmpty() ? all : real;
    const Channel* caller = nullptr;
    for (const Channel* c : pool) {
        if (c->uniqueid == linkedid)
            caller = c;
    }
    if (!caller)
        caller = *std::min_element(pool.begin(), pool.end(), earlier);

    const Channel* other = callee(*caller, pool, real.isEmpty());
    describe(call, *caller, other);
    addParties(call, *caller, other);
    addTotals(call, all);
    if (!call.duplicateOf.isEmpty() && !keepsConversation(call, call.duplicateOf))
        call.duplicateOf.clear();
    nameParties(call);
    return call;
}

const Channel* CallReader::callee(
    const Channel& caller, const QList<const Channel*>& pool, bool allLocal) const
{
    const Channel* callee = m_state.callStore()->resolvePeer(caller);
    if (callee && (callee == &caller || (callee->isLocal() && !allLocal)))
        callee = nullptr;
    if (callee)
        return callee;
    // Not bridged yet: the phone being rung (the newest one if several).
    int bestRank = 99;
    for (const Channel* c : pool) {
        if (c == &caller)
            continue;
        const int rank = !c->bridgeId.isEmpty() ? 0 : (c->isRinging() ? 1 : 2);
        if (!callee || rank < bestRank || (rank == bestRank && earlier(callee, c))) {
            callee = c;
            bestRank = rank;
        }
    }
    return callee;
}

void CallReader::describe(Call& call, const Channel& caller, const Channel* callee) const
{
    const CallActivityReader reader(m_state);
    call.activity = reader.of(caller);
    if (callee
        && (call.activity.kind == CallActivity::Kind::Other
            || call.activity.kind == CallActivity::Kind::None)) {
        // The caller only waits in the dialplan (e.g. after parking the callee): say what the callee does.
        const CallActivity other = reader.of(*callee);
        if (!other.hasPeer() && other.kind != CallActivity::Kind::Other)
            call.activity = other;
    }
}

void CallReader::addParties(Call& call, const Channel& caller, const Channel* callee) const
{
    call.callerChannel = caller.uniqueid;
    call.callerChannelName = caller.name;
    call.callerNumber = caller.callerIdNum;
    call.callerName = caller.callerIdName;
    if (!callee) {
        // Nobody else in the call: the party it is being connected to, or
        // the mailbox it leaves a message in — never a connected line left
        // over from a conversation that is over (parked, queued).
        if (call.activity.hasPeer() || call.activity.kind == CallActivity::Kind::Voicemail) {
            call.calleeNumber = call.activity.number;
            call.calleeName = call.activity.name;
        }
        call.ringing = caller.isRinging();
        return;
    }
    call.calleeChannel = callee->uniqueid;
    call.calleeChannelName = callee->name;
    call.calleeNumber = callee->callerIdNum;
    call.calleeName = callee->callerIdName;
    call.ringing = callee->isRinging();
    if (!caller.bridgeId.isEmpty() && !callee->bridgeId.isEmpty())
        call.answeredMs = std::max(caller.bridgeEnteredMs, callee->bridgeEnteredMs);
    if (callee->linkedid != call.linkedid)
        call.duplicateOf = sharedConversation(caller, *callee);
}

void CallReader::addTotals(Call& call, const QList<const Channel*>& all) const
{
    for (const Channel* c : all) {
        if (call.startMs == 0 || (c->createdMs > 0 && c->createdMs < call.startMs))
            call.startMs = c->createdMs;
        if (m_state.isHeldNow(*c))
            call.onHold = true;
        if (call.queue.isEmpty())
            call.queue = c->queue;
    }
}

void CallReader::nameParties(Call& call) const
{
    for (QString* s : {&call.callerNumber, &call.callerName, &call.calleeNumber, &call.calleeName}) {
        if (!Channel::isKnown(*s))
            s->clear();
    }
    // Internal parties are named by configuration, as on their tiles.
    for (auto [number, name] :
        {std::pair {&call.callerNumber, &call.callerName}, {&call.calleeNumber, &call.calleeName}}) {
        const QString configured = number->isEmpty() ? QString() : m_state.displayNameOfNumber(*number);
        if (!configured.isEmpty())
            *name = configured;
    }
}

QString CallReader::sharedConversation(const Channel& caller, const Channel& callee) const
{
    // Two Linkedids in one two-party bridge (a retrieved parked call on a PBX
    // that does not merge Linkedids): one conversation, two call groups.
    // Conference bridges join many calls on purpose: not those.
    const auto twoParty = [this](const QString& bridgeId) {
        auto b = m_state.bridges().constFind(bridgeId);
        return b != m_state.bridges().cend() && b->channels.size() == 2;
    };
    if (!twoParty(caller.bridgeId) || !twoParty(callee.bridgeId))
        return {};
    return callee.linkedid;
}

bool CallReader::keepsConversation(const Call& call, const QString& other) const
{
    // Both calls agree on which one lists the conversation.
    qint64 otherStart = 0;
    for (const QString& uid : m_state.channelsOfCall(other)) {
        const Channel* c = m_state.channel(uid);
        if (c && c->createdMs > 0 && (otherStart == 0 || c->createdMs < otherStart))
            otherStart = c->createdMs;
    }
    if (otherStart != call.startMs)
        return otherStart < call.startMs;
    return other < call.linkedid;
}

} // namespace Pbx
