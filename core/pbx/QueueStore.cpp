// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/QueueStore.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/pbx/CallStore.h"
#include "core/pbx/ExtensionStore.h"
#include "core/pbx/PbxStateUtil.h"
#include "core/store/EventRoutes.h"

#include <algorithm>

using namespace Pbx;
using namespace PbxStateUtil;

QueueStore::QueueStore(CallStore* calls, const ExtensionStore* extensions, Clock* clock, QObject* parent)
    : PbxStore(parent)
    , m_calls(calls)
    , m_extensions(extensions)
    , m_clock(clock)
{
    connect(calls, &CallStore::channelGone, this, [this](const QString& uid, const QString& queue) {
        if (!queue.isEmpty())
            removeQueueCaller(queue, uid);
    });
}

QueueStore::~QueueStore() = default;

void QueueStore::apply(const AmiMessage& event)
{
    using S = QueueStore;
    using M = AmiMessage;
    static const EventRoutes<S> routes {
        {"QueueParams", [](S& s, const M& m) { s.handleQueueParams(m); }},
        {"QueueMember", [](S& s, const M& m) { s.handleQueueMember(m, true); }},
        {"QueueMemberStatus", [](S& s, const M& m) { s.handleQueueMember(m, false); }},
        {"QueueMemberAdded", [](S& s, const M& m) { s.handleQueueMember(m, false); }},
        {"QueueMemberPause", [](S& s, const M& m) { s.handleQueueMember(m, false); }},
        {"QueueMemberPenalty", [](S& s, const M& m) { s.handleQueueMember(m, false); }},
        {"QueueMemberRinginuse", [](S& s, const M& m) { s.handleQueueMember(m, false); }},
        {"QueueMemberRemoved", [](S& s, const M& m) { s.handleQueueMemberRemoved(m); }},
        {"AgentConnect", [](S& s, const M& m) { s.handleAgentCall(m, true); }},
        {"AgentComplete", [](S& s, const M& m) { s.handleAgentCall(m, false); }},
        {"QueueEntry", [](S& s, const M& m) { s.handleQueueCallerJoin(m, true); }},
        {"QueueCallerJoin", [](S& s, const M& m) { s.handleQueueCallerJoin(m, false); }},
        {"QueueCallerLeave",
            [](S& s, const M& m) { s.removeQueueCaller(m.value("Queue"), m.value("Uniqueid")); }},
        {"QueueCallerAbandon",
            [](S& s, const M& m) { s.removeQueueCaller(m.value("Queue"), m.value("Uniqueid")); }},
    };
    routes.dispatch(*this, event);
}

void QueueStore::flush()
{
    if (m_touched.isEmpty())
        return;
    // Taken out: a slot may apply() again (rare, but then the list changes).
    QStringList names = takeTouched(m_touched, m_spareTouched);
    for (const QString& name : std::as_const(names)) {
        if (m_queues.contains(name))
            Q_EMIT queueChanged(name);
    }
    giveBack(m_spareTouched, names);
}

const Queue* QueueStore::queue(const QString& name) const
{
    auto it = m_queues.constFind(name);
    return it == m_queues.cend() ? nullptr : &*it;
}

QueueMember::Status QueueStore::memberStatus(const QueueMember& member) const
{
    const QString& device = member.stateInterface.isEmpty() ? member.interface : member.stateInterface;
    const QHash<QString, Device>& devices = m_extensions->devices();
    auto d = devices.constFind(device);
    if (d != devices.cend()) {
        const QueueMember::Status live = QueueMember::statusFromDeviceState(d->state);
        if (live != QueueMember::Status::Unknown)
            return live;
    }
    return QueueMember::statusFromCode(member.status);
}

Queue& QueueStore::touchQueue(const QString& name)
{
    auto it = m_queues.find(name);
    if (it == m_queues.end()) {
        it = m_queues.insert(name, Queue {});
        it->name = name;
    }
    if (isSyncing())
        m_seenQueues.insert(name);
    touch(m_touched, name);
    return *it;
}

void QueueStore::handleQueueParams(const AmiMessage& m)
{
    const QString name = m.value("Queue");
    if (name.isEmpty())
        return;
    Queue& q = touchQueue(name);
    assignIfPresent(m, "Strategy", q.strategy);
}

// --- members ----------------------------------------------------------------

void QueueStore::handleQueueMember(const AmiMessage& m, bool listItem)
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
    if (isSyncing())
        m_seenMembers.insert(name + QLatin1Char('\n') + interface);
    applyMember(*it, m, listItem);
}

