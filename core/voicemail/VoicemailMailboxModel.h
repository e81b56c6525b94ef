// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>

class VoicemailStore;

// One row per mailbox of the store, with its counts (VoicemailMailboxRoles).
class VoicemailMailboxModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit VoicemailMailboxModel(VoicemailStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString& mailboxKey) const;

private:
    void handleMailboxesChanged();
    void handleCountsChanged(const QString& mailboxKey);

    QPointer<VoicemailStore> m_store;
    QStringList m_keys;
};
