// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallStore.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/pbx/ChannelSnapshot.h"
#include "core/pbx/ExtensionStore.h"
#include "core/pbx/ListGuesses.h"
#include "core/pbx/PbxStateUtil.h"
#include "core/store/EventRoutes.h"

using namespace Pbx;
using namespace PbxStateUtil;

CallStore::CallStore(ExtensionStore* extensions, Clock* clock, QObject* parent)
    : PbxStore(parent)
    , m_extensions(extensions)
    , m_clock(clock)
    , m_changes(m_index, extensions)
    , m_holds(m_index, m_changes)
{ }

CallStore::~CallStore() = default;

void CallStore::apply(const AmiMessage& event)
{
    using S = CallStore;
    using M = AmiMessage;
    static const EventRoutes<S> routes {
        {"Newchannel", [](S& s, const M& m) { s.handleNewchannel(m); }},
        {"Newstate", [](S& s, const M& m) { s.upsertChannel(m, false, true); }},
        {"NewCallerid", [](S& s, const M& m) { s.upsertChannel(m, false, true); }},
        {"NewConnectedLine", [](S& s, const M& m) { s.upsertChannel(m, false, true); }},
        {"DialEnd", [](S& s, const M& m) { s.upsertChannel(m, false, true); }},
        {"Newexten", [](S& s, const M& m) { s.handleNewexten(m); }},
        {"Hangup", [](S& s, const M& m) { s.handleHangup(m); }},
        {"DialBegin", [](S& s, const M& m) { s.handleDialBegin(m); }},
        {"BridgeCreate", [](S& s, const M& m) { s.handleBridgeCreate(m); }},
        {"BridgeEnter", [](S& s, const M& m) { s.handleBridgeEnter(m); }},
        {"BridgeLeave", [](S& s, const M& m) { s.handleBridgeLeave(m); }},
        {"BridgeDestroy", [](S& s, const M& m) { s.removeBridge(m.value("BridgeUniqueid")); }},
        {"Hold", [](S& s, const M& m) { s.handleHold(m, true); }},
        {"Unhold", [](S& s, const M& m) { s.handleHold(m, false); }},
        {"Rename", [](S& s, const M& m) { s.handleRename(m); }},
        {"CoreShowChannel", [](S& s, const M& m) { s.handleCoreShowChannel(m); }},
        {"BlindTransfer", [](S& s, const M& m) { s.handleTransfer(m, TransferKind::Blind); }},
        {"AttendedTransfer", [](S& s, const M& m) { s.handleTransfer(m, TransferKind::Attended); }},
        {"OriginateResponse", [](S& s, const M& m) { s.handleOriginateResponse(m); }},
        {"ChanSpyStart", [](S& s, const M& m) { s.handleChanSpyStart(m); }},
    };
    routes.dispatch(*this, event);
}

void CallStore::flush()
{
    if (m_changes.isEmpty())
        return;
    // Taken out: a slot may apply() again (rare, but then the lists change).
    QStringList channels = m_changes.takeChannels();
    QStringList calls = m_changes.takeCalls();
    for (const QString& id : std::as_const(channels)) {
        if (m_index.channel(id))
            Q_EMIT channelChanged(id);
    }
    for (const QString& id : std::as_const(calls)) {
        if (m_index.hasCall(id))
            Q_EMIT callChanged(id);
    }
    m_changes.giveBack(channels, calls);
}

// --- channels -------------------------------------------------------------

Channel* CallStore::upsertChannel(const AmiMessage& m, bool dest, bool create)
{
    const ChannelSnapshot snapshot(m, dest);
    const QByteArrayView uidRaw = snapshot.uniqueid();
    if (uidRaw.isEmpty())
        return nullptr;
    const QString uid = QString::fromLatin1(uidRaw);
    Channel* c = m_index.find(uid);
    const bool added = !c;
    if (added && create)
        c = addChannel(snapshot.newChannel(m_clock));
    if (!c)
        return nullptr;
    if (isSyncing())
        m_seenChannels.insert(uid);
    snapshot.applyTo(*c, m_clock);
    const QByteArrayView linkedRaw = snapshot.linkedid();
    if (!linkedRaw.isEmpty() && !added && !equalsLatin1(c->linkedid, linkedRaw)) {
        // Linkedid moved (old masquerades): regroup the call.
        moveToCall(*c, QString::fromLatin1(linkedRaw));
    }
    if (!added)
        m_changes.channel(uid);
    m_changes.shownBy(*c);
    return c;
}

