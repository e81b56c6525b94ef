// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/OperatorActions.h"

#include "common/UiText.h"
#include "models/ModelRoles.h"
#include "pbx/ExtensionState.h"
#include "settings/Settings.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QKeySequence>
#include <QMenu>

using Op = CallControl::Operation;

namespace {

bool channelOf(const QString& channel, const QString& device)
{
    // "PJSIP/1000-00000013" belongs to device "PJSIP/1000".
    return !device.isEmpty() && channel.startsWith(device) && channel.size() > device.size()
        && channel.at(device.size()) == u'-';
}

} // namespace

OperatorActions::OperatorActions(QObject* parent)
    : QObject(parent)
{
    const std::pair<Key, QString> keys[] = {
        {Key::Call, tr("&Call selected")},
        {Key::Hangup, tr("&Hang up")},
        {Key::Transfer, tr("&Transfer to selected")},
        {Key::AttendedTransfer, tr("Transfer after &announcing")},
        {Key::Park, tr("&Park call")},
        {Key::Pickup, tr("Pick &up ringing call")},
        {Key::Answer, tr("&Answer next queue caller")},
    };
    for (const auto& [key, text] : keys) {
        auto* a = new QAction(text, this);
        a->setShortcut(QKeySequence(defaultShortcut(key)));
        a->setShortcutContext(Qt::ApplicationShortcut);
        a->setObjectName(settingsName(key));
        connect(a, &QAction::triggered, this, [this, k = key] { triggerKey(k); });
        m_keys.insert(key, a);
    }
}

OperatorActions::~OperatorActions() = default;

QList<OperatorActions::Key> OperatorActions::allKeys()
{
    return {
        Key::Call, Key::Hangup, Key::Transfer, Key::AttendedTransfer, Key::Park, Key::Pickup, Key::Answer};
}

QString OperatorActions::settingsName(Key key)
{
    switch (key) {
    case Key::Call:
        return QStringLiteral("call");
    case Key::Hangup:
        return QStringLiteral("hangup");
    case Key::Transfer:
        return QStringLiteral("transfer");
    case Key::AttendedTransfer:
        return QStringLiteral("attendedTransfer");
    case Key::Park:
        return QStringLiteral("park");
    case Key::Pickup:
        return QStringLiteral("pickup");
    case Key::Answer:
        break;
    }
    return QStringLiteral("answer");
}

QString OperatorActions::defaultShortcut(Key key)
{
    switch (key) {
    case Key::Call:
        return QStringLiteral("F3");
    case Key::Hangup:
        return QStringLiteral("F4");
    case Key::Transfer:
        return QStringLiteral("F5");
    case Key::AttendedTransfer:
        return QStringLiteral("F6");
    case Key::Park:
        return QStringLiteral("F7");
    case Key::Pickup:
        return QStringLiteral("F8");
    case Key::Answer:
        break;
    }
    return QStringLiteral("F9");
}

void OperatorActions::applyShortcuts(const Settings& settings)
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        it.value()->setShortcut(
            QKeySequence(settings.shortcut(settingsName(it.key()), defaultShortcut(it.key())),
                QKeySequence::PortableText));
}

void OperatorActions::addServer(const QString& serverId, CallControl* control)
{
    m_controls.insert(serverId, control);
    connect(control, &CallControl::failed, this, &OperatorActions::handleFailed);
    connect(control, &CallControl::succeeded, this, &OperatorActions::handleSucceeded);
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
    if (CallControl* c = m_controls.take(serverId))
        disconnect(c, nullptr, this, nullptr);
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
    m_calls = calls;
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

QString OperatorActions::tileNumber(const QModelIndex& tile) const
{
    return tile.data(ExtensionRoles::Number).toString();
}

QString OperatorActions::tileLabel(const QModelIndex& tile) const
{
    const QString name = tile.data(ExtensionRoles::Name).toString();
    return name.isEmpty() ? tileNumber(tile) : name;
}

QModelIndex OperatorActions::callByKey(const QString& key) const
{
    if (!m_calls)
        return {};
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (i.data(CallRoles::Key).toString() == key)
            return i;
    }
    return {};
}

