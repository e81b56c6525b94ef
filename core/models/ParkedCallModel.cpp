// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ParkedCallModel.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

#include <algorithm>

ParkedCallModel::ParkedCallModel(QObject* parent, Clock* clock)
    : CoalescedListModel(parent, clock)
{ }

ParkedCallModel::~ParkedCallModel() = default;

void ParkedCallModel::addServer(PbxState* state)
{
    if (!state || m_servers.contains(state))
        return;
    m_servers.append(state);
    connect(
        state, &PbxState::parkedCallAdded, this, [this, state](const QString& k) { handleAdded(state, k); });
    connect(state, &PbxState::parkedCallChanged, this,
        [this, state](const QString& k) { handleChanged(state, k); });
    connect(state, &PbxState::parkedCallRemoved, this,
        [this, state](const QString& k) { handleRemoved(state, k); });
    connect(state, &PbxState::cleared, this,
        [this, state] { removeRowsIf(m_rows, [state](const Row& r) { return r.state == state; }); });
    connect(state, &QObject::destroyed, this, [this, state] { removeServer(state); });
    QStringList keys = state->parkedCalls().keys();
    if (keys.isEmpty())
        return;
    std::sort(keys.begin(), keys.end());
    const int first = rowCount();
    beginInsertRows({}, first, first + int(keys.size()) - 1);
    for (const QString& key : std::as_const(keys))
        m_rows.append(Row {state, key});
    endInsertRows();
}

void ParkedCallModel::removeServer(PbxState* state)
{
    const auto it = std::find(m_servers.begin(), m_servers.end(), state);
    if (it == m_servers.end())
        return;
    m_servers.erase(it);
    disconnect(state, nullptr, this, nullptr);
    removeRowsIf(m_rows, [state](const Row& r) { return r.state == state; });
}

int ParkedCallModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex ParkedCallModel::indexOf(const PbxState* state, const QString& parkedKey) const
{
    const int row = m_rows.indexOf(state, parkedKey);
    return row < 0 ? QModelIndex() : index(row, 0);
}

PbxState* ParkedCallModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : nullptr;
}

void ParkedCallModel::handleAdded(PbxState* state, const QString& key)
{
    appendKeyedRow(m_rows, state, key);
}

void ParkedCallModel::handleChanged(PbxState* state, const QString& key)
{
    markRowDirty(m_rows.indexOf(state, key));
}

void ParkedCallModel::handleRemoved(PbxState* state, const QString& key)
{
    removeKeyedRow(m_rows, state, key);
}

QVariant ParkedCallModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    auto it = row.state->parkedCalls().constFind(row.key);
    if (it == row.state->parkedCalls().cend())
        return {};
    const Pbx::ParkedCall& p = *it;
    using namespace ParkedCallRoles;
    switch (role) {
    case Qt::DisplayRole:
    case Space:
        return p.space;
    case ServerId:
        return row.state->serverId();
    case Key:
        return QString(row.state->serverId() + QLatin1Char('/') + row.key);
    case Lot:
        return p.lot;
    case CallerNumber:
        return p.callerIdNum;
    case CallerName:
        return p.callerIdName;
    case ParkerNumber: {
        // "PJSIP/1000" → "1000": the parker's phone, where the call returns.
        const QString dial = p.parkerDialString;
        return dial.mid(dial.lastIndexOf(QLatin1Char('/')) + 1);
    }
    case ParkedAtMs:
        return p.parkedAtMs;
    case TimeoutMs:
        return p.timeoutAtMs;
    case Channel:
        return p.channel;
    case ConnectedName:
        return p.connectedLineName;
    case ConnectedNumber:
        return p.connectedLineNum;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParkedCallModel::roleNames() const
{
    using namespace ParkedCallRoles;
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ServerId, "serverId"}, {Key, "key"}, {Space, "space"}, {Lot, "lot"},
        {CallerNumber, "callerNumber"}, {CallerName, "callerName"}, {ParkerNumber, "parkerNumber"},
        {ParkedAtMs, "parkedAtMs"}, {TimeoutMs, "timeoutMs"}, {Channel, "channel"},
        {ConnectedName, "connectedName"}, {ConnectedNumber, "connectedNumber"}});
    return names;
}
