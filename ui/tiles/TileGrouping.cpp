// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileGrouping.h"

#include "core/directory/DirectoryIndex.h"
#include "core/models/ModelRoles.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QHash>

#include <algorithm>
#include <limits>

namespace {

// Asterisk's default parking context: its spaces are tiles too, but go last.
const QLatin1String ParkingContext("parkedcalls");

} // namespace

QString TileGrouping::parkingGroupName()
{
    return tr("Parking spaces");
}

QString TileGrouping::favouritesGroupName()
{
    return tr("Favourites");
}

QString TileGrouping::defaultGroupName()
{
    return tr("Extensions");
}

bool TileGrouping::isReservedName(const QString& name)
{
    const QString trimmed = name.simplified();
    for (const QString& own : {favouritesGroupName(), parkingGroupName(), defaultGroupName()}) {
        if (own.compare(trimmed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TileGrouping::Info TileGrouping::read(const QAbstractItemModel* source, int row)
{
    const QModelIndex src = source->index(row, 0);
    Info info;
    info.key = src.data(ExtensionRoles::Key).toString();
    info.number = src.data(ExtensionRoles::Number).toString();
    info.name = src.data(ExtensionRoles::Name).toString();
    info.group = src.data(ExtensionRoles::Group).toString();
    bool ok = false;
    const qint64 numeric = info.number.toLongLong(&ok);
    info.numeric = ok ? numeric : -1;
    return info;
}

bool TileGrouping::isParking(const Info& info)
{
    return info.group == ParkingContext;
}

void TileGrouping::reset(const QAbstractItemModel* source)
{
    m_rows.clear();
    if (source && source->rowCount() > 0)
        insertRows(source, 0, source->rowCount() - 1);
}

void TileGrouping::insertRows(const QAbstractItemModel* source, int first, int last)
{
    QList<Info> added;
    added.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        added.append(read(source, row));
    m_rows.insert(first, added.size(), Info());
    std::move(added.begin(), added.end(), m_rows.begin() + first);
}

void TileGrouping::removeRows(int first, int last)
{
    m_rows.remove(first, last - first + 1);
}

bool TileGrouping::refresh(const QAbstractItemModel* source, int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Info info = read(source, row);
    if (info == m_rows.at(row))
        return false;
    m_rows[row] = std::move(info);
    return true;
}

void TileGrouping::setFilterText(const QString& text)
{
    m_filter = DirectoryIndex::fold(text);
}

int TileGrouping::extensionCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Info& i) { return !isParking(i); }));
}

QString TileGrouping::groupOf(const Info& info) const
{
    if (isParking(info))
        return parkingGroupName();
    if (m_groups.isFavourite(info.number))
        return favouritesGroupName();
    const QString own = m_groups.groupOf(info.number);
    // Never the dialplan context ("from-internal"): a word in the receptionist's language.
    return own.isEmpty() ? defaultGroupName() : own;
}

bool TileGrouping::accepts(const Info& info) const
{
    return m_filter.isEmpty() || info.number.contains(m_filter, Qt::CaseInsensitive)
        || DirectoryIndex::fold(info.name).contains(m_filter);
}

int TileGrouping::groupRank(const QString& group) const
{
    if (group == favouritesGroupName())
        return -1;
    const qsizetype own = m_groups.groups().indexOf(group);
    if (own >= 0)
        return int(own);
    return group == parkingGroupName() ? std::numeric_limits<int>::max()
                                       : std::numeric_limits<int>::max() - 1;
}

QStringList TileGrouping::rankedGroups(const QStringList& groups) const
{
    QStringList ranked = groups;
    // The receptionist's groups are few: their ranks are looked up once each.
    QHash<QString, int> rank;
    for (const QString& g : groups)
        rank.insert(g, groupRank(g));
    std::sort(ranked.begin(), ranked.end(), [&](const QString& a, const QString& b) {
        const int ra = rank.value(a);
        const int rb = rank.value(b);
        return ra != rb ? ra < rb : a < b;
    });
    return ranked;
}

TileGrouping::Arrangement TileGrouping::arrange() const
{
    struct Item
    {
        int sourceRow;
        int groupRank;
    };
    QList<Item> items;
    items.reserve(m_rows.size());
    QHash<QString, int> rankOf; // the (few) groups are ranked once, tiles sort by int
    QList<int> groupOfItem;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!accepts(m_rows.at(row)))
            continue;
        const QString group = groupOf(m_rows.at(row));
        auto it = rankOf.constFind(group);
        if (it == rankOf.cend())
            it = rankOf.insert(group, int(rankOf.size()));
        items.append({row, *it});
    }
    // Empty groups of the receptionist's stay visible (a place to drop a tile), unless filtering.
    if (m_filter.isEmpty()) {
        for (const QString& group : m_groups.groups()) {
            if (!rankOf.contains(group))
                rankOf.insert(group, int(rankOf.size()));
        }
    }
    Arrangement out;
    out.groups = rankedGroups(rankOf.keys());
    QList<int> rank(out.groups.size());
    for (int g = 0; g < out.groups.size(); ++g)
        rank[rankOf.value(out.groups.at(g))] = g;
    for (Item& item : items)
        item.groupRank = rank.at(item.groupRank);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
        if (a.groupRank != b.groupRank)
            return a.groupRank < b.groupRank;
        const Info& x = m_rows.at(a.sourceRow);
        const Info& y = m_rows.at(b.sourceRow);
        if ((x.numeric >= 0) != (y.numeric >= 0))
            return x.numeric >= 0;
        if (x.numeric >= 0 && x.numeric != y.numeric)
            return x.numeric < y.numeric;
        return collator.compare(x.number, y.number) < 0;
    });
    out.sizes.fill(0, out.groups.size());
    for (const Item& item : std::as_const(items)) {
        out.sourceRows.append(item.sourceRow);
        out.groupOfTile.append(item.groupRank);
        ++out.sizes[item.groupRank];
        if (!isParking(m_rows.at(item.sourceRow)))
            ++out.extensions;
    }
    return out;
}
