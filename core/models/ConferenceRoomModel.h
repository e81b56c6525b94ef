// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/CoalescedListModel.h"

#include <QList>
#include <QPointer>

class ConferenceStore;
struct ConferenceRoom;

// The conference rooms in use on all servers added, one row per room, in
// the order they started. No words and no colours: the ui says them.
class ConferenceRoomModel final : public CoalescedListModel
{
    Q_OBJECT
public:
    enum Role : int
    {
        ServerIdRole = Qt::UserRole + 1, // QString
        RoomRole, // QString: the conference name ("8500"), also its extension
        LockedRole, // bool
        RecordingRole, // bool
        RecordingSinceRole, // qint64 ms since the epoch, 0 when not recording
        MemberCountRole, // int: members (not BridgeNumChannels)
        TalkingCountRole, // int
        AdminCountRole, // int
        StartedAtRole, // qint64 ms since the epoch
    };

    explicit ConferenceRoomModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~ConferenceRoomModel() override;

    void addServer(const QString& serverId, ConferenceStore* store);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const ConferenceStore* store, const QString& room) const;
    ConferenceStore* storeAt(int row) const;
    QString roomAt(int row) const;

private:
    struct Row
    {
        QPointer<ConferenceStore> store;
        QString serverId;
        QString room;
    };

    const ConferenceRoom* roomOf(const Row& row) const;
    template <typename Pred>
    void removeRowsWhere(Pred pred)
    {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!pred(m_rows.at(i)))
                continue;
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    void handleAdded(const QString& serverId, ConferenceStore* store, const QString& room);
    void handleChanged(ConferenceStore* store, const QString& room);
    void handleRemoved(ConferenceStore* store, const QString& room);

    QList<Row> m_rows;
};
