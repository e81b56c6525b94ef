// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/OperatorActions.h"

#include "core/common/EscapedText.h"

#include "core/models/ModelRoles.h"
#include "core/pbx/ExtensionState.h"
#include "core/settings/Settings.h"
#include "ui/common/UiText.h"
#include "ui/main/ActionReport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QKeySequence>
#include <QMenu>

using Op = CallControl::Operation;

OperatorActions::OperatorActions(QObject* parent)
    : QObject(parent)
    , m_report(new ActionReport(this))
{
    connect(m_report, &ActionReport::reported, this, &OperatorActions::messageShown);
    connect(m_report, &ActionReport::operationSucceeded, this, &OperatorActions::operationSucceeded);
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
        a->setShortcut(QKeySequence(defaultShortcut(key)));
        a->setShortcutContext(Qt::ApplicationShortcut);
        a->setObjectName(settingsName(key));
        // A held-down key repeats: one press, one request.
        a->setAutoRepeat(false);
        connect(a, &QAction::triggered, this, [this, k = key] { triggerKey(k); });
        m_keys.insert(key, a);
    }
}

OperatorActions::~OperatorActions() = default;

void OperatorActions::addServer(const QString& serverId, CallControl* control)
{
    m_controls.insert(serverId, control);
    m_report->addControl(control);
    connect(control, &CallControl::permissionsChanged, this, &OperatorActions::updateKeyActions);
    connect(control, &CallControl::attendedTransferFinished, this,
        [this](quint64, CallControl::TransferOutcome outcome, const QString& detail) {
            const QString text = detail.isEmpty()
                ? UiText::transferOutcome(outcome)
                : UiText::transferOutcome(outcome) + QStringLiteral(": ") + detail;
            Q_EMIT attendedTransferFinished(outcome, text);
            Q_EMIT messageShown(text, outcome == CallControl::TransferOutcome::Failed);
        });
    updateKeyActions();
}

void OperatorActions::removeServer(const QString& serverId)
{
    if (CallControl* c = m_controls.take(serverId)) {
        disconnect(c, nullptr, this, nullptr);
        m_report->removeControl(c);
    }
    updateKeyActions();
}

CallControl* OperatorActions::control(const QString& serverId) const
{
    if (CallControl* c = m_controls.value(serverId))
        return c;
    // One server: items without a server id still find it.
    if (serverId.isEmpty() && m_controls.size() == 1)
        return m_controls.cbegin().value();
    return nullptr;
}

QList<CallControl*> OperatorActions::controls() const
{
    QList<CallControl*> list;
    for (const auto& c : m_controls) {
        if (c)
            list.append(c);
    }
    return list;
}

CallControl* OperatorActions::controlFor(const QModelIndex& index) const
{
    const QString server = index.data(ExtensionRoles::ServerId).toString(); // same role value in every model
    if (CallControl* c = control(server))
        return c;
    return m_controls.size() == 1 ? m_controls.cbegin().value().data() : nullptr;
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
    // The model parses the hint once ("PJSIP/1001&Custom:DND1001,CustomPresence:1001"
    // → "PJSIP/1001"); the raw hint is never a device.
    return tile.data(ExtensionRoles::Device).toString();
}

bool OperatorActions::isOperatorTile(const QModelIndex& tile) const
{
    CallControl* c = controlFor(tile);
    return c
        && (deviceOfTile(tile) == c->profile().operatorDevice
            || (!tileNumber(tile).isEmpty() && tileNumber(tile) == c->profile().operatorExtension));
}

void OperatorActions::expect(CallControl* c, quint64 id, const QString& done, const QString& failed)
{
    m_report->expect(c, id, done, failed);
}

QString OperatorActions::tileNumber(const QModelIndex& tile) const
{
    return tile.data(ExtensionRoles::Number).toString();
}

QString OperatorActions::tileLabel(const QModelIndex& tile) const
{
    const QString name = tile.data(ExtensionRoles::Name).toString();
    return name.isEmpty() ? tileNumber(tile) : name;
}

QString OperatorActions::operatorDevice(const QModelIndex& index) const
{
    CallControl* c = controlFor(index);
    return c ? c->profile().operatorDevice : QString();
}

QModelIndex OperatorActions::callByKey(const QString& key) const
{
    return m_lookup.byKey(key);
}

QModelIndex OperatorActions::operatorCall(const QString& serverId) const
{
    CallControl* c = control(serverId);
    return c ? m_lookup.operatorCall(serverId, c->profile().operatorDevice) : QModelIndex();
}

QString OperatorActions::operatorChannel(const QModelIndex& call) const
{
    return CallLookup::channelOf(call, operatorDevice(call));
}

QString OperatorActions::otherChannel(const QModelIndex& call) const
{
    return CallLookup::otherChannel(call, operatorDevice(call));
}

QString OperatorActions::otherParty(const QModelIndex& call) const
{
    return CallLookup::otherParty(call, operatorDevice(call));
}

