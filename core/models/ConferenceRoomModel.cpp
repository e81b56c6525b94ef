// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ConferenceRoomModel.h"

#include "core/conference/ConferenceStore.h"

ConferenceRoomModel::ConferenceRoomModel(QObject* parent, Clock* clock)
    : CoalescedListModel(parent, clock)
{ }

ConferenceRoomModel::~ConferenceRoomModel() = default;

void ConferenceRoomModel::addServer(const QString& serverId, ConferenceStore* store)
{
    if (!store)
        return;
    connect(store, &ConferenceStore::roomAdded, this,
        [this, serverId, store](const QString& room) { handleAdded(serverId, store, room); });
    connect(store, &ConferenceStore::roomChanged, this,
        [this, store](const QString& room) { handleChanged(store, room); });
    connect(store, &ConferenceStore::roomRemoved, this,
        [this, store](const QString& room) { handleRemoved(store, room); });
    connect(store, &QObject::destroyed, this,
        [this] { removeRowsWhere([](const Row& r) { return r.store.isNull(); }); });
    for (const QString& room : store->roomNames())
        handleAdded(serverId, store, room);
}

int ConferenceRoomModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex ConferenceRoomModel::indexOf(const ConferenceStore* store, const QString& room) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).store == store && m_rows.at(i).room == room)
            return index(i, 0);
    }
    return {};
}

ConferenceStore* ConferenceRoomModel::storeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).store.data() : nullptr;
}

QString ConferenceRoomModel::roomAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).room : QString();
}

const ConferenceRoom* ConferenceRoomModel::roomOf(const Row& row) const
{
    return row.store ? row.store->room(row.room) : nullptr;
}

void ConferenceRoomModel::handleAdded(const QString& serverId, ConferenceStore* store, const QString& room)
{
    if (indexOf(store, room).isValid())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(Row {store, serverId, room});
    endInsertRows();
}

void ConferenceRoomModel::handleChanged(ConferenceStore* store, const QString& room)
{
    const QModelIndex i = indexOf(store, room);
    if (i.isValid())
        markRowDirty(i.row());
}

void ConferenceRoomModel::handleRemoved(ConferenceStore* store, const QString& room)
{
    removeRowsWhere([store, &room](const Row& r) { return r.store == store && r.room == room; });
}

QVariant ConferenceRoomModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const ConferenceRoom* room = roomOf(row);
    if (!room)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case RoomRole:
        return room->name;
    case ServerIdRole:
        return row.serverId;
    case LockedRole:
        return room->locked;
    case RecordingRole:
        return room->recording;
    case RecordingSinceRole:
        return room->recordingSinceMs;
    case MemberCountRole:
        return int(room->members.size());
    case TalkingCountRole:
        return room->talkingCount();
    case AdminCountRole:
        return int(std::count_if(
            room->members.cbegin(), room->members.cend(), [](const ConferenceMember& m) { return m.admin; }));
    case StartedAtRole:
        return room->startedAtMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConferenceRoomModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {ServerIdRole, "serverId"}, {RoomRole, "room"},
        {LockedRole, "locked"}, {RecordingRole, "recording"}, {RecordingSinceRole, "recordingSince"},
        {MemberCountRole, "memberCount"}, {TalkingCountRole, "talkingCount"}, {AdminCountRole, "adminCount"},
        {StartedAtRole, "startedAt"}};
}
