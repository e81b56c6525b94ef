// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/CoalescedListModel.h"
#include "core/models/ServerRows.h"
#include "core/pbx/Call.h"

#include <QList>
#include <QPointer>

#include <optional>

class PbxState;

// Active calls of all servers added: one row per conversation (channels
// sharing a Linkedid, reduced to caller and callee; a call that is only a
// second view of another one's conversation is left out, see
// Pbx::Call::duplicateOf). Roles: CallRoles. Rows appear with the call's
// first channel and go with its last one.
class CallModel final : public CoalescedListModel
{
    Q_OBJECT
public:
    explicit CallModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~CallModel() override;

    void addServer(PbxState* state);
    void removeServer(PbxState* state);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const PbxState* state, const QString& linkedid) const;
    PbxState* stateAt(int row) const;

private:
    struct Row
    {
        PbxState* state = nullptr;
        QString key; // linkedid
        mutable std::optional<Pbx::Call> call;
    };

    void handleAdded(PbxState* state, const QString& linkedid);
    void handleChanged(PbxState* state, const QString& linkedid);
    void handleRemoved(PbxState* state, const QString& linkedid);
    const Pbx::Call& callOf(const Row& row) const;

    QList<QPointer<PbxState>> m_servers;
    ServerRows<Row> m_rows;
};
