// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ParkedCallModel.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

ParkedCallModel::ParkedCallModel(QObject* parent, Clock* clock)
    : ServerListModel(parent, clock)
{ }

ParkedCallModel::~ParkedCallModel() = default;

void ParkedCallModel::connectServer(PbxState* state)
{
    connect(
        state, &PbxState::parkedCallAdded, this, [this, state](const QString& k) { handleAdded(state, k); });
    connect(state, &PbxState::parkedCallChanged, this,
        [this, state](const QString& k) { handleChanged(state, k); });
    connect(state, &PbxState::parkedCallRemoved, this,
        [this, state](const QString& k) { handleRemoved(state, k); });
}

void ParkedCallModel::addRowsOf(PbxState* state)
{
    appendRows(state, state->parkedCalls().keys());
}

QModelIndex ParkedCallModel::indexOf(const PbxState* state, const QString& parkedKey) const
{
    return indexOfKey(state, parkedKey);
}

void ParkedCallModel::handleAdded(PbxState* state, const QString& key)
{
    appendRow(state, key);
}

void ParkedCallModel::handleChanged(PbxState* state, const QString& key)
{
    markRowDirty(m_rows.indexOf(state, key));
}

void ParkedCallModel::handleRemoved(PbxState* state, const QString& key)
{
    removeRow(state, key);
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
