// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QVariant>

class Clock;
class ClockTimer;

// Base of the core list models: rows that may have changed are only marked
// dirty; one frame (16 ms) later each dirty row's roles are compared with
// what the views were last told, and only the rows and roles that really
// differ go out, one dataChanged(first, last, roles) per contiguous run of
// rows with the same changed roles. However many events hit a row within a
// frame, the views hear of it once, and a view can tell a state change from
// a name change (the tile board moves tiles only for the latter).
//
// Compared roles: Qt::DisplayRole and every role of roleNames() from
// Qt::UserRole up. Row inserts and removals are structural and go out at
// once; the dirty rows and the values last told follow them.
//
// A frame compares at most MaxRowsPerFrame rows (the lowest first) and
// leaves the rest to the next frames: after a resync marks 20,000 rows at
// once, the window stays responsive while they go out in slices instead of
// one flush of a tenth of a second.
class CoalescedListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 16;
    static constexpr int MaxRowsPerFrame = 2000;

    // Emits all the pending dataChanged now (e.g. before a test inspects views).
    void flushNow();
    bool hasPendingChanges() const { return !m_dirty.isEmpty(); }

protected:
    explicit CoalescedListModel(QObject* parent = nullptr, Clock* clock = nullptr);

    // Subclasses drop their per-row caches before calling this.
    void markRowDirty(int row);
    // Asks for a frame without marking a row (work deferred to beforeFlush()).
    void scheduleFlush();
    // Runs at the start of every frame, before the dirty rows are compared:
    // a subclass brings deferred work up to date (rows may come and go).
    virtual void beforeFlush() { }

private:
    struct Change
    {
        int row;
        QList<int> roles;
    };

    const QList<int>& comparedRoles() const;
    QList<QVariant> valuesOf(int row) const;
    void flushFrame();
    void flush(qsizetype maxRows);
    QList<Change> takeChanges(qsizetype maxRows);
    void handleRowsInserted(const QModelIndex& parent, int first, int last);
    void handleRowsRemoved(const QModelIndex& parent, int first, int last);
    void handleReset();

    ClockTimer* m_timer;
    QSet<int> m_dirty;
    QList<QList<QVariant>> m_told; // per row: the compared roles' values as views last saw them
    mutable QList<int> m_roles;
};
