// SPDX-License-Identifier: GPL-3.0-or-later
// PbxState: derived views (who talks to whom, calls) and the canonical dump.
#include "core/pbx/PbxState.h"

#include "core/pbx/CallActivityReader.h"

#include <QMetaEnum>

#include <algorithm>

using namespace Pbx;

const Channel* PbxState::channel(const QString& uniqueid) const
{
    auto it = m_channels.constFind(uniqueid);
    return it == m_channels.cend() ? nullptr : &*it;
}

const Channel* PbxState::channelByName(const QString& name) const
{
    if (name.isEmpty())
        return nullptr;
    auto it = m_channelByName.constFind(name);
    return it == m_channelByName.cend() ? nullptr : channel(*it);
}

const Channel* PbxState::bridgeMate(const Channel& c) const
{
    if (c.bridgeId.isEmpty())
        return nullptr;
    auto b = m_bridges.constFind(c.bridgeId);
    if (b == m_bridges.cend())
        return nullptr;
    for (const QString& uid : b->channels) {
        if (uid != c.uniqueid) {
            if (const Channel* mate = channel(uid))
                return mate;
        }
    }
    return nullptr;
}

const Channel* PbxState::resolvePeer(const Channel& c) const
{
    // Walk through Local pairs: bridge partner "Local/x;1" stands for
    // whatever its ";2" half is bridged with. A few hops at most (chained
    // Locals); stop at a half that is not bridged yet (still dialling).
    const Channel* mate = bridgeMate(c);
    for (int hops = 0; mate && mate->isLocal() && hops < 4; ++hops) {
        const Channel* partner = channelByName(mate->localPartnerName());
        const Channel* far = partner ? bridgeMate(*partner) : nullptr;
        if (!far || far->uniqueid == c.uniqueid)
            break;
        mate = far;
    }
    return mate;
}

const Channel* PbxState::peerOf(const QString& uniqueid) const
{
    const Channel* c = channel(uniqueid);
    return c ? resolvePeer(*c) : nullptr;
}

bool PbxState::isCallHeld(const QString& uniqueid) const
{
    const Channel* c = channel(uniqueid);
    return c && isHeldNow(*c);
}

bool PbxState::isHeldNow(const Channel& c) const
{
    if (c.isHeld())
        return true;
    // No Hold event seen (it came before we connected; no list reports it):
    // the held party's device reads ONHOLD, which DeviceStateList does report.
    const auto onHold = [this](const Channel* x) {
        const QHash<QString, Device>& devices = m_extensionStore->devices();
        auto d = x ? devices.constFind(x->device) : devices.cend();
        return d != devices.cend() && d->state.compare(QLatin1String("ONHOLD"), Qt::CaseInsensitive) == 0;
    };
    const Channel* peer = resolvePeer(c);
    if (c.bridgeId.isEmpty() || c.holdKnown || (peer && peer->holdKnown))
        return false;
    return onHold(&c) || onHold(peer);
}

qint64 PbxState::talkingSince(const Channel& c) const
{
    // A conversation starts when the second party is in: the later enter.
    const Channel* mate = bridgeMate(c);
    if (!mate)
        return 0;
    return std::max(c.bridgeEnteredMs, mate->bridgeEnteredMs);
}

ExtensionActivity PbxState::activity(const QString& extensionKey) const
{
    ExtensionActivity a;
    const Extension* e = extension(extensionKey);
    if (!e)
        return a;

    const Channel* best = nullptr;
    int bestRank = 99;
    qint64 bestTime = 0;
    for (const QString& device : e->devices()) {
        auto uids = m_deviceChannels.constFind(device);
        if (uids == m_deviceChannels.cend())
            continue;
        for (const QString& uid : *uids) {
            const Channel* c = channel(uid);
            if (!c)
                continue;
            ++a.activeCalls;
            const bool held = isHeldNow(*c);
            if (held)
                ++a.heldCalls;
            const bool ringing = c->isRinging();
            if (ringing)
                a.ringing = true;
            // What the tile tells first: a live conversation, then a ringing
            // phone, then anything else, a held call last.
            int rank = 2;
            qint64 time = c->createdMs;
            if (held) {
                rank = 3;
            } else if (bridgeMate(*c)) {
                rank = 0;
                time = c->bridgeEnteredMs;
            } else if (ringing) {
                rank = 1;
            }
            if (rank < bestRank || (rank == bestRank && time > bestTime)) {
                best = c;
                bestRank = rank;
                bestTime = time;
            }
        }
    }
    const CallActivityReader reader(*this);
    if (!best) {
        // A parking space's hint ("park:701@parkedcalls") has no channel of
        // its own: its tile shows who is parked there.
        if (e->hint.kind() == Hint::Kind::Parking) {
            a.what = reader.ofParkingSpace(*e);
            for (const ParkedCall& p : m_parked) {
                if (p.space == e->exten) {
                    a.activeCalls = 1;
                    a.peerNumber = p.callerIdNum;
                    a.peerName = p.callerIdName;
                    a.sinceMs = p.parkedAtMs;
                    a.channelId = p.uniqueid;
                }
            }
        }
        return a;
    }

    a.channelId = best->uniqueid;
    a.what = reader.of(*best);
    // Only a conversation (or one being set up) has a peer: a caller in
    // voicemail, parked or queued talks to nobody.
    if (a.what.hasPeer()) {
        a.peerNumber = a.what.number;
        a.peerName = a.what.name;
    }
    if (!Channel::isKnown(a.peerNumber))
        a.peerNumber.clear();
    if (!Channel::isKnown(a.peerName))
        a.peerName.clear();
    const qint64 talking = talkingSince(*best);
    a.sinceMs = talking > 0 ? talking : best->createdMs;
    return a;
}

