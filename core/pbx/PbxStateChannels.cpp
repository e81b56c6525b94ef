// SPDX-License-Identifier: GPL-3.0-or-later
// PbxState: channels and bridges.
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxStateUtil.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"

using namespace Pbx;
using namespace PbxStateUtil;

namespace {

// Header names of a channel snapshot; DialBegin/DialEnd repeat the
// snapshot of the dialled channel with a "Dest" prefix.
struct SnapshotKeys
{
    const char* channel;
    const char* uniqueid;
    const char* linkedid;
    const char* state;
    const char* callerIdNum;
    const char* callerIdName;
    const char* connectedNum;
    const char* connectedName;
};

const SnapshotKeys plainKeys {"Channel", "Uniqueid", "Linkedid", "ChannelState", "CallerIDNum",
    "CallerIDName", "ConnectedLineNum", "ConnectedLineName"};
const SnapshotKeys destKeys {"DestChannel", "DestUniqueid", "DestLinkedid", "DestChannelState",
    "DestCallerIDNum", "DestCallerIDName", "DestConnectedLineNum", "DestConnectedLineName"};

} // namespace

// --- channels -------------------------------------------------------------

Channel* PbxState::upsertChannel(const AmiMessage& m, bool dest, bool create)
{
    const SnapshotKeys& keys = dest ? destKeys : plainKeys;
    const QByteArrayView uidRaw = m.rawValue(keys.uniqueid);
    if (uidRaw.isEmpty())
        return nullptr;
    const QString uid = QString::fromLatin1(uidRaw);
    auto it = m_channels.find(uid);
    bool added = false;
    if (it == m_channels.end()) {
        const QString name = m.value(keys.channel);
        if (!create || name.isEmpty())
            return nullptr;
        Channel c;
        c.uniqueid = uid;
        c.name = name;
        c.device = Channel::deviceOf(name);
        c.linkedid = m.value(keys.linkedid);
        if (c.linkedid.isEmpty())
            c.linkedid = uid;
        c.createdMs = eventTimeMs(m);
        it = m_channels.insert(uid, c);
        m_channelByName.insert(c.name, uid);
        m_deviceChannels[c.device].append(uid);
        QStringList& call = m_callChannels[c.linkedid];
        const bool newCall = call.isEmpty();
        call.append(uid);
        added = true;
        Q_EMIT channelAdded(uid);
        if (newCall)
            Q_EMIT callAdded(c.linkedid);
    }
    Channel& c = *it;
    if (m_syncing)
        m_seenChannels.insert(uid);

    const QByteArrayView stateRaw = m.rawValue(keys.state);
    if (!stateRaw.isEmpty()) {
        const int state = stateRaw.toInt();
        if (state != c.state) {
            c.state = state;
            if (state == Channel::Up && c.answeredMs == 0)
                c.answeredMs = eventTimeMs(m);
        }
    }
    assignIfPresent(m, keys.callerIdNum, c.callerIdNum);
    assignIfPresent(m, keys.callerIdName, c.callerIdName);
    assignIfPresent(m, keys.connectedNum, c.connectedLineNum);
    assignIfPresent(m, keys.connectedName, c.connectedLineName);

    const QByteArrayView linkedRaw = m.rawValue(keys.linkedid);
    if (!linkedRaw.isEmpty() && !added && !equalsLatin1(c.linkedid, linkedRaw)) {
        // Linkedid moved (old masquerades): regroup the call.
        const QString old = c.linkedid;
        QStringList& oldList = m_callChannels[old];
        oldList.removeOne(uid);
        if (oldList.isEmpty()) {
            m_callChannels.remove(old);
            Q_EMIT callRemoved(old);
        } else {
            touch(m_touchedCalls, old);
        }
        c.linkedid = QString::fromLatin1(linkedRaw);
        QStringList& call = m_callChannels[c.linkedid];
        const bool newCall = call.isEmpty();
        call.append(uid);
        if (newCall)
            Q_EMIT callAdded(c.linkedid);
    }
    if (!added)
        touch(m_touchedChannels, uid);
    touchChannel(c);
    return &c;
}

void PbxState::handleNewchannel(const AmiMessage& m)
{
    Channel* c = upsertChannel(m, false, true);
    if (!c)
        return;
    assignIfPresent(m, "Context", c->context);
    assignIfPresent(m, "Exten", c->exten);
}

