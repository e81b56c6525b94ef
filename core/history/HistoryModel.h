// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"

#include <QAbstractTableModel>
#include <QPointer>

class CallHistory;
class QTimer;

namespace HistoryRoles {
enum : int
{
    Id = Qt::UserRole + 1, // qint64: row id in the history file
    Direction, // int: CallRecord::Direction
    Outcome, // int: CallRecord::Outcome
    Missed, // bool: missed, busy or sent to voicemail (incoming)
    Handled, // bool: a missed call the operator has dealt with
    RemoteNumber, // QString: the other party as the PBX said it (not dialable as is)
    RemoteName, // QString
    LocalNumber, // QString: the extension the call was on
    LocalName, // QString
    Detail, // QString: transfer target, parking space
    Queue, // QString
    StartMs, // qint64
    DurationMs, // qint64: talking time, 0 if never answered
    ServerId, // QString
};
} // namespace HistoryRoles

// The calls a HistoryQuery selects, newest first, read from CallHistory
// asynchronously. Columns are the panel's (when, who, call, duration); every
// column answers the same roles and no words: the ui words them. Reloads after
// every change of the history, coalesced.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        CallColumn,
        DurationColumn,
        ColumnCount
    };

    explicit HistoryModel(CallHistory* history, QObject* parent = nullptr);

    void setQuery(const HistoryQuery& query);
    HistoryQuery query() const { return m_query; }
    const CallRecord& record(int row) const { return m_rows.at(row); }
    // Asks again now (normally 150 ms after the last change).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The rows of the current query arrived.
    void loaded();

private:
    void handleQueried(int ticket, const CallRecords& rows);

    QPointer<CallHistory> m_history;
    QTimer* m_reload;
    HistoryQuery m_query;
    CallRecords m_rows;
    int m_ticket = 0;
};
