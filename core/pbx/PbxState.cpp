// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxEventType.h"
#include "core/pbx/PbxStateUtil.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"

using namespace Pbx;
using namespace PbxStateUtil;
using PbxEvent::EventType;

PbxState::PbxState(const QString& serverId, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_serverId(serverId)
    , m_clock(clock ? clock : Clock::system())
    , m_mailboxStore(new MailboxStore(this))
    , m_extensionStore(new ExtensionStore(serverId, m_mailboxStore, this))
{
    connectStores();
}

PbxState::~PbxState() = default;

void PbxState::connectStores()
{
    // The facade's signals, for the users that predate the stores.
    connect(m_extensionStore, &ExtensionStore::extensionAdded, this, &PbxState::extensionAdded);
    connect(m_extensionStore, &ExtensionStore::extensionChanged, this, &PbxState::extensionChanged);
    connect(m_extensionStore, &ExtensionStore::extensionRemoved, this, &PbxState::extensionRemoved);
    connect(m_extensionStore, &ExtensionStore::deviceChanged, this, &PbxState::deviceChanged);
    connect(m_extensionStore, &ExtensionStore::endpointChanged, this, &PbxState::endpointChanged);
    connect(m_mailboxStore, &MailboxStore::mailboxChanged, this, &PbxState::mailboxChanged);
}

void PbxState::applyMailboxCount(const AmiMessage& response)
{
    m_mailboxStore->applyMailboxCount(response);
    flushEmits();
}

qint64 PbxState::eventTimeMs(const AmiMessage& m) const
{
    const qint64 t = parseTimestampMs(m.rawValue("Timestamp"));
    return t > 0 ? t : m_clock->currentMSecsSinceEpoch();
}

void PbxState::apply(const AmiMessage& m)
{
    switch (PbxEvent::eventType(m.eventName())) {
    case EventType::Unknown:
        break;
    case EventType::Newchannel:
        handleNewchannel(m);
        break;
    case EventType::Newstate:
    case EventType::NewCallerid:
    case EventType::NewConnectedLine:
    case EventType::DialEnd:
        handleChannelSnapshot(m);
        break;
    case EventType::Newexten:
        handleNewexten(m);
        break;
    case EventType::Hangup:
        handleHangup(m);
        break;
    case EventType::DialBegin:
        handleDialBegin(m);
        break;
    case EventType::BridgeCreate:
        handleBridgeCreate(m);
        break;
    case EventType::BridgeEnter:
        handleBridgeEnter(m);
        break;
    case EventType::BridgeLeave:
        handleBridgeLeave(m);
        break;
    case EventType::BridgeDestroy:
        handleBridgeDestroy(m);
        break;
    case EventType::Hold:
        handleHold(m, true);
        break;
    case EventType::Unhold:
        handleHold(m, false);
        break;
    case EventType::Rename:
        handleRename(m);
        break;
    case EventType::ParkedCall:
        handleParkedCall(m);
        break;
    case EventType::UnParkedCall:
        handleParkedCallEnd(m, ParkedCallEnd::Retrieved);
        break;
    case EventType::ParkedCallTimeOut:
        handleParkedCallEnd(m, ParkedCallEnd::TimedOut);
        break;
    case EventType::ParkedCallGiveUp:
        handleParkedCallEnd(m, ParkedCallEnd::GaveUp);
        break;
    case EventType::QueueMemberStatus:
    case EventType::QueueMemberAdded:
    case EventType::QueueMemberPause:
    case EventType::QueueMemberPenalty:
    case EventType::QueueMemberRinginuse:
        handleQueueMember(m, false);
        break;
    case EventType::QueueMember:
        handleQueueMember(m, true);
        break;
    case EventType::QueueMemberRemoved:
        handleQueueMemberRemoved(m);
        break;
    case EventType::QueueCallerJoin:
        handleQueueCallerJoin(m, false);
        break;
    case EventType::QueueEntry:
        handleQueueCallerJoin(m, true);
        break;
    case EventType::QueueCallerLeave:
    case EventType::QueueCallerAbandon:
        handleQueueCallerLeave(m);
        break;
    case EventType::QueueParams:
        handleQueueParams(m);
        break;
    case EventType::BlindTransfer:
        handleTransfer(m, TransferKind::Blind);
        break;
    case EventType::AttendedTransfer:
        handleTransfer(m, TransferKind::Attended);
        break;
    case EventType::OriginateResponse:
        Q_EMIT originateResponded(m.actionId().toByteArray(), m.valueIs("Response", "Success"),
            m.rawValue("Reason").toInt(), m.value("Uniqueid"));
        break;
    case EventType::ChanSpyStart:
        Q_EMIT spyStarted(m.value("SpyerChannel"), m.value("SpyeeChannel"));
        break;
    case EventType::FullyBooted:
        Q_EMIT pbxBooted();
        break;
    case EventType::Shutdown:
        // Every call dies with the process; nothing of it must linger.
        dropCalls();
        Q_EMIT pbxShuttingDown(m.valueIs("Restart", "True"));
        break;
    case EventType::Reload:
        Q_EMIT pbxReloaded(m.value("Module"));
        break;
    case EventType::CoreShowChannel:
        handleCoreShowChannel(m);
        break;
    }
    m_mailboxStore->apply(m);
    m_extensionStore->apply(m);
    for (PbxStore* store : std::as_const(m_stores))
        store->apply(m);
    flushEmits();
}

void PbxState::addStore(PbxStore* store)
{
    Q_ASSERT(store && !m_stores.contains(store));
    store->setParent(this);
    if (m_syncing)
        store->beginSync();
    m_stores.append(store);
}

void PbxState::flushEmits()
{
    // Copies: a slot may apply() again (rare, but then the lists change).
    if (!m_touchedChannels.isEmpty()) {
        const QStringList ids = std::exchange(m_touchedChannels, {});
        for (const QString& id : ids) {
            if (m_channels.contains(id))
                Q_EMIT channelChanged(id);
        }
    }
    if (!m_touchedCalls.isEmpty()) {
        const QStringList ids = std::exchange(m_touchedCalls, {});
        for (const QString& id : ids) {
            if (m_callChannels.contains(id))
                Q_EMIT callChanged(id);
        }
    }
    m_mailboxStore->flush();
    m_extensionStore->flush();
    if (!m_touchedQueues.isEmpty()) {
        const QStringList names = std::exchange(m_touchedQueues, {});
        for (const QString& name : names) {
            if (m_queues.contains(name))
                Q_EMIT queueChanged(name);
        }
    }
    if (m_parkedTouched) {
        m_parkedTouched = false;
        Q_EMIT parkedCallsChanged();
    }
    for (PbxStore* store : std::as_const(m_stores))
        store->flush();
}

// --- sync -----------------------------------------------------------------

void PbxState::beginSync()
{
    m_syncing = true;
    m_seenChannels.clear();
    m_seenBridges.clear();
    m_seenParked.clear();
    m_seenQueues.clear();
    m_seenMembers.clear();
    m_seenCallers.clear();
    m_mailboxStore->beginSync();
    m_extensionStore->beginSync();
    for (PbxStore* store : std::as_const(m_stores))
        store->beginSync();
}

void PbxState::endSync(Categories refreshed)
{
    if (!m_syncing)
        return;
    m_syncing = false;
    if (refreshed.testFlag(Category::Channels)) {
        // No list reports hold: after a resync nobody is on hold, exactly as
        // after a fresh start (the next Hold event sets it again).
        for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
            it->holdKnown = false; // from now on only the device state tells
            if (it->isHeld()) {
                it->onHold = false;
                it->heldBy.clear();
                touch(m_touchedChannels, it.key());
                touchChannel(*it);
            }
        }
        const QStringList uids = m_channels.keys();
        for (const QString& uid : uids) {
            if (!m_seenChannels.contains(uid))
                removeChannel(uid);
        }
        const QStringList bridges = m_bridges.keys();
        for (const QString& id : bridges) {
            if (!m_seenBridges.contains(id))
                removeBridge(id);
        }
    }
    if (refreshed.testFlag(Category::ParkedCalls)) {
        const QStringList keys = m_parked.keys();
        for (const QString& key : keys) {
            if (!m_seenParked.contains(key))
                removeParkedCall(key, ParkedCallEnd::Gone);
        }
    }
    if (refreshed.testFlag(Category::Queues)) {
        const QStringList names = m_queues.keys();
        for (const QString& name : names) {
            if (!m_seenQueues.contains(name)) {
                m_queues.remove(name);
                m_touchedQueues.removeOne(name);
                Q_EMIT queueRemoved(name);
                continue;
            }
            Queue& q = m_queues[name];
            const auto members = q.members.size();
            q.members.removeIf([&](const QueueMember& qm) {
                return !m_seenMembers.contains(name + QLatin1Char('\n') + qm.interface);
            });
            const auto callers = q.callers.size();
            q.callers.removeIf([&](const QueueCaller& qc) {
                return !m_seenCallers.contains(name + QLatin1Char('\n') + qc.uniqueid);
            });
            if (members != q.members.size() || callers != q.callers.size())
                touch(m_touchedQueues, name);
        }
    }
    m_mailboxStore->endSync(refreshed);
    m_extensionStore->endSync(refreshed);
    for (PbxStore* store : std::as_const(m_stores))
        store->endSync(refreshed);
    flushEmits();
}

void PbxState::setStaleSince(qint64 epochMs)
{
    if (m_staleSinceMs == epochMs)
        return;
    m_staleSinceMs = epochMs;
    Q_EMIT stalenessChanged(epochMs);
}

void PbxState::clear()
{
    m_channels.clear();
    m_bridges.clear();
    m_parked.clear();
    m_queues.clear();
    m_channelByName.clear();
    m_deviceChannels.clear();
    m_callChannels.clear();
    m_touchedCalls.clear();
    m_touchedChannels.clear();
    m_touchedQueues.clear();
    m_parkedTouched = false;
    m_syncing = false;
    m_mailboxStore->clear();
    m_extensionStore->clear();
    for (PbxStore* store : std::as_const(m_stores))
        store->clear();
    Q_EMIT cleared();
}
