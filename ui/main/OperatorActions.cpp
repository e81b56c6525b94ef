// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/OperatorActions.h"

#include "core/common/EscapedText.h"
#include "core/models/ModelRoles.h"
#include "core/settings/Settings.h"
#include "ui/common/UiText.h"
#include "ui/main/ActionReport.h"
#include "ui/main/OperatorMenu.h"
#include "ui/main/OperatorWords.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

using Kind = OperatorChoice::Kind;

OperatorActions::OperatorActions(QObject* parent)
    : QObject(parent)
    , m_servers(new OperatorServers(this))
    , m_report(new ActionReport(this))
{
    connect(m_report, &ActionReport::reported, this, &OperatorActions::messageShown);
    connect(m_report, &ActionReport::operationSucceeded, this, &OperatorActions::operationSucceeded);
    connect(m_servers, &OperatorServers::permissionsChanged, this, &OperatorActions::updateKeyActions);
    const std::pair<Key, QString> keys[] = {
        {Key::Call, tr("&Call selected")},
        {Key::Hangup, tr("&Hang up")},
        {Key::Transfer, tr("&Transfer to selected")},
        {Key::AttendedTransfer, tr("Transfer after &announcing")},
        {Key::Park, tr("&Park call")},
        {Key::Pickup, tr("Pick &up ringing call")},
        {Key::Answer, tr("Bring the longest-&waiting caller to my phone")},
    };
    for (const auto& [key, text] : keys) {
        auto* a = new QAction(text, this);
        a->setShortcut(QKeySequence(OperatorKeys::defaultShortcut(key)));
        a->setShortcutContext(Qt::ApplicationShortcut);
        a->setObjectName(OperatorKeys::settingsName(key));
        // A held-down key repeats: one press, one request.
        a->setAutoRepeat(false);
        connect(a, &QAction::triggered, this, [this, k = key] { triggerKey(k); });
        m_keys.insert(key, a);
    }
    updateKeyActions();
}

OperatorActions::~OperatorActions() = default;

void OperatorActions::addServer(const QString& serverId, CallControl* control)
{
    m_report->addControl(control);
    connect(control, &CallControl::attendedTransferFinished, this,
        [this](quint64, CallControl::TransferOutcome outcome, const QString& detail) {
            handleTransferFinished(outcome, detail);
        });
    m_servers->add(serverId, control);
}

void OperatorActions::removeServer(const QString& serverId)
{
    if (CallControl* c = m_servers->control(serverId)) {
        disconnect(c, nullptr, this, nullptr);
        m_report->removeControl(c);
    }
    m_servers->remove(serverId);
}

void OperatorActions::handleTransferFinished(CallControl::TransferOutcome outcome, const QString& detail)
{
    const QString text = detail.isEmpty() ? UiText::transferOutcome(outcome)
                                          : UiText::transferOutcome(outcome) + QStringLiteral(": ") + detail;
    Q_EMIT attendedTransferFinished(outcome, text);
    Q_EMIT messageShown(text, outcome == CallControl::TransferOutcome::Failed);
}

void OperatorActions::setCallModel(QAbstractItemModel* calls)
{
    m_lookup.setCallModel(calls);
    m_waiting.setCallModel(calls);
}

void OperatorActions::setQueueModel(QAbstractItemModel* queues)
{
    m_waiting.setQueueModel(queues);
}

void OperatorActions::setCurrentTileProvider(std::function<QModelIndex()> provider)
{
    m_currentTile = std::move(provider);
}

void OperatorActions::setTypedNumberProvider(std::function<QString()> provider)
{
    m_typedNumber = std::move(provider);
}

QString OperatorActions::deviceOfTile(const QModelIndex& tile)
{
    return OperatorTile::fromIndex(tile).device;
}

QModelIndex OperatorActions::operatorCall(const QString& serverId) const
{
    CallControl* c = m_servers->control(serverId);
    return c ? m_lookup.operatorCall(serverId, c->profile().operatorDevice) : QModelIndex();
}

QModelIndex OperatorActions::callOfTile(const QModelIndex& tile, bool ringingOnly) const
{
    return m_lookup.callOf(tile.data(ExtensionRoles::ServerId).toString(), deviceOfTile(tile), ringingOnly);
}

