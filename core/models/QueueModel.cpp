// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/QueueModel.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

#include <QHash>

#include <algorithm>

namespace {

QString rowKey(const QString& queue, bool member, const QString& id)
{
    return queue + (member ? QLatin1String("\nm") : QLatin1String("\nc")) + id;
}

const QString& idOf(const Pbx::QueueMember& m)
{
    return m.interface;
}

const QString& idOf(const Pbx::QueueCaller& c)
{
    return c.uniqueid;
}

// Where an entity is now: at its last known place or next to it (one joined
// or left before it), else by a table of all ids, made at most once a sync.
template <typename T>
int findEntity(const QList<T>& list, int hint, const QString& id, QHash<QString, int>& table)
{
    for (int at : {hint, hint - 1, hint + 1}) {
        if (at >= 0 && at < list.size() && idOf(list.at(at)) == id)
            return at;
    }
    if (table.isEmpty()) {
        for (int i = 0; i < list.size(); ++i)
            table.insert(idOf(list.at(i)), i);
    }
    return table.value(id, -1);
}

} // namespace

QueueModel::QueueModel(QObject* parent, Clock* clock)
    : ServerListModel(parent, clock)
{ }

QueueModel::~QueueModel() = default;

void QueueModel::connectServer(PbxState* state)
{
    connect(state, &PbxState::queueChanged, this, [this, state](const QString& q) {
        if (!m_changedQueues.contains(std::pair(state, q)))
            m_changedQueues.append({state, q});
        scheduleFlush();
    });
    connect(state, &PbxState::queueRemoved, this, [this, state](const QString& q) { removeQueue(state, q); });
    // A member's status follows its phone's device state.
    connect(state, &PbxState::deviceChanged, this, [this, state](const QString& device) {
        m_changedDevices[state].insert(device);
        scheduleFlush();
    });
}

void QueueModel::beforeFlush()
{
    const auto queues = std::exchange(m_changedQueues, {});
    const auto devices = std::exchange(m_changedDevices, {});
    // A server removed since (or being destroyed) is no longer ours to read.
    const QList<PbxState*> live = servers();
    for (const auto& [state, queue] : queues) {
        if (live.contains(state))
            syncQueue(state, queue);
    }
    for (auto it = devices.cbegin(); it != devices.cend(); ++it) {
        if (live.contains(const_cast<PbxState*>(it.key())))
            refreshMemberStatus(it.key(), it.value());
    }
}

void QueueModel::addRowsOf(PbxState* state)
{
    QStringList names = state->queues().keys();
    std::sort(names.begin(), names.end());
    for (const QString& name : std::as_const(names))
        syncQueue(state, name);
}

QStringList QueueModel::queueNames() const
{
    QStringList out;
    for (const QPointer<PbxState>& s : m_servers) {
        if (!s)
            continue;
        for (auto it = s->queues().cbegin(); it != s->queues().cend(); ++it) {
            if (!out.contains(it.key()))
                out.append(it.key());
        }
    }
    out.sort();
    return out;
}

struct QueueModel::Sync
{
    QList<bool> seenMembers;
    QList<bool> seenCallers;
    QHash<QString, int> memberTable; // made only if an entity moved far
    QHash<QString, int> callerTable;
};

void QueueModel::syncQueue(PbxState* state, const QString& queue)
{
    const Pbx::Queue* q = state->queue(queue);
    if (!q) {
        removeQueue(state, queue);
        return;
    }
    // The queue's block (contiguous by construction): refresh what is there,
    // drop who left, then newcomers at its end.
    int first = 0;
    while (first < m_rows.size() && (m_rows.at(first).state != state || m_rows.at(first).queue != queue))
        ++first;
    Sync sync {QList<bool>(q->members.size(), false), QList<bool>(q->callers.size(), false), {}, {}};
    QList<bool> gone;
    int end = first;
    for (; end < m_rows.size() && m_rows.at(end).state == state && m_rows.at(end).queue == queue; ++end)
        gone.append(!refreshRow(end, *q, sync));
    removeGone(first, gone);
    insertNewcomers(state, *q, first + int(gone.count(false)), sync);
}

bool QueueModel::refreshRow(int rowIndex, const Pbx::Queue& q, Sync& sync)
{
    Row& row = m_rows[rowIndex];
    bool changed = false;
    if (row.isMember) {
        const int at = findEntity(q.members, row.at, row.member.interface, sync.memberTable);
        if (at < 0)
            return false;
        sync.seenMembers[at] = true;
        row.at = at;
        const Pbx::QueueMember& m = q.members.at(at);
        // The member's own fields (its status code among them); its phone's
        // state is followed by refreshMemberStatus, so an unchanged member
        // costs no lookup of its device.
        changed = !(m == row.member);
        if (changed) {
            row.member = m;
            row.status = row.state->memberStatus(m);
        }
    } else {
        const int at = findEntity(q.callers, row.at, row.caller.uniqueid, sync.callerTable);
        if (at < 0)
            return false;
        sync.seenCallers[at] = true;
        row.at = at;
        changed = !(q.callers.at(at) == row.caller);
        row.caller = q.callers.at(at);
    }
    if (changed)
        markRowDirty(rowIndex);
    return true;
}

