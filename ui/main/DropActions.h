// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/DropPlanner.h"
#include "ui/common/DropHandler.h"

#include <QHash>
#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QStringList>

class CallControl;
class ConferenceControl;
class ConferenceStore;
class OperatorActions;
class TileBoardModel;

// Drag and drop on the board and the calls panel: turns the dragged payload
// and the tile or call row under the mouse into DropItems, asks the core
// DropPlanner what the drop means, words it for the tooltip and the status
// bar, and carries it out through the item's CallControl (one AMI action per
// drop, the same packet the menus and F-keys send).
class DropActions final : public QObject, public DropHandler
{
    Q_OBJECT
public:
    // `board`: resolves dragged tiles (by key); `actions`: the servers, the
    // call model and the tile/call lookups. Neither is owned.
    DropActions(OperatorActions* actions, TileBoardModel* board, QObject* parent = nullptr);
    ~DropActions() override;

    Preview preview(
        const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) const override;
    bool drop(const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) override;
    void refused(const QString& reason) override;
    // The dragged call, tile or contact as a DropItem with its words ("ACME
    // Corp"), for other drop targets (conference rooms); false when it is gone.
    bool resolveDragged(const QMimeData* mime, DropItem* item, QString* label) const;
    // A server's conference rooms for three-way calls (a free tile dropped on a
    // busy one): `rooms` as ServerConfig::conferenceRooms lists them.
    void addConferences(const QString& serverId, ConferenceStore* store, ConferenceControl* control,
        const QStringList& rooms);
    // The server's three-way rooms changed (Settings › Conferences): used from the next drop on.
    void setThreeWayRooms(const QString& serverId, const QStringList& rooms)
    {
        if (const auto it = m_conferences.find(serverId); it != m_conferences.end())
            it->rooms = rooms;
    }
    QStringList threeWayRooms(const QString& serverId) const { return m_conferences.value(serverId).rooms; }
    // A drop that may mean two things (an idle tile on a call row: transfer,
    // or a three-way call) pops up this menu to choose; null when none is open.
    QMenu* pendingChoice() const { return m_choice; }
    // The call row's menu, for the keyboard: the same two choices, with every
    // free extension of the call's PBX ("Transfer to" / "Add to a three-way call").
    void populateCallMenu(QMenu* menu, const QModelIndex& call);

Q_SIGNALS:
    // A sentence for the status bar: what a drop started, or why it was refused (error).
    void messageShown(const QString& text, bool error);

private:
    struct Side
    {
        DropItem item;
        QString label; // a name, or the number
        QModelIndex index; // tile or call row; invalid for a contact
        bool found = false;
    };
    struct Decision
    {
        DropPlan plan;
        Side dragged;
        Side target;
        CallControl* control = nullptr;
        QString server; // the PBX it happens on
        QString text; // what it does, or why not
    };

    Decision decide(const QMimeData* mime, const QModelIndex& target, bool attended) const;
    // Every meaning of the drop (DropPlanner::choices), each with its room.
    QList<Decision> decisions(const Side& dragged, const Side& target, bool attended) const;
    // The allowed ones the account may send; `why` gets the reason when none.
    QList<Decision> permitted(const QList<Decision>& all, QString* why) const;
    QString missingClassOf(const Decision& d) const;
    QString choiceText(const Decision& d) const;
    void offerChoice(const QList<Decision>& options);
    void carryOut(const Decision& d);
    void addCallMenuEntries(QMenu* transfer, QMenu* threeWay, const Side& call, QString* threeWayRefusal);
    Side fromMime(const QMimeData* mime) const;
    Side fromIndex(const QModelIndex& index) const;
    Side tileSide(const QModelIndex& tile) const;
    Side callSide(const QModelIndex& call) const;
    QString actionText(const Decision& d, bool attendedPossible) const;
    QString refusalText(const Decision& d) const;
    QString movedPartyLabel(const Decision& d) const;
    QString callerIdOf(const Side& side) const;
    void execute(const Decision& d);

    QPointer<OperatorActions> m_actions;
    QPointer<TileBoardModel> m_board;
    struct Conferences
    {
        QPointer<ConferenceStore> store;
        QPointer<ConferenceControl> control;
        QStringList rooms;
    };
    QHash<QString, Conferences> m_conferences; // by server id
    QPointer<QMenu> m_choice;
};
