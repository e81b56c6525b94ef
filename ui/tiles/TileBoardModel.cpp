// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileText.h"

#include "core/models/ModelRoles.h"
#include "ui/common/MimeTypes.h"

#include <QCollator>
#include <QHash>
#include <QMimeData>
#include <QTimer>

#include <algorithm>

TileBoardModel::TileBoardModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_rebuildTimer(new QTimer(this))
{
    m_rebuildTimer->setSingleShot(true);
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
        // Rows keep persistent source indexes, so structure changes can wait
        // for a coalesced rebuild; a reset invalidates them all: rebuild now.
        auto later = [this] { scheduleRebuild(kStructureDelayMs); };
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this, later)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, later)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, later)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, later)
                      << connect(model, &QAbstractItemModel::modelReset, this, [this] { rebuildNow(); })
                      << connect(model, &QAbstractItemModel::dataChanged, this,
                             &TileBoardModel::handleSourceDataChanged);
    }
    rebuildNow();
}

void TileBoardModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuildNow();
}

void TileBoardModel::setFavourites(const QStringList& numbers)
{
    m_favourites = numbers;
    rebuildNow();
}

void TileBoardModel::setGroupOverrides(const QMap<QString, QString>& groups)
{
    m_groupOverrides = groups;
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
    if (!m_source || !index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).source;
}

QModelIndex TileBoardModel::mapFromSource(const QModelIndex& source) const
{
    if (!source.isValid())
        return {};
    const int r = m_rowOfKey.value(source.data(ExtensionRoles::Key).toString(), -1);
    return r < 0 || m_rows.at(r).source != source ? QModelIndex() : index(r, 0);
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
        return {};
    }
    if (!m_source || !row.source.isValid())
        return {};
    const QModelIndex src = row.source;
    if (role == Qt::DisplayRole) {
        const QString name = src.data(ExtensionRoles::Name).toString();
        const QString number = src.data(ExtensionRoles::Number).toString();
        return name.isEmpty() ? number : name + QStringLiteral(" (") + number + u')';
    }
    // What a screen reader says: everything the tile paints, presence note included.
    if (role == Qt::AccessibleTextRole) {
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

QString TileBoardModel::parkingGroupName()
{
    return tr("Parking spaces");
}

QString TileBoardModel::groupOf(int sourceRow) const
{
    const QModelIndex src = m_source->index(sourceRow, 0);
    const QString number = src.data(ExtensionRoles::Number).toString();
    if (m_favourites.contains(number))
        return tr("Favourites");
    if (const auto it = m_groupOverrides.constFind(number); it != m_groupOverrides.cend() && !it->isEmpty())
        return *it;
    const QString group = src.data(ExtensionRoles::Group).toString();
    if (group.isEmpty())
        return tr("Other");
    // Asterisk's default parking context: its spaces are tiles too, but go last.
    if (group == QLatin1String("parkedcalls"))
        return parkingGroupName();
    return group.at(0).toUpper() + group.mid(1);
}

bool TileBoardModel::accepts(int sourceRow) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex src = m_source->index(sourceRow, 0);
    return src.data(ExtensionRoles::Number).toString().contains(m_filter, Qt::CaseInsensitive)
        || src.data(ExtensionRoles::Name).toString().contains(m_filter, Qt::CaseInsensitive);
}

void TileBoardModel::scheduleRebuild(int delayMs)
{
    if (!m_rebuildTimer->isActive() || m_rebuildTimer->remainingTime() > delayMs)
        m_rebuildTimer->start(delayMs);
}

void TileBoardModel::handleSourceDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid())
        return;
    // Anything that changes where a tile goes asks for a rebuild.
    const bool moves = roles.isEmpty() || roles.contains(ExtensionRoles::Name)
        || roles.contains(ExtensionRoles::Number) || roles.contains(ExtensionRoles::Group);
    if (moves)
        scheduleRebuild(roles.isEmpty() ? kUnknownChangeDelayMs : kStructureDelayMs);
    if (m_rows.isEmpty())
        return;
    // A wide batch (the core models coalesce a frame's changes into one
    // range): forward it whole instead of mapping row by row; views only
    // repaint what is visible anyway.
    if (bottomRight.row() - topLeft.row() > 64) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0), roles);
        return;
    }
    int lo = INT_MAX;
    int hi = -1;
    for (int sr = topLeft.row(); sr <= bottomRight.row(); ++sr) {
        const int r = m_rowOfKey.value(m_source->index(sr, 0).data(ExtensionRoles::Key).toString(), -1);
        if (r >= 0) {
            lo = std::min(lo, r);
            hi = std::max(hi, r);
        }
    }
    if (hi >= 0)
        Q_EMIT dataChanged(index(lo, 0), index(hi, 0), roles);
}