QModelIndex OperatorActions::operatorCall(const QString& serverId) const
{
    CallControl* c = control(serverId);
    if (!c || !m_calls)
        return {};
    const QString device = c->profile().operatorDevice;
    QModelIndex best;
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (!serverId.isEmpty() && i.data(CallRoles::ServerId).toString() != serverId)
            continue;
        if (!channelOf(i.data(CallRoles::CallerChannel).toString(), device)
            && !channelOf(i.data(CallRoles::CalleeChannel).toString(), device))
            continue;
        // Prefer the answered call that is not on hold: that is the one the operator talks on.
        const bool active
            = i.data(CallRoles::AnsweredMs).toLongLong() > 0 && !i.data(CallRoles::OnHold).toBool();
        if (active)
            return i;
        if (!best.isValid())
            best = i;
    }
    return best;
}

QString OperatorActions::operatorChannel(const QModelIndex& call) const
{
    CallControl* c = controlFor(call);
    if (!c)
        return {};
    const QString device = c->profile().operatorDevice;
    const QString caller = call.data(CallRoles::CallerChannel).toString();
    const QString callee = call.data(CallRoles::CalleeChannel).toString();
    if (channelOf(caller, device))
        return caller;
    if (channelOf(callee, device))
        return callee;
    return {};
}

QString OperatorActions::otherChannel(const QModelIndex& call) const
{
    const QString mine = operatorChannel(call);
    const QString caller = call.data(CallRoles::CallerChannel).toString();
    const QString callee = call.data(CallRoles::CalleeChannel).toString();
    if (mine.isEmpty())
        return caller; // not the operator's call: the caller is the one to move
    return mine == caller ? callee : caller;
}

QModelIndex OperatorActions::callOfTile(const QModelIndex& tile, bool ringingOnly) const
{
    const QString device = deviceOfTile(tile);
    if (device.isEmpty() || !m_calls)
        return {};
    const QString server = tile.data(ExtensionRoles::ServerId).toString();
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (i.data(CallRoles::ServerId).toString() != server)
            continue;
        if (ringingOnly) {
            if (i.data(CallRoles::Ringing).toBool()
                && channelOf(i.data(CallRoles::CalleeChannel).toString(), device))
                return i;
            continue;
        }
        if (channelOf(i.data(CallRoles::CallerChannel).toString(), device)
            || channelOf(i.data(CallRoles::CalleeChannel).toString(), device))
            return i;
    }
    return {};
}

QModelIndex OperatorActions::oldestRingingCall(bool queueOnly) const
{
    if (!m_calls)
        return {};
    QModelIndex oldest;
    qint64 since = 0;
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        const QModelIndex i = m_calls->index(r, 0);
        if (i.data(CallRoles::AnsweredMs).toLongLong() > 0 && !i.data(CallRoles::Ringing).toBool())
            continue;
        if (queueOnly && i.data(CallRoles::Queue).toString().isEmpty())
            continue;
        const qint64 start = i.data(CallRoles::StartMs).toLongLong();
        if (!oldest.isValid() || start < since) {
            oldest = i;
            since = start;
        }
    }
    return oldest;
}

void OperatorActions::callTile(const QModelIndex& tile)
{
    if (!tile.isValid())
        return;
    if (CallControl* c = controlFor(tile))
        c->call(tileNumber(tile));
    else
        Q_EMIT messageShown(tr("Not connected to the PBX of %1.").arg(tileLabel(tile)), true);
}

void OperatorActions::callNumber(const QString& serverId, const QString& number)
{
    if (CallControl* c = control(serverId))
        c->call(number);
    else if (!m_controls.isEmpty() && m_controls.cbegin().value())
        m_controls.cbegin().value()->call(number);
    else
        Q_EMIT messageShown(tr("Not connected to a PBX."), true);
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
    const bool useAction
        = c->profile().blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction;
    c->blindTransfer(useAction ? operatorChannel(mine) : otherChannel(mine), number);
}

void OperatorActions::connectTiles(const QModelIndex& from, const QModelIndex& to)
{
    CallControl* c = controlFor(to);
    if (!c || !from.isValid() || !to.isValid())
        return;
    const QString name = from.data(ExtensionRoles::Name).toString();
    const QString number = tileNumber(from);
    const QString callerId = name.isEmpty() ? QString(u'<' + number + u'>')
                                            : QString(u'"' + name + QStringLiteral("\" <") + number + u'>');
    c->callBetween(deviceOfTile(from), callerId, tileNumber(to));
}

