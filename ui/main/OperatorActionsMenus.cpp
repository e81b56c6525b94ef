// SPDX-License-Identifier: GPL-3.0-or-later
// OperatorActions: the right-click menus of tiles and calls (split from
// OperatorActions.cpp for size). Every entry ends in the same CallControl
// call as the matching key or drop.
#include "main/OperatorActions.h"

#include "common/UiText.h"
#include "models/ModelRoles.h"
#include "pbx/ExtensionState.h"

#include <QAction>
#include <QMenu>

using Op = CallControl::Operation;

namespace {

bool channelOf(const QString& channel, const QString& device)
{
    return !device.isEmpty() && channel.startsWith(device) && channel.size() > device.size()
        && channel.at(device.size()) == u'-';
}

} // namespace

QAction* OperatorActions::addMenuAction(QMenu* menu, const QString& text, CallControl* control,
    CallControl::Operation op, std::function<void()> run)
{
    QAction* a = menu->addAction(text);
    const QString missing = control ? control->missingClass(op) : QString();
    if (!control) {
        a->setEnabled(false);
        a->setToolTip(tr("Not connected to this PBX."));
    } else if (!missing.isEmpty()) {
        a->setEnabled(false);
        a->setToolTip(UiText::missingPermission(missing));
    }
    connect(a, &QAction::triggered, this, std::move(run));
    return a;
}

void OperatorActions::populateTileMenu(QMenu* menu, const QModelIndex& tile)
{
    menu->setToolTipsVisible(true);
    CallControl* c = controlFor(tile);
    const QString number = tileNumber(tile);
    const QString label = tileLabel(tile);
    const QPersistentModelIndex keep(tile);
    const auto state = Pbx::ExtensionState(tile.data(ExtensionRoles::State).toInt());
    const bool isOperator = c && deviceOfTile(tile) == c->profile().operatorDevice;

    if (!isOperator) {
        QAction* call
            = addMenuAction(menu, tr("Call %1").arg(label), c, Op::Call, [this, keep] { callTile(keep); });
        call->setShortcut(QKeySequence(Qt::Key_Return));
    }

    // Ringing: show who is calling before picking up.
    const QModelIndex ringing = callOfTile(tile, true);
    if (ringing.isValid() && !isOperator) {
        const QString caller = ringing.data(CallRoles::CallerName).toString().isEmpty()
            ? ringing.data(CallRoles::CallerNumber).toString()
            : ringing.data(CallRoles::CallerName).toString() + u' '
                + ringing.data(CallRoles::CallerNumber).toString();
        const QString callerChannel = ringing.data(CallRoles::CallerChannel).toString();
        QAction* a = addMenuAction(menu, tr("Pick up call from %1").arg(caller), c, Op::Pickup,
            [c, callerChannel, number] { c->pickup(callerChannel, number); });
        a->setShortcut(m_keys.value(Key::Pickup)->shortcut());
    }

    // The operator's own call can go to this extension.
    const QModelIndex mine = c ? operatorCall(tile.data(ExtensionRoles::ServerId).toString()) : QModelIndex();
    if (mine.isValid() && !isOperator) {
        menu->addSeparator();
        const QString other = otherChannel(mine);
        const QString me = operatorChannel(mine);
        const bool useAction
            = c->profile().blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction;
        QAction* t = addMenuAction(menu, tr("Transfer call to %1").arg(label), c, Op::BlindTransfer,
            [c, other, me, number, useAction] { c->blindTransfer(useAction ? me : other, number); });
        t->setShortcut(m_keys.value(Key::Transfer)->shortcut());
        QAction* at = addMenuAction(menu, tr("Transfer to %1 after announcing").arg(label), c,
            Op::AttendedTransfer, [c, me, number] { c->attendedTransfer(me, number); });
        at->setShortcut(m_keys.value(Key::AttendedTransfer)->shortcut());
        addMenuAction(menu, tr("Transfer call to %1's voicemail").arg(label), c, Op::TransferToVoicemail,
            [c, other, number] { c->transferToVoicemail(other, number); });
    }

    // Someone else's call: supervise or act on it.
    const QModelIndex theirs = callOfTile(tile);
    const bool talking = state == Pbx::ExtensionState::InUse || state == Pbx::ExtensionState::InUseOnHold
        || state == Pbx::ExtensionState::InUseRinging || state == Pbx::ExtensionState::Busy
        || state == Pbx::ExtensionState::OnHold;
    if (!isOperator && (talking || theirs.isValid())) {
        menu->addSeparator();
        const QString device = deviceOfTile(tile);
        addMenuAction(menu, tr("Listen"), c, Op::Listen, [c, device] { c->listen(device); });
        addMenuAction(
            menu, tr("Whisper to %1").arg(label), c, Op::Whisper, [c, device] { c->whisper(device); });
        addMenuAction(menu, tr("Join the call"), c, Op::Barge, [c, device] { c->barge(device); });
        if (theirs.isValid()) {
            const QModelIndex call = theirs;
            const QString device2 = device;
            QString theirChannel = call.data(CallRoles::CallerChannel).toString();
            if (!channelOf(theirChannel, device2))
                theirChannel = call.data(CallRoles::CalleeChannel).toString();
            const QString otherSide = theirChannel == call.data(CallRoles::CallerChannel).toString()
                ? call.data(CallRoles::CalleeChannel).toString()
                : call.data(CallRoles::CallerChannel).toString();
            const QString me = mine.isValid() ? operatorChannel(mine) : QString();
            addMenuAction(menu, tr("Park %1's caller").arg(label), c, Op::Park,
                [c, otherSide, me] { c->park(otherSide, me); });
            addMenuAction(menu, tr("Hang up %1's call").arg(label), c, Op::Hangup,
                [c, theirChannel] { c->hangup(theirChannel); });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("This is your own phone"))->setEnabled(false);
}

void OperatorActions::populateCallMenu(QMenu* menu, const QModelIndex& call)
{
    menu->setToolTipsVisible(true);
    CallControl* c = controlFor(call);
    const QString me = operatorChannel(call);
    const QString other = otherChannel(call);
    const QString caller = call.data(CallRoles::CallerChannel).toString();
    const QString callee = call.data(CallRoles::CalleeChannel).toString();
    if (!me.isEmpty()) {
        addMenuAction(menu, tr("Park"), c, Op::Park, [c, other, me] {
            c->park(other, me);
        })->setShortcut(m_keys.value(Key::Park)->shortcut());
        addMenuAction(menu, tr("Hang up"), c, Op::Hangup, [c, me] {
            c->hangup(me);
        })->setShortcut(m_keys.value(Key::Hangup)->shortcut());
        addMenuAction(menu, tr("Cancel transfer in progress"), c, Op::CancelAttendedTransfer,
            [c, me] { c->cancelAttendedTransfer(me); });
    } else {
        addMenuAction(menu, tr("Park caller"), c, Op::Park, [c, caller] { c->park(caller, QString()); });
        addMenuAction(
            menu, tr("Listen"), c, Op::Listen, [c, callee] { c->listen(callee.section(u'-', 0, -2)); });
        addMenuAction(menu, tr("Hang up"), c, Op::Hangup, [c, caller] { c->hangup(caller); });
    }
    menu->addSeparator();
    menu->addAction(tr("Drag the call onto an extension to transfer it"))->setEnabled(false);
}