void QueueModel::removeGone(int first, const QList<bool>& gone)
{
    for (int i = int(gone.size()) - 1; i >= 0; --i) {
        if (!gone.at(i))
            continue;
        int from = i;
        while (from > 0 && gone.at(from - 1))
            --from;
        beginRemoveRows({}, first + from, first + i);
        m_rows.removeRange(first + from, i - from + 1);
        endRemoveRows();
        i = from;
    }
}

void QueueModel::insertNewcomers(PbxState* state, const Pbx::Queue& q, int at, const Sync& sync)
{
    QList<Row> added;
    for (int i = 0; i < q.members.size(); ++i) {
        if (!sync.seenMembers.at(i)) {
            const Pbx::QueueMember& m = q.members.at(i);
            added.append(Row {
                state, rowKey(q.name, true, m.interface), q.name, true, m, {}, state->memberStatus(m), i});
        }
    }
    for (int i = 0; i < q.callers.size(); ++i) {
        if (!sync.seenCallers.at(i)) {
            const Pbx::QueueCaller& c = q.callers.at(i);
            added.append(Row {state, rowKey(q.name, false, c.uniqueid), q.name, false, {}, c, {}, i});
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, at, at + int(added.size()) - 1);
    for (qsizetype i = 0; i < added.size(); ++i)
        m_rows.insert(at + i, added.at(i));
    endInsertRows();
}

void QueueModel::removeQueue(PbxState* state, const QString& queue)
{
    removeRowsIf([&](const Row& r) { return r.state == state && r.queue == queue; });
}

void QueueModel::refreshMemberStatus(const PbxState* state, const QSet<QString>& devices)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (!row.isMember || row.state != state
            || !(devices.contains(row.member.stateInterface) || devices.contains(row.member.interface)))
            continue;
        const auto status = state->memberStatus(row.member);
        if (status != row.status) {
            row.status = status;
            markRowDirty(i);
        }
    }
}

QModelIndex QueueModel::memberIndex(
    const PbxState* state, const QString& queue, const QString& interface) const
{
    return indexOfKey(state, rowKey(queue, true, interface));
}

QModelIndex QueueModel::callerIndex(
    const PbxState* state, const QString& queue, const QString& uniqueid) const
{
    return indexOfKey(state, rowKey(queue, false, uniqueid));
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    using namespace QueueRoles;
    switch (role) {
    case ServerId:
        return row.state->serverId();
    case Key:
        return QString(row.state->serverId() + QLatin1Char('/') + row.key);
    case Queue:
        return row.queue;
    case IsMember:
        return row.isMember;
    default:
        return row.isMember ? memberData(row, role) : callerData(row, role);
    }
}

QVariant QueueModel::memberData(const Row& row, int role) const
{
    using namespace QueueRoles;
    const Pbx::QueueMember& m = row.member;
    switch (role) {
    case Qt::DisplayRole:
    case MemberName:
        return m.name.isEmpty() ? m.interface : m.name;
    case MemberInterface:
        return m.interface;
    case MemberStatus:
        return int(row.status);
    case Paused:
        return m.paused;
    case PausedReason:
        return m.pausedReason;
    case InCall:
        return m.inCall;
    case CallsTaken:
        return m.callsTaken;
    default:
        return {};
    }
}

QVariant QueueModel::callerData(const Row& row, int role)
{
    using namespace QueueRoles;
    const Pbx::QueueCaller& c = row.caller;
    switch (role) {
    case Qt::DisplayRole:
    case CallerNumber:
        return c.callerIdNum;
    case CallerName:
        return c.callerIdName;
    case Position:
        return c.position;
    case WaitingSinceMs:
        return c.joinedMs;
    case CallerChannel:
        return c.channel;
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    using namespace QueueRoles;
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ServerId, "serverId"}, {Key, "key"}, {Queue, "queue"}, {IsMember, "isMember"},
        {CallerNumber, "callerNumber"}, {CallerName, "callerName"}, {Position, "position"},
        {WaitingSinceMs, "waitingSinceMs"}, {MemberName, "memberName"}, {MemberInterface, "memberInterface"},
        {MemberStatus, "memberStatus"}, {Paused, "paused"}, {PausedReason, "pausedReason"},
        {InCall, "inCall"}, {CallsTaken, "callsTaken"}, {CallerChannel, "callerChannel"}});
    return names;
}
