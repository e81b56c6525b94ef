// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tiles/TileGrouping.h"

#include <QAbstractListModel>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QStringList>

class QTimer;

// What the extension board shows: the extension model filtered (name or
// number), sorted (group, then number) and flattened with one header row
// before each group (TileGrouping decides). Header rows have IsHeaderRole =
// true and no flags; tile rows forward every ExtensionRoles role of the
// source row.
//
// The source says which roles changed (CoalescedListModel): a value change
// (state, peer, …) is forwarded at once as dataChanged for exactly those
// tiles and roles (plus the words built from them: display, tooltip and
// accessible text), and never moves a tile. A change of name, number or
// group, and row inserts/removals, rebuild the layout, coalesced to at most
// one rebuild per 50 ms; a rebuild that moves nothing emits no layout change,
// so views keep their geometry. A resync inserting 20,000 extensions one by
// one costs a handful of rebuilds, not 20,000.
class TileBoardModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsHeaderRole = Qt::UserRole + 200,
        GroupRole, // the group the row belongs to (after overrides)
        GroupSizeRole, // header rows: tiles in the group after filtering
        // Header rows: true for a group the receptionist made (renamed, moved, deleted, dropped on).
        OwnGroupRole,
    };

    explicit TileBoardModel(QObject* parent = nullptr);
    ~TileBoardModel() override;

    void setSourceModel(QAbstractItemModel* model);
    QAbstractItemModel* sourceModel() const { return m_source; }

    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    // The receptionist's groups (in their order, empty ones too) and favourites.
    void setBoardGroups(const BoardGroups& groups);
    const BoardGroups& boardGroups() const { return m_grouping.boardGroups(); }

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
    // Tiles shown that are extensions (not parking spaces), and all extensions.
    int shownExtensionCount() const { return m_shownExtensions; }
    int extensionCount() const { return m_grouping.extensionCount(); }

    // The group of Asterisk's parking spaces (context "parkedcalls"), shown last.
    static QString parkingGroupName() { return TileGrouping::parkingGroupName(); }

    // Rebuilds now instead of after the coalescing delay.
    void rebuildNow();

Q_SIGNALS:
    void layoutRebuilt();

private:
    struct Row
    {
        int sourceRow = -1; // -1: header (or a tile removed since the last rebuild)
        bool header = false;
        int groupIndex = 0;
        QString key; // ExtensionRoles::Key, to keep selection across rebuilds
    };
    // Rows inserted/removed, or a name/number/group that changed.
    static constexpr int kStructureDelayMs = 50;

    void scheduleRebuild();
    void handleSourceReset();
    void handleSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void handleSourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void handleSourceDataChanged(
        const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void forwardDataChanged(int firstSource, int lastSource, const QList<int>& roles);
    QList<Row> rowsOf(const TileGrouping::Arrangement& arrangement) const;
    bool isSameLayout(const QList<Row>& rows, const TileGrouping::Arrangement& arrangement) const;
    void applyLayout(QList<Row> rows, TileGrouping::Arrangement arrangement);

    QPointer<QAbstractItemModel> m_source;
    TileGrouping m_grouping;
    QString m_filter;
    QList<Row> m_rows;
    QList<int> m_rowOfSource; // source row → our row, -1 when filtered out or not yet placed
    QHash<QString, int> m_rowOfKey; // tile key → our row
    QStringList m_groups; // group titles, in order
    QList<int> m_groupSizes;
    int m_tileCount = 0;
    int m_shownExtensions = 0;
    QTimer* m_rebuildTimer;
    QList<QMetaObject::Connection> m_connections;
};
