// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/presence/ForwardDialog.h"

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <functional>

class AvailabilityActions;
class QAction;
class QMenu;
class QWidget;
class PresenceNote;

// The availability part of a tile's context menu (and of the operator's own
// status button): a Status submenu (the six presence states, the admin's
// predefined statuses, Custom… with PresenceDialog), Do not disturb, and
// Forward calls… with ForwardDialog. What the desk may not do is disabled
// with the reason as status tip and tooltip.
class AvailabilityMenu final : public QObject
{
    Q_OBJECT
public:
    using Directory = std::function<QList<ForwardDialog::Entry>()>;

    AvailabilityMenu(AvailabilityActions* actions, QWidget* dialogParent, QObject* parent = nullptr);

    // Contacts to pick forward targets from (the directory), asked when the dialog opens.
    void setDirectory(Directory directory) { m_directory = std::move(directory); }
    void populate(QMenu* menu, const QModelIndex& tile);
    // The Status submenu alone (the own-status button).
    void populateStatus(QMenu* menu, const QModelIndex& tile);

    // The dialogs, also for keys and tests.
    void openPresenceDialog(const QModelIndex& tile);
    void openForwardDialog(const QModelIndex& tile);

private:
    void addStatus(QMenu* menu, const QPersistentModelIndex& tile, const QString& text,
        const PresenceNote& note, bool current);
    void addDnd(QMenu* menu, const QPersistentModelIndex& tile);
    void addForward(QMenu* menu, const QPersistentModelIndex& tile);
    static void refuse(QAction* action, const QString& reason);

    QPointer<AvailabilityActions> m_actions;
    QPointer<QWidget> m_dialogParent;
    Directory m_directory;
};