void PbxState::handleChannelSnapshot(const AmiMessage& m)
{
    upsertChannel(m, false, true);
}

void PbxState::handleNewexten(const AmiMessage& m)
{
    // The busiest event of all: only look up, never create.
    Channel* c = upsertChannel(m, false, false);
    if (!c)
        return;
    assignIfPresent(m, "Context", c->context);
    assignIfPresent(m, "Exten", c->exten);
    updateApplication(*c, m.value("Application"), m.value("AppData"), eventTimeMs(m));
}

void PbxState::updateApplication(Channel& c, const QString& app, const QString& data, qint64 atMs)
{
    // What the channel does when it is not bridged: VoiceMail, Queue, Park…
    if (app == c.application && data == c.applicationData)
        return;
    if (app != c.application)
        c.applicationSinceMs = atMs;
    c.application = app;
    c.applicationData = data;
    touch(m_touchedChannels, c.uniqueid);
    touchChannel(c);
}

void PbxState::handleHangup(const AmiMessage& m)
{
    const QString uid = m.value("Uniqueid");
    if (m_channels.contains(uid))
        removeChannel(uid);
}

void PbxState::handleDialBegin(const AmiMessage& m)
{
    Channel* caller = upsertChannel(m, false, true);
    Channel* dest = upsertChannel(m, true, true);
    if (dest && caller) {
        dest->dialedBy = caller->uniqueid;
        if (!caller->queue.isEmpty() && dest->queue.isEmpty())
            dest->queue = caller->queue;
    }
}

void PbxState::handleHold(const AmiMessage& m, bool on)
{
    // Asterisk raises Hold on the channel that pressed hold; its partners
    // (and the far side of a Local pair) are the ones hearing music.
    Channel* c = upsertChannel(m, false, true);
    if (!c)
        return;
    c->onHold = on;
    c->holdKnown = true;
    touch(m_touchedChannels, c->uniqueid);
    const QString holder = c->uniqueid;
    if (on) {
        QList<const Channel*> held;
        if (auto b = m_bridges.constFind(c->bridgeId); b != m_bridges.cend() && !c->bridgeId.isEmpty()) {
            for (const QString& uid : b->channels) {
                if (uid != holder)
                    held.append(channel(uid));
            }
        }
        if (const Channel* far = resolvePeer(*c))
            held.append(far);
        for (const Channel* h : held) {
            if (!h)
                continue;
            Channel& hc = m_channels[h->uniqueid];
            hc.heldBy = holder;
            hc.holdKnown = true;
            touch(m_touchedChannels, hc.uniqueid);
            touchChannel(hc);
        }
    } else {
        clearHeldBy(holder, c->linkedid);
    }
    touchChannel(m_channels[holder]);
}

void PbxState::clearHeldBy(const QString& holder, const QString& linkedid)
{
    // Only the holder's call can be held by it: no scan over every channel.
    const QStringList uids = m_callChannels.value(linkedid);
    for (const QString& uid : uids) {
        auto it = m_channels.find(uid);
        if (it != m_channels.end() && it->heldBy == holder) {
            it->heldBy.clear();
            touch(m_touchedChannels, it->uniqueid);
            touchChannel(*it);
        }
    }
}

void PbxState::handleRename(const AmiMessage& m)
{
    auto it = m_channels.find(m.value("Uniqueid"));
    if (it == m_channels.end())
        return;
    const QString newName = m.value("Newname");
    if (newName.isEmpty() || newName == it->name)
        return;
    touchChannel(*it);
    m_channelByName.remove(it->name);
    m_deviceChannels[it->device].removeOne(it->uniqueid);
    if (m_deviceChannels[it->device].isEmpty())
        m_deviceChannels.remove(it->device);
    it->name = newName;
    it->device = Channel::deviceOf(newName);
    m_channelByName.insert(newName, it->uniqueid);
    m_deviceChannels[it->device].append(it->uniqueid);
    touch(m_touchedChannels, it->uniqueid);
    touchChannel(*it);
}

