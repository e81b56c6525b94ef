// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CallModel.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

CallModel::CallModel(QObject* parent, Clock* clock)
    : ServerListModel(parent, clock)
{ }

CallModel::~CallModel() = default;

void CallModel::connectServer(PbxState* state)
{
    connect(state, &PbxState::callAdded, this, [this, state](const QString& id) { handleAdded(state, id); });
    connect(
        state, &PbxState::callChanged, this, [this, state](const QString& id) { handleChanged(state, id); });
    connect(
        state, &PbxState::callRemoved, this, [this, state](const QString& id) { handleRemoved(state, id); });
    connect(state, &PbxState::deviceChanged, this,
        [this, state](const QString& device) { handleDeviceChanged(state, device); });
    connect(state, &PbxState::cleared, this, [this, state] { m_callsOfDevice.remove(state); });
}

void CallModel::addRowsOf(PbxState* state)
{
    QStringList ids = state->callIds();
    // One row per conversation: a call that another call already stands for is not listed.
    ids.removeIf([state](const QString& id) { return !state->call(id).duplicateOf.isEmpty(); });
    appendRows(state, ids);
    for (const QString& id : std::as_const(ids))
        callOf(m_rows.at(m_rows.indexOf(state, id))); // their devices, for handleDeviceChanged
}

QModelIndex CallModel::indexOf(const PbxState* state, const QString& linkedid) const
{
    return indexOfKey(state, linkedid);
}

void CallModel::handleDeviceChanged(PbxState* state, const QString& device)
{
    // A held call known only from its device state (ONHOLD after a resync).
    // Only the calls of that device are read: the rest of the list is not walked.
    QHash<QString, QSet<QString>>& byDevice = m_callsOfDevice[state];
    const auto it = byDevice.find(device);
    if (it == byDevice.end())
        return;
    QStringList touched;
    for (auto id = it->begin(); id != it->end();) {
        const int r = m_rows.indexOf(state, *id);
        const bool still
            = r >= 0 && (m_rows.at(r).callerDevice == device || m_rows.at(r).calleeDevice == device);
        if (still)
            touched.append(*id++);
        else
            id = it->erase(id);
    }
    if (it->isEmpty())
        byDevice.erase(it);
    for (const QString& linkedid : std::as_const(touched))
        handleChanged(state, linkedid);
}

void CallModel::handleAdded(PbxState* state, const QString& linkedid)
{
    if (!state->call(linkedid).duplicateOf.isEmpty())
        return;
    appendRow(state, linkedid);
    if (const int row = m_rows.indexOf(state, linkedid); row >= 0)
        callOf(m_rows.at(row)); // its devices, for handleDeviceChanged
}

void CallModel::handleChanged(PbxState* state, const QString& linkedid)
{
    // A call can become (or stop being) the second view of one conversation
    // (see Pbx::Call::duplicateOf): its row goes or comes back.
    Pbx::Call call = state->call(linkedid);
    const int row = m_rows.indexOf(state, linkedid);
    if (!call.duplicateOf.isEmpty()) {
        forgetRow(state, linkedid);
        return;
    }
    if (row < 0) {
        handleAdded(state, linkedid);
        return;
    }
    remember(m_rows.at(row), std::move(call));
    markRowDirty(row);
}

void CallModel::handleRemoved(PbxState* state, const QString& linkedid)
{
    forgetRow(state, linkedid);
}

void CallModel::forgetRow(PbxState* state, const QString& linkedid)
{
    const int r = m_rows.indexOf(state, linkedid);
    if (r < 0)
        return;
    QHash<QString, QSet<QString>>& byDevice = m_callsOfDevice[state];
    for (const QString& device : {m_rows.at(r).callerDevice, m_rows.at(r).calleeDevice}) {
        const auto it = byDevice.find(device);
        if (it != byDevice.end() && it->remove(linkedid) && it->isEmpty())
            byDevice.erase(it);
    }
    removeRow(state, linkedid);
}

const Pbx::Call& CallModel::callOf(const Row& row) const
{
    if (!row.call)
        remember(row, row.state->call(row.key));
    return *row.call;
}

void CallModel::remember(const Row& row, Pbx::Call call) const
{
    row.callerDevice = Pbx::Channel::deviceOf(call.callerChannelName);
    row.calleeDevice
        = call.calleeChannelName.isEmpty() ? QString() : Pbx::Channel::deviceOf(call.calleeChannelName);
    row.call = std::move(call);
    QHash<QString, QSet<QString>>& byDevice = m_callsOfDevice[row.state];
    for (const QString* device : {&row.callerDevice, &row.calleeDevice}) {
        if (!device->isEmpty())
            byDevice[*device].insert(row.key);
    }
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
        return row.callerDevice;
    case CalleeDevice:
        return row.calleeDevice;
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
