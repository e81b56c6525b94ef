// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/DropActions.h"

#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceRooms.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/CallControl.h"
#include "ui/common/MimeTypes.h"
#include "ui/common/UiText.h"
#include "ui/main/OperatorActions.h"
#include "ui/tiles/TileBoardModel.h"

#include <QCursor>
#include <QMenu>
#include <QMimeData>

#include <algorithm>

using Action = DropPlan::Action;
using Refusal = DropPlan::Refusal;

namespace {

QString nameOrNumber(const QString& name, const QString& number)
{
    return name.trimmed().isEmpty() ? number : name;
}

QByteArray payload(const QMimeData* mime, const char* format)
{
    return mime->data(QString::fromLatin1(format));
}

CallControl::Operation operationOf(Action action)
{
    switch (action) {
    case Action::AttendedTransfer:
        return CallControl::Operation::AttendedTransfer;
    case Action::Connect:
        return CallControl::Operation::CallBetween;
    case Action::ThreeWay: // a Redirect (class call) and an Originate (originate)
    case Action::Transfer:
    case Action::Refuse:
        break;
    }
    return CallControl::Operation::BlindTransfer;
}

} // namespace

DropActions::DropActions(OperatorActions* actions, TileBoardModel* board, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_board(board)
{ }

DropActions::~DropActions() = default;

void DropActions::addConferences(
    const QString& serverId, ConferenceStore* store, ConferenceControl* control, const QStringList& rooms)
{
    m_conferences.insert(serverId, Conferences {store, control, rooms});
}

DropActions::Side DropActions::tileSide(const QModelIndex& tile) const
{
    Side s;
    if (!tile.isValid())
        return s;
    DropCall call;
    const QModelIndex c = m_actions ? m_actions->callOfTile(tile) : QModelIndex();
    if (c.isValid())
        call = callSide(c).item.call;
    s.item = DropItem::extension(tile.data(ExtensionRoles::ServerId).toString(),
        tile.data(ExtensionRoles::Key).toString(), tile.data(ExtensionRoles::Number).toString(),
        OperatorActions::deviceOfTile(tile), Pbx::ExtensionState(tile.data(ExtensionRoles::State).toInt()),
        call);
    s.label = nameOrNumber(tile.data(ExtensionRoles::Name).toString(), s.item.number);
    s.index = tile;
    s.found = true;
    return s;
}

DropActions::Side DropActions::callSide(const QModelIndex& call) const
{
    Side s;
    if (!call.isValid())
        return s;
    DropCall c;
    c.key = call.data(CallRoles::Key).toString();
    c.callerChannel = call.data(CallRoles::CallerChannel).toString();
    c.calleeChannel = call.data(CallRoles::CalleeChannel).toString();
    c.answered = call.data(CallRoles::AnsweredMs).toLongLong() > 0 && !call.data(CallRoles::Ringing).toBool();
    s.item = DropItem::callItem(call.data(CallRoles::ServerId).toString(), c);
    s.label = nameOrNumber(
        call.data(CallRoles::CallerName).toString(), call.data(CallRoles::CallerNumber).toString());
    s.index = call;
    s.found = true;
    return s;
}

DropActions::Side DropActions::fromIndex(const QModelIndex& index) const
{
    if (m_board && index.model() == m_board)
        return tileSide(index);
    return callSide(index);
}

DropActions::Side DropActions::fromMime(const QMimeData* mime) const
{
    if (mime->hasFormat(QString::fromLatin1(MimeTypes::kCall))) {
        const QString key = QString::fromUtf8(payload(mime, MimeTypes::kCall));
        Side s = callSide(m_actions ? m_actions->callByKey(key) : QModelIndex());
        s.item.kind = DropItem::Kind::Call;
        return s;
    }
    if (mime->hasFormat(QString::fromLatin1(MimeTypes::kExtension))) {
        const QString key = QString::fromUtf8(payload(mime, MimeTypes::kExtension));
        Side s = tileSide(m_board ? m_board->indexForKey(key) : QModelIndex());
        s.item.kind = DropItem::Kind::Extension;
        return s;
    }
    Side s;
    const QString number = QString::fromUtf8(payload(mime, MimeTypes::kContactNumber));
    s.item = DropItem::contact(number);
    s.label = nameOrNumber(QString::fromUtf8(payload(mime, MimeTypes::kContactName)), number);
    s.found = true;
    return s;
}

bool DropActions::resolveDragged(const QMimeData* mime, DropItem* item, QString* label) const
{
    if (!mime || !MimeTypes::isBoardItem(mime))
        return false;
    const Side s = fromMime(mime);
    *item = s.item;
    *label = s.label;
    return s.found;
}

DropActions::Decision DropActions::decide(
    const QMimeData* mime, const QModelIndex& target, bool attended) const
{
    return decisions(fromMime(mime), fromIndex(target), attended).first();
}

QList<DropActions::Decision> DropActions::decisions(
    const Side& dragged, const Side& target, bool attended) const
{
    Decision base;
    base.dragged = dragged;
    base.target = target;
    if (!dragged.found || !target.found)
        return {base};
    const QString server = dragged.item.serverId.isEmpty() ? target.item.serverId : dragged.item.serverId;
    base.control = m_actions ? m_actions->control(server) : nullptr;
    base.server = server;
    const QString operatorDevice = base.control ? base.control->profile().operatorDevice : QString();
    const Conferences rooms = m_conferences.value(server);
    const QString room = rooms.control ? ConferenceRooms::firstFree(rooms.rooms, rooms.store) : QString();
    QList<Decision> out;
    for (const DropPlan& plan : DropPlanner::choices(dragged.item, target.item, attended, operatorDevice)) {
        Decision d = base;
        d.plan = DropPlanner::withRoom(plan, room);
        out.append(d);
    }
    return out;
}

QString DropActions::missingClassOf(const Decision& d) const
{
    QString missing = d.control->missingClass(operationOf(d.plan.action));
    if (missing.isEmpty() && d.plan.action == Action::ThreeWay)
        missing = d.control->missingClass(CallControl::Operation::CallBetween);
    return missing;
}

QList<DropActions::Decision> DropActions::permitted(const QList<Decision>& all, QString* why) const
{
    QList<Decision> out;
    for (const Decision& d : all) {
        if (!d.plan.isAllowed())
            continue;
        if (!d.control) {
            *why = tr("Not connected to the PBX of %1.").arg(d.target.label);
            continue;
        }
        if (const QString missing = missingClassOf(d); !missing.isEmpty()) {
            *why = UiText::missingPermission(missing);
            continue;
        }
        out.append(d);
    }
    if (out.isEmpty() && why->isEmpty())
        *why = refusalText(all.first());
    return out;
}

QString DropActions::movedPartyLabel(const Decision& d) const
{
    // The call's row or tile says who is on it; name the party that moves.
    const Side& callSide = d.dragged.item.kind == DropItem::Kind::Call || !d.dragged.item.call.key.isEmpty()
        ? d.dragged
        : d.target;
    const QModelIndex call = m_actions ? m_actions->callByKey(d.plan.callKey) : QModelIndex();
    if (!call.isValid())
        return callSide.label;
    const bool caller = call.data(CallRoles::CallerChannel).toString() == d.plan.moveChannel;
    return caller ? nameOrNumber(
               call.data(CallRoles::CallerName).toString(), call.data(CallRoles::CallerNumber).toString())
                  : nameOrNumber(call.data(CallRoles::CalleeName).toString(),
                      call.data(CallRoles::CalleeNumber).toString());
}

QString DropActions::actionText(const Decision& d, bool attendedPossible) const
{
    // The destination is the side that is not the call.
    const bool draggedIsCall
        = d.dragged.item.kind == DropItem::Kind::Call || !d.dragged.item.call.key.isEmpty();
    const QString destination
        = d.dragged.item.kind != DropItem::Kind::Contact && draggedIsCall ? d.target.label : d.dragged.label;
    switch (d.plan.action) {
    case Action::Transfer: {
        const QString text = tr("Transfer %1 to %2").arg(movedPartyLabel(d), destination);
        return attendedPossible ? text + u'\n' + tr("Hold Shift or Ctrl to announce the call first.") : text;
    }
    case Action::AttendedTransfer:
        return tr("Announce %1 to %2 first (attended transfer)").arg(movedPartyLabel(d), destination);
    case Action::Connect: {
        const bool contact = d.dragged.item.kind == DropItem::Kind::Contact;
        const QString first = contact ? d.target.label : d.dragged.label;
        const QString second = contact ? d.dragged.label : d.target.label;
        return tr("Connect %1 with %2: the phone of %1 rings first").arg(first, second);
    }
    case Action::ThreeWay:
        return tr("Three-way conference: the call of %1 moves into room %2, then %3 is rung into it")
            .arg(d.target.label, d.plan.room, d.dragged.label);
    case Action::Refuse:
        break;
    }
    return refusalText(d);
}

QString DropActions::refusalText(const Decision& d) const
{
    if (!d.dragged.found)
        return d.dragged.item.kind == DropItem::Kind::Call ? tr("That call has ended.")
                                                           : tr("That extension is no longer on the board.");
    if (!d.target.found)
        return tr("Drop it onto an extension or a call.");
    const bool contact = d.dragged.item.kind == DropItem::Kind::Contact;
    const bool idleTileOntoCall = d.dragged.item.kind == DropItem::Kind::Extension
        && d.dragged.item.call.key.isEmpty() && d.target.item.kind == DropItem::Kind::Call;
    const QString ringFirst = contact ? d.target.label : d.dragged.label;
    const QString destination = idleTileOntoCall ? d.dragged.label : d.target.label;
    const QString inCall = d.target.item.kind == DropItem::Kind::Extension ? d.target.label : d.dragged.label;
    switch (d.plan.refusal) {
    case Refusal::SameItem:
        return tr("Drop it onto another extension.");
    case Refusal::AlreadyInCall:
        return tr("%1 is already in this call.").arg(inCall);
    case Refusal::CallOntoCall:
        return tr("A call can be dropped onto an extension, not onto another call.");
    case Refusal::NotDialable:
        return tr("%1 has no number that can be dialled.").arg(d.dragged.label);
    case Refusal::OtherServer:
        return tr("%1 and %2 are on different PBXs.").arg(d.dragged.label, d.target.label);
    case Refusal::SourceUnavailable:
        return tr("The phone of %1 is not registered.").arg(ringFirst);
    case Refusal::SourceDoNotDisturb:
        return tr("%1 does not take calls (do not disturb).").arg(ringFirst);
    case Refusal::SourceBusy:
        return tr("%1 is on a call.").arg(ringFirst);
    case Refusal::TargetUnavailable:
        return tr("The phone of %1 is not registered.").arg(destination);
    case Refusal::TargetDoNotDisturb:
        return tr("%1 does not take calls (do not disturb).").arg(destination);
    case Refusal::TargetBusy:
        return tr("%1 is on a call.").arg(d.target.label);
    case Refusal::AttendedNeedsOwnCall:
        return tr("Only your own answered call can be announced first; release without Shift or Ctrl to "
                  "transfer it.");
    case Refusal::NoChannel:
        return tr("That call has ended.");
    case Refusal::NotAnswered:
        return tr("The call of %1 is not answered yet: a three-way conference needs an answered call.")
            .arg(d.target.label);
    case Refusal::NoFreeRoom:
        return tr("%1 is on a call and no room is free for a three-way call.").arg(d.target.label);
    case Refusal::None:
        break;
    }
    return {};
}

DropHandler::Preview DropActions::preview(
    const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) const
{
    Preview p;
    if (!mime || !MimeTypes::isBoardItem(mime))
        return p;
    const bool attended = isAttendedModifier(modifiers);
    const Side dragged = fromMime(mime);
    const Side onto = fromIndex(target);
    QString why;
    const QList<Decision> options = permitted(decisions(dragged, onto, attended), &why);
    p.allowed = !options.isEmpty();
    if (!p.allowed) {
        p.text = why;
        return p;
    }
    const Decision& d = options.first();
    p.attended = d.plan.action == Action::AttendedTransfer;
    if (options.size() > 1) {
        p.text = tr("Release to choose: transfer %1 to %2, or add %2 to a three-way call")
                     .arg(movedPartyLabel(d), d.dragged.label);
        return p;
    }
    const bool attendedPossible = !attended && d.plan.action == Action::Transfer
        && decisions(dragged, onto, true).first().plan.action == Action::AttendedTransfer;
    p.text = actionText(d, attendedPossible);
    return p;
}

bool DropActions::drop(const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers)
{
    const Preview p = preview(mime, target, modifiers);
    if (!p.allowed) {
        refused(p.text);
        return false;
    }
    QString why;
    const QList<Decision> options
        = permitted(decisions(fromMime(mime), fromIndex(target), isAttendedModifier(modifiers)), &why);
    if (options.size() > 1) {
        offerChoice(options);
        return true;
    }
    carryOut(options.first());
    return true;
}

void DropActions::carryOut(const Decision& d)
{
    execute(d);
    Q_EMIT messageShown(actionText(d, false).section(u'\n', 0, 0) + QStringLiteral("…"), false);
}

QString DropActions::choiceText(const Decision& d) const
{
    if (d.plan.action == Action::ThreeWay)
        return tr("Add %1 to a three-way call (room %2)").arg(d.dragged.label, d.plan.room);
    return actionText(d, false);
}

// The menu pops up and the drop ends: the platform's drag must not wait for it.
void DropActions::offerChoice(const QList<Decision>& options)
{
    if (m_choice)
        m_choice->close();
    auto* menu = new QMenu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("dropChoiceMenu"));
    menu->setAccessibleName(tr("What to do with %1").arg(options.first().dragged.label));
    for (const Decision& d : options) {
        QAction* a = menu->addAction(choiceText(d));
        connect(a, &QAction::triggered, this, [this, d] {
            // The call may have ended while the menu was open.
            if (!d.plan.callKey.isEmpty() && m_actions && !m_actions->callByKey(d.plan.callKey).isValid()) {
                refused(tr("That call has ended."));
                return;
            }
            carryOut(d);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Cancel"));
    m_choice = menu;
    menu->popup(QCursor::pos());
}

void DropActions::populateCallMenu(QMenu* menu, const QModelIndex& call)
{
    const Side callRow = callSide(call);
    if (!callRow.found || !m_board || !m_board->sourceModel())
        return;
    menu->addSeparator();
    QMenu* transfer = menu->addMenu(tr("Transfer to"));
    QMenu* threeWay = menu->addMenu(tr("Add to a three-way call"));
    QString threeWayRefusal;
    addCallMenuEntries(transfer, threeWay, callRow, &threeWayRefusal);
    for (QMenu* sub : {transfer, threeWay}) {
        sub->setAccessibleName(sub->title());
        sub->menuAction()->setEnabled(!sub->isEmpty());
    }
    if (threeWay->isEmpty()) {
        // Why, where the keyboard reaches it: the entry's own words.
        threeWay->setTitle(tr("Add to a three-way call: %1").arg(threeWayRefusal));
    }
    menu->setToolTipsVisible(true);
}

void DropActions::addCallMenuEntries(
    QMenu* transfer, QMenu* threeWay, const Side& call, QString* threeWayRefusal)
{
    // Every free extension of the call's PBX, by name.
    QList<Side> free;
    const QAbstractItemModel* source = m_board->sourceModel();
    for (int r = 0; r < source->rowCount(); ++r) {
        const QModelIndex i = source->index(r, 0);
        if (i.data(ExtensionRoles::ServerId).toString() == call.item.serverId
            && Pbx::ExtensionState(i.data(ExtensionRoles::State).toInt()) == Pbx::ExtensionState::Idle)
            free.append(tileSide(i));
    }
    std::sort(free.begin(), free.end(),
        [](const Side& a, const Side& b) { return a.label.localeAwareCompare(b.label) < 0; });
    for (const Side& tile : free) {
        const QList<Decision> all = decisions(tile, call, false);
        for (const Decision& d : all) {
            const bool three = d.plan.action == Action::ThreeWay;
            if (d.plan.refusal == Refusal::NotAnswered)
                *threeWayRefusal = tr("not answered yet");
            else if (d.plan.refusal == Refusal::NoFreeRoom)
                *threeWayRefusal = tr("no free room");
            QString why;
            if (permitted({d}, &why).isEmpty())
                continue;
            const QString entry = tile.label == tile.item.number
                ? tile.label
                : tr("%1 (%2)").arg(tile.label, tile.item.number);
            QAction* a = (three ? threeWay : transfer)->addAction(entry);
            connect(a, &QAction::triggered, this, [this, d] { carryOut(d); });
        }
    }
    if (threeWayRefusal->isEmpty())
        *threeWayRefusal = tr("no free extension");
}

void DropActions::refused(const QString& reason)
{
    if (!reason.isEmpty())
        Q_EMIT messageShown(reason, true);
}

QString DropActions::callerIdOf(const Side& side) const
{
    const QString name = side.index.data(ExtensionRoles::Name).toString();
    const QString number = side.item.number;
    return name.isEmpty() ? QString(u'<' + number + u'>')
                          : QString(u'"' + name + QStringLiteral("\" <") + number + u'>');
}

void DropActions::execute(const Decision& d)
{
    CallControl* c = d.control;
    const DropPlan& p = d.plan;
    // The outcome is reported by OperatorActions, with who and what.
    const bool draggedIsCall
        = d.dragged.item.kind == DropItem::Kind::Call || !d.dragged.item.call.key.isEmpty();
    const QString destination
        = d.dragged.item.kind != DropItem::Kind::Contact && draggedIsCall ? d.target.label : d.dragged.label;
    switch (p.action) {
    case Action::Transfer: {
        // Same packets as F5: Redirect the party that moves, or BlindTransfer
        // on the channel that hands over, as the profile says.
        const bool useAction
            = c->profile().blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction;
        const quint64 id = c->blindTransfer(useAction ? p.transfererChannel : p.moveChannel, p.number);
        if (m_actions)
            m_actions->describeTransfer(c, id, movedPartyLabel(d), destination, false);
        return;
    }
    case Action::AttendedTransfer: {
        const quint64 id = c->attendedTransfer(p.transfererChannel, p.number);
        if (m_actions)
            m_actions->describeTransfer(c, id, movedPartyLabel(d), destination, true);
        return;
    }
    case Action::Connect: {
        // The phone rung first shows the other party; the other party sees it as the caller.
        const bool contact = d.dragged.item.kind == DropItem::Kind::Contact;
        const quint64 id = c->callBetween(p.device, callerIdOf(contact ? d.target : d.dragged), p.number);
        if (m_actions)
            m_actions->describeConnect(c, id, contact ? d.target.label : d.dragged.label,
                contact ? d.dragged.label : d.target.label);
        return;
    }
    case Action::ThreeWay: {
        // Its outcome (joined, or why not) is the conferences panel's to report.
        ConferenceControl* conference = m_conferences.value(d.server).control;
        if (conference)
            conference->threeWay(p.room, p.moveChannel, p.transfererChannel, p.device, d.dragged.label);
        return;
    }
    case Action::Refuse:
        return;
    }
}
