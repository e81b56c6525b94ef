// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileBoardModel.h"

#include "core/models/ModelRoles.h"
#include "ui/common/MimeTypes.h"
#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileText.h"

#include <QMimeData>
#include <QTimer>

#include <algorithm>

namespace {

// Roles that decide where a tile goes (filter, group, order).
bool movesTiles(const QList<int>& roles)
{
    return roles.isEmpty() || roles.contains(ExtensionRoles::Name) || roles.contains(ExtensionRoles::Number)
        || roles.contains(ExtensionRoles::Group) || roles.contains(ExtensionRoles::Key);
}

// The source's changed roles, plus the board's words made from them.
QList<int> forwardedRoles(const QList<int>& roles)
{
    if (roles.isEmpty())
        return roles;
    QList<int> out = roles;
    if (!out.contains(Qt::DisplayRole)
        && (roles.contains(ExtensionRoles::Name) || roles.contains(ExtensionRoles::Number)))
        out.append(Qt::DisplayRole);
    out.append({Qt::ToolTipRole, Qt::AccessibleTextRole});
    return out;
}

} // namespace

TileBoardModel::TileBoardModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_rebuildTimer(new QTimer(this))
{
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(kStructureDelayMs);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TileBoardModel::rebuildNow);
}

TileBoardModel::~TileBoardModel() = default;

void TileBoardModel::setSourceModel(QAbstractItemModel* model)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = model;
    if (model) {
        // Our rows keep their source rows in step with inserts and removals,
        // so the rebuild can wait; moves and resets are rebuilt at once.
        auto now = [this] { handleSourceReset(); };
        m_connections << connect(
            model, &QAbstractItemModel::rowsInserted, this, &TileBoardModel::handleSourceRowsInserted)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this,
                             &TileBoardModel::handleSourceRowsRemoved)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, now)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, now)
                      << connect(model, &QAbstractItemModel::modelReset, this, now)
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                             &TileBoardModel::handleSourceDataChanged);
    }
    handleSourceReset();
}

void TileBoardModel::handleSourceReset()
{
    m_grouping.reset(m_source);
    m_rowOfSource.fill(-1, m_grouping.sourceRowCount());
    for (Row& row : m_rows)
        row.sourceRow = -1;
    rebuildNow();
}

void TileBoardModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    m_grouping.setFilterText(text);
    rebuildNow();
}

void TileBoardModel::setBoardGroups(const BoardGroups& groups)
{
    m_grouping.setBoardGroups(groups);
    rebuildNow();
}

int TileBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool TileBoardModel::isHeader(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() && m_rows.at(index.row()).header;
}

QModelIndex TileBoardModel::mapToSource(const QModelIndex& index) const
{
    if (!m_source || !index.isValid() || index.row() >= m_rows.size() || m_rows.at(index.row()).sourceRow < 0)
        return {};
    return m_source->index(m_rows.at(index.row()).sourceRow, 0);
}

QModelIndex TileBoardModel::mapFromSource(const QModelIndex& source) const
{
    if (!source.isValid() || source.model() != m_source || source.row() >= m_rowOfSource.size())
        return {};
    const int r = m_rowOfSource.at(source.row());
    return r < 0 ? QModelIndex() : index(r, 0);
}

QModelIndex TileBoardModel::indexForKey(const QString& key) const
{
    const int r = m_rowOfKey.value(key, -1);
    return r < 0 ? QModelIndex() : index(r, 0);
}

QVariant TileBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IsHeaderRole)
        return row.header;
    if (role == GroupRole)
        return m_groups.value(row.groupIndex);
    if (row.header) {
        if (role == Qt::DisplayRole)
            return m_groups.value(row.groupIndex);
        if (role == GroupSizeRole)
            return m_groupSizes.value(row.groupIndex);
        if (role == OwnGroupRole)
            return boardGroups().groups().contains(m_groups.value(row.groupIndex));
        if (role == Qt::AccessibleTextRole)
            return tr("Group %1, %n extension(s)", nullptr, m_groupSizes.value(row.groupIndex))
                .arg(m_groups.value(row.groupIndex));
        return {};
    }
    if (!m_source || row.sourceRow < 0)
        return {};
    const QModelIndex src = m_source->index(row.sourceRow, 0);
    if (role == Qt::DisplayRole) {
        const QString name = src.data(ExtensionRoles::Name).toString();
        const QString number = src.data(ExtensionRoles::Number).toString();
        return name.isEmpty() ? number : name + QStringLiteral(" (") + number + u')';
    }
    // What a screen reader says and a tooltip shows: everything the tile
    // paints, presence note included, and the name even when the tile cuts it.
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        const qint64 staleSince = src.data(ExtensionRoles::StaleSinceMs).toLongLong();
        return staleSince > 0 ? TileDelegate::staleText(TileText::accessible(src), staleSince)
                              : TileText::accessible(src);
    }
    return src.data(role);
}

Qt::ItemFlags TileBoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (isHeader(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList TileBoardModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeTypes::kExtension)};
}

QMimeData* TileBoardModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& i : indexes) {
        if (isHeader(i))
            continue;
        auto* mime = new QMimeData;
        mime->setData(
            QString::fromLatin1(MimeTypes::kExtension), i.data(ExtensionRoles::Key).toString().toUtf8());
        mime->setText(i.data(ExtensionRoles::Number).toString());
        return mime;
    }
    return nullptr;
}

