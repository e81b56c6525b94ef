// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/CoalescedListModel.h"
#include "core/models/ServerRows.h"
#include "core/pbx/PbxState.h"

#include <QPointer>
#include <QStringList>

#include <algorithm>

// What the four PBX list models share: several servers' PbxStates feed one
// flat list of rows keyed by (server state, entity key). A server's rows go
// when it is cleared, removed or destroyed. Subclasses say which signals
// they follow (connectServer) and which rows a server has now (addRowsOf).
// Row: a struct with `PbxState* state` and `QString key`.
template <typename Row>
class ServerListModel : public CoalescedListModel
{
public:
    void addServer(PbxState* state)
    {
        if (!state || m_servers.contains(state))
            return;
        m_servers.append(state);
        connectServer(state);
        connect(state, &PbxState::cleared, this, [this, state] { removeRowsOf(state); });
        connect(state, &QObject::destroyed, this, [this, state] { removeServer(state); });
        addRowsOf(state);
    }

    void removeServer(PbxState* state)
    {
        const auto it = std::find(m_servers.begin(), m_servers.end(), state);
        if (it == m_servers.end())
            return;
        m_servers.erase(it);
        // The pointer may already be dying (destroyed()): compare, never use.
        disconnect(state, nullptr, this, nullptr);
        removeRowsOf(state);
    }

    QList<PbxState*> servers() const
    {
        QList<PbxState*> out;
        for (const QPointer<PbxState>& s : m_servers) {
            if (s)
                out.append(s.data());
        }
        return out;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    PbxState* stateAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : nullptr;
    }

protected:
    using CoalescedListModel::CoalescedListModel;

    // Connects the state's change signals (cleared and destroyed are handled here).
    virtual void connectServer(PbxState* state) = 0;
    // Adds the rows a newly added server has now (appendRows, usually).
    virtual void addRowsOf(PbxState* state) = 0;

    QModelIndex indexOfKey(const PbxState* state, const QString& key) const
    {
        const int row = m_rows.indexOf(state, key);
        return row < 0 ? QModelIndex() : index(row, 0);
    }

    // Appends one row per key not yet present, sorted, in one insertion.
    void appendRows(PbxState* state, QStringList keys)
    {
        keys.removeIf([&](const QString& key) { return m_rows.indexOf(state, key) >= 0; });
        if (keys.isEmpty())
            return;
        std::sort(keys.begin(), keys.end());
        const int first = rowCount();
        beginInsertRows({}, first, first + int(keys.size()) - 1);
        for (const QString& key : std::as_const(keys)) {
            Row row;
            row.state = state;
            row.key = key;
            m_rows.append(row);
        }
        endInsertRows();
    }

    void appendRow(PbxState* state, const QString& key) { appendRows(state, {key}); }

    void removeRow(const PbxState* state, const QString& key)
    {
        const int at = m_rows.indexOf(state, key);
        if (at < 0)
            return;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }

    // Removes every row matching pred, one beginRemoveRows per contiguous run.
    template <typename Pred>
    void removeRowsIf(Pred pred)
    {
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (!pred(m_rows.at(i)))
                continue;
            const qsizetype last = i;
            while (i > 0 && pred(m_rows.at(i - 1)))
                --i;
            beginRemoveRows({}, int(i), int(last));
            m_rows.removeRange(i, last - i + 1);
            endRemoveRows();
        }
    }

    void removeRowsOf(const PbxState* state)
    {
        removeRowsIf([state](const Row& r) { return r.state == state; });
    }

    QList<QPointer<PbxState>> m_servers;
    ServerRows<Row> m_rows;
};
