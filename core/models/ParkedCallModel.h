// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ServerListModel.h"

struct ParkedCallModelRow
{
    PbxState* state = nullptr;
    QString key; // "701@default"
};

// Parked calls of all servers added, one row per occupied space.
// Roles: ParkedCallRoles.
class ParkedCallModel final : public ServerListModel<ParkedCallModelRow>
{
    Q_OBJECT
public:
    explicit ParkedCallModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~ParkedCallModel() override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const PbxState* state, const QString& parkedKey) const; // "701@default"

private:
    using Row = ParkedCallModelRow;

    void connectServer(PbxState* state) override;
    void addRowsOf(PbxState* state) override;
    void handleAdded(PbxState* state, const QString& key);
    void handleChanged(PbxState* state, const QString& key);
    void handleRemoved(PbxState* state, const QString& key);
};