void OperatorActions::transferCallToTile(const QString& callKey, const QModelIndex& tile)
{
    const QModelIndex call = callByKey(callKey);
    CallControl* c = controlFor(tile);
    if (!call.isValid() || !c) {
        Q_EMIT messageShown(tr("That call has ended."), true);
        return;
    }
    c->blindTransfer(c->profile().blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction
            ? (operatorChannel(call).isEmpty() ? call.data(CallRoles::CalleeChannel).toString()
                                               : operatorChannel(call))
            : otherChannel(call),
        tileNumber(tile));
}

void OperatorActions::retrieveParked(const QModelIndex& parked)
{
    if (CallControl* c = controlFor(parked))
        c->retrieve(parked.data(ParkedCallRoles::Space).toString());
}

void OperatorActions::setQueuePaused(const QModelIndex& member, bool paused, const QString& reason)
{
    if (CallControl* c = controlFor(member))
        c->queuePause(member.data(QueueRoles::Queue).toString(),
            member.data(QueueRoles::MemberInterface).toString(), paused, reason);
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
    if (target.isEmpty() && m_typedNumber)
        target = m_typedNumber();
    const QModelIndex mine = operatorCall(server);

    switch (key) {
    case Key::Call:
        if (target.isEmpty())
            Q_EMIT messageShown(tr("Select an extension or type a number first."), true);
        else
            c->call(target);
        return;
    case Key::Pickup:
    case Key::Answer: {
        // Pick up: what rings the selected extension. Answer: the caller
        // waiting longest in a queue (then anything ringing).
        QModelIndex ringing = key == Key::Pickup && tile.isValid() ? callOfTile(tile, true) : QModelIndex();
        if (!ringing.isValid() && key == Key::Answer)
            ringing = oldestRingingCall(true);
        if (!ringing.isValid() && key == Key::Answer)
            ringing = oldestRingingCall(false);
        if (!ringing.isValid()) {
            Q_EMIT messageShown(
                key == Key::Pickup ? tr("The selected extension is not ringing.") : tr("Nobody is waiting."),
                false);
            return;
        }
        c->pickup(ringing.data(CallRoles::CallerChannel).toString(),
            ringing.data(CallRoles::CalleeNumber).toString());
        return;
    }
    case Key::Transfer:
    case Key::AttendedTransfer:
        if (!mine.isValid()) {
            Q_EMIT messageShown(tr("You have no call to transfer."), true);
            return;
        }
        if (target.isEmpty()) {
            Q_EMIT messageShown(tr("Select an extension or type a number first."), true);
            return;
        }
        if (key == Key::AttendedTransfer)
            c->attendedTransfer(operatorChannel(mine), target);
        else if (c->profile().blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction)
            c->blindTransfer(operatorChannel(mine), target);
        else
            c->blindTransfer(otherChannel(mine), target);
        return;
    case Key::Park:
        if (!mine.isValid()) {
            Q_EMIT messageShown(tr("You have no call to park."), true);
            return;
        }
        c->park(otherChannel(mine), operatorChannel(mine));
        return;
    case Key::Hangup: {
        // Your own call first; otherwise the selected extension's call.
        if (mine.isValid()) {
            c->hangup(operatorChannel(mine));
            return;
        }
        const QModelIndex theirs = tile.isValid() ? callOfTile(tile) : QModelIndex();
        if (!theirs.isValid()) {
            Q_EMIT messageShown(tr("No call to hang up."), true);
            return;
        }
        const QString device = deviceOfTile(tile);
        const QString caller = theirs.data(CallRoles::CallerChannel).toString();
        c->hangup(channelOf(caller, device) ? caller : theirs.data(CallRoles::CalleeChannel).toString());
        return;
    }
    }
}

void OperatorActions::updateKeyActions()
{
    const auto opOf = [](Key k) {
        switch (k) {
        case Key::Call:
            return Op::Call;
        case Key::Pickup:
        case Key::Answer:
            return Op::Pickup;
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
}

void OperatorActions::handleFailed(
    quint64, CallControl::Operation operation, CallControl::Failure failure, const QString& message)
{
    Q_EMIT messageShown(UiText::failureSentence(operation, failure, message), true);
}

void OperatorActions::handleSucceeded(quint64, CallControl::Operation operation)
{
    QString text;
    switch (operation) {
    case Op::Call:
    case Op::CallBetween:
        text = tr("Call connected.");
        break;
    case Op::AttendedTransfer:
        text = tr("Consultation call started: hang up to complete the transfer.");
        break;
    default:
        text = tr("%1: done.").arg(UiText::operation(operation));
        break;
    }
    Q_EMIT messageShown(text, false);
    Q_EMIT operationSucceeded(operation);
}
