// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/ServerListModel.h"
#include "core/pbx/Queue.h"

#include <QHash>
#include <QSet>

#include <utility>

struct QueueModelRow
{
    PbxState* state = nullptr;
    QString key; // queue '\n' 'm'|'c' id
    QString queue;
    bool isMember = false;
    // What the row shows, as of the last sync: a sync compares against it
    // and marks only the rows that differ.
    Pbx::QueueMember member;
    Pbx::QueueCaller caller;
    Pbx::QueueMember::Status status = Pbx::QueueMember::Status::Unknown;
    int at = -1; // index in the queue's members or callers at the last sync (a hint)
};

// Queues of all servers added, flat: one row per member and one per waiting
// caller (QueueRoles::IsMember tells which, QueueRoles::Queue which queue).
// Flat rather than a tree because the ui shows members and callers in
// separate filtered views; rows of one queue stay together, their order is
// not significant (sort by Position / MemberName in a proxy).
//
// Changes are gathered and applied once a frame (before the coalesced
// dataChanged): a queue that changed, however often, costs one pass over
// its rows a frame (each row finds its member at its last place, no lookup
// table unless someone moved far), and the phones whose device state changed
// one pass over the member rows. So the work follows the frame rate, not the
// event rate; rows of a queue come and go at the next frame too.
class QueueModel final : public ServerListModel<QueueModelRow>
{
    Q_OBJECT
public:
    explicit QueueModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~QueueModel() override;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Queue names of all servers ("support"), for a queue selector.
    QStringList queueNames() const;
    QModelIndex memberIndex(const PbxState* state, const QString& queue, const QString& interface) const;
    QModelIndex callerIndex(const PbxState* state, const QString& queue, const QString& uniqueid) const;

private:
    using Row = QueueModelRow;

    void connectServer(PbxState* state) override;
    void beforeFlush() override;
    void addRowsOf(PbxState* state) override;
    void syncQueue(PbxState* state, const QString& queue);
    struct Sync; // one syncQueue's bookkeeping: who was found, id tables
    bool refreshRow(int row, const Pbx::Queue& q, Sync& sync);
    void removeGone(int first, const QList<bool>& gone);
    void insertNewcomers(PbxState* state, const Pbx::Queue& q, int at, const Sync& sync);
    void removeQueue(PbxState* state, const QString& queue);
    void refreshMemberStatus(const PbxState* state, const QSet<QString>& devices);
    QVariant memberData(const Row& row, int role) const;
    static QVariant callerData(const Row& row, int role);

    QList<std::pair<PbxState*, QString>> m_changedQueues;
    QHash<const PbxState*, QSet<QString>> m_changedDevices;
};
