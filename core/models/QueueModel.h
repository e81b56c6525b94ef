// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/CoalescedListModel.h"
#include "core/models/ServerRows.h"

#include <QList>
#include <QPointer>

class PbxState;

// Queues of all servers added, flat: one row per member and one per waiting
// caller (QueueRoles::IsMember tells which, QueueRoles::Queue which queue).
// Flat rather than a tree because the ui shows members and callers in
// separate filtered views; rows of one queue stay together, their order is
// not significant (sort by Position / MemberName in a proxy).
class QueueModel final : public CoalescedListModel
{
    Q_OBJECT
public:
    explicit QueueModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~QueueModel() override;

    void addServer(PbxState* state);
    void removeServer(PbxState* state);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Queue names of all servers ("support"), for a queue selector.
    QStringList queueNames() const;
    QModelIndex memberIndex(const PbxState* state, const QString& queue, const QString& interface) const;
    QModelIndex callerIndex(const PbxState* state, const QString& queue, const QString& uniqueid) const;

private:
    struct Row
    {
        PbxState* state = nullptr;
        QString key; // queue '\n' 'm'|'c' id
        QString queue;
        QString id; // member interface or caller uniqueid
        bool isMember = false;
    };

    void syncQueue(PbxState* state, const QString& queue);
    void removeQueue(PbxState* state, const QString& queue);

    QList<QPointer<PbxState>> m_servers;
    ServerRows<Row> m_rows;
};