void QueueStore::applyMember(QueueMember& member, const AmiMessage& m, bool listItem)
{
    assignIfPresent(m, listItem ? "Name" : "MemberName", member.name);
    assignIfPresent(m, "StateInterface", member.stateInterface);
    assignIfPresent(m, "Membership", member.membership);
    if (m.contains("Status"))
        member.status = m.rawValue("Status").toInt();
    if (m.contains("Paused"))
        member.paused = isTrue(m.rawValue("Paused"));
    assignIfPresent(m, "PausedReason", member.pausedReason);
    if (!member.paused)
        member.pausedReason.clear();
    if (m.contains("InCall"))
        member.inCall = isTrue(m.rawValue("InCall"));
    if (m.contains("CallsTaken"))
        member.callsTaken = m.rawValue("CallsTaken").toInt();
}

void QueueStore::handleAgentCall(const AmiMessage& m, bool inCall)
{
    // The member's QueueMemberStatus says InCall: 0 as it answers (it comes before
    // AgentConnect, 04-queue-call) while QueueStatus lists InCall: 1 during the call
    // (02-QueueStatus-during-calls): the agent events say it live.
    auto q = m_queues.find(m.value("Queue"));
    if (q == m_queues.end())
        return;
    const QString interface = m.value("Interface");
    for (QueueMember& member : q->members) {
        if (member.interface == interface && member.inCall != inCall) {
            member.inCall = inCall;
            touch(m_touched, q.key());
        }
    }
}

void QueueStore::handleQueueMemberRemoved(const AmiMessage& m)
{
    const QString name = m.value("Queue");
    auto q = m_queues.find(name);
    if (q == m_queues.end())
        return;
    const QString interface = m.value("Interface");
    if (q->members.removeIf([&](const QueueMember& qm) { return qm.interface == interface; }) > 0)
        touch(m_touched, name);
}

// --- waiting callers --------------------------------------------------------

void QueueStore::handleQueueCallerJoin(const AmiMessage& m, bool listItem)
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
    if (isSyncing())
        m_seenCallers.insert(name + QLatin1Char('\n') + uid);
    it->channel = m.value("Channel");
    it->callerIdNum = m.value("CallerIDNum");
    it->callerIdName = m.value("CallerIDName");
    it->position = m.rawValue("Position").toInt();
    if (added) {
        it->joinedMs = listItem ? m_clock->currentMSecsSinceEpoch() - m.rawValue("Wait").toLongLong() * 1000
                                : eventTimeMs(m, m_clock);
    }
    std::stable_sort(q.callers.begin(), q.callers.end(),
        [](const QueueCaller& a, const QueueCaller& b) { return a.position < b.position; });
    // The caller's channel knows its queue (for the call list).
    m_calls->setChannelQueue(uid, name);
    m_calls->touchActivityOf(uid);
}

void QueueStore::removeQueueCaller(const QString& queueName, const QString& uniqueid)
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
    m_calls->touchActivityOf(uniqueid);
    touch(m_touched, queueName);
    // While a resync settles the list's positions are the truth: a stale caller moves nobody.
    if (isSyncing())
        return;
    // Asterisk moves everyone behind up by one without telling anybody.
    for (QueueCaller& qc : q->callers) {
        if (qc.position > position) {
            --qc.position;
            m_calls->touchActivityOf(qc.uniqueid); // "position 2" is now "position 1"
        }
    }
}

void QueueStore::dropCallers()
{
    for (auto q = m_queues.begin(); q != m_queues.end(); ++q) {
        if (!q->callers.isEmpty()) {
            q->callers.clear();
            touch(m_touched, q.key());
        }
    }
}

// --- sync, clear, dump ------------------------------------------------------

void QueueStore::syncBegun()
{
    m_seenQueues.clear();
    m_seenMembers.clear();
    m_seenCallers.clear();
}

void QueueStore::syncEnded(Categories refreshed)
{
    if (!refreshed.testFlag(Category::Queues))
        return;
    const QStringList names = m_queues.keys();
    for (const QString& name : names) {
        if (!m_seenQueues.contains(name)) {
            m_queues.remove(name);
            m_touched.removeOne(name);
            Q_EMIT queueRemoved(name);
            continue;
        }
        dropUnseen(name);
    }
}

void QueueStore::dropUnseen(const QString& name)
{
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
        touch(m_touched, name);
}

void QueueStore::clearAll()
{
    m_queues.clear();
    m_touched.clear();
}

void QueueStore::dump(QStringList& lines) const
{
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
}
