// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/CoalescedListModel.h"

#include "core/common/Clock.h"

#include <algorithm>
#include <limits>

CoalescedListModel::CoalescedListModel(QObject* parent, Clock* clock)
    : QAbstractListModel(parent)
    , m_timer((clock ? clock : Clock::system())->createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &CoalescedListModel::flushFrame);
    // Connected first, so the dirty rows and told values move before anyone else looks.
    connect(this, &QAbstractItemModel::rowsInserted, this, &CoalescedListModel::handleRowsInserted);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CoalescedListModel::handleRowsRemoved);
    connect(this, &QAbstractItemModel::modelReset, this, &CoalescedListModel::handleReset);
}

const QList<int>& CoalescedListModel::comparedRoles() const
{
    if (m_roles.isEmpty()) {
        const QHash<int, QByteArray> names = roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key() >= Qt::UserRole)
                m_roles.append(it.key());
        }
        m_roles.append(Qt::DisplayRole);
        std::sort(m_roles.begin(), m_roles.end());
    }
    return m_roles;
}

QList<QVariant> CoalescedListModel::valuesOf(int row) const
{
    const QList<int>& roles = comparedRoles();
    const QModelIndex at = index(row, 0);
    QList<QVariant> values;
    values.reserve(roles.size());
    for (int role : roles)
        values.append(data(at, role));
    return values;
}

void CoalescedListModel::markRowDirty(int row)
{
    if (row < 0)
        return;
    m_dirty.insert(row);
    scheduleFlush();
}

void CoalescedListModel::scheduleFlush()
{
    if (!m_timer->isActive())
        m_timer->start(FlushIntervalMs);
}

QList<CoalescedListModel::Change> CoalescedListModel::takeChanges(qsizetype maxRows)
{
    QList<int> rows(m_dirty.cbegin(), m_dirty.cend());
    std::sort(rows.begin(), rows.end());
    if (rows.size() > maxRows) {
        rows.resize(maxRows);
        for (int row : std::as_const(rows))
            m_dirty.remove(row);
    } else {
        m_dirty.clear();
    }
    const QList<int>& roles = comparedRoles();
    QList<Change> changes;
    for (int row : std::as_const(rows)) {
        if (row >= m_told.size())
            break;
        QList<QVariant> now = valuesOf(row);
        QList<QVariant>& told = m_told[row];
        Change change {row, {}};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (told.value(i) != now.at(i))
                change.roles.append(roles.at(i));
        }
        told = std::move(now);
        if (!change.roles.isEmpty())
            changes.append(std::move(change));
    }
    return changes;
}

void CoalescedListModel::flushNow()
{
    flush(std::numeric_limits<qsizetype>::max());
}

void CoalescedListModel::flushFrame()
{
    flush(MaxRowsPerFrame);
}

void CoalescedListModel::flush(qsizetype maxRows)
{
    m_timer->stop();
    beforeFlush();
    if (m_dirty.isEmpty())
        return;
    // Everything is compared before anything is said, so a listener that
    // reacts by marking rows dirty again waits for the next frame.
    const QList<Change> changes = takeChanges(maxRows);
    if (!m_dirty.isEmpty())
        scheduleFlush(); // the rows left for the next frame
    qsizetype i = 0;
    while (i < changes.size()) {
        const Change& first = changes.at(i);
        qsizetype last = i;
        while (last + 1 < changes.size() && changes.at(last + 1).row == changes.at(last).row + 1
            && changes.at(last + 1).roles == first.roles)
            ++last;
        Q_EMIT dataChanged(index(first.row, 0), index(changes.at(last).row, 0), first.roles);
        i = last + 1;
    }
}

void CoalescedListModel::handleRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int n = last - first + 1;
    QList<QList<QVariant>> told;
    told.reserve(n);
    for (int row = first; row <= last; ++row)
        told.append(valuesOf(row));
    const bool atEnd = first >= m_told.size();
    m_told.insert(first, n, {});
    std::move(told.begin(), told.end(), m_told.begin() + first);
    // Rows appended (the usual case) move no dirty row.
    if (m_dirty.isEmpty() || atEnd)
        return;
    QSet<int> moved;
    for (int row : std::as_const(m_dirty))
        moved.insert(row >= first ? row + n : row);
    m_dirty = std::move(moved);
}

void CoalescedListModel::handleRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int n = last - first + 1;
    m_told.remove(first, std::min<qsizetype>(n, m_told.size() - first));
    if (m_dirty.isEmpty())
        return;
    QSet<int> moved;
    for (int row : std::as_const(m_dirty)) {
        if (row < first)
            moved.insert(row);
        else if (row > last)
            moved.insert(row - n);
    }
    m_dirty = std::move(moved);
}

void CoalescedListModel::handleReset()
{
    m_dirty.clear();
    m_told.clear();
    const int rows = rowCount();
    m_told.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_told.append(valuesOf(row));
}
