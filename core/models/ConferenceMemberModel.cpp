// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ConferenceMemberModel.h"

#include "core/conference/ConferenceStore.h"

ConferenceMemberModel::ConferenceMemberModel(QObject* parent, Clock* clock)
    : CoalescedListModel(parent, clock)
{ }

ConferenceMemberModel::~ConferenceMemberModel() = default;

void ConferenceMemberModel::setRoom(ConferenceStore* store, const QString& room)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    beginResetModel();
    m_store = store;
    m_room = room;
    m_channels = currentChannels();
    endResetModel();
    if (!store)
        return;
    connect(store, &ConferenceStore::roomChanged, this, &ConferenceMemberModel::handleRoomChanged);
    connect(store, &ConferenceStore::roomRemoved, this, &ConferenceMemberModel::handleRoomRemoved);
    connect(store, &ConferenceStore::roomAdded, this, &ConferenceMemberModel::handleRoomChanged);
}

QStringList ConferenceMemberModel::currentChannels() const
{
    QStringList out;
    if (const ConferenceRoom* r = m_store ? m_store->room(m_room) : nullptr) {
        for (const ConferenceMember& m : r->members)
            out.append(m.channel);
    }
    return out;
}

void ConferenceMemberModel::handleRoomChanged(const QString& room)
{
    if (room != m_room)
        return;
    const QStringList now = currentChannels();
    removeRowsWhere([&now](const QString& c) { return !now.contains(c); });
    for (const QString& c : now) {
        if (m_channels.contains(c))
            continue;
        const int at = int(m_channels.size());
        beginInsertRows({}, at, at);
        m_channels.append(c);
        endInsertRows();
    }
    for (int i = 0; i < m_channels.size(); ++i)
        markRowDirty(i);
}

void ConferenceMemberModel::handleRoomRemoved(const QString& room)
{
    if (room == m_room)
        removeRowsWhere([](const QString&) { return true; });
}

const ConferenceMember* ConferenceMemberModel::memberAt(int row) const
{
    const ConferenceRoom* r = m_store ? m_store->room(m_room) : nullptr;
    return r ? r->member(m_channels.value(row)) : nullptr;
}

int ConferenceMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

QVariant ConferenceMemberModel::data(const QModelIndex& index, int role) const
{
    const ConferenceMember* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m->name.isEmpty() || m->name == QLatin1String("<unknown>") ? m->number : m->name;
    case ChannelRole:
        return m->channel;
    case UniqueidRole:
        return m->uniqueid;
    case NumberRole:
        return m->number;
    case NameRole:
        return m->name;
    case AdminRole:
        return m->admin;
    case MarkedRole:
        return m->marked;
    case MutedRole:
        return m->muted;
    case TalkingRole:
        return m->talking;
    case WaitingRole:
        return m->waiting;
    case JoinedAtRole:
        return m->joinedAtMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConferenceMemberModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {ChannelRole, "channel"}, {UniqueidRole, "uniqueid"},
        {NumberRole, "number"}, {NameRole, "name"}, {AdminRole, "admin"}, {MarkedRole, "marked"},
        {MutedRole, "muted"}, {TalkingRole, "talking"}, {WaitingRole, "waiting"}, {JoinedAtRole, "joinedAt"}};
}
