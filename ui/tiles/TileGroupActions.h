// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/BoardGroups.h"

#include <QModelIndex>
#include <QObject>

#include <functional>

class QMenu;
class QWidget;
class TileBoardModel;

// What the receptionist does with the board's groups: make, rename, order and
// delete groups, move a tile into one (its menu's "Move to group", or dragged
// onto a heading), add and remove favourites. Each change is shown at once
// and announced with changed(), which the application saves to the profile.
class TileGroupActions final : public QObject
{
    Q_OBJECT
public:
    // Asks for a group's name (title, prompt, proposed text); empty = cancelled.
    using NameAsker = std::function<QString(const QString&, const QString&, const QString&)>;

    TileGroupActions(TileBoardModel* board, QWidget* dialogParent);

    void setBoardGroups(const BoardGroups& groups);
    const BoardGroups& boardGroups() const;
    // Tests answer instead of the dialog.
    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }

    // Favourites and "Move to group ›" for a tile's context menu.
    void populateTileMenu(QMenu* menu, const QModelIndex& tile);
    // Rename, move up/down, delete for a heading's menu (nothing for the board's own groups).
    void populateGroupMenu(QMenu* menu, const QString& group);
    // The View menu's "Groups ›": a new group, and each group with its menu.
    void populateGroupsMenu(QMenu* menu);

    // The gestures, also for the heading drops and tests.
    bool newGroup(const QString& tileNumber = {});
    bool renameGroup(const QString& group);
    bool moveGroup(const QString& group, int delta);
    bool deleteGroup(const QString& group);
    // A tile dropped on a heading: into that group, into the favourites, or out of any group.
    bool moveTile(const QModelIndex& tile, const QString& group);
    // Whether a tile may be dropped on that heading, and what it does.
    QString dropText(const QModelIndex& tile, const QString& group, bool* allowed) const;
    bool setFavourite(const QModelIndex& tile, bool favourite);

Q_SIGNALS:
    void changed(const BoardGroups& groups);
    void messageShown(const QString& text, bool error);

private:
    void apply(const BoardGroups& groups);
    QString askName(const QString& title, const QString& initial) const;
    // A name the receptionist may use, or empty after saying why not.
    QString checkedName(const QString& name, const QString& renaming = {});
    static QString tileName(const QModelIndex& tile);

    TileBoardModel* m_board;
    QWidget* m_dialogParent;
    NameAsker m_askName;
};