void PbxState::handleCoreShowChannel(const AmiMessage& m)
{
    const QString uid = m.value("Uniqueid");
    const bool known = m_channels.contains(uid);
    Channel* c = upsertChannel(m, false, true);
    if (!c)
        return;
    assignIfPresent(m, "Context", c->context);
    assignIfPresent(m, "Exten", c->exten);
    const qint64 now = m_clock->currentMSecsSinceEpoch();
    if (!known) {
        // A list item has no Timestamp, only "Duration: HH:MM:SS".
        c->createdMs = now - parseDurationMs(m.rawValue("Duration"));
        if (c->state == Channel::Up)
            c->answeredMs = c->createdMs;
    }
    // The list does not say since when the application runs; the channel's age is the best guess.
    updateApplication(*c, m.value("Application"), m.value("ApplicationData"), known ? now : c->createdMs);
    const QString bridgeId = m.value("BridgeId");
    if (bridgeId != c->bridgeId) {
        if (!c->bridgeId.isEmpty())
            leaveBridge(*c);
        if (!bridgeId.isEmpty()) {
            // The enter time is not listed; the channel's age is the best guess.
            enterBridge(*c, bridgeId, c->createdMs);
        }
    }
    if (m_syncing && !bridgeId.isEmpty())
        m_seenBridges.insert(bridgeId);
    touch(m_touchedChannels, c->uniqueid);
}

void PbxState::removeChannel(const QString& uid)
{
    auto it = m_channels.find(uid);
    if (it == m_channels.end())
        return;
    Channel c = *it;
    if (!c.bridgeId.isEmpty())
        leaveBridge(*it);
    clearHeldBy(uid, c.linkedid);
    touchChannel(c);
    m_channels.erase(it);
    if (m_channelByName.value(c.name) == uid)
        m_channelByName.remove(c.name);
    auto dev = m_deviceChannels.find(c.device);
    if (dev != m_deviceChannels.end()) {
        dev->removeOne(uid);
        if (dev->isEmpty())
            m_deviceChannels.erase(dev);
    }
    m_touchedChannels.removeOne(uid);
    Q_EMIT channelRemoved(uid, c.linkedid);
    auto call = m_callChannels.find(c.linkedid);
    if (call != m_callChannels.end()) {
        call->removeOne(uid);
        if (call->isEmpty()) {
            m_callChannels.erase(call);
            m_touchedCalls.removeOne(c.linkedid);
            Q_EMIT callRemoved(c.linkedid);
        }
    }
    // A parked call or queue caller whose channel is gone is gone too, even
    // if the closing event was missed.
    QString parkedKey;
    for (auto p = m_parked.cbegin(); p != m_parked.cend(); ++p) {
        if (p->uniqueid == uid)
            parkedKey = p.key(); // a copy: removal frees the node's key
    }
    if (!parkedKey.isEmpty())
        removeParkedCall(parkedKey, ParkedCallEnd::Gone);
    if (!c.queue.isEmpty())
        removeQueueCaller(c.queue, uid);
}

void PbxState::touchChannel(const Channel& c)
{
    // Whoever shows this channel or talks to it: its own extension, the
    // bridge partners' extensions, and the same through a Local pair.
    touch(m_touchedCalls, c.linkedid);
    touchExtensionsOfDevice(c.device);
    const auto touchBridge = [this](const QString& bridgeId, const QString& except) {
        auto b = m_bridges.constFind(bridgeId);
        if (b == m_bridges.cend())
            return;
        for (const QString& uid : b->channels) {
            if (uid == except)
                continue;
            auto mate = m_channels.constFind(uid);
            if (mate == m_channels.cend())
                continue;
            touchExtensionsOfDevice(mate->device);
            touch(m_touchedCalls, mate->linkedid);
            if (mate->isLocal()) {
                const Channel* partner = channelByName(mate->localPartnerName());
                if (partner && !partner->bridgeId.isEmpty()) {
                    auto pb = m_bridges.constFind(partner->bridgeId);
                    if (pb != m_bridges.cend()) {
                        for (const QString& far : pb->channels) {
                            auto f = m_channels.constFind(far);
                            if (f != m_channels.cend())
                                touchExtensionsOfDevice(f->device);
                        }
                    }
                }
            }
        }
    };
    if (!c.bridgeId.isEmpty())
        touchBridge(c.bridgeId, c.uniqueid);
    if (c.isLocal()) {
        const Channel* partner = channelByName(c.localPartnerName());
        if (partner && !partner->bridgeId.isEmpty())
            touchBridge(partner->bridgeId, partner->uniqueid);
    }
}

// --- bridges --------------------------------------------------------------

