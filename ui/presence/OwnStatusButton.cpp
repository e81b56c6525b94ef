// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/OwnStatusButton.h"

#include "core/models/ModelRoles.h"
#include "ui/presence/AvailabilityActions.h"
#include "ui/presence/AvailabilityMenu.h"
#include "ui/presence/AvailabilityText.h"

#include <QAbstractItemModel>
#include <QMenu>

OwnStatusButton::OwnStatusButton(
    AvailabilityMenu* menu, QAbstractItemModel* extensions, const QString& operatorExtension, QWidget* parent)
    : QToolButton(parent)
    , m_availability(menu)
    , m_extensions(extensions)
    , m_operatorExtension(operatorExtension)
{
    setObjectName(QStringLiteral("ownStatusButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* popup = new QMenu(this);
    popup->setObjectName(QStringLiteral("ownStatusMenu"));
    setMenu(popup);
    connect(popup, &QMenu::aboutToShow, this, &OwnStatusButton::fillMenu);
    connect(extensions, &QAbstractItemModel::dataChanged, this, &OwnStatusButton::refresh);
    connect(extensions, &QAbstractItemModel::rowsInserted, this, &OwnStatusButton::refresh);
    connect(extensions, &QAbstractItemModel::modelReset, this, &OwnStatusButton::refresh);
    refresh();
}

QModelIndex OwnStatusButton::ownTile() const
{
    if (m_tile.isValid() || m_operatorExtension.isEmpty() || m_extensions->rowCount() == 0)
        return m_tile;
    const QModelIndexList hits = m_extensions->match(
        m_extensions->index(0, 0), ExtensionRoles::Number, m_operatorExtension, 1, Qt::MatchExactly);
    if (!hits.isEmpty())
        m_tile = hits.first();
    return m_tile;
}

void OwnStatusButton::refresh()
{
    const QModelIndex tile = ownTile();
    const PresenceNote note = AvailabilityActions::currentNote(tile);
    QString state = AvailabilityText::symbol(note.status()) + u' ' + AvailabilityText::status(note.status());
    if (note.status() == PresenceNote::Status::NotSet)
        state = AvailabilityText::status(PresenceNote::Status::Available);
    if (!note.note().isEmpty())
        state = tr("%1 (%2)").arg(state, note.note().simplified());
    const QString text = tile.isValid() ? tr("My status: %1").arg(state) : tr("My status");
    setText(text);
    setAccessibleName(text);
    setToolTip(tile.isValid() ? tr("Change the status of your own line (%1)").arg(m_operatorExtension)
                              : tr("Your own line (%1) is not on the board yet").arg(m_operatorExtension));
    setEnabled(tile.isValid());
}

void OwnStatusButton::fillMenu()
{
    menu()->clear();
    if (m_availability)
        m_availability->populateStatus(menu(), ownTile());
}