Call PbxState::call(const QString& linkedid) const
{
    Call call;
    auto group = m_callChannels.constFind(linkedid);
    if (group == m_callChannels.cend())
        return call;
    call.linkedid = linkedid;

    QList<const Channel*> all;
    QList<const Channel*> real;
    for (const QString& uid : *group) {
        if (const Channel* c = channel(uid)) {
            all.append(c);
            if (!c->isLocal())
                real.append(c);
        }
    }
    call.channelCount = int(all.size());
    if (all.isEmpty())
        return call;
    const QList<const Channel*>& pool = real.isEmpty() ? all : real;

    const auto earlier = [](const Channel* a, const Channel* b) {
        return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->uniqueid < b->uniqueid;
    };
    const Channel* caller = nullptr;
    for (const Channel* c : pool) {
        if (c->uniqueid == linkedid)
            caller = c;
    }
    if (!caller)
        caller = *std::min_element(pool.begin(), pool.end(), earlier);

    const Channel* callee = resolvePeer(*caller);
    if (callee && (callee == caller || (callee->isLocal() && !real.isEmpty())))
        callee = nullptr;
    if (!callee) {
        // Not bridged yet: the phone being rung (the newest one if several).
        int bestRank = 99;
        for (const Channel* c : pool) {
            if (c == caller)
                continue;
            const int rank = !c->bridgeId.isEmpty() ? 0 : (c->isRinging() ? 1 : 2);
            if (!callee || rank < bestRank || (rank == bestRank && earlier(callee, c))) {
                callee = c;
                bestRank = rank;
            }
        }
    }

    const CallActivityReader reader(*this);
    call.activity = reader.of(*caller);
    if (callee
        && (call.activity.kind == CallActivity::Kind::Other
            || call.activity.kind == CallActivity::Kind::None)) {
        // The caller only waits in the dialplan (e.g. after parking the callee): say what the callee does.
        const CallActivity other = reader.of(*callee);
        if (!other.hasPeer() && other.kind != CallActivity::Kind::Other)
            call.activity = other;
    }
    call.callerChannel = caller->uniqueid;
    call.callerChannelName = caller->name;
    call.callerNumber = caller->callerIdNum;
    call.callerName = caller->callerIdName;
    if (callee) {
        call.calleeChannel = callee->uniqueid;
        call.calleeChannelName = callee->name;
        call.calleeNumber = callee->callerIdNum;
        call.calleeName = callee->callerIdName;
        call.ringing = callee->isRinging();
        if (!caller->bridgeId.isEmpty() && !callee->bridgeId.isEmpty())
            call.answeredMs = std::max(caller->bridgeEnteredMs, callee->bridgeEnteredMs);
        if (callee->linkedid != linkedid)
            call.duplicateOf = sharedConversation(*caller, *callee);
    } else {
        // Nobody else in the call: the party it is being connected to, or
        // the mailbox it leaves a message in — never a connected line left
        // over from a conversation that is over (parked, queued).
        if (call.activity.hasPeer() || call.activity.kind == CallActivity::Kind::Voicemail) {
            call.calleeNumber = call.activity.number;
            call.calleeName = call.activity.name;
        }
        call.ringing = caller->isRinging();
    }
    for (const Channel* c : all) {
        if (call.startMs == 0 || (c->createdMs > 0 && c->createdMs < call.startMs))
            call.startMs = c->createdMs;
        if (isHeldNow(*c))
            call.onHold = true;
        if (call.queue.isEmpty())
            call.queue = c->queue;
    }
    if (!call.duplicateOf.isEmpty() && !keepsConversation(call, call.duplicateOf))
        call.duplicateOf.clear();
    for (QString* s : {&call.callerNumber, &call.callerName, &call.calleeNumber, &call.calleeName}) {
        if (!Channel::isKnown(*s))
            s->clear();
    }
    // Internal parties are named by configuration, as on their tiles.
    for (auto [number, name] :
        {std::pair {&call.callerNumber, &call.callerName}, {&call.calleeNumber, &call.calleeName}}) {
        const QString configured = number->isEmpty() ? QString() : displayNameOfNumber(*number);
        if (!configured.isEmpty())
            *name = configured;
    }
    return call;
}