OperatorSituation OperatorActions::situation(
    CallControl* c, const QString& serverId, const OperatorTile& tile) const
{
    OperatorSituation s = c ? OperatorSituation::of(c->profile()) : OperatorSituation();
    if (c)
        s.mine = OperatorCall::fromIndex(m_lookup.operatorCall(serverId, s.operatorDevice));
    if (tile.isValid()) {
        s.tileCall = OperatorCall::fromIndex(m_lookup.callOf(tile.serverId, tile.device, false));
        s.ringing = OperatorCall::fromIndex(m_lookup.callOf(tile.serverId, tile.device, true));
    }
    return s;
}

void OperatorActions::run(CallControl* c, const OperatorChoice& choice)
{
    if (!choice.isAllowed()) {
        refuse(choice.refusal);
        return;
    }
    m_report->expect(
        c, choice.request.sendTo(*c), OperatorWords::done(choice), OperatorWords::failed(choice));
}

void OperatorActions::refuse(OperatorChoice::Refusal refusal)
{
    Q_EMIT messageShown(OperatorWords::refusal(refusal), OperatorWords::isError(refusal));
}

void OperatorActions::callTile(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const OperatorTile tile = OperatorTile::fromIndex(index);
    CallControl* c = m_servers->forItem(tile.serverId);
    const OperatorChoice choice = OperatorPlanner::callTile(tile, situation(c, tile.serverId));
    if (choice.isAllowed() && !c)
        Q_EMIT messageShown(tr("Not connected to the PBX of %1.").arg(tile.label()), true);
    else
        run(c, choice);
}

void OperatorActions::callNumber(const QString& serverId, const QString& number)
{
    callNumberFrom(serverId, number, CallControl::NumberOrigin::Untrusted);
}

void OperatorActions::callTypedNumber(const QString& serverId, const QString& number)
{
    callNumberFrom(serverId, number, CallControl::NumberOrigin::Operator);
}

void OperatorActions::callNumberFrom(
    const QString& serverId, const QString& number, CallControl::NumberOrigin origin)
{
    if (CallControl* c = m_servers->forNumber(serverId))
        run(c, OperatorPlanner::callNumber(number, origin));
    else
        refuse(OperatorChoice::Refusal::NotConnected);
}

void OperatorActions::transferTo(const QString& number)
{
    CallControl* c = m_servers->forNumber(QString());
    const OperatorSituation s = situation(c, QString());
    if (!c || !s.mine.isValid()) {
        refuse(OperatorChoice::Refusal::NoCallToTransfer);
        return;
    }
    // The number may come from a caller: named escaped, checked by the dialable-number rule.
    run(c,
        OperatorPlanner::transfer(
            s, number, escapedForDisplay(number), false, CallControl::NumberOrigin::Untrusted));
}

void OperatorActions::describeTransfer(
    CallControl* c, quint64 id, const QString& who, const QString& to, bool attended)
{
    m_report->expect(c, id, OperatorWords::transferred(who, to, attended),
        OperatorWords::notTransferred(who, to, attended));
}

void OperatorActions::describeConnect(CallControl* c, quint64 id, const QString& first, const QString& second)
{
    m_report->expect(c, id, tr("Connecting %1 with %2").arg(first, second),
        tr("Could not connect %1 with %2").arg(first, second));
}

void OperatorActions::retrieveParked(const QModelIndex& parked)
{
    if (CallControl* c = m_servers->forItem(parked.data(ParkedCallRoles::ServerId).toString()))
        run(c,
            OperatorPlanner::retrieve(parked.data(ParkedCallRoles::Space).toString(),
                parked.data(ParkedCallRoles::CallerName).toString(),
                parked.data(ParkedCallRoles::CallerNumber).toString()));
}

void OperatorActions::setQueuePaused(const QModelIndex& member, bool paused, const QString& reason)
{
    if (CallControl* c = m_servers->forItem(member.data(QueueRoles::ServerId).toString()))
        run(c,
            OperatorPlanner::pauseMember(member.data(QueueRoles::Queue).toString(),
                member.data(QueueRoles::MemberInterface).toString(),
                member.data(QueueRoles::MemberName).toString(), paused, reason));
}