void TileBoardModel::rebuildNow()
{
    m_rebuildTimer->stop();

    struct Item
    {
        int sourceRow;
        int groupRank;
        QString group;
        QString number;
        qint64 numeric;
        QString key;
    };
    QList<Item> items;
    const int n = m_source ? m_source->rowCount() : 0;
    items.reserve(n);
    QHash<QString, int> groupRank;
    for (int sr = 0; sr < n; ++sr) {
        if (!accepts(sr))
            continue;
        const QModelIndex src = m_source->index(sr, 0);
        const QString number = src.data(ExtensionRoles::Number).toString();
        bool ok = false;
        const qint64 numeric = number.toLongLong(&ok);
        const QString group = groupOf(sr);
        groupRank.insert(group, 0);
        items.append({sr, 0, group, number, ok ? numeric : -1, src.data(ExtensionRoles::Key).toString()});
    }
    // Rank the (few) groups once, so sorting thousands of tiles compares ints:
    // favourites first, parking spaces last, the rest alphabetical.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList groups = groupRank.keys();
    const QString favourites = tr("Favourites");
    const QString parking = parkingGroupName();
    std::sort(groups.begin(), groups.end(), [&](const QString& a, const QString& b) {
        const int ra = a == favourites ? 0 : a == parking ? 2 : 1;
        const int rb = b == favourites ? 0 : b == parking ? 2 : 1;
        return ra != rb ? ra < rb : collator.compare(a, b) < 0;
    });
    for (int g = 0; g < groups.size(); ++g)
        groupRank[groups.at(g)] = g;
    for (Item& item : items)
        item.groupRank = groupRank.value(item.group);
    std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
        if (a.groupRank != b.groupRank)
            return a.groupRank < b.groupRank;
        if (a.numeric >= 0 && b.numeric >= 0 && a.numeric != b.numeric)
            return a.numeric < b.numeric;
        if ((a.numeric >= 0) != (b.numeric >= 0))
            return a.numeric >= 0;
        return collator.compare(a.number, b.number) < 0;
    });

    QList<Row> rows;
    QStringList titles;
    QList<int> sizes;
    rows.reserve(items.size() + groups.size());
    for (const Item& item : std::as_const(items)) {
        if (titles.isEmpty() || titles.constLast() != item.group) {
            titles.append(item.group);
            sizes.append(0);
            rows.append({QPersistentModelIndex(), true, int(titles.size() - 1), QString()});
        }
        rows.append({QPersistentModelIndex(), false, int(titles.size() - 1), item.key});
        ++sizes.last();
    }

    // Nothing moved (the usual case: a state changed, or a name was re-sent
    // unchanged): no layout signal, so views keep their geometry.
    bool same = rows.size() == m_rows.size() && titles == m_groups && sizes == m_groupSizes;
    for (qsizetype r = 0; same && r < rows.size(); ++r) {
        const Row& old = m_rows.at(r);
        same = old.header == rows.at(r).header && old.key == rows.at(r).key
            && (old.header || old.source.isValid());
    }
    if (same) {
        Q_EMIT layoutRebuilt();
        return;
    }

    // Keep selection and current item across the rebuild (collected after
    // layoutAboutToBeChanged, when views have made theirs persistent).
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QStringList persistentKeys;
    persistentKeys.reserve(persistent.size());
    for (const QModelIndex& i : persistent)
        persistentKeys.append(i.row() < m_rows.size() ? m_rows.at(i.row()).key : QString());

    qsizetype itemIndex = 0;
    m_rowOfKey.clear();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.at(r).header)
            continue;
        rows[r].source = QPersistentModelIndex(m_source->index(items.at(itemIndex++).sourceRow, 0));
        m_rowOfKey.insert(rows.at(r).key, int(r));
    }
    m_rows = std::move(rows);
    m_groups = std::move(titles);
    m_groupSizes = std::move(sizes);
    m_tileCount = int(items.size());

    QModelIndexList to;
    if (!persistent.isEmpty()) {
        to.reserve(persistent.size());
        for (const QString& key : std::as_const(persistentKeys)) {
            const int r = key.isEmpty() ? -1 : m_rowOfKey.value(key, -1);
            to.append(r >= 0 ? index(r, 0) : QModelIndex());
        }
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged();
    Q_EMIT layoutRebuilt();
}
