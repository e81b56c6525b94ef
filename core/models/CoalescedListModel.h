// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QString>

class Clock;
class ClockTimer;

// Base of the core list models: rows that change are only marked dirty;
// one timer (a frame, 16 ms) later the dirty rows go out as dataChanged,
// one signal per contiguous range. However many events hit a row within a
// frame, the views repaint it once. Row inserts and removals are
// structural and go out at once; the dirty set follows them.
class CoalescedListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 16;

    // Emits the pending dataChanged now (e.g. before a test inspects views).
    void flushNow();
    bool hasPendingChanges() const { return !m_dirty.isEmpty(); }

protected:
    explicit CoalescedListModel(QObject* parent = nullptr, Clock* clock = nullptr);

    // Subclasses drop their per-row caches before calling this.
    void markRowDirty(int row);

    // Row bookkeeping shared by the per-server models (ServerRows<Row>, rows
    // keyed by server state and entity key): append one row unless present,
    // remove one row if present.
    template <typename Rows, typename State>
    void appendKeyedRow(Rows& rows, State* state, const QString& key)
    {
        if (rows.indexOf(state, key) >= 0)
            return;
        typename Rows::value_type row;
        row.state = state;
        row.key = key;
        const int at = int(rows.size());
        beginInsertRows({}, at, at);
        rows.append(row);
        endInsertRows();
    }
    template <typename Rows, typename State>
    void removeKeyedRow(Rows& rows, const State* state, const QString& key)
    {
        const int at = rows.indexOf(state, key);
        if (at < 0)
            return;
        beginRemoveRows({}, at, at);
        rows.removeAt(at);
        endRemoveRows();
    }

    // Removes every row matching pred, one beginRemoveRows per contiguous run.
    template <typename Rows, typename Pred>
    void removeRowsIf(Rows& rows, Pred pred)
    {
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!pred(rows.at(i)))
                continue;
            const qsizetype last = i;
            while (i > 0 && pred(rows.at(i - 1)))
                --i;
            beginRemoveRows({}, int(i), int(last));
            for (qsizetype r = last; r >= i; --r)
                rows.removeAt(r);
            endRemoveRows();
        }
    }

private:
    void handleRowsInserted(const QModelIndex& parent, int first, int last);
    void handleRowsRemoved(const QModelIndex& parent, int first, int last);

    ClockTimer* m_timer;
    QSet<int> m_dirty;
};