void PbxState::handleBridgeCreate(const AmiMessage& m)
{
    const QString id = m.value("BridgeUniqueid");
    if (id.isEmpty())
        return;
    Bridge& b = m_bridges[id];
    b.id = id;
    b.type = m.value("BridgeType");
    if (m_syncing)
        m_seenBridges.insert(id);
    Q_EMIT bridgeChanged(id);
}

void PbxState::handleBridgeEnter(const AmiMessage& m)
{
    Channel* c = upsertChannel(m, false, true);
    const QString id = m.value("BridgeUniqueid");
    if (!c || id.isEmpty())
        return;
    if (!m_bridges.contains(id)) {
        Bridge& b = m_bridges[id];
        b.id = id;
        b.type = m.value("BridgeType");
    }
    if (c->bridgeId != id) {
        if (!c->bridgeId.isEmpty())
            leaveBridge(*c);
        enterBridge(*c, id, eventTimeMs(m));
    }
}

void PbxState::handleBridgeLeave(const AmiMessage& m)
{
    Channel* c = upsertChannel(m, false, true);
    if (c && c->bridgeId == m.value("BridgeUniqueid"))
        leaveBridge(*c);
}

void PbxState::handleBridgeDestroy(const AmiMessage& m)
{
    removeBridge(m.value("BridgeUniqueid"));
}

void PbxState::enterBridge(Channel& c, const QString& bridgeId, qint64 atMs)
{
    Bridge& b = m_bridges[bridgeId];
    b.id = bridgeId;
    // Someone new joins a held party: the transfer or pickup ended its hold.
    for (const QString& uid : std::as_const(b.channels)) {
        auto mate = m_channels.find(uid);
        if (mate != m_channels.end() && !mate->heldBy.isEmpty()) {
            mate->heldBy.clear();
            mate->holdKnown = true;
            touch(m_touchedChannels, uid);
        }
    }
    if (!b.channels.contains(c.uniqueid))
        b.channels.append(c.uniqueid);
    if (!c.heldBy.isEmpty())
        c.holdKnown = true;
    c.heldBy.clear();
    c.bridgeId = bridgeId;
    c.bridgeEnteredMs = atMs;
    touch(m_touchedChannels, c.uniqueid);
    touchChannel(c);
    Q_EMIT bridgeChanged(bridgeId);
}

void PbxState::leaveBridge(Channel& c)
{
    // Touch before leaving, so the partners learn they lost this one.
    touchChannel(c);
    const QString id = std::exchange(c.bridgeId, {});
    c.bridgeEnteredMs = 0;
    // The holder moved on (e.g. to the consultation call of an attended
    // transfer): its own call is no longer "on hold" from its side.
    c.onHold = false;
    auto b = m_bridges.find(id);
    if (b != m_bridges.end())
        b->channels.removeOne(c.uniqueid);
    touch(m_touchedChannels, c.uniqueid);
    touchChannel(c);
    Q_EMIT bridgeChanged(id);
}

void PbxState::removeBridge(const QString& bridgeId)
{
    auto b = m_bridges.find(bridgeId);
    if (b == m_bridges.end())
        return;
    const QStringList members = b->channels;
    for (const QString& uid : members) {
        auto c = m_channels.find(uid);
        if (c != m_channels.end() && c->bridgeId == bridgeId)
            leaveBridge(*c);
    }
    m_bridges.remove(bridgeId);
    Q_EMIT bridgeChanged(bridgeId);
}

void PbxState::handleTransfer(const AmiMessage& m, TransferKind kind)
{
    const bool ok = m.valueIs("Result", "Success");
    QString target;
    if (kind == TransferKind::Blind) {
        target = m.value("Extension") + QLatin1Char('@') + m.value("Context");
    } else {
        target = m.value("TransferTargetChannel");
        if (target.isEmpty())
            target = m.value("DestApp");
    }
    Q_EMIT transferred(kind, ok, m.value("TransfereeChannel"), target);
}

void PbxState::dropCalls()
{
    const QStringList uids = m_channels.keys();
    for (const QString& uid : uids)
        removeChannel(uid);
    const QStringList bridges = m_bridges.keys();
    for (const QString& id : bridges)
        removeBridge(id);
    const QStringList parked = m_parked.keys();
    for (const QString& key : parked)
        removeParkedCall(key, ParkedCallEnd::Gone);
    for (auto q = m_queues.begin(); q != m_queues.end(); ++q) {
        if (!q->callers.isEmpty()) {
            q->callers.clear();
            touch(m_touchedQueues, q.key());
        }
    }
}
