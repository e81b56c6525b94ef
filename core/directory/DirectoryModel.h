// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/DirectoryIndex.h"

#include <QAbstractTableModel>
#include <QPointer>

class DirectorySource;
class PresenceSource;

// Item data roles of DirectoryModel (any column).
namespace DirectoryRoles {
enum : int
{
    Name = Qt::UserRole + 1, // QString
    Extension, // QString, may be empty
    PrimaryNumber, // QString: what Enter dials
    Numbers, // QStringList: every number of the contact
    NumberKinds, // QVariantList of int (PhoneNumber::Kind), parallel to Numbers
    Department, // QString
    Mail, // QString
    Uid, // QString
    Title, // QString
    Mailbox, // QString
    SourceId, // QString
    PresenceState, // int: Pbx::ExtensionState of the extension (Unknown without one)
    MatchRank, // int: DirectoryIndex::Rank for the current query
    Presence, // QString: the person's presence state name ("away"), empty if none
    PresenceMessage, // QString: their presence note ("Lunch"), empty if none
};
} // namespace DirectoryRoles

// The merged directory filtered by the search text, joined with live presence.
// Rows are search results (best first); columns are fixed. The ui adds
// presence words and icons (core has none) and the drag/drop view.
class DirectoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ExtensionColumn,
        DepartmentColumn,
        MailColumn,
        PresenceColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    // Carries the dragged number (also as text/plain), and the contact's name.
    static QString numberMimeType() { return QStringLiteral("application/x-attendant-number"); }
    static QString nameMimeType() { return QStringLiteral("application/x-attendant-contact-name"); }

    explicit DirectoryModel(QObject* parent = nullptr);
    ~DirectoryModel() override;
    Q_DISABLE_COPY_MOVE(DirectoryModel)

    // Listens to the source's contactsLoaded (not owned). Contacts it already
    // has are taken at once.
    void addSource(DirectorySource* source);
    void removeSource(DirectorySource* source);
    // Not owned; nullptr = no presence (PresenceState is Unknown).
    void setPresenceSource(PresenceSource* presence);

    void setQuery(const QString& text);
    QString query() const { return m_query; }
    // All contacts, unfiltered.
    qsizetype totalCount() const { return m_index.size(); }
    Contact contactAt(int row) const;
    const DirectoryIndex& directoryIndex() const { return m_index; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    // Copy: transfer or connect; Link: the same after announcing (Shift or Ctrl held).
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::LinkAction; }
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged(const QString& text);
    // The merged contact list changed (a source loaded or was removed).
    void contactsChanged();

private:
    void handleContactsLoaded(const QString& sourceId, const QList<Contact>& contacts);
    void handlePresenceChanged(const QString& extension);
    void handlePresenceReset();
    void refilter();
    int presenceOf(const Contact& contact) const;
    // Display and tool tip text of a column.
    static QVariant columnText(const Contact& c, int column, int role);

    DirectoryIndex m_index;
    QString m_query;
    QList<int> m_rows; // row -> index into m_index.contacts()
    QList<int> m_rowOfContact; // contact index -> row, -1 when filtered out
    QHash<QString, QList<int>> m_contactsByExtension;
    QList<QPointer<DirectorySource>> m_sources;
    QPointer<PresenceSource> m_presence;
};
