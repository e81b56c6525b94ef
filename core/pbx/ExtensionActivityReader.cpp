// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ExtensionActivityReader.h"

#include "core/pbx/CallActivityReader.h"
#include "core/pbx/PbxState.h"

#include <algorithm>

namespace Pbx {

namespace {

// The order channels were created in, as both a client that saw the events
// and one that started later know it exactly: Asterisk's uniqueid is
// "<epoch seconds>.<sequence>". (Bridge enter times are known only to the
// first; a list gives the channel's age to the second.) A uniqueid of another
// form (Originate's ChannelId) falls back on the creation time.
std::pair<qint64, qint64> creationOrder(const Channel& c)
{
    const qsizetype dot = c.uniqueid.indexOf(u'.');
    bool secondsOk = false;
    bool sequenceOk = false;
    const qint64 seconds = QStringView(c.uniqueid).first(qMax<qsizetype>(dot, 0)).toLongLong(&secondsOk);
    const qint64 sequence = QStringView(c.uniqueid).sliced(dot + 1).toLongLong(&sequenceOk);
    if (dot > 0 && secondsOk && sequenceOk)
        return {seconds, sequence};
    return {c.createdMs / 1000, -1};
}

} // namespace

ExtensionActivityReader::ExtensionActivityReader(const PbxState& state)
    : m_state(state)
{ }

ExtensionActivity ExtensionActivityReader::of(const QString& extensionKey) const
{
    ExtensionActivity a;
    const Extension* e = m_state.extension(extensionKey);
    if (!e)
        return a;
    if (const Channel* best = countCalls(*e, a))
        describe(*best, a);
    else if (e->hint.kind() == Hint::Kind::Parking)
        parkingSpace(*e, a);
    return a;
}

const Channel* ExtensionActivityReader::countCalls(const Extension& e, ExtensionActivity& a) const
{
    const CallStore* calls = m_state.callStore();
    const Channel* best = nullptr;
    int bestRank = 99;
    std::pair<qint64, qint64> bestOrder {0, 0};
    for (const QString& device : e.devices()) {
        const QStringList uids = calls->channelsOfDevice(device);
        for (const QString& uid : uids) {
            const Channel* c = calls->channel(uid);
            if (!c)
                continue;
            ++a.activeCalls;
            const bool held = calls->isHeldNow(*c);
            if (held)
                ++a.heldCalls;
            const bool ringing = c->isRinging();
            if (ringing)
                a.ringing = true;
            // What the tile tells first: a live conversation, then a ringing
            // phone, then anything else, a held call last; of equals, the
            // newest call.
            int rank = 2;
            if (held)
                rank = 3;
            else if (calls->bridgeMate(*c))
                rank = 0;
            else if (ringing)
                rank = 1;
            const auto order = creationOrder(*c);
            if (rank < bestRank || (rank == bestRank && order > bestOrder)) {
                best = c;
                bestRank = rank;
                bestOrder = order;
            }
        }
    }
    return best;
}

void ExtensionActivityReader::describe(const Channel& best, ExtensionActivity& a) const
{
    a.channelId = best.uniqueid;
    a.what = CallActivityReader(m_state).of(best);
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
    const qint64 talking = talkingSince(best);
    a.sinceMs = talking > 0 ? talking : best.createdMs;
}

void ExtensionActivityReader::parkingSpace(const Extension& e, ExtensionActivity& a) const
{
    // A parking space's hint ("park:701@parkedcalls") has no channel of
    // its own: its tile shows who is parked there.
    a.what = CallActivityReader(m_state).ofParkingSpace(e);
    for (const ParkedCall& p : m_state.parkedCalls()) {
        if (p.space == e.exten) {
            a.activeCalls = 1;
            a.peerNumber = p.callerIdNum;
            a.peerName = p.callerIdName;
            a.sinceMs = p.parkedAtMs;
            a.channelId = p.uniqueid;
        }
    }
}

qint64 ExtensionActivityReader::talkingSince(const Channel& c) const
{
    const Channel* mate = m_state.callStore()->bridgeMate(c);
    if (!mate)
        return 0;
    return std::max(c.bridgeEnteredMs, mate->bridgeEnteredMs);
}

} // namespace Pbx