Channel* CallStore::addChannel(const Channel& c)
{
    if (c.uniqueid.isEmpty())
        return nullptr;
    bool newCall = false;
    Channel& added = m_index.add(c, newCall);
    Q_EMIT channelAdded(c.uniqueid);
    if (newCall)
        Q_EMIT callAdded(c.linkedid);
    return &added;
}

void CallStore::moveToCall(Channel& c, const QString& linkedid)
{
    const QString old = c.linkedid;
    bool oldGone = false;
    bool newCall = false;
    m_index.moveToCall(c, linkedid, oldGone, newCall);
    if (oldGone)
        Q_EMIT callRemoved(old);
    else
        m_changes.call(old);
    if (newCall)
        Q_EMIT callAdded(c.linkedid);
}

void CallStore::handleNewchannel(const AmiMessage& m)
{
    Channel* c = upsertChannel(m, false, true);
    if (!c)
        return;
    assignIfPresent(m, "Context", c->context);
    assignIfPresent(m, "Exten", c->exten);
}

void CallStore::handleNewexten(const AmiMessage& m)
{
    // The busiest event of all: only look up, never create.
    Channel* c = upsertChannel(m, false, false);
    if (!c)
        return;
    assignIfPresent(m, "Context", c->context);
    assignIfPresent(m, "Exten", c->exten);
    updateApplication(*c, m.value("Application"), m.value("AppData"), eventTimeMs(m, m_clock));
}

void CallStore::updateApplication(Channel& c, const QString& app, const QString& data, qint64 atMs)
{
    // What the channel does when it is not bridged: VoiceMail, Queue, Park…
    if (app == c.application && data == c.applicationData)
        return;
    if (app != c.application)
        c.applicationSinceMs = atMs;
    // Out of app_queue (dialled back after parking, sent on): no longer a queue call, as a fresh start sees
    // it.
    if (!c.queue.isEmpty() && app != QLatin1String("Queue") && app != QLatin1String("AppQueue"))
        c.queue.clear();
    c.application = app;
    c.applicationData = data;
    m_changes.channel(c.uniqueid);
    m_changes.shownBy(c);
}

void CallStore::handleHangup(const AmiMessage& m)
{
    const QString uid = m.value("Uniqueid");
    if (m_index.channel(uid))
        removeChannel(uid);
}

void CallStore::handleDialBegin(const AmiMessage& m)
{
    Channel* caller = upsertChannel(m, false, true);
    Channel* dest = upsertChannel(m, true, true);
    if (dest && caller) {
        dest->dialedBy = caller->uniqueid;
        if (!caller->queue.isEmpty() && dest->queue.isEmpty())
            dest->queue = caller->queue;
    }
}

void CallStore::handleRename(const AmiMessage& m)
{
    Channel* c = m_index.find(m.value("Uniqueid"));
    if (!c)
        return;
    const QString newName = m.value("Newname");
    if (newName.isEmpty() || newName == c->name)
        return;
    m_changes.shownBy(*c);
    m_index.rename(*c, newName);
    m_changes.channel(c->uniqueid);
    m_changes.shownBy(*c);
}

void CallStore::handleCoreShowChannel(const AmiMessage& m)
{
    const QString uid = m.value("Uniqueid");
    const bool known = m_index.channel(uid) != nullptr;
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
    if (isSyncing() && !bridgeId.isEmpty())
        m_seenBridges.insert(bridgeId);
    learnFromTheList(*c);
    m_changes.channel(c->uniqueid);
}

void CallStore::learnFromTheList(Channel& c)
{
    // What QueueCallerJoin and DialBegin said live, as a fresh start reads it from the list.
    const QString queue = c.queue.isEmpty() ? ListGuesses::queueOf(m_index, c) : c.queue;
    const QString dialer = ListGuesses::dialerOf(m_index, c);
    if (queue == c.queue && (dialer.isEmpty() || dialer == c.dialedBy))
        return;
    c.queue = queue;
    if (!dialer.isEmpty())
        c.dialedBy = dialer;
    m_changes.channel(c.uniqueid);
    m_changes.shownBy(c);
}