QModelIndex OperatorActions::callOfTile(const QModelIndex& tile, bool ringingOnly) const
{
    return m_lookup.callOf(tile.data(ExtensionRoles::ServerId).toString(), deviceOfTile(tile), ringingOnly);
}

void OperatorActions::callTile(const QModelIndex& tile)
{
    if (!tile.isValid())
        return;
    if (isOperatorTile(tile)) {
        Q_EMIT messageShown(tr("That is your own phone."), false);
        return;
    }
    if (CallControl* c = controlFor(tile))
        expect(c, c->call(tileNumber(tile)), tr("Calling %1 from your phone").arg(tileLabel(tile)),
            tr("Could not call %1").arg(tileLabel(tile)));
    else
        Q_EMIT messageShown(tr("Not connected to the PBX of %1.").arg(tileLabel(tile)), true);
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
    CallControl* c = control(serverId);
    if (!c && !m_controls.isEmpty())
        c = m_controls.cbegin().value();
    if (!c) {
        Q_EMIT messageShown(tr("Not connected to a PBX."), true);
        return;
    }
    const QString shown = escapedForDisplay(number); // the number may come from a caller
    expect(c, c->call(number, origin), tr("Calling %1 from your phone").arg(shown),
        tr("Could not call %1").arg(shown));
}

void OperatorActions::blindTransfer(CallControl* c, const QModelIndex& call, const QString& number,
    const QString& label, CallControl::NumberOrigin origin)
{
    const bool useAction
        = c->profile().blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction;
    QString channel = useAction ? operatorChannel(call) : otherChannel(call);
    if (useAction && channel.isEmpty())
        channel = call.data(CallRoles::CalleeChannel).toString();
    const QString who = otherParty(call);
    describeTransfer(c, c->blindTransfer(channel, number, origin), who, label, false);
}

void OperatorActions::describeTransfer(
    CallControl* c, quint64 id, const QString& who, const QString& to, bool attended)
{
    if (attended)
        expect(c, id, tr("Calling %1 to announce %2: hang up to complete the transfer").arg(to, who),
            tr("Could not call %1 to announce %2").arg(to, who));
    else
        expect(
            c, id, tr("Transferred %1 to %2").arg(who, to), tr("Could not transfer %1 to %2").arg(who, to));
}

void OperatorActions::describeConnect(CallControl* c, quint64 id, const QString& first, const QString& second)
{
    expect(c, id, tr("Connecting %1 with %2").arg(first, second),
        tr("Could not connect %1 with %2").arg(first, second));
}

void OperatorActions::transferTo(const QString& number)
{
    CallControl* c = control(QString());
    if (!c && !m_controls.isEmpty())
        c = m_controls.cbegin().value();
    const QModelIndex mine = c ? operatorCall(QString()) : QModelIndex();
    if (!mine.isValid()) {
        Q_EMIT messageShown(tr("You have no call to transfer."), true);
        return;
    }
    blindTransfer(c, mine, number, escapedForDisplay(number), CallControl::NumberOrigin::Untrusted);
}

void OperatorActions::retrieveParked(const QModelIndex& parked)
{
    CallControl* c = controlFor(parked);
    if (!c)
        return;
    const QString space = parked.data(ParkedCallRoles::Space).toString();
    const QString who = ActionReport::party(parked.data(ParkedCallRoles::CallerName).toString(),
        parked.data(ParkedCallRoles::CallerNumber).toString());
    expect(c, c->retrieve(space), tr("Retrieved %1 from parking space %2").arg(who, space),
        tr("Could not retrieve %1 from parking space %2").arg(who, space));
}

void OperatorActions::setQueuePaused(const QModelIndex& member, bool paused, const QString& reason)
{
    CallControl* c = controlFor(member);
    if (!c)
        return;
    const QString who = member.data(QueueRoles::MemberName).toString();
    const QString queue = member.data(QueueRoles::Queue).toString();
    const quint64 id
        = c->queuePause(queue, member.data(QueueRoles::MemberInterface).toString(), paused, reason);
    if (paused)
        expect(c, id, tr("Paused %1 in queue %2").arg(who, queue),
            tr("Could not pause %1 in queue %2").arg(who, queue));
    else
        expect(c, id, tr("%1 takes calls from queue %2 again").arg(who, queue),
            tr("Could not resume %1 in queue %2").arg(who, queue));
}

void OperatorActions::takeLongestWaiting(CallControl* c)
{
    const WaitingCallers::Caller w = m_waiting.longestWaiting(c->profile().operatorDevice);
    if (!w.isValid()) {
        Q_EMIT messageShown(tr("Nobody is waiting in a queue or ringing."), false);
        return;
    }
    const QString who = ActionReport::party(w.name, w.number);
    CallControl* target = control(w.serverId) ? control(w.serverId) : c;
    expect(target, target->takeWaitingCaller(w.channel),
        w.queue.isEmpty() ? tr("Bringing %1 to your phone").arg(who)
                          : tr("Bringing %1 from queue %2 to your phone").arg(who, w.queue),
        tr("Could not bring %1 to your phone").arg(who));
}

