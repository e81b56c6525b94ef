// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CoalescedListModel.h"

#include "core/common/Clock.h"

#include <algorithm>

CoalescedListModel::CoalescedListModel(QObject* parent, Clock* clock)
    : QAbstractListModel(parent)
    , m_timer((clock ? clock : Clock::system())->createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &CoalescedListModel::flushNow);
    // Connected first, so the dirty rows move before anyone else looks.
    connect(this, &QAbstractItemModel::rowsInserted, this, &CoalescedListModel::handleRowsInserted);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CoalescedListModel::handleRowsRemoved);
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_dirty.clear(); });
}

void CoalescedListModel::markRowDirty(int row)
{
    if (row < 0)
        return;
    m_dirty.insert(row);
    if (!m_timer->isActive())
        m_timer->start(FlushIntervalMs);
}

void CoalescedListModel::flushNow()
{
    m_timer->stop();
    if (m_dirty.isEmpty())
        return;
    QList<int> rows(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    std::sort(rows.begin(), rows.end());
    const int count = rowCount();
    qsizetype i = 0;
    while (i < rows.size()) {
        const int first = rows[i];
        int last = first;
        while (i + 1 < rows.size() && rows[i + 1] == last + 1)
            last = rows[++i];
        ++i;
        if (first >= count)
            break;
        last = std::min(last, count - 1);
        Q_EMIT dataChanged(index(first, 0), index(last, 0));
    }
}

void CoalescedListModel::handleRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || m_dirty.isEmpty())
        return;
    const int n = last - first + 1;
    QSet<int> moved;
    for (int row : std::as_const(m_dirty))
        moved.insert(row >= first ? row + n : row);
    m_dirty = std::move(moved);
}

void CoalescedListModel::handleRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || m_dirty.isEmpty())
        return;
    const int n = last - first + 1;
    QSet<int> moved;
    for (int row : std::as_const(m_dirty)) {
        if (row < first)
            moved.insert(row);
        else if (row > last)
            moved.insert(row - n);
    }
    m_dirty = std::move(moved);
}
