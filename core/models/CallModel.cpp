// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CallModel.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

#include <algorithm>

CallModel::CallModel(QObject* parent, Clock* clock)
    : CoalescedListModel(parent, clock)
{ }

CallModel::~CallModel() = default;

void CallModel::addServer(PbxState* state)
{
    if (!state || m_servers.contains(state))
        return;
    m_servers.append(state);
    connect(state, &PbxState::callAdded, this, [this, state](const QString& id) { handleAdded(state, id); });
    connect(
        state, &PbxState::callChanged, this, [this, state](const QString& id) { handleChanged(state, id); });
    connect(
        state, &PbxState::callRemoved, this, [this, state](const QString& id) { handleRemoved(state, id); });
    // A held call known only from its device state (ONHOLD after a resync).
    connect(state, &PbxState::deviceChanged, this, [this, state](const QString& device) {
        QStringList touched;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            const Row& row = m_rows.at(r);
            if (row.state != state)
                continue;
            const Pbx::Call& c = callOf(row);
            if (Pbx::Channel::deviceOf(c.callerChannelName) == device
                || Pbx::Channel::deviceOf(c.calleeChannelName) == device)
                touched.append(row.key);
        }
        for (const QString& linkedid : std::as_const(touched))
            handleChanged(state, linkedid);
    });
    connect(state, &PbxState::cleared, this,
        [this, state] { removeRowsIf(m_rows, [state](const Row& r) { return r.state == state; }); });
    connect(state, &QObject::destroyed, this, [this, state] { removeServer(state); });
    QStringList ids = state->callIds();
    // One row per conversation: a call that another call already stands for is not listed.
    ids.removeIf([state](const QString& id) { return !state->call(id).duplicateOf.isEmpty(); });
    if (ids.isEmpty())
        return;
    std::sort(ids.begin(), ids.end());
    const int first = rowCount();
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    for (const QString& id : std::as_const(ids))
        m_rows.append(Row {state, id, {}});
    endInsertRows();
}

void CallModel::removeServer(PbxState* state)
{
    const auto it = std::find(m_servers.begin(), m_servers.end(), state);
    if (it == m_servers.end())
        return;
    m_servers.erase(it);
    disconnect(state, nullptr, this, nullptr);
    removeRowsIf(m_rows, [state](const Row& r) { return r.state == state; });
}

int CallModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex CallModel::indexOf(const PbxState* state, const QString& linkedid) const
{
    const int row = m_rows.indexOf(state, linkedid);
    return row < 0 ? QModelIndex() : index(row, 0);
}

PbxState* CallModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : nullptr;
}

void CallModel::handleAdded(PbxState* state, const QString& linkedid)
{
    if (state->call(linkedid).duplicateOf.isEmpty())
        appendKeyedRow(m_rows, state, linkedid);
}

void CallModel::handleChanged(PbxState* state, const QString& linkedid)
{
    // A call can become (or stop being) the second view of one conversation
    // (see Pbx::Call::duplicateOf): its row goes or comes back.
    Pbx::Call call = state->call(linkedid);
    const int row = m_rows.indexOf(state, linkedid);
    if (!call.duplicateOf.isEmpty()) {
        removeKeyedRow(m_rows, state, linkedid);
        return;
    }
    if (row < 0) {
        appendKeyedRow(m_rows, state, linkedid);
        return;
    }
    m_rows[row].call = std::move(call);
    markRowDirty(row);
}

void CallModel::handleRemoved(PbxState* state, const QString& linkedid)
{
    removeKeyedRow(m_rows, state, linkedid);
}

const Pbx::Call& CallModel::callOf(const Row& row) const
{
    if (!row.call)
        row.call = row.state->call(row.key);
    return *row.call;
}

QVariant CallModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Pbx::Call& c = callOf(row);
    using namespace CallRoles;
    switch (role) {
    case Qt::DisplayRole:
        return QString(c.callerNumber + QStringLiteral(" \u2192 ") + c.calleeNumber);
    case ServerId:
        return row.state->serverId();
    case Key:
        return QString(row.state->serverId() + QLatin1Char('/') + row.key);
    case CallerNumber:
        return c.callerNumber;
    case CallerName:
        return c.callerName;
    case CalleeNumber:
        return c.calleeNumber;
    case CalleeName:
        return c.calleeName;
    case CallerChannel:
        return c.callerChannelName;
    case CalleeChannel:
        return c.calleeChannelName;
    case StartMs:
        return c.startMs;
    case AnsweredMs:
        return c.answeredMs;
    case OnHold:
        return c.onHold;
    case Ringing:
        return c.ringing;
    case Queue:
        return c.queue;
    case CallerDevice:
        return Pbx::Channel::deviceOf(c.callerChannelName);
    case CalleeDevice:
        return c.calleeChannelName.isEmpty() ? QString() : Pbx::Channel::deviceOf(c.calleeChannelName);
    case ChannelCount:
        return c.channelCount;
    case Activity:
        return QVariant::fromValue(c.activity);
    default:
        return {};
    }
}

QHash<int, QByteArray> CallModel::roleNames() const
{
    using namespace CallRoles;
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(
        {{ServerId, "serverId"}, {Key, "key"}, {CallerNumber, "callerNumber"}, {CallerName, "callerName"},
            {CalleeNumber, "calleeNumber"}, {CalleeName, "calleeName"}, {CallerChannel, "callerChannel"},
            {CalleeChannel, "calleeChannel"}, {StartMs, "startMs"}, {AnsweredMs, "answeredMs"},
            {OnHold, "onHold"}, {Ringing, "ringing"}, {Queue, "queue"}, {CallerDevice, "callerDevice"},
            {CalleeDevice, "calleeDevice"}, {ChannelCount, "channelCount"}, {Activity, "activity"}});
    return names;
}
