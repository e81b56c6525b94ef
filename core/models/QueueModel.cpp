// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/QueueModel.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

#include <algorithm>

namespace {

QString rowKey(const QString& queue, bool member, const QString& id)
{
    return queue + (member ? QLatin1String("\nm") : QLatin1String("\nc")) + id;
}

} // namespace

QueueModel::QueueModel(QObject* parent, Clock* clock)
    : CoalescedListModel(parent, clock)
{ }

QueueModel::~QueueModel() = default;

void QueueModel::addServer(PbxState* state)
{
    if (!state || m_servers.contains(state))
        return;
    m_servers.append(state);
    connect(state, &PbxState::queueChanged, this, [this, state](const QString& q) { syncQueue(state, q); });
    connect(state, &PbxState::queueRemoved, this, [this, state](const QString& q) { removeQueue(state, q); });
    // A member's status follows its phone's device state.
    connect(state, &PbxState::deviceChanged, this, [this, state](const QString& device) {
        for (const Pbx::Queue& q : state->queues()) {
            if (std::any_of(q.members.cbegin(), q.members.cend(), [&](const Pbx::QueueMember& m) {
                    return m.stateInterface == device || m.interface == device;
                }))
                syncQueue(state, q.name);
        }
    });
    connect(state, &PbxState::cleared, this,
        [this, state] { removeRowsIf(m_rows, [state](const Row& r) { return r.state == state; }); });
    connect(state, &QObject::destroyed, this, [this, state] { removeServer(state); });
    QStringList names = state->queues().keys();
    std::sort(names.begin(), names.end());
    for (const QString& name : std::as_const(names))
        syncQueue(state, name);
}

void QueueModel::removeServer(PbxState* state)
{
    const auto it = std::find(m_servers.begin(), m_servers.end(), state);
    if (it == m_servers.end())
        return;
    m_servers.erase(it);
    disconnect(state, nullptr, this, nullptr);
    removeRowsIf(m_rows, [state](const Row& r) { return r.state == state; });
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

void QueueModel::syncQueue(PbxState* state, const QString& queue)
{
    const Pbx::Queue* q = state->queue(queue);
    if (!q) {
        removeQueue(state, queue);
        return;
    }
    QList<Row> wanted;
    for (const Pbx::QueueMember& m : q->members)
        wanted.append(Row {state, rowKey(queue, true, m.interface), queue, m.interface, true});
    for (const Pbx::QueueCaller& c : q->callers)
        wanted.append(Row {state, rowKey(queue, false, c.uniqueid), queue, c.uniqueid, false});
    QSet<QString> wantedKeys;
    for (const Row& r : std::as_const(wanted))
        wantedKeys.insert(r.key);

    // Rows that left the queue.
    removeRowsIf(m_rows,
        [&](const Row& r) { return r.state == state && r.queue == queue && !wantedKeys.contains(r.key); });
    // The queue's block (contiguous by construction), then newcomers at its end.
    int blockEnd = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        if (r.state == state && r.queue == queue) {
            markRowDirty(int(i)); // status, position, pause… may all have moved
            blockEnd = int(i) + 1;
        }
    }
    if (blockEnd < 0)
        blockEnd = rowCount();
    QList<Row> added;
    for (const Row& r : std::as_const(wanted)) {
        if (m_rows.indexOf(state, r.key) < 0)
            added.append(r);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, blockEnd, blockEnd + int(added.size()) - 1);
    for (qsizetype i = 0; i < added.size(); ++i)
        m_rows.insert(blockEnd + i, added[i]);
    endInsertRows();
}

void QueueModel::removeQueue(PbxState* state, const QString& queue)
{
    removeRowsIf(m_rows, [&](const Row& r) { return r.state == state && r.queue == queue; });
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex QueueModel::memberIndex(
    const PbxState* state, const QString& queue, const QString& interface) const
{
    const int row = m_rows.indexOf(state, rowKey(queue, true, interface));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex QueueModel::callerIndex(
    const PbxState* state, const QString& queue, const QString& uniqueid) const
{
    const int row = m_rows.indexOf(state, rowKey(queue, false, uniqueid));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Pbx::Queue* q = row.state->queue(row.queue);
    if (!q)
        return {};
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
        break;
    }
    if (row.isMember) {
        const auto m = std::find_if(q->members.cbegin(), q->members.cend(),
            [&](const Pbx::QueueMember& qm) { return qm.interface == row.id; });
        if (m == q->members.cend())
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case MemberName:
            return m->name.isEmpty() ? m->interface : m->name;
        case MemberInterface:
            return m->interface;
        case MemberStatus:
            return int(row.state->memberStatus(*m));
        case Paused:
            return m->paused;
        case PausedReason:
            return m->pausedReason;
        case InCall:
            return m->inCall;
        case CallsTaken:
            return m->callsTaken;
        default:
            return {};
        }
    }
    const auto c = std::find_if(q->callers.cbegin(), q->callers.cend(),
        [&](const Pbx::QueueCaller& qc) { return qc.uniqueid == row.id; });
    if (c == q->callers.cend())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case CallerNumber:
        return c->callerIdNum;
    case CallerName:
        return c->callerIdName;
    case Position:
        return c->position;
    case WaitingSinceMs:
        return c->joinedMs;
    case CallerChannel:
        return c->channel;
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