QString PbxState::sharedConversation(const Channel& caller, const Channel& callee) const
{
    // Two Linkedids in one two-party bridge (a retrieved parked call on a PBX
    // that does not merge Linkedids): one conversation, two call groups.
    // Conference bridges join many calls on purpose: not those.
    const auto twoParty = [this](const QString& bridgeId) {
        auto b = m_bridges.constFind(bridgeId);
        return b != m_bridges.cend() && b->channels.size() == 2;
    };
    if (!twoParty(caller.bridgeId) || !twoParty(callee.bridgeId))
        return {};
    return callee.linkedid;
}

bool PbxState::keepsConversation(const Call& call, const QString& other) const
{
    // True when `other` is the call to keep: it started first (ties: the
    // smaller Linkedid), so both calls agree on which one lists the conversation.
    qint64 otherStart = 0;
    for (const QString& uid : m_callChannels.value(other)) {
        const Channel* c = channel(uid);
        if (c && c->createdMs > 0 && (otherStart == 0 || c->createdMs < otherStart))
            otherStart = c->createdMs;
    }
    if (otherStart != call.startMs)
        return otherStart < call.startMs;
    return other < call.linkedid;
}

QString PbxState::dumpCanonical() const
{
    // Only what a fresh start can know from the lists: no times, no bridge
    // types, no learned names, no endpoints (not listed), no urgent split.
    QStringList lines;
    m_mailboxStore->dump(lines);
    m_extensionStore->dump(lines);
    for (const Channel& c : m_channels) {
        lines.append(QStringLiteral("chan %1 linked=%2 name=%3 state=%4 cid=%5/%6 col=%7/%8 bridge=%9")
                         .arg(c.uniqueid, c.linkedid, c.name, QString::number(c.state), c.callerIdNum,
                             c.callerIdName, c.connectedLineNum, c.connectedLineName, c.bridgeId)
            + QStringLiteral(" hold=%1 heldBy=%2 queue=%3")
                  .arg(QString::number(int(c.onHold)), c.heldBy, c.queue));
    }
    for (const Bridge& b : m_bridges) {
        if (b.channels.isEmpty())
            continue; // lasting empty bridges (parking lots) are not listed anywhere
        QStringList members = b.channels;
        members.sort();
        lines.append(QStringLiteral("bridge %1 %2").arg(b.id, members.join(QLatin1Char(','))));
    }
    for (const ParkedCall& p : m_parked) {
        lines.append(QStringLiteral("park %1 uid=%2 chan=%3 cid=%4/%5")
                         .arg(p.key(), p.uniqueid, p.channel, p.callerIdNum, p.callerIdName));
    }
    for (const Queue& q : m_queues) {
        lines.append(QStringLiteral("queue %1").arg(q.name));
        for (const QueueMember& qm : q.members) {
            lines.append(
                QStringLiteral("member %1 %2 name=%3 status=%4 paused=%5 reason=%6 incall=%7 taken=%8")
                    .arg(q.name, qm.interface, qm.name, QString::number(qm.status),
                        QString::number(int(qm.paused)), qm.pausedReason, QString::number(int(qm.inCall)),
                        QString::number(qm.callsTaken)));
        }
        for (const QueueCaller& qc : q.callers) {
            lines.append(
                QStringLiteral("waiting %1 %2 pos=%3 cid=%4/%5")
                    .arg(q.name, qc.uniqueid, QString::number(qc.position), qc.callerIdNum, qc.callerIdName));
        }
    }
    for (PbxStore* store : m_stores)
        store->dump(lines);
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}