void CallStore::removeChannel(const QString& uid)
{
    Channel* live = m_index.find(uid);
    if (!live)
        return;
    const Channel c = *live;
    if (!c.bridgeId.isEmpty())
        leaveBridge(*live);
    m_holds.release(uid, c.linkedid);
    m_changes.shownBy(c);
    m_index.remove(uid);
    m_changes.forgetChannel(uid);
    Q_EMIT channelRemoved(uid, c.linkedid);
    if (m_index.leaveCall(uid, c.linkedid)) {
        m_changes.forgetCall(c.linkedid);
        Q_EMIT callRemoved(c.linkedid);
    }
    // A parked call or queue caller whose channel is gone is gone too, even
    // if the closing event was missed.
    Q_EMIT channelGone(uid, c.queue);
}

void CallStore::setChannelQueue(const QString& uniqueid, const QString& queue)
{
    Channel* c = m_index.find(uniqueid);
    if (c && c->queue != queue)
        c->queue = queue;
}

void CallStore::touchActivityOf(const QString& uniqueid)
{
    // Parked, queued or neither: what the channel does changed, so do its
    // call row and its tile (and its partners').
    const Channel* c = m_index.channel(uniqueid);
    if (!c)
        return;
    m_changes.channel(uniqueid);
    m_changes.shownBy(*c);
}

// --- holds and queries ----------------------------------------------------

void CallStore::handleHold(const AmiMessage& m, bool on)
{
    if (Channel* c = upsertChannel(m, false, true))
        m_holds.press(*c, on);
}

const Channel* CallStore::peerOf(const QString& uniqueid) const
{
    const Channel* c = m_index.channel(uniqueid);
    return c ? m_index.resolvePeer(*c) : nullptr;
}

bool CallStore::isCallHeld(const QString& uniqueid) const
{
    const Channel* c = m_index.channel(uniqueid);
    return c && isHeldNow(*c);
}

bool CallStore::isHeldNow(const Channel& c) const
{
    return m_holds.isHeldNow(c, m_extensions->devices());
}

// --- bridges --------------------------------------------------------------

void CallStore::handleBridgeCreate(const AmiMessage& m)
{
    const QString id = m.value("BridgeUniqueid");
    if (id.isEmpty())
        return;
    Bridge& b = m_index.bridge(id);
    b.type = m.value("BridgeType");
    noteCreator(b, m);
    if (isSyncing())
        m_seenBridges.insert(id);
    Q_EMIT bridgeChanged(id);
}

void CallStore::handleBridgeEnter(const AmiMessage& m)
{
    Channel* c = upsertChannel(m, false, true);
    const QString id = m.value("BridgeUniqueid");
    if (!c || id.isEmpty())
        return;
    if (!m_index.findBridge(id))
        m_index.bridge(id).type = m.value("BridgeType");
    noteCreator(m_index.bridge(id), m);
    if (c->bridgeId != id) {
        if (!c->bridgeId.isEmpty())
            leaveBridge(*c);
        enterBridge(*c, id, eventTimeMs(m, m_clock));
    }
}

void CallStore::noteCreator(Bridge& b, const AmiMessage& m)
{
    // 08-confbridge-join-talk-leave: BridgeCreator ConfBridge, BridgeName the room.
    if (const QString creator = m.value("BridgeCreator"); !creator.isEmpty()) {
        b.creator = creator;
        b.name = m.value("BridgeName");
    }
}

void CallStore::handleBridgeLeave(const AmiMessage& m)
{
    Channel* c = upsertChannel(m, false, true);
    if (c && c->bridgeId == m.value("BridgeUniqueid"))
        leaveBridge(*c);
}

void CallStore::enterBridge(Channel& c, const QString& bridgeId, qint64 atMs)
{
    Bridge& b = m_index.bridge(bridgeId);
    // Someone new joins a held party: the transfer or pickup ended its hold.
    m_holds.joining(b, c);
    if (!b.channels.contains(c.uniqueid))
        b.channels.append(c.uniqueid);
    c.bridgeId = bridgeId;
    c.bridgeEnteredMs = atMs;
    m_changes.channel(c.uniqueid);
    m_changes.shownBy(c);
    Q_EMIT bridgeChanged(bridgeId);
}

