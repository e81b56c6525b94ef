// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presence/AvailabilityMenu.h"

#include "core/presence/PresenceNote.h"
#include "ui/common/UiText.h"
#include "ui/presence/AvailabilityActions.h"
#include "ui/presence/AvailabilityText.h"
#include "ui/presence/PresenceDialog.h"

#include <QAction>
#include <QMenu>

using Status = PresenceNote::Status;

namespace {

constexpr Status Settable[] = {Status::Available, Status::Away, Status::ExtendedAway, Status::DoNotDisturb,
    Status::Chat, Status::Unavailable};

} // namespace

AvailabilityMenu::AvailabilityMenu(AvailabilityActions* actions, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_dialogParent(dialogParent)
{ }

void AvailabilityMenu::refuse(QAction* action, const QString& reason)
{
    if (reason.isEmpty())
        return;
    action->setEnabled(false);
    action->setStatusTip(reason);
    action->setToolTip(reason);
}

void AvailabilityMenu::populate(QMenu* menu, const QModelIndex& tile)
{
    if (!m_actions || !tile.isValid())
        return;
    menu->addSeparator();
    menu->setToolTipsVisible(true);
    QMenu* status = menu->addMenu(tr("&Status"));
    status->menuAction()->setObjectName(QStringLiteral("availabilityStatusMenu"));
    populateStatus(status, tile);
    addDnd(menu, tile);
    addForward(menu, tile);
}

void AvailabilityMenu::populateStatus(QMenu* menu, const QModelIndex& tile)
{
    if (!m_actions || !tile.isValid())
        return;
    menu->setToolTipsVisible(true);
    const QPersistentModelIndex at(tile);
    const PresenceNote current = AvailabilityActions::currentNote(tile);
    for (Status s : Settable) {
        const QString text = AvailabilityText::symbol(s) + u' ' + AvailabilityText::status(s);
        addStatus(
            menu, at, text, PresenceNote(s, QString()), current.status() == s && current.note().isEmpty());
    }
    menu->addSeparator();
    for (const AvailabilitySettings::Status& p : m_actions->predefinedStatuses()) {
        const QString text = AvailabilityText::symbol(p.status) + u' ' + UiText::menuLabel(p.note);
        addStatus(menu, at, text, PresenceNote(p.status, p.note),
            current.status() == p.status && current.note() == p.note);
    }
    menu->addSeparator();
    QAction* custom = menu->addAction(tr("&Custom…"));
    custom->setObjectName(QStringLiteral("statusCustom"));
    refuse(custom, AvailabilityText::reason(m_actions->presenceVerdict(tile)));
    connect(custom, &QAction::triggered, this, [this, at] { openPresenceDialog(at); });
}

void AvailabilityMenu::addStatus(QMenu* menu, const QPersistentModelIndex& tile, const QString& text,
    const PresenceNote& note, bool current)
{
    QAction* action = menu->addAction(text);
    action->setCheckable(true);
    action->setChecked(current);
    refuse(action, AvailabilityText::reason(m_actions->presenceVerdict(tile)));
    connect(action, &QAction::triggered, this, [this, tile, note] {
        if (m_actions && tile.isValid())
            m_actions->setPresence(tile, note);
    });
}

void AvailabilityMenu::addDnd(QMenu* menu, const QPersistentModelIndex& tile)
{
    QAction* dnd = menu->addAction(tr("&Do not disturb"));
    dnd->setObjectName(QStringLiteral("availabilityDnd"));
    dnd->setCheckable(true);
    dnd->setChecked(AvailabilityActions::isDnd(tile));
    refuse(dnd, AvailabilityText::reason(m_actions->dndVerdict(tile)));
    connect(dnd, &QAction::triggered, this, [this, tile](bool on) {
        if (m_actions && tile.isValid())
            m_actions->setDnd(tile, on);
    });
}

void AvailabilityMenu::addForward(QMenu* menu, const QPersistentModelIndex& tile)
{
    const Pbx::Forwarding current = AvailabilityActions::forwarding(tile);
    QAction* forward = menu->addAction(current.always.isEmpty()
            ? tr("&Forward calls…")
            : tr("&Forward calls (now to %1)…").arg(UiText::menuLabel(current.always)));
    forward->setObjectName(QStringLiteral("availabilityForward"));
    QString reason
        = AvailabilityText::reason(m_actions->forwardVerdict(tile, ForwardDialog::Forward::Always));
    for (ForwardDialog::Forward kind : m_actions->forwardKinds(tile)) {
        if (m_actions->forwardVerdict(tile, kind).allowed())
            reason.clear();
    }
    refuse(forward, reason);
    connect(forward, &QAction::triggered, this, [this, tile] { openForwardDialog(tile); });
}

void AvailabilityMenu::openPresenceDialog(const QModelIndex& tile)
{
    const QPersistentModelIndex at(tile);
    PresenceDialog dialog(
        AvailabilityActions::who(tile), AvailabilityActions::currentNote(tile), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && m_actions && at.isValid())
        m_actions->setPresence(at, dialog.note());
}

void AvailabilityMenu::openForwardDialog(const QModelIndex& tile)
{
    const QPersistentModelIndex at(tile);
    const Pbx::Forwarding now = AvailabilityActions::forwarding(tile);
    QList<ForwardDialog::Row> rows;
    for (ForwardDialog::Forward kind : m_actions->forwardKinds(tile)) {
        const QString current = kind == ForwardDialog::Forward::Always ? now.always
            : kind == ForwardDialog::Forward::Busy                     ? now.busy
                                                                       : now.noAnswer;
        rows.append({kind, current, AvailabilityText::reason(m_actions->forwardVerdict(tile, kind))});
    }
    ForwardDialog dialog(AvailabilityActions::who(tile), rows, m_dialogParent);
    if (m_directory)
        dialog.setDirectory(m_directory());
    if (dialog.exec() != QDialog::Accepted || !m_actions || !at.isValid())
        return;
    for (ForwardDialog::Forward kind : dialog.kinds()) {
        if (dialog.isChanged(kind))
            m_actions->setForward(at, kind, dialog.target(kind));
    }
}
