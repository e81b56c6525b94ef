// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/VoicemailMailboxModel.h"

#include "core/voicemail/VoicemailRoles.h"
#include "core/voicemail/VoicemailStore.h"

VoicemailMailboxModel::VoicemailMailboxModel(VoicemailStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_keys(store->mailboxKeys())
{
    connect(store, &VoicemailStore::mailboxesChanged, this, &VoicemailMailboxModel::handleMailboxesChanged);
    connect(store, &VoicemailStore::countsChanged, this, &VoicemailMailboxModel::handleCountsChanged);
    connect(store, &VoicemailStore::ownersChanged, this, [this] {
        if (!m_keys.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1), {VoicemailMailboxRoles::PbxOwner});
    });
}

int VoicemailMailboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant VoicemailMailboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const QString& key = m_keys.at(index.row());
    QString context;
    QString mailbox;
    VoicemailStore::splitMailboxKey(key, &context, &mailbox);
    const VoicemailStore::Counts c = m_store->counts(key);
    switch (role) {
    case Qt::DisplayRole:
    case VoicemailMailboxRoles::Mailbox:
        return mailbox;
    case VoicemailMailboxRoles::Key:
        return key;
    case VoicemailMailboxRoles::Context:
        return context;
    case VoicemailMailboxRoles::NewCount:
        return c.newCount();
    case VoicemailMailboxRoles::InboxCount:
        return c.inbox;
    case VoicemailMailboxRoles::UrgentCount:
        return c.urgent;
    case VoicemailMailboxRoles::OldCount:
        return c.old;
    case VoicemailMailboxRoles::TotalCount:
        return c.total;
    case VoicemailMailboxRoles::DamagedCount:
        return c.damaged;
    case VoicemailMailboxRoles::PbxOwner:
        return m_store->pbxOwner(key);
    default:
        return {};
    }
}

QHash<int, QByteArray> VoicemailMailboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(VoicemailMailboxRoles::Key, "key");
    names.insert(VoicemailMailboxRoles::Context, "context");
    names.insert(VoicemailMailboxRoles::Mailbox, "mailbox");
    names.insert(VoicemailMailboxRoles::NewCount, "newCount");
    names.insert(VoicemailMailboxRoles::InboxCount, "inboxCount");
    names.insert(VoicemailMailboxRoles::UrgentCount, "urgentCount");
    names.insert(VoicemailMailboxRoles::OldCount, "oldCount");
    names.insert(VoicemailMailboxRoles::TotalCount, "totalCount");
    names.insert(VoicemailMailboxRoles::DamagedCount, "damagedCount");
    names.insert(VoicemailMailboxRoles::PbxOwner, "pbxOwner");
    return names;
}

int VoicemailMailboxModel::rowOf(const QString& mailboxKey) const
{
    return int(m_keys.indexOf(mailboxKey));
}

void VoicemailMailboxModel::handleMailboxesChanged()
{
    // Mailboxes come and go rarely (a voicemail.conf change); a reset is honest and cheap.
    const QStringList keys = m_store->mailboxKeys();
    if (keys == m_keys)
        return; // a mailbox the PBX listed got its first folder: same rows
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

void VoicemailMailboxModel::handleCountsChanged(const QString& mailboxKey)
{
    const int row = rowOf(mailboxKey);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}
