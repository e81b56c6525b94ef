// SPDX-License-Identifier: GPL-3.0-or-later
// PbxState: parked calls and queues.
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxStateUtil.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"

#include <algorithm>

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

// --- parking --------------------------------------------------------------

void PbxState::handleParkedCall(const AmiMessage& m)
{
    const QString space = m.value("ParkingSpace");
    if (space.isEmpty())
        return;
    const QString key = parkedKey(m);
    const bool added = !m_parked.contains(key);
    ParkedCall& p = m_parked[key];
    const ParkedCall before = p;
    if (m_syncing)
        m_seenParked.insert(key);
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
        const qint64 at = eventTimeMs(m);
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
    m_parkedTouched = true;
    touchParkingSpace(space);
    touchActivityOf(p.uniqueid);
}

void PbxState::touchActivityOf(const QString& uniqueid)
{
    // Parked, queued or neither: what the channel does changed, so do its
    // call row and its tile (and its partners').
    auto c = m_channels.constFind(uniqueid);
    if (c == m_channels.cend())
        return;
    touch(m_touchedChannels, uniqueid);
    touchChannel(*c);
}

void PbxState::handleParkedCallEnd(const AmiMessage& m, ParkedCallEnd how)
{
    removeParkedCall(parkedKey(m), how);
}

void PbxState::removeParkedCall(const QString& key, ParkedCallEnd how)
{
    auto it = m_parked.find(key);
    if (it == m_parked.end())
        return;
    const QString space = it->space;
    const QString parkee = it->uniqueid;
    m_parked.erase(it);
    Q_EMIT parkedCallRemoved(key, how);
    m_parkedTouched = true;
    touchParkingSpace(space);
    touchActivityOf(parkee);
}

void PbxState::touchParkingSpace(const QString& space)
{
    const QStringList keys = m_extensionStore->extensionKeysOfNumber(space);
    for (const QString& key : keys) {
        const Extension* e = extension(key);
        if (e && e->hint.kind() == Hint::Kind::Parking)
            m_extensionStore->touchExtension(key);
    }
}

// --- queues ---------------------------------------------------------------

const Queue* PbxState::queue(const QString& name) const
{
    auto it = m_queues.constFind(name);
    return it == m_queues.cend() ? nullptr : &*it;
}

QueueMember::Status PbxState::memberStatus(const QueueMember& member) const
{
    const QString& device = member.stateInterface.isEmpty() ? member.interface : member.stateInterface;
    auto d = devices().constFind(device);
    if (d != devices().cend()) {
        const QueueMember::Status live = QueueMember::statusFromDeviceState(d->state);
        if (live != QueueMember::Status::Unknown)
            return live;
    }
    return QueueMember::statusFromCode(member.status);
}

Queue& PbxState::touchQueue(const QString& name)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end()) {
        it = m_queues.insert(name, Queue {});
        it->name = name;
    }
    if (m_syncing)
        m_seenQueues.insert(name);
    touch(m_touchedQueues, name);
    return *it;
}

void PbxState::handleQueueParams(const AmiMessage& m)
{
    const QString name = m.value("Queue");
    if (name.isEmpty())
        return;
    Queue& q = touchQueue(name);
    assignIfPresent(m, "Strategy", q.strategy);
}

void PbxState::handleQueueMember(const AmiMessage& m, bool listItem)
{
    const QString name = m.value("Queue");
    // Live events say Interface/MemberName, QueueStatus items Location/Name.
    const QString interface = m.value(listItem ? "Location" : "Interface");
    if (name.isEmpty() || interface.isEmpty())
        return;
    Queue& q = touchQueue(name);
    auto it = std::find_if(
        q.members.begin(), q.members.end(), [&](const QueueMember& qm) { return qm.interface == interface; });
    if (it == q.members.end()) {
        q.members.append(QueueMember {});
        it = q.members.end() - 1;
        it->interface = interface;
    }
    if (m_syncing)
        m_seenMembers.insert(name + QLatin1Char('\n') + interface);
    assignIfPresent(m, listItem ? "Name" : "MemberName", it->name);
    assignIfPresent(m, "StateInterface", it->stateInterface);
    assignIfPresent(m, "Membership", it->membership);
    if (m.contains("Status"))
        it->status = m.rawValue("Status").toInt();
    if (m.contains("Paused"))
        it->paused = isTrue(m.rawValue("Paused"));
    assignIfPresent(m, "PausedReason", it->pausedReason);
    if (!it->paused)
        it->pausedReason.clear();
    if (m.contains("InCall"))
        it->inCall = isTrue(m.rawValue("InCall"));
    if (m.contains("CallsTaken"))
        it->callsTaken = m.rawValue("CallsTaken").toInt();
}

void PbxState::handleQueueMemberRemoved(const AmiMessage& m)
{
    const QString name = m.value("Queue");
    auto q = m_queues.find(name);
    if (q == m_queues.end())
        return;
    const QString interface = m.value("Interface");
    if (q->members.removeIf([&](const QueueMember& qm) { return qm.interface == interface; }) > 0)
        touch(m_touchedQueues, name);
}

void PbxState::handleQueueCallerJoin(const AmiMessage& m, bool listItem)
{
    const QString name = m.value("Queue");
    const QString uid = m.value("Uniqueid");
    if (name.isEmpty() || uid.isEmpty())
        return;
    Queue& q = touchQueue(name);
    auto it = std::find_if(
        q.callers.begin(), q.callers.end(), [&](const QueueCaller& qc) { return qc.uniqueid == uid; });
    const bool added = it == q.callers.end();
    if (added) {
        q.callers.append(QueueCaller {});
        it = q.callers.end() - 1;
        it->uniqueid = uid;
    }
    if (m_syncing)
        m_seenCallers.insert(name + QLatin1Char('\n') + uid);
    it->channel = m.value("Channel");
    it->callerIdNum = m.value("CallerIDNum");
    it->callerIdName = m.value("CallerIDName");
    it->position = m.rawValue("Position").toInt();
    if (added) {
        it->joinedMs = listItem ? m_clock->currentMSecsSinceEpoch() - m.rawValue("Wait").toLongLong() * 1000
                                : eventTimeMs(m);
    }
    std::stable_sort(q.callers.begin(), q.callers.end(),
        [](const QueueCaller& a, const QueueCaller& b) { return a.position < b.position; });
    // The caller's channel knows its queue (for the call list).
    auto c = m_channels.find(uid);
    if (c != m_channels.end() && c->queue != name)
        c->queue = name;
    touchActivityOf(uid);
}

void PbxState::handleQueueCallerLeave(const AmiMessage& m)
{
    removeQueueCaller(m.value("Queue"), m.value("Uniqueid"));
}

void PbxState::removeQueueCaller(const QString& queueName, const QString& uniqueid)
{
    auto q = m_queues.find(queueName);
    if (q == m_queues.end())
        return;
    auto it = std::find_if(
        q->callers.begin(), q->callers.end(), [&](const QueueCaller& qc) { return qc.uniqueid == uniqueid; });
    if (it == q->callers.end())
        return;
    const int position = it->position;
    q->callers.erase(it);
    touchActivityOf(uniqueid);
    // Asterisk moves everyone behind up by one without telling anybody.
    for (QueueCaller& qc : q->callers) {
        if (qc.position > position) {
            --qc.position;
            touchActivityOf(qc.uniqueid); // "position 2" is now "position 1"
        }
    }
    touch(m_touchedQueues, queueName);
}
