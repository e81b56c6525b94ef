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
        m_rows.remove(i, n);
        m_stale = true;
    }
    void clear()
    {
        m_rows.clear();
        m_index.clear();
        m_stale = false;
    }

private:
    void rebuild() const
    {
        m_index.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_index[m_rows[i].state].insert(m_rows[i].key, int(i));
        m_stale = false;
    }

    QList<Row> m_rows;
    mutable QHash<const PbxState*, QHash<QString, int>> m_index;
    mutable bool m_stale = false;
};