QKeySequence OperatorActions::shortcutOf(OperatorChoice::Kind kind) const
{
    // The F-key that does the same from the board (Enter also calls, but the menu shows one key).
    switch (kind) {
    case Kind::CallExtension:
        return m_keys.value(Key::Call)->shortcut();
    case Kind::PickupRinging:
        return m_keys.value(Key::Pickup)->shortcut();
    case Kind::TransferHere:
        return m_keys.value(Key::Transfer)->shortcut();
    case Kind::AttendedTransferHere:
        return m_keys.value(Key::AttendedTransfer)->shortcut();
    case Kind::Park:
        return m_keys.value(Key::Park)->shortcut();
    case Kind::Hangup:
    case Kind::HangupTheirCall:
        return m_keys.value(Key::Hangup)->shortcut();
    default:
        return {};
    }
}

void OperatorActions::populateTileMenu(QMenu* menu, const QModelIndex& index)
{
    const OperatorTile tile = OperatorTile::fromIndex(index);
    CallControl* c = m_servers->forItem(tile.serverId);
    OperatorSituation s = situation(c, tile.serverId, tile);
    OperatorMenu::fill(
        menu, OperatorPlanner::tileMenu(tile, s), c, [this](Kind k) { return shortcutOf(k); },
        [this, c](const OperatorChoice& choice) { run(c, choice); });
}

void OperatorActions::populateCallMenu(QMenu* menu, const QModelIndex& index)
{
    const OperatorCall call = OperatorCall::fromIndex(index);
    CallControl* c = m_servers->forItem(call.serverId);
    OperatorMenu::fill(
        menu, OperatorPlanner::callMenu(call, situation(c, call.serverId)), c,
        [this](Kind k) { return shortcutOf(k); },
        [this, c](const OperatorChoice& choice) { run(c, choice); });
    menu->addSeparator();
    menu->addAction(tr("Drag the call onto an extension to transfer it"))->setEnabled(false);
}

void OperatorActions::triggerKey(Key key)
{
    const QModelIndex index = m_currentTile ? m_currentTile() : QModelIndex();
    const OperatorTile tile = OperatorTile::fromIndex(index);
    CallControl* c = index.isValid() ? m_servers->forItem(tile.serverId) : m_servers->control(QString());
    if (!c)
        c = m_servers->forNumber(QString());
    if (!c) {
        refuse(OperatorChoice::Refusal::NotConnected);
        return;
    }
    if (key == Key::Call && index.isValid()) {
        callTile(index);
        return;
    }
    const QString typed = m_typedNumber ? m_typedNumber() : QString();
    const OperatorSituation s = situation(c, tile.serverId, tile);
    const WaitingCallers::Caller waiting = key == Key::Answer
        ? m_waiting.longestWaiting(c->profile().operatorDevice)
        : WaitingCallers::Caller();
    const OperatorChoice choice = OperatorPlanner::forKey(key, tile, typed, s, waiting);
    // F9: the caller's own PBX brings it over.
    CallControl* target = choice.kind == Kind::TakeWaitingCaller && m_servers->control(choice.serverId)
        ? m_servers->control(choice.serverId)
        : c;
    run(target, choice);
}

QString OperatorActions::unavailableReason(CallControl::Operation operation) const
{
    const OperatorServers::Availability a = m_servers->availability(operation);
    if (!a.connected)
        return OperatorWords::refusal(OperatorChoice::Refusal::NotConnected);
    return a.missingClass.isEmpty() ? QString() : UiText::missingPermission(a.missingClass);
}

void OperatorActions::applyShortcuts(const Settings& settings)
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        it.value()->setShortcut(QKeySequence(
            settings.shortcut(OperatorKeys::settingsName(it.key()), OperatorKeys::defaultShortcut(it.key())),
            QKeySequence::PortableText));
}

void OperatorActions::updateKeyActions()
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        const QString why = unavailableReason(OperatorKeys::operation(it.key()));
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
    }
    Q_EMIT permissionsChanged();
}
