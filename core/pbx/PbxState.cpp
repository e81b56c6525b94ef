// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxState.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/pbx/CallReader.h"
#include "core/pbx/ExtensionActivityReader.h"
#include "core/store/EventRoutes.h"

PbxState::PbxState(const QString& serverId, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_serverId(serverId)
    , m_clock(clock ? clock : Clock::system())
    , m_mailboxStore(new MailboxStore(this))
    , m_extensionStore(new ExtensionStore(serverId, m_mailboxStore, this))
    , m_callStore(new CallStore(m_extensionStore, m_clock, this))
    , m_parkingStore(new ParkingStore(m_callStore, m_extensionStore, m_clock, this))
    , m_queueStore(new QueueStore(m_callStore, m_extensionStore, m_clock, this))
{
    registerStores();
    connectStores();
}

PbxState::~PbxState() = default;

void PbxState::registerStores()
{
    // The order of the signals after each event: a call's rows before the
    // tiles that show it, the queues and parked calls last.
    addStore(m_callStore);
    addStore(m_mailboxStore);
    addStore(m_extensionStore);
    addStore(m_queueStore);
    addStore(m_parkingStore);
}

void PbxState::connectStores()
{
    // The facade's signals, for the users that predate the stores.
    connect(m_extensionStore, &ExtensionStore::extensionAdded, this, &PbxState::extensionAdded);
    connect(m_extensionStore, &ExtensionStore::extensionChanged, this, &PbxState::extensionChanged);
    connect(m_extensionStore, &ExtensionStore::extensionRemoved, this, &PbxState::extensionRemoved);
    connect(m_extensionStore, &ExtensionStore::deviceChanged, this, &PbxState::deviceChanged);
    connect(m_extensionStore, &ExtensionStore::endpointChanged, this, &PbxState::endpointChanged);
    connect(m_mailboxStore, &MailboxStore::mailboxChanged, this, &PbxState::mailboxChanged);
    connect(m_callStore, &CallStore::channelAdded, this, &PbxState::channelAdded);
    connect(m_callStore, &CallStore::channelChanged, this, &PbxState::channelChanged);
    connect(m_callStore, &CallStore::channelRemoved, this, &PbxState::channelRemoved);
    connect(m_callStore, &CallStore::callAdded, this, &PbxState::callAdded);
    connect(m_callStore, &CallStore::callChanged, this, &PbxState::callChanged);
    connect(m_callStore, &CallStore::callRemoved, this, &PbxState::callRemoved);
    connect(m_callStore, &CallStore::bridgeChanged, this, &PbxState::bridgeChanged);
    connect(m_callStore, &CallStore::originateResponded, this, &PbxState::originateResponded);
    connect(m_callStore, &CallStore::transferred, this, &PbxState::transferred);
    connect(m_callStore, &CallStore::spyStarted, this, &PbxState::spyStarted);
    connect(m_queueStore, &QueueStore::queueChanged, this, &PbxState::queueChanged);
    connect(m_queueStore, &QueueStore::queueRemoved, this, &PbxState::queueRemoved);
    connect(m_parkingStore, &ParkingStore::parkedCallAdded, this, &PbxState::parkedCallAdded);
    connect(m_parkingStore, &ParkingStore::parkedCallChanged, this, &PbxState::parkedCallChanged);
    connect(m_parkingStore, &ParkingStore::parkedCallRemoved, this, &PbxState::parkedCallRemoved);
    connect(m_parkingStore, &ParkingStore::parkedCallsChanged, this, &PbxState::parkedCallsChanged);
}

void PbxState::applyMailboxCount(const AmiMessage& response)
{
    m_mailboxStore->applyMailboxCount(response);
    flushEmits();
}

void PbxState::apply(const AmiMessage& m)
{
    // The server's own life; everything else belongs to a store.
    using S = PbxState;
    static const EventRoutes<S> routes {
        {"FullyBooted", [](S& s, const AmiMessage&) { Q_EMIT s.pbxBooted(); }},
        {"Shutdown", [](S& s, const AmiMessage& e) { s.handleShutdown(e); }},
        {"Reload", [](S& s, const AmiMessage& e) { Q_EMIT s.pbxReloaded(e.value("Module")); }},
    };
    routes.dispatch(*this, m);
    for (PbxStore* store : std::as_const(m_stores))
        store->apply(m);
    flushEmits();
}

void PbxState::handleShutdown(const AmiMessage& m)
{
    // Every call dies with the process; nothing of it must linger.
    m_callStore->dropCalls();
    m_parkingStore->dropAll();
    m_queueStore->dropCallers();
    Q_EMIT pbxShuttingDown(m.valueIs("Restart", "True"));
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
    for (PbxStore* store : std::as_const(m_stores))
        store->flush();
}

Pbx::ExtensionActivity PbxState::activity(const QString& extensionKey) const
{
    return Pbx::ExtensionActivityReader(*this).of(extensionKey);
}

Pbx::Call PbxState::call(const QString& linkedid) const
{
    return Pbx::CallReader(*this).call(linkedid);
}

// --- sync -----------------------------------------------------------------

void PbxState::beginSync()
{
    m_syncing = true;
    for (PbxStore* store : std::as_const(m_stores))
        store->beginSync();
}

void PbxState::endSync(Categories refreshed)
{
    if (!m_syncing)
        return;
    m_syncing = false;
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
    m_syncing = false;
    for (PbxStore* store : std::as_const(m_stores))
        store->clear();
    Q_EMIT cleared();
}

QString PbxState::dumpCanonical() const
{
    // Only what a fresh start can know from the lists: no times, no bridge
    // types, no learned names, no endpoints (not listed), no urgent split.
    QStringList lines;
    for (PbxStore* store : m_stores)
        store->dump(lines);
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}
