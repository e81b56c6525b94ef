// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileGroupActions.h"

#include "core/models/ModelRoles.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileGrouping.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>

TileGroupActions::TileGroupActions(TileBoardModel* board, QWidget* dialogParent)
    : QObject(board)
    , m_board(board)
    , m_dialogParent(dialogParent)
    , m_askName([this](const QString& title, const QString& label, const QString& initial) {
        return QInputDialog::getText(m_dialogParent, title, label, QLineEdit::Normal, initial).simplified();
    })
{ }

void TileGroupActions::setBoardGroups(const BoardGroups& groups)
{
    m_board->setBoardGroups(groups);
}

const BoardGroups& TileGroupActions::boardGroups() const
{
    return m_board->boardGroups();
}

void TileGroupActions::apply(const BoardGroups& groups)
{
    m_board->setBoardGroups(groups);
    Q_EMIT changed(groups);
}

QString TileGroupActions::tileName(const QModelIndex& tile)
{
    const QString name = tile.data(ExtensionRoles::Name).toString();
    return name.isEmpty() ? tile.data(ExtensionRoles::Number).toString() : name;
}

QString TileGroupActions::askName(const QString& title, const QString& initial) const
{
    return m_askName(title, tr("Group name:"), initial);
}

QString TileGroupActions::checkedName(const QString& name, const QString& renaming)
{
    if (name.isEmpty())
        return {};
    if (TileGrouping::isReservedName(name)) {
        Q_EMIT messageShown(
            tr("“%1” is the name of one of the board's own groups: choose another.").arg(name), true);
        return {};
    }
    const QString usable = boardGroups().usableName(name, renaming);
    if (usable.isEmpty())
        Q_EMIT messageShown(tr("There is a group named “%1” already: choose another name.").arg(name), true);
    return usable;
}

bool TileGroupActions::newGroup(const QString& tileNumber)
{
    const QString name = checkedName(askName(tr("New group"), QString()));
    if (name.isEmpty())
        return false;
    BoardGroups groups = boardGroups();
    groups.addGroup(name);
    if (!tileNumber.isEmpty()) {
        groups.setFavourite(tileNumber, false);
        groups.moveToGroup(tileNumber, name);
    }
    apply(groups);
    Q_EMIT messageShown(tr("Group “%1” made.").arg(name), false);
    return true;
}

bool TileGroupActions::renameGroup(const QString& group)
{
    const QString name = checkedName(askName(tr("Rename group"), group), group);
    BoardGroups groups = boardGroups();
    if (name.isEmpty() || !groups.renameGroup(group, name))
        return false;
    apply(groups);
    Q_EMIT messageShown(tr("Group “%1” is now “%2”.").arg(group, name), false);
    return true;
}

bool TileGroupActions::moveGroup(const QString& group, int delta)
{
    BoardGroups groups = boardGroups();
    if (!groups.moveGroup(group, delta))
        return false;
    apply(groups);
    return true;
}

bool TileGroupActions::deleteGroup(const QString& group)
{
    BoardGroups groups = boardGroups();
    if (!groups.removeGroup(group))
        return false;
    apply(groups);
    Q_EMIT messageShown(tr("Group “%1” deleted; its extensions are back in “%2”.")
                            .arg(group, TileGrouping::defaultGroupName()),
        false);
    return true;
}

QString TileGroupActions::dropText(const QModelIndex& tile, const QString& group, bool* allowed) const
{
    const QString number = tile.data(ExtensionRoles::Number).toString();
    const bool parking = tile.data(ExtensionRoles::Group).toString() == QLatin1String("parkedcalls");
    *allowed = false;
    if (number.isEmpty() || group == TileGrouping::parkingGroupName() || parking)
        return tr("Parking spaces keep their own group");
    if (tile.data(TileBoardModel::GroupRole).toString() == group)
        return tr("%1 is in “%2” already").arg(tileName(tile), group);
    *allowed = true;
    if (group == TileGrouping::favouritesGroupName())
        return tr("Add %1 to the favourites").arg(tileName(tile));
    return tr("Move %1 to “%2”").arg(tileName(tile), group);
}

