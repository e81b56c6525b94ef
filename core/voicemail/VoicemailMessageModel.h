// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

class VoicemailStore;

// The messages of one folder of one mailbox. Rows keep their identity across
// renumbering and rescans (rows are inserted, removed and updated, never
// reset) so a selection in the view survives Asterisk's work.
class VoicemailMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UrgentColumn,
        CallerNameColumn,
        CallerNumberColumn,
        DateColumn,
        DurationColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit VoicemailMessageModel(VoicemailStore* store, QObject* parent = nullptr);

    void setFolder(const QString& mailboxKey, Voicemail::Folder folder);
    QString mailboxKey() const { return m_mailboxKey; }
    Voicemail::Folder folder() const { return m_folder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    VoicemailMessage message(int row) const { return m_rows.at(row); }
    int rowOfIdentity(const QString& identity) const;

    // "03:07": minutes and seconds of a voicemail's duration.
    static QString formatDuration(int seconds);

private:
    static QVariant displayData(const VoicemailMessage& m, int column);
    static QVariant sortKey(const VoicemailMessage& m, int column);
    static QVariant roleData(const VoicemailMessage& m, int role);
    void handleFolderChanged(const QString& mailboxKey, Voicemail::Folder folder);
    void apply(const QList<VoicemailMessage>& messages);

    QPointer<VoicemailStore> m_store;
    QString m_mailboxKey;
    Voicemail::Folder m_folder = Voicemail::Folder::Inbox;
    QList<VoicemailMessage> m_rows;
};