void CallStore::leaveBridge(Channel& c)
{
    // Touch before leaving, so the partners learn they lost this one.
    m_changes.shownBy(c);
    const QString id = std::exchange(c.bridgeId, {});
    c.bridgeEnteredMs = 0;
    // The holder moved on (e.g. to the consultation call of an attended
    // transfer): its own call is no longer "on hold" from its side.
    c.onHold = false;
    if (m_index.findBridge(id))
        m_index.bridge(id).channels.removeOne(c.uniqueid);
    m_changes.channel(c.uniqueid);
    m_changes.shownBy(c);
    Q_EMIT bridgeChanged(id);
}

void CallStore::removeBridge(const QString& bridgeId)
{
    const Bridge* b = m_index.findBridge(bridgeId);
    if (!b)
        return;
    const QStringList members = b->channels;
    for (const QString& uid : members) {
        Channel* c = m_index.find(uid);
        if (c && c->bridgeId == bridgeId)
            leaveBridge(*c);
    }
    m_index.removeBridge(bridgeId);
    Q_EMIT bridgeChanged(bridgeId);
}

// --- transfers and actions' outcomes ----------------------------------------

void CallStore::handleTransfer(const AmiMessage& m, TransferKind kind)
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

void CallStore::handleOriginateResponse(const AmiMessage& m)
{
    Q_EMIT originateResponded(m.actionId().toByteArray(), m.valueIs("Response", "Success"),
        m.rawValue("Reason").toInt(), m.value("Uniqueid"));
}

void CallStore::handleChanSpyStart(const AmiMessage& m)
{
    Q_EMIT spyStarted(m.value("SpyerChannel"), m.value("SpyeeChannel"));
}

// --- sync, clear, dump ------------------------------------------------------

void CallStore::dropCalls()
{
    const QStringList uids = m_index.channels().keys();
    for (const QString& uid : uids)
        removeChannel(uid);
    const QStringList bridges = m_index.bridges().keys();
    for (const QString& id : bridges)
        removeBridge(id);
}

void CallStore::syncBegun()
{
    m_seenChannels.clear();
    m_seenBridges.clear();
}

void CallStore::syncEnded(Categories refreshed)
{
    if (!refreshed.testFlag(Category::Channels))
        return;
    // No list reports hold: after a resync nobody is on hold (the next Hold event sets it again).
    m_holds.forgetAll();
    const QStringList uids = m_index.channels().keys();
    for (const QString& uid : uids) {
        if (!m_seenChannels.contains(uid))
            removeChannel(uid);
        else if (Channel* c = m_index.find(uid))
            learnFromTheList(*c); // a member listed before its caller, a line before its dialler
    }
    const QStringList bridges = m_index.bridges().keys();
    for (const QString& id : bridges) {
        if (!m_seenBridges.contains(id))
            removeBridge(id);
    }
}

void CallStore::clearAll()
{
    m_index.clear();
    m_changes.clear();
}

void CallStore::dump(QStringList& lines) const
{
    // No times, no bridge types: a fresh start cannot know them from the lists.
    for (const Channel& c : m_index.channels()) {
        lines.append(QStringLiteral("chan %1 linked=%2 name=%3 state=%4 cid=%5/%6 col=%7/%8 bridge=%9")
                         .arg(c.uniqueid, c.linkedid, c.name, QString::number(c.state), c.callerIdNum,
                             c.callerIdName, c.connectedLineNum, c.connectedLineName, c.bridgeId)
            + QStringLiteral(" hold=%1 heldBy=%2 queue=%3")
                  .arg(QString::number(int(c.onHold)), c.heldBy, c.queue));
    }
    for (const Bridge& b : m_index.bridges()) {
        if (b.channels.isEmpty())
            continue; // lasting empty bridges (parking lots) are not listed anywhere
        QStringList members = b.channels;
        members.sort();
        lines.append(QStringLiteral("bridge %1 %2").arg(b.id, members.join(QLatin1Char(','))));
    }
}