void TileBoardModel::scheduleRebuild()
{
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

void TileBoardModel::handleSourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int n = last - first + 1;
    m_grouping.insertRows(m_source, first, last);
    const bool atEnd = first >= m_rowOfSource.size();
    m_rowOfSource.insert(first, n, -1);
    // Tiles of later source rows still show them (usually none: the core
    // models append).
    if (!atEnd) {
        for (Row& row : m_rows) {
            if (row.sourceRow >= first)
                row.sourceRow += n;
        }
    }
    scheduleRebuild();
}

void TileBoardModel::handleSourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int n = last - first + 1;
    m_grouping.removeRows(first, last);
    // Their tiles stay, empty, until the rebuild; later ones keep their rows.
    for (int sr = first; sr <= last && sr < m_rowOfSource.size(); ++sr) {
        if (const int r = m_rowOfSource.at(sr); r >= 0)
            m_rows[r].sourceRow = -1;
    }
    m_rowOfSource.remove(first, std::min<qsizetype>(n, m_rowOfSource.size() - first));
    for (Row& row : m_rows) {
        if (row.sourceRow > last)
            row.sourceRow -= n;
    }
    scheduleRebuild();
}

void TileBoardModel::handleSourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    if (movesTiles(roles)) {
        bool moved = false;
        for (int sr = topLeft.row(); sr <= bottomRight.row(); ++sr)
            moved = m_grouping.refresh(m_source, sr) || moved;
        if (moved)
            scheduleRebuild();
    }
    forwardDataChanged(topLeft.row(), bottomRight.row(), forwardedRoles(roles));
}

void TileBoardModel::forwardDataChanged(int firstSource, int lastSource, const QList<int>& roles)
{
    // Source rows next to each other are often far apart on the board
    // (groups, numeric order): one signal per run of adjacent tiles.
    QList<int> rows;
    for (int sr = firstSource; sr <= lastSource && sr < m_rowOfSource.size(); ++sr) {
        if (const int r = m_rowOfSource.at(sr); r >= 0)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(last), 0), roles);
        i = last + 1;
    }
}

void TileBoardModel::rebuildNow()
{
    m_rebuildTimer->stop();
    TileGrouping::Arrangement arrangement = m_grouping.arrange();
    QList<Row> rows = rowsOf(arrangement);
    // Nothing moved (a name re-sent unchanged, a tile renamed in place): no
    // layout signal, so views keep their geometry.
    if (!isSameLayout(rows, arrangement))
        applyLayout(std::move(rows), std::move(arrangement));
    Q_EMIT layoutRebuilt();
}

QList<TileBoardModel::Row> TileBoardModel::rowsOf(const TileGrouping::Arrangement& arrangement) const
{
    QList<Row> rows;
    rows.reserve(arrangement.sourceRows.size() + arrangement.groups.size());
    // Tiles come sorted by group; a group without tiles is a heading alone.
    qsizetype t = 0;
    for (int group = 0; group < arrangement.groups.size(); ++group) {
        rows.append({-1, true, group, QString()});
        for (; t < arrangement.sourceRows.size() && arrangement.groupOfTile.at(t) == group; ++t) {
            const int sourceRow = arrangement.sourceRows.at(t);
            rows.append({sourceRow, false, group, m_grouping.keyOf(sourceRow)});
        }
    }
    return rows;
}

bool TileBoardModel::isSameLayout(const QList<Row>& rows, const TileGrouping::Arrangement& arrangement) const
{
    if (rows.size() != m_rows.size() || arrangement.groups != m_groups || arrangement.sizes != m_groupSizes)
        return false;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Row& old = m_rows.at(r);
        if (old.header != rows.at(r).header || old.sourceRow != rows.at(r).sourceRow
            || old.key != rows.at(r).key)
            return false;
    }
    return true;
}

void TileBoardModel::applyLayout(QList<Row> rows, TileGrouping::Arrangement arrangement)
{
    // Keep selection and current item across the rebuild (collected after
    // layoutAboutToBeChanged, when views have made theirs persistent).
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QStringList persistentKeys;
    persistentKeys.reserve(persistent.size());
    for (const QModelIndex& i : persistent)
        persistentKeys.append(i.row() < m_rows.size() ? m_rows.at(i.row()).key : QString());

    m_rows = std::move(rows);
    m_rowOfKey.clear();
    m_rowOfSource.fill(-1, m_grouping.sourceRowCount());
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).header)
            continue;
        m_rowOfKey.insert(m_rows.at(r).key, r);
        m_rowOfSource[m_rows.at(r).sourceRow] = r;
    }
    m_groups = std::move(arrangement.groups);
    m_groupSizes = std::move(arrangement.sizes);
    m_tileCount = int(arrangement.sourceRows.size());
    m_shownExtensions = arrangement.extensions;

    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QString& key : std::as_const(persistentKeys)) {
        const int r = key.isEmpty() ? -1 : m_rowOfKey.value(key, -1);
        to.append(r >= 0 ? index(r, 0) : QModelIndex());
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged();
}