bool TileGroupActions::moveTile(const QModelIndex& tile, const QString& group)
{
    bool allowed = false;
    const QString text = dropText(tile, group, &allowed);
    if (!allowed) {
        Q_EMIT messageShown(text, true);
        return false;
    }
    if (group == TileGrouping::favouritesGroupName())
        return setFavourite(tile, true);
    // Read before the board moves the tile (the index then points elsewhere).
    const QString number = tile.data(ExtensionRoles::Number).toString();
    const QString name = tileName(tile);
    BoardGroups groups = boardGroups();
    groups.setFavourite(number, false);
    groups.moveToGroup(number, group == TileGrouping::defaultGroupName() ? QString() : group);
    apply(groups);
    Q_EMIT messageShown(tr("%1 is now in “%2”.").arg(name, group), false);
    return true;
}

bool TileGroupActions::setFavourite(const QModelIndex& tile, bool favourite)
{
    const QString name = tileName(tile);
    BoardGroups groups = boardGroups();
    if (!groups.setFavourite(tile.data(ExtensionRoles::Number).toString(), favourite))
        return false;
    apply(groups);
    Q_EMIT messageShown(favourite ? tr("%1 added to the favourites.").arg(name)
                                  : tr("%1 removed from the favourites.").arg(name),
        false);
    return true;
}

void TileGroupActions::populateTileMenu(QMenu* menu, const QModelIndex& tile)
{
    const QString number = tile.data(ExtensionRoles::Number).toString();
    if (number.isEmpty() || tile.data(ExtensionRoles::Group).toString() == QLatin1String("parkedcalls"))
        return;
    const QPersistentModelIndex at(tile);
    menu->addSeparator();
    const bool favourite = boardGroups().isFavourite(number);
    QAction* fav = menu->addAction(favourite ? tr("Remove from favourites") : tr("Add to favourites"), this,
        [this, at, favourite] { setFavourite(at, !favourite); });
    fav->setObjectName(QStringLiteral("favouriteAction"));

    QMenu* move = menu->addMenu(tr("Move to group"));
    move->setObjectName(QStringLiteral("moveToGroupMenu"));
    const QString current = tile.data(TileBoardModel::GroupRole).toString();
    auto* choices = new QActionGroup(move);
    QStringList targets = boardGroups().groups();
    targets.append(TileGrouping::defaultGroupName());
    for (const QString& group : std::as_const(targets)) {
        QAction* a = move->addAction(group, this, [this, at, group] { moveTile(at, group); });
        a->setCheckable(true);
        a->setChecked(group == current);
        a->setActionGroup(choices);
    }
    move->addSeparator();
    move->addAction(tr("New group…"), this, [this, number] { newGroup(number); });
}

void TileGroupActions::populateGroupMenu(QMenu* menu, const QString& group)
{
    const QStringList own = boardGroups().groups();
    const qsizetype at = own.indexOf(group);
    if (at < 0)
        return;
    menu->addAction(tr("Rename group…"), this, [this, group] { renameGroup(group); });
    menu->addAction(tr("Move group up"), this, [this, group] { moveGroup(group, -1); })->setEnabled(at > 0);
    menu->addAction(tr("Move group down"), this, [this, group] { moveGroup(group, +1); })
        ->setEnabled(at + 1 < own.size());
    menu->addAction(tr("Delete group"), this, [this, group] { deleteGroup(group); });
}

void TileGroupActions::populateGroupsMenu(QMenu* menu)
{
    menu->addAction(tr("New group…"), this, [this] { newGroup(); });
    const QStringList own = boardGroups().groups();
    if (!own.isEmpty())
        menu->addSeparator();
    for (const QString& group : own)
        populateGroupMenu(menu->addMenu(group), group);
}
