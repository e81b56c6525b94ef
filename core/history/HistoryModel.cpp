// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryModel.h"

#include "core/history/CallHistory.h"

#include <QTimer>

HistoryModel::HistoryModel(CallHistory* history, QObject* parent)
    : QAbstractTableModel(parent)
    , m_history(history)
    , m_reload(new QTimer(this))
{
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &HistoryModel::reload);
    connect(history, &CallHistory::changed, m_reload, qOverload<>(&QTimer::start));
    connect(history, &CallHistory::queried, this, &HistoryModel::handleQueried);
}

void HistoryModel::setQuery(const HistoryQuery& query)
{
    m_query = query;
    reload();
}

void HistoryModel::reload()
{
    m_reload->stop();
    if (m_history)
        m_ticket = m_history->query(m_query);
}

void HistoryModel::handleQueried(int ticket, const CallRecords& rows)
{
    // An answer to an older query (the operator typed on) is dropped.
    if (ticket != m_ticket)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT loaded();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord& r = m_rows.at(index.row());
    switch (role) {
    case HistoryRoles::Id:
        return r.id;
    case HistoryRoles::Direction:
        return int(r.direction);
    case HistoryRoles::Outcome:
        return int(r.outcome);
    case HistoryRoles::Missed:
        return r.isMissed();
    case HistoryRoles::Handled:
        return r.handled;
    case HistoryRoles::RemoteNumber:
        return r.remoteNumber;
    case HistoryRoles::RemoteName:
        return r.remoteName;
    case HistoryRoles::LocalNumber:
        return r.localNumber;
    case HistoryRoles::LocalName:
        return r.localName;
    case HistoryRoles::Detail:
        return r.detail;
    case HistoryRoles::Queue:
        return r.queue;
    case HistoryRoles::StartMs:
        return r.startMs;
    case HistoryRoles::DurationMs:
        return r.durationMs();
    case HistoryRoles::ServerId:
        return r.serverId;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(HistoryRoles::Id, "id");
    names.insert(HistoryRoles::Direction, "direction");
    names.insert(HistoryRoles::Outcome, "outcome");
    names.insert(HistoryRoles::Missed, "missed");
    names.insert(HistoryRoles::Handled, "handled");
    names.insert(HistoryRoles::RemoteNumber, "remoteNumber");
    names.insert(HistoryRoles::RemoteName, "remoteName");
    names.insert(HistoryRoles::StartMs, "startMs");
    names.insert(HistoryRoles::DurationMs, "durationMs");
    return names;
}
