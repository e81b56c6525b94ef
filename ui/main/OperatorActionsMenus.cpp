// SPDX-License-Identifier: GPL-3.0-or-later
// OperatorActions: how its actions are shown — the right-click menus of
// tiles and calls, the F-key actions with their shortcuts, enabled state and
// "why not" tooltips (split from OperatorActions.cpp for size). Every entry
// ends in the same request as the matching key or drop.
#include "ui/main/OperatorActions.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/ExtensionState.h"
#include "core/settings/Settings.h"
#include "ui/common/UiText.h"
#include "ui/main/ActionReport.h"
#include "ui/main/CallLookup.h"

#include <QAction>
#include <QMenu>

using Op = CallControl::Operation;

namespace {

struct KeyInfo
{
    OperatorActions::Key key;
    const char* settingsName;
    const char* shortcut;
};

// Defaults as in docs/user.md.
constexpr KeyInfo kKeys[] = {
    {OperatorActions::Key::Call, "call", "F3"},
    {OperatorActions::Key::Hangup, "hangup", "F4"},
    {OperatorActions::Key::Transfer, "transfer", "F5"},
    {OperatorActions::Key::AttendedTransfer, "attendedTransfer", "F6"},
    {OperatorActions::Key::Park, "park", "F7"},
    {OperatorActions::Key::Pickup, "pickup", "F8"},
    {OperatorActions::Key::Answer, "answer", "F9"},
};

const KeyInfo& keyInfo(OperatorActions::Key key)
{
    for (const KeyInfo& k : kKeys) {
        if (k.key == key)
            return k;
    }
    return kKeys[0];
}

} // namespace

QString OperatorActions::settingsName(Key key)
{
    return QLatin1String(keyInfo(key).settingsName);
}

QString OperatorActions::defaultShortcut(Key key)
{
    return QLatin1String(keyInfo(key).shortcut);
}

void OperatorActions::applyShortcuts(const Settings& settings)
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        it.value()->setShortcut(
            QKeySequence(settings.shortcut(settingsName(it.key()), defaultShortcut(it.key())),
                QKeySequence::PortableText));
}

QList<OperatorActions::Key> OperatorActions::allKeys()
{
    return {
        Key::Call, Key::Hangup, Key::Transfer, Key::AttendedTransfer, Key::Park, Key::Pickup, Key::Answer};
}

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
    const QString label = tileLabel(tile);
    const QPersistentModelIndex keep(tile);
    if (isOperatorTile(tile)) {
        menu->addAction(tr("This is your own phone"))->setEnabled(false);
        return;
    }
    QAction* call = addMenuAction(
        menu, tr("Call %1").arg(UiText::menuLabel(label)), c, Op::Call, [this, keep] { callTile(keep); });
    call->setShortcut(QKeySequence(Qt::Key_Return));

    // Ringing: show who is calling before picking up.
    const QModelIndex ringing = callOfTile(tile, true);
    if (ringing.isValid()) {
        const QString caller = ActionReport::party(
            ringing.data(CallRoles::CallerName).toString(), ringing.data(CallRoles::CallerNumber).toString());
        const QPersistentModelIndex ring(ringing);
        QAction* a = addMenuAction(menu, tr("Pick up call from %1").arg(UiText::menuLabel(caller)), c,
            Op::Pickup, [this, c, ring, label] { pickup(c, ring, label); });
        a->setShortcut(m_keys.value(Key::Pickup)->shortcut());
    }
    const QModelIndex mine = c ? operatorCall(tile.data(ExtensionRoles::ServerId).toString()) : QModelIndex();
    if (mine.isValid())
        addTransferEntries(menu, c, mine, tile);
    addSupervisionEntries(menu, c, tile, mine);
}

void OperatorActions::addTransferEntries(
    QMenu* menu, CallControl* c, const QModelIndex& mine, const QModelIndex& tile)
{
    // The operator's own call can go to this extension.
    menu->addSeparator();
    const QString number = tileNumber(tile);
    const QString label = tileLabel(tile);
    const QPersistentModelIndex call(mine);
    QAction* t = addMenuAction(menu, tr("Transfer call to %1").arg(UiText::menuLabel(label)), c,
        Op::BlindTransfer, [this, c, call, number, label] { blindTransfer(c, call, number, label); });
    t->setShortcut(m_keys.value(Key::Transfer)->shortcut());
    QAction* at = addMenuAction(menu, tr("Transfer to %1 after announcing").arg(UiText::menuLabel(label)), c,
        Op::AttendedTransfer, [this, c, call, number, label] { attendedTransfer(c, call, number, label); });
    at->setShortcut(m_keys.value(Key::AttendedTransfer)->shortcut());
    const QString other = otherChannel(mine);
    const QString who = otherParty(mine);
    addMenuAction(menu, tr("Transfer call to %1's voicemail").arg(UiText::menuLabel(label)), c,
        Op::TransferToVoicemail, [this, c, other, number, label, who] {
            expect(c, c->transferToVoicemail(other, number),
                tr("Sent %1 to the voicemail of %2").arg(who, label),
                tr("Could not send %1 to the voicemail of %2").arg(who, label));
        });
}

