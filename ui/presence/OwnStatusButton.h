// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QToolButton>

class AvailabilityMenu;
class QAbstractItemModel;

// "My status: Away (Lunch)" in the toolbar: the operator's own line's
// presence as a word and a symbol, its menu the Status submenu of that line.
class OwnStatusButton final : public QToolButton
{
    Q_OBJECT
public:
    OwnStatusButton(AvailabilityMenu* menu, QAbstractItemModel* extensions, const QString& operatorExtension,
        QWidget* parent = nullptr);

    // The operator's tile in the extension model, invalid before it is known.
    QModelIndex ownTile() const;

private:
    void refresh();
    void fillMenu();

    QPointer<AvailabilityMenu> m_availability;
    QAbstractItemModel* m_extensions;
    QString m_operatorExtension;
    mutable QPersistentModelIndex m_tile;
};
