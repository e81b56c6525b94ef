// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/BoardGroups.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// Where each extension goes on the board: which tiles the filter keeps, in
// which group, in which order (favourites first, then the receptionist's
// groups in their order, then the extensions nobody grouped, parking spaces
// last; numbers in numeric order). The receptionist's groups are shown even
// while empty, so a tile can be dragged onto their heading. It keeps what it
// needs of every source row (key, number, name, group) in step with the
// source, so arranging 20,000 tiles reads no model data and a value change
// that moves nothing costs one comparison.
class TileGrouping final
{
    Q_DECLARE_TR_FUNCTIONS(TileGrouping)
public:
    struct Arrangement
    {
        QList<int> sourceRows; // the tiles shown, in board order
        QList<int> groupOfTile; // per tile: index into groups
        QStringList groups; // titles, in order
        QList<int> sizes; // tiles per group
        int extensions = 0; // tiles shown that are no parking space
    };

    // Follow the source's structure (ExtensionRoles are read from it).
    void reset(const QAbstractItemModel* source);
    void insertRows(const QAbstractItemModel* source, int first, int last);
    void removeRows(int first, int last);
    // Reads a row again; true if its place on the board may have changed.
    bool refresh(const QAbstractItemModel* source, int row);

    // Matched accent- and case-insensitively against names and numbers
    // (the directory's folding: "jose" finds José).
    void setFilterText(const QString& text);
    // The receptionist's groups, their members and the favourites.
    void setBoardGroups(const BoardGroups& groups) { m_groups = groups; }
    const BoardGroups& boardGroups() const { return m_groups; }

    Arrangement arrange() const;
    QString keyOf(int sourceRow) const { return m_rows.value(sourceRow).key; }
    int sourceRowCount() const { return int(m_rows.size()); }
    // Extensions proper, parking spaces left out (they hold calls, not people).
    int extensionCount() const;

    static QString parkingGroupName();
    static QString favouritesGroupName();
    // Where extensions nobody grouped go (whatever their dialplan context).
    static QString defaultGroupName();
    // A name the board uses itself, which no group of the receptionist may take.
    static bool isReservedName(const QString& name);

private:
    struct Info
    {
        QString key; // ExtensionRoles::Key
        QString number;
        QString name;
        QString group; // the model's Group role
        qint64 numeric = -1; // the number as a number, -1 if it is none
        bool operator==(const Info&) const = default;
    };

    static Info read(const QAbstractItemModel* source, int row);
    static bool isParking(const Info& info);
    QString groupOf(const Info& info) const;
    bool accepts(const Info& info) const;
    int groupRank(const QString& group) const;
    QStringList rankedGroups(const QStringList& groups) const;

    QList<Info> m_rows;
    QString m_filter; // folded
    BoardGroups m_groups;
};
