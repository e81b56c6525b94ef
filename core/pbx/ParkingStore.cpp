// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ParkingStore.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/CallStore.h"
#include "core/pbx/ExtensionStore.h"
#include "core/pbx/PbxStateUtil.h"
#include "core/store/EventRoutes.h"

using namespace Pbx;
using namespace PbxStateUtil;

namespace {

QString parkedKey(const AmiMessage& m)
{
    QString lot = m.value("Parkinglot");
    if (lot.isEmpty())
        lot = QStringLiteral("default");
    return m.value("ParkingSpace") + QLatin1Char('@') + lot;
}

} // namespace

ParkingStore::ParkingStore(CallStore* calls, ExtensionStore* extensions, Clock* clock, QObject* parent)
    : PbxStore(parent)
    , m_calls(calls)
    , m_extensions(extensions)
    , m_clock(clock)
{
    connect(calls, &CallStore::channelGone, this, [this](const QString& uid) { handleChannelGone(uid); });
}

ParkingStore::~ParkingStore() = default;

void ParkingStore::apply(const AmiMessage& event)
{
    using S = ParkingStore;
    using M = AmiMessage;
    static const EventRoutes<S> routes {
        {"ParkedCall", [](S& s, const M& m) { s.handleParkedCall(m); }},
        {"UnParkedCall", [](S& s, const M& m) { s.handleParkedCallEnd(m, ParkedCallEnd::Retrieved); }},
        {"ParkedCallTimeOut", [](S& s, const M& m) { s.handleParkedCallEnd(m, ParkedCallEnd::TimedOut); }},
        {"ParkedCallGiveUp", [](S& s, const M& m) { s.handleParkedCallEnd(m, ParkedCallEnd::GaveUp); }},
    };
    routes.dispatch(*this, event);
}

void ParkingStore::flush()
{
    if (std::exchange(m_touched, false))
        Q_EMIT parkedCallsChanged();
}

void ParkingStore::handleParkedCall(const AmiMessage& m)
{
    const QString space = m.value("ParkingSpace");
    if (space.isEmpty())
        return;
    const QString key = parkedKey(m);
    const bool added = !m_parked.contains(key);
    ParkedCall& p = m_parked[key];
    const ParkedCall before = p;
    if (isSyncing())
        m_seen.insert(key);
    p.space = space;
    p.lot = key.section(QLatin1Char('@'), 1);
    p.channel = m.value("ParkeeChannel");
    p.uniqueid = m.value("ParkeeUniqueid");
    p.linkedid = m.value("ParkeeLinkedid");
    p.callerIdNum = m.value("ParkeeCallerIDNum");
    p.callerIdName = m.value("ParkeeCallerIDName");
    p.connectedLineNum = m.value("ParkeeConnectedLineNum");
    p.connectedLineName = m.value("ParkeeConnectedLineName");
    p.parkerDialString = m.value("ParkerDialString");
    // List items have no Timestamp: now is when the list was made. Times
    // are only (re)computed on arrival, so a re-listed call keeps its times.
    if (added || p.uniqueid != before.uniqueid) {
        const qint64 at = eventTimeMs(m, m_clock);
        p.parkedAtMs = at - m.rawValue("ParkingDuration").toLongLong() * 1000;
        const qint64 timeout = m.rawValue("ParkingTimeout").toLongLong();
        p.timeoutAtMs = timeout > 0 ? at + timeout * 1000 : 0;
    }
    if (added)
        Q_EMIT parkedCallAdded(key);
    else if (!(before == p))
        Q_EMIT parkedCallChanged(key);
    else
        return;
    m_touched = true;
    touchParkingSpace(space);
    m_calls->touchActivityOf(p.uniqueid);
}

void ParkingStore::handleParkedCallEnd(const AmiMessage& m, ParkedCallEnd how)
{
    removeParkedCall(parkedKey(m), how);
}

void ParkingStore::handleChannelGone(const QString& uniqueid)
{
    // The closing event may have been missed: the call cannot wait without its channel.
    QString key;
    for (auto p = m_parked.cbegin(); p != m_parked.cend(); ++p) {
        if (p->uniqueid == uniqueid)
            key = p.key(); // a copy: removal frees the node's key
    }
    if (!key.isEmpty())
        removeParkedCall(key, ParkedCallEnd::Gone);
}

void ParkingStore::removeParkedCall(const QString& key, ParkedCallEnd how)
{
    auto it = m_parked.find(key);
    if (it == m_parked.end())
        return;
    const QString space = it->space;
    const QString parkee = it->uniqueid;
    m_parked.erase(it);
    Q_EMIT parkedCallRemoved(key, how);
    m_touched = true;
    touchParkingSpace(space);
    m_calls->touchActivityOf(parkee);
}

void ParkingStore::touchParkingSpace(const QString& space)
{
    const QStringList keys = m_extensions->extensionKeysOfNumber(space);
    for (const QString& key : keys) {
        const Extension* e = m_extensions->extension(key);
        if (e && e->hint.kind() == Hint::Kind::Parking)
            m_extensions->touchExtension(key);
    }
}

void ParkingStore::dropAll()
{
    const QStringList keys = m_parked.keys();
    for (const QString& key : keys)
        removeParkedCall(key, ParkedCallEnd::Gone);
}

void ParkingStore::syncBegun()
{
    m_seen.clear();
}

void ParkingStore::syncEnded(Categories refreshed)
{
    if (!refreshed.testFlag(Category::ParkedCalls))
        return;
    const QStringList keys = m_parked.keys();
    for (const QString& key : keys) {
        if (!m_seen.contains(key))
            removeParkedCall(key, ParkedCallEnd::Gone);
    }
}

void ParkingStore::clearAll()
{
    m_parked.clear();
    m_touched = false;
}

void ParkingStore::dump(QStringList& lines) const
{
    for (const ParkedCall& p : m_parked) {
        lines.append(QStringLiteral("park %1 uid=%2 chan=%3 cid=%4/%5")
                         .arg(p.key(), p.uniqueid, p.channel, p.callerIdNum, p.callerIdName));
    }
}
