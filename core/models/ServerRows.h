// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

class PbxState;

// Row bookkeeping shared by the models: rows identified by (server state,
// key), found by a hash that is rebuilt lazily after removals.
template <typename Row>
class ServerRows
{
public:
    using value_type = Row;

    qsizetype size() const { return m_rows.size(); }
    const Row& at(qsizetype i) const { return m_rows[i]; }
    Row& operator[](qsizetype i) { return m_rows[i]; }

    int indexOf(const PbxState* state, const QString& key) const
    {
        if (m_stale)
            rebuild();
        return m_index.value(state).value(key, -1);
    }
    void append(const Row& row)
    {
        if (!m_stale)
            m_index[row.state].insert(row.key, int(m_rows.size()));
        m_rows.append(row);
    }
    void insert(qsizetype i, const Row& row)
    {
        if (i == m_rows.size()) {
            append(row);
            return;
        }
        m_rows.insert(i, row);
        m_stale = true;
    }
    void removeAt(qsizetype i) { removeRange(i, 1); }
    void removeRange(qsizetype i, qsizetype n)
    {
        // Few rows after the removed ones: their index moves down in place.
        // Many: rebuilt at the next lookup, once for any number of removals.
        if (!m_stale && m_rows.size() - (i + n) <= MaxRowsMovedInPlace) {
            for (qsizetype r = i; r < i + n; ++r)
                m_index[m_rows[r].state].remove(m_rows[r].key);
            for (qsizetype r = i + n; r < m_rows.size(); ++r)
                m_index[m_rows[r].state][m_rows[r].key] = int(r - n);
        } else {
            m_stale = true;
        }
        m_rows.remove(i, n);
    }
    void clear()
    {
        m_rows.clear();
        m_index.clear();
        m_stale = false;
    }

private:
    static constexpr qsizetype MaxRowsMovedInPlace = 1024;

    void rebuild() const
    {
        // Sized ahead: 20,000 rows grown from empty rehash eight times.
        QHash<const PbxState*, qsizetype> counts;
        for (const Row& row : m_rows)
            ++counts[row.state];
        m_index.clear();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_index[it.key()].reserve(it.value());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_index[m_rows[i].state].insert(m_rows[i].key, int(i));
        m_stale = false;
    }

    QList<Row> m_rows;
    mutable QHash<const PbxState*, QHash<QString, int>> m_index;
    mutable bool m_stale = false;
};
