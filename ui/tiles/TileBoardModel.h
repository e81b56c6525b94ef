// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QMap>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>

class QTimer;

// What the extension board shows: the extension model filtered (name or
// number), sorted (group, then number) and flattened with one header row
// before each group. Header rows have IsHeaderRole = true and no flags; tile
// rows forward every ExtensionRoles role of the source row.
//
// Value changes (state, peer, …) are forwarded as dataChanged at once;
// changes that move tiles (name, number, group) and row inserts/removals
// rebuild the layout, coalesced to at most one rebuild per 50 ms (1 s for a
// dataChanged that names no roles, as the core models send): a resync
// inserting 5,000 extensions one by one costs a handful of rebuilds, not
// 5,000. Tiles hold persistent indexes, so they stay right in between.
class TileBoardModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsHeaderRole = Qt::UserRole + 200,
        GroupRole, // the group the row belongs to (after overrides)
        GroupSizeRole, // header rows: tiles in the group after filtering
    };

    explicit TileBoardModel(QObject* parent = nullptr);
    ~TileBoardModel() override;

    void setSourceModel(QAbstractItemModel* model);
    QAbstractItemModel* sourceModel() const { return m_source; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // Extension numbers shown first, in a "Favourites" group.
    void setFavourites(const QStringList& numbers);
    // Extension number → group name; overrides the model's Group role.
    void setGroupOverrides(const QMap<QString, QString>& groups);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }

    bool isHeader(const QModelIndex& index) const;
    QModelIndex mapToSource(const QModelIndex& index) const;
    QModelIndex mapFromSource(const QModelIndex& source) const;
    // Row of the tile whose ExtensionRoles::Key is `key`, or invalid.
    QModelIndex indexForKey(const QString& key) const;
    int tileCount() const { return m_tileCount; }

    // The group of Asterisk's parking spaces (context "parkedcalls"), shown last.
    static QString parkingGroupName();

    // Rebuilds now instead of at the next event-loop turn.
    void rebuildNow();

Q_SIGNALS:
    void layoutRebuilt();

private:
    struct Row
    {
        QPersistentModelIndex source; // invalid: header (or a tile removed since the last rebuild)
        bool header = false;
        int groupIndex = 0;
        QString key; // ExtensionRoles::Key, to keep selection across rebuilds
    };
    // Rows inserted/removed, or a name/number/group known to have changed.
    static constexpr int kStructureDelayMs = 50;
    // dataChanged without roles (could be anything, usually a state): checked
    // at most once a second; a rebuild that moves nothing emits no layout change.
    static constexpr int kUnknownChangeDelayMs = 1000;
    void scheduleRebuild(int delayMs);
    void handleSourceDataChanged(
        const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    QString groupOf(int sourceRow) const;
    bool accepts(int sourceRow) const;

    QPointer<QAbstractItemModel> m_source;
    QString m_filter;
    QStringList m_favourites;
    QMap<QString, QString> m_groupOverrides;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey; // tile key → our row
    QStringList m_groups; // group titles, in order
    QList<int> m_groupSizes;
    int m_tileCount = 0;
    QTimer* m_rebuildTimer;
    QList<QMetaObject::Connection> m_connections;
};