void OperatorActions::addSupervisionEntries(
    QMenu* menu, CallControl* c, const QModelIndex& tile, const QModelIndex& mine)
{
    // Someone else's call: supervise or act on it.
    const QModelIndex theirs = callOfTile(tile);
    const auto state = Pbx::ExtensionState(tile.data(ExtensionRoles::State).toInt());
    const bool talking = state == Pbx::ExtensionState::InUse || state == Pbx::ExtensionState::InUseOnHold
        || state == Pbx::ExtensionState::InUseRinging || state == Pbx::ExtensionState::Busy
        || state == Pbx::ExtensionState::OnHold;
    if (!talking && !theirs.isValid())
        return;
    menu->addSeparator();
    const QString device = deviceOfTile(tile);
    const QString label = tileLabel(tile);
    addMenuAction(menu, tr("Listen"), c, Op::Listen, [this, c, device, label] {
        expect(
            c, c->listen(device), tr("Listening to %1").arg(label), tr("Could not listen to %1").arg(label));
    });
    addMenuAction(
        menu, tr("Whisper to %1").arg(UiText::menuLabel(label)), c, Op::Whisper, [this, c, device, label] {
            expect(c, c->whisper(device), tr("Whispering to %1").arg(label),
                tr("Could not whisper to %1").arg(label));
        });
    addMenuAction(menu, tr("Join the call"), c, Op::Barge, [this, c, device, label] {
        expect(c, c->barge(device), tr("Joined the call of %1").arg(label),
            tr("Could not join the call of %1").arg(label));
    });
    if (!theirs.isValid())
        return;
    const QString theirChannel = CallLookup::channelOf(theirs, device);
    const QString otherSide = CallLookup::otherChannel(theirs, device);
    const QString who = CallLookup::otherParty(theirs, device);
    const QString me = mine.isValid() ? operatorChannel(mine) : QString();
    addMenuAction(menu, tr("Park %1's caller").arg(UiText::menuLabel(label)), c, Op::Park,
        [this, c, otherSide, me, who] { park(c, otherSide, me, who); });
    addMenuAction(menu, tr("Hang up %1's call").arg(UiText::menuLabel(label)), c, Op::Hangup,
        [this, c, theirChannel, label] { hangup(c, theirChannel, label); });
}

void OperatorActions::populateCallMenu(QMenu* menu, const QModelIndex& call)
{
    menu->setToolTipsVisible(true);
    CallControl* c = controlFor(call);
    const QString me = operatorChannel(call);
    const QString other = otherChannel(call);
    const QString who = otherParty(call);
    const QString caller = call.data(CallRoles::CallerChannel).toString();
    if (!me.isEmpty()) {
        addMenuAction(menu, tr("Park"), c, Op::Park, [this, c, other, me, who] {
            park(c, other, me, who);
        })->setShortcut(m_keys.value(Key::Park)->shortcut());
        addMenuAction(menu, tr("Hang up"), c, Op::Hangup, [this, c, me, who] {
            hangup(c, me, who);
        })->setShortcut(m_keys.value(Key::Hangup)->shortcut());
        addMenuAction(
            menu, tr("Cancel transfer in progress"), c, Op::CancelAttendedTransfer, [this, c, me, who] {
                expect(c, c->cancelAttendedTransfer(me),
                    tr("Cancelled the transfer: you are back with %1").arg(who),
                    tr("Could not cancel the transfer of %1").arg(who));
            });
    } else {
        const QString callee = call.data(CallRoles::CalleeChannel).toString();
        const QString calleeDevice = callee.section(u'-', 0, -2);
        const QString calleeName = ActionReport::party(
            call.data(CallRoles::CalleeName).toString(), call.data(CallRoles::CalleeNumber).toString());
        addMenuAction(
            menu, tr("Park caller"), c, Op::Park, [this, c, caller, who] { park(c, caller, {}, who); });
        addMenuAction(menu, tr("Listen"), c, Op::Listen, [this, c, calleeDevice, calleeName] {
            expect(c, c->listen(calleeDevice), tr("Listening to %1").arg(calleeName),
                tr("Could not listen to %1").arg(calleeName));
        });
        addMenuAction(menu, tr("Hang up"), c, Op::Hangup, [this, c, caller, who] { hangup(c, caller, who); });
    }
    menu->addSeparator();
    menu->addAction(tr("Drag the call onto an extension to transfer it"))->setEnabled(false);
}

void OperatorActions::updateKeyActions()
{
    const auto opOf = [](Key k) {
        switch (k) {
        case Key::Call:
            return Op::Call;
        case Key::Pickup:
            return Op::Pickup;
        case Key::Answer:
            return Op::TakeWaitingCaller; // always a Redirect, whatever the pickup method
        case Key::Transfer:
            return Op::BlindTransfer;
        case Key::AttendedTransfer:
            return Op::AttendedTransfer;
        case Key::Park:
            return Op::Park;
        case Key::Hangup:
            break;
        }
        return Op::Hangup;
    };
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        QString missing;
        bool any = false;
        for (const auto& c : m_controls) {
            if (!c)
                continue;
            any = true;
            missing = c->missingClass(opOf(it.key()));
            if (missing.isEmpty())
                break;
        }
        it.value()->setEnabled(any && missing.isEmpty());
        it.value()->setToolTip(!any ? tr("Not connected to a PBX.")
                : missing.isEmpty() ? QString()
                                    : UiText::missingPermission(missing));
    }
    Q_EMIT permissionsChanged();
}
