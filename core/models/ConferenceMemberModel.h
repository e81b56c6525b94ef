// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/CoalescedListModel.h"

#include <QPointer>
#include <QStringList>

class ConferenceStore;
struct ConferenceMember;

// The members of one conference room (setRoom), in join order: who they
// are, admin, marked, muted, talking, since when. Follows the store: joins
// and leaves are row inserts and removals, the rest coalesced changes.
class ConferenceMemberModel final : public CoalescedListModel
{
    Q_OBJECT
public:
    enum Role : int
    {
        ChannelRole = Qt::UserRole + 1, // QString "PJSIP/1001-00000004"
        UniqueidRole,
        NumberRole, // CallerIDNum
        NameRole, // CallerIDName
        AdminRole, // bool
        MarkedRole, // bool
        MutedRole, // bool
        TalkingRole, // bool
        WaitingRole, // bool
        JoinedAtRole, // qint64 ms since the epoch
    };

    explicit ConferenceMemberModel(QObject* parent = nullptr, Clock* clock = nullptr);
    ~ConferenceMemberModel() override;

    // Shows the members of `room` in `store` (nullptr: nothing).
    void setRoom(ConferenceStore* store, const QString& room);
    ConferenceStore* store() const { return m_store; }
    QString room() const { return m_room; }
    QString channelAt(int row) const { return m_channels.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void handleRoomChanged(const QString& room);
    void handleRoomRemoved(const QString& room);
    const ConferenceMember* memberAt(int row) const;
    QStringList currentChannels() const;
    template <typename Pred>
    void removeRowsWhere(Pred pred)
    {
        for (int i = int(m_channels.size()) - 1; i >= 0; --i) {
            if (!pred(m_channels.at(i)))
                continue;
            beginRemoveRows({}, i, i);
            m_channels.removeAt(i);
            endRemoveRows();
        }
    }

    QPointer<ConferenceStore> m_store;
    QString m_room;
    QStringList m_channels; // the rows
};