void OperatorActions::triggerKey(Key key)
{
    const QModelIndex tile = m_currentTile ? m_currentTile() : QModelIndex();
    const QString server = tile.isValid() ? tile.data(ExtensionRoles::ServerId).toString() : QString();
    CallControl* c = tile.isValid() ? controlFor(tile) : control(server);
    if (!c && !m_controls.isEmpty())
        c = m_controls.cbegin().value();
    if (!c) {
        Q_EMIT messageShown(tr("Not connected to a PBX."), true);
        return;
    }
    QString target = tile.isValid() ? tileNumber(tile) : QString();
    const QString label = tile.isValid() ? tileLabel(tile) : target;
    if (target.isEmpty() && m_typedNumber)
        target = m_typedNumber();
    const QModelIndex mine = operatorCall(server);

    switch (key) {
    case Key::Call:
        if (tile.isValid())
            callTile(tile);
        else if (target.isEmpty())
            Q_EMIT messageShown(tr("Select an extension or type a number first."), true);
        else
            callNumber(server, target);
        return;
    case Key::Answer:
        takeLongestWaiting(c);
        return;
    case Key::Pickup: {
        const QModelIndex ringing = tile.isValid() ? callOfTile(tile, true) : QModelIndex();
        if (!ringing.isValid()) {
            Q_EMIT messageShown(tr("The selected extension is not ringing."), false);
            return;
        }
        pickup(c, ringing, label);
        return;
    }
    case Key::Transfer:
    case Key::AttendedTransfer:
        transferKey(c, mine, target, label.isEmpty() ? target : label, key == Key::AttendedTransfer);
        return;
    case Key::Park:
        if (!mine.isValid()) {
            Q_EMIT messageShown(tr("You have no call to park."), true);
            return;
        }
        park(c, otherChannel(mine), operatorChannel(mine), otherParty(mine));
        return;
    case Key::Hangup:
        hangupKey(c, tile, mine);
        return;
    }
}

void OperatorActions::transferKey(
    CallControl* c, const QModelIndex& mine, const QString& target, const QString& label, bool attended)
{
    if (!mine.isValid()) {
        Q_EMIT messageShown(tr("You have no call to transfer."), true);
        return;
    }
    if (target.isEmpty()) {
        Q_EMIT messageShown(tr("Select an extension or type a number first."), true);
        return;
    }
    if (attended)
        attendedTransfer(c, mine, target, label);
    else
        blindTransfer(c, mine, target, label);
}

void OperatorActions::hangupKey(CallControl* c, const QModelIndex& tile, const QModelIndex& mine)
{
    // Your own call first; otherwise the selected extension's call.
    if (mine.isValid()) {
        hangup(c, operatorChannel(mine), otherParty(mine));
        return;
    }
    const QModelIndex theirs = tile.isValid() ? callOfTile(tile) : QModelIndex();
    if (!theirs.isValid()) {
        Q_EMIT messageShown(tr("No call to hang up."), true);
        return;
    }
    const QString device = deviceOfTile(tile);
    const QString caller = theirs.data(CallRoles::CallerChannel).toString();
    hangup(c,
        CallLookup::isChannelOf(caller, device) ? caller : theirs.data(CallRoles::CalleeChannel).toString(),
        tileLabel(tile));
}

void OperatorActions::pickup(CallControl* c, const QModelIndex& ringing, const QString& label)
{
    const QString who = ActionReport::party(
        ringing.data(CallRoles::CallerName).toString(), ringing.data(CallRoles::CallerNumber).toString());
    expect(c,
        c->pickup(ringing.data(CallRoles::CallerChannel).toString(),
            ringing.data(CallRoles::CalleeNumber).toString()),
        tr("Picked up the call from %1 ringing %2").arg(who, label),
        tr("Could not pick up the call from %1").arg(who));
}

void OperatorActions::attendedTransfer(
    CallControl* c, const QModelIndex& mine, const QString& number, const QString& label)
{
    const QString who = otherParty(mine);
    describeTransfer(c, c->attendedTransfer(operatorChannel(mine), number), who, label, true);
}

void OperatorActions::park(CallControl* c, const QString& channel, const QString& me, const QString& who)
{
    expect(c, c->park(channel, me), tr("Parked %1").arg(who), tr("Could not park %1").arg(who));
}

void OperatorActions::hangup(CallControl* c, const QString& channel, const QString& who)
{
    expect(c, c->hangup(channel), tr("Hung up the call with %1").arg(who),
        tr("Could not hang up the call with %1").arg(who));
}

QString OperatorActions::unavailableReason(CallControl::Operation operation) const
{
    QString missing = tr("Not connected to a PBX.");
    for (const auto& c : m_controls) {
        if (!c)
            continue;
        const QString cls = c->missingClass(operation);
        if (cls.isEmpty())
            return {};
        missing = UiText::missingPermission(cls);
    }
    return missing;
}
