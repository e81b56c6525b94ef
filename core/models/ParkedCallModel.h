// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/CoalescedListModel.h"
#include "core/models/ServerRows.h"

#include <QList>
#include <QPointer>

class PbxState;

// Parked calls of all servers added, one row per occupied space.
// Roles: ParkedCallRoles.
class ParkedCallModel final : public CoalescedListModel
{
    Q_OBJECT
public:
    explicit ParkedCallModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~ParkedCallModel() override;

    void addServer(PbxState* state);
    void removeServer(PbxState* state);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const PbxState* state, const QString& parkedKey) const; // "701@default"
    PbxState* stateAt(int row) const;

private:
    struct Row
    {
        PbxState* state = nullptr;
        QString key;
    };

    void handleAdded(PbxState* state, const QString& key);
    void handleChanged(PbxState* state, const QString& key);
    void handleRemoved(PbxState* state, const QString& key);

    QList<QPointer<PbxState>> m_servers;
    ServerRows<Row> m_rows;
};
