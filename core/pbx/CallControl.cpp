// SPDX-License-Identifier: GPL-3.0-or-later
#include "pbx/CallControl.h"

#include "ami/AmiClient.h"
#include "ami/AmiMessage.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

bool isOriginate(CallControl::Operation op)
{
    switch (op) {
    case CallControl::Operation::Call:
    case CallControl::Operation::CallBetween:
    case CallControl::Operation::Retrieve:
    case CallControl::Operation::Listen:
    case CallControl::Operation::Whisper:
    case CallControl::Operation::Barge:
        return true;
    default:
        return false;
    }
}

// OriginateResponse "Reason:" codes (Asterisk's enum ast_control_frame_type
// subset used by originate): 0 failed, 1 hung up, 3 ring timeout, 4 answered,
// 5 busy, 8 congestion.
QString originateReasonText(int reason)
{
    switch (reason) {
    case 0:
        return QCoreApplication::translate(
            "CallControl", "The phone could not be called (unregistered, unknown or no such channel).");
    case 1:
        return QCoreApplication::translate("CallControl", "The phone hung up before the call was connected.");
    case 3:
        return QCoreApplication::translate("CallControl", "The phone did not answer in time.");
    case 5:
        return QCoreApplication::translate("CallControl", "The phone is busy.");
    case 8:
        return QCoreApplication::translate("CallControl", "The network is congested.");
    default:
        return QCoreApplication::translate("CallControl", "The call could not be placed (reason %1).")
            .arg(reason);
    }
}

} // namespace

CallControl::CallControl(AmiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    if (m_client)
        connect(m_client, &AmiClient::eventReceived, this, &CallControl::handleEvent);
}

CallControl::~CallControl() = default;

void CallControl::setProfile(const Profile& profile)
{
    m_profile = profile;
    m_missingClasses.clear();
    for (const QString& c : profile.missingWriteClasses)
        m_missingClasses.insert(c.trimmed().toLower());
    Q_EMIT permissionsChanged();
}

AmiRequest CallControl::originate(
    const QString& device, const QString& callerId, const QString& exten, const QString& context) const
{
    AmiRequest r("Originate");
    r.set("Channel", device).set("Context", context).set("Exten", exten).set("Priority", QStringLiteral("1"));
    if (!callerId.isEmpty())
        r.set("CallerID", callerId);
    r.set("Timeout", QString::number(m_profile.originateTimeoutMs)).set("Async", QStringLiteral("true"));
    return r;
}

AmiRequest CallControl::spy(const QString& target, const QString& options) const
{
    AmiRequest r("Originate");
    r.set("Channel", m_profile.operatorDevice)
        .set("Application", QStringLiteral("ChanSpy"))
        .set("Data", target + u',' + options)
        .set("CallerID", m_profile.callerId())
        .set("Timeout", QString::number(m_profile.originateTimeoutMs))
        .set("Async", QStringLiteral("true"));
    return r;
}

QString CallControl::voicemailContext() const
{
    return m_profile.voicemailContext.isEmpty() ? m_profile.originateContext : m_profile.voicemailContext;
}

quint64 CallControl::call(const QString& number)
{
    if (number.trimmed().isEmpty())
        return failLater(Operation::Call, Failure::InvalidValue, tr("No number to call."));
    return send(Operation::Call,
        originate(
            m_profile.operatorDevice, m_profile.callerId(), number.trimmed(), m_profile.originateContext));
}

quint64 CallControl::callBetween(const QString& device, const QString& callerId, const QString& number)
{
    if (device.isEmpty() || number.trimmed().isEmpty())
        return failLater(Operation::CallBetween, Failure::InvalidValue, tr("No phone or number to connect."));
    return send(
        Operation::CallBetween, originate(device, callerId, number.trimmed(), m_profile.originateContext));
}

quint64 CallControl::blindTransfer(const QString& channel, const QString& number)
{
    if (channel.isEmpty() || number.trimmed().isEmpty())
        return failLater(Operation::BlindTransfer, Failure::InvalidValue, tr("No call or no destination."));
    if (m_profile.blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction) {
        AmiRequest r("BlindTransfer");
        r.set("Channel", channel).set("Exten", number.trimmed()).set("Context", m_profile.originateContext);
        return send(Operation::BlindTransfer, r);
    }
    AmiRequest r("Redirect");
    r.set("Channel", channel)
        .set("Exten", number.trimmed())
        .set("Context", m_profile.originateContext)
        .set("Priority", QStringLiteral("1"));
    return send(Operation::BlindTransfer, r);
}

quint64 CallControl::attendedTransfer(const QString& operatorChannel, const QString& number)
{
    if (operatorChannel.isEmpty() || number.trimmed().isEmpty())
        return failLater(Operation::AttendedTransfer, Failure::InvalidValue,
            tr("An attended transfer needs the operator's call and a destination."));
    AmiRequest r("Atxfer");
    r.set("Channel", operatorChannel)
        .set("Exten", number.trimmed())
        .set("Context", m_profile.originateContext);
    return send(Operation::AttendedTransfer, r, operatorChannel,
        number.trimmed() + u'@' + m_profile.originateContext);
}

quint64 CallControl::cancelAttendedTransfer(const QString& operatorChannel)
{
    if (operatorChannel.isEmpty())
        return failLater(
            Operation::CancelAttendedTransfer, Failure::InvalidValue, tr("No transfer to cancel."));
    AmiRequest r("CancelAtxfer");
    r.set("Channel", operatorChannel);
    return send(Operation::CancelAttendedTransfer, r, operatorChannel);
}

quint64 CallControl::transferToVoicemail(const QString& channel, const QString& extension)
{
    if (channel.isEmpty() || extension.trimmed().isEmpty())
        return failLater(Operation::TransferToVoicemail, Failure::InvalidValue, tr("No call or no mailbox."));
    QString exten = m_profile.voicemailExtenPattern;
    exten
        = exten.contains(QLatin1String("%1")) ? exten.arg(extension.trimmed()) : exten + extension.trimmed();
    AmiRequest r("Redirect");
    r.set("Channel", channel)
        .set("Exten", exten)
        .set("Context", voicemailContext())
        .set("Priority", QStringLiteral("1"));
    return send(Operation::TransferToVoicemail, r);
}

quint64 CallControl::hangup(const QString& channel)
{
    // A regex ("/.../") would hang up every matching channel: only ever a
    // single, literal channel name from the ui.
    if (channel.isEmpty() || channel.startsWith(u'/'))
        return failLater(Operation::Hangup, Failure::InvalidValue, tr("No call to hang up."));
    AmiRequest r("Hangup");
    r.set("Channel", channel);
    return send(Operation::Hangup, r);
}

quint64 CallControl::park(const QString& channel, const QString& operatorChannel)
{
    if (channel.isEmpty())
        return failLater(Operation::Park, Failure::InvalidValue, tr("No call to park."));
    AmiRequest r("Park");
    r.set("Channel", channel);
    if (!operatorChannel.isEmpty()) {
        // Comes back to the operator on timeout, and the operator hears the space number.
        r.set("TimeoutChannel", operatorChannel);
        if (m_profile.announceParkedSpace)
            r.set("AnnounceChannel", operatorChannel);
    }
    if (!m_profile.parkingLot.isEmpty())
        r.set("Parkinglot", m_profile.parkingLot);
    return send(Operation::Park, r);
}

quint64 CallControl::retrieve(const QString& space)
{
    if (space.trimmed().isEmpty())
        return failLater(Operation::Retrieve, Failure::InvalidValue, tr("No parking space."));
    return send(Operation::Retrieve,
        originate(
            m_profile.operatorDevice, m_profile.callerId(), space.trimmed(), m_profile.originateContext));
}

quint64 CallControl::pickup(const QString& callerChannel, const QString& extension)
{
    if (m_profile.pickupMethod == Profile::PickupMethod::FeatureCode) {
        if (extension.trimmed().isEmpty())
            return failLater(Operation::Pickup, Failure::InvalidValue, tr("No ringing extension."));
        QString exten = m_profile.pickupExtenPattern;
        exten = exten.contains(QLatin1String("%1")) ? exten.arg(extension.trimmed())
                                                    : exten + extension.trimmed();
        return send(Operation::Pickup,
            originate(m_profile.operatorDevice, m_profile.callerId(), exten, m_profile.originateContext));
    }
    if (callerChannel.isEmpty())
        return failLater(Operation::Pickup, Failure::InvalidValue, tr("No ringing call to pick up."));
    AmiRequest r("Redirect");
    r.set("Channel", callerChannel)
        .set("Exten", m_profile.operatorExtension)
        .set("Context", m_profile.originateContext)
        .set("Priority", QStringLiteral("1"));
    return send(Operation::Pickup, r);
}

quint64 CallControl::listen(const QString& target)
{
    if (target.isEmpty())
        return failLater(Operation::Listen, Failure::InvalidValue, tr("Nobody to listen to."));
    return send(Operation::Listen, spy(target, QStringLiteral("q")));
}

quint64 CallControl::whisper(const QString& target)
{
    if (target.isEmpty())
        return failLater(Operation::Whisper, Failure::InvalidValue, tr("Nobody to whisper to."));
    return send(Operation::Whisper, spy(target, QStringLiteral("qw")));
}

quint64 CallControl::barge(const QString& target)
{
    if (target.isEmpty())
        return failLater(Operation::Barge, Failure::InvalidValue, tr("No call to join."));
    return send(Operation::Barge, spy(target, QStringLiteral("qB")));
}

quint64 CallControl::queuePause(
    const QString& queue, const QString& interface, bool paused, const QString& reason)
{
    const Operation op = paused ? Operation::QueuePause : Operation::QueueUnpause;
    if (queue.isEmpty() || interface.isEmpty())
        return failLater(op, Failure::InvalidValue, tr("No queue member selected."));
    AmiRequest r("QueuePause");
    r.set("Queue", queue)
        .set("Interface", interface)
        .set("Paused", paused ? QStringLiteral("true") : QStringLiteral("false"));
    if (paused && !reason.isEmpty())
        r.set("Reason", reason);
    return send(op, r);
}

QString CallControl::requiredClass(Operation operation)
{
    switch (operation) {
    case Operation::Call:
    case Operation::CallBetween:
    case Operation::Retrieve:
    case Operation::Listen:
    case Operation::Whisper:
    case Operation::Barge:
        return QStringLiteral("originate");
    case Operation::QueuePause:
    case Operation::QueueUnpause:
        return QStringLiteral("agent");
    case Operation::Pickup:
        // Depends on the method; Redirect is the default and needs "call".
        return QStringLiteral("call");
    case Operation::BlindTransfer:
    case Operation::AttendedTransfer:
    case Operation::CancelAttendedTransfer:
    case Operation::TransferToVoicemail:
    case Operation::Hangup:
    case Operation::Park:
        break;
    }
    return QStringLiteral("call");
}

bool CallControl::isPermitted(Operation operation) const
{
    return missingClass(operation).isEmpty();
}

QString CallControl::missingClass(Operation operation) const
{
    QString needed = requiredClass(operation);
    if (operation == Operation::Pickup && m_profile.pickupMethod == Profile::PickupMethod::FeatureCode)
        needed = QStringLiteral("originate");
    return m_missingClasses.contains(needed) ? needed : QString();
}

QStringList CallControl::missingClasses() const
{
    QStringList list(m_missingClasses.cbegin(), m_missingClasses.cend());
    list.sort();
    return list;
}

quint64 CallControl::failLater(Operation operation, Failure failure, const QString& message)
{
    const quint64 id = m_nextId++;
    // Same contract as a sent action: the outcome always comes later, from
    // the event loop, so callers can connect after calling.
    QTimer::singleShot(
        0, this, [this, id, operation, failure, message] { Q_EMIT failed(id, operation, failure, message); });
    return id;
}

quint64 CallControl::send(
    Operation operation, const AmiRequest& request, const QString& channel, const QString& target)
{
    if (const QString invalid = request.validationError(); !invalid.isEmpty())
        return failLater(operation, Failure::InvalidValue, invalid);
    if (!m_client)
        return failLater(operation, Failure::NotConnected, tr("Not connected to the PBX."));

    Pending p {m_nextId++, operation, channel, target};
    AmiAction* action = m_client->send(request);
    m_inFlight.insert(action, p);
    if (isOriginate(operation))
        m_originates.insert(action->actionId(), p);
    connect(action, &AmiAction::finished, this, &CallControl::handleFinished);
    return p.id;
}

void CallControl::learnMissingClass(Operation operation)
{
    QString cls = requiredClass(operation);
    if (operation == Operation::Pickup && m_profile.pickupMethod == Profile::PickupMethod::FeatureCode)
        cls = QStringLiteral("originate");
    if (!m_missingClasses.contains(cls)) {
        m_missingClasses.insert(cls);
        Q_EMIT permissionsChanged();
    }
}

void CallControl::handleFinished(AmiAction* action)
{
    const Pending p = m_inFlight.take(action);
    if (p.id == 0)
        return;
    const bool waitingForOriginate = m_originates.contains(action->actionId());

    switch (action->result()) {
    case AmiAction::Result::Success:
        if (waitingForOriginate)
            return; // OriginateResponse decides
        if (isOriginate(p.operation))
            return; // OriginateResponse already reported
        if (p.operation == Operation::AttendedTransfer)
            m_transfers.insert(p.channel, p);
        Q_EMIT succeeded(p.id, p.operation);
        return;
    case AmiAction::Result::Error: {
        m_originates.remove(action->actionId());
        const QString message = action->errorText();
        if (message.compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0) {
            learnMissingClass(p.operation);
            Q_EMIT failed(p.id, p.operation, Failure::PermissionDenied, message);
        } else {
            Q_EMIT failed(p.id, p.operation, Failure::AsteriskError, message);
        }
        return;
    }
    case AmiAction::Result::Timeout:
        m_originates.remove(action->actionId());
        Q_EMIT failed(p.id, p.operation, Failure::Timeout, action->errorText());
        return;
    case AmiAction::Result::Disconnected:
        m_originates.remove(action->actionId());
        Q_EMIT failed(p.id, p.operation, Failure::Disconnected, action->errorText());
        return;
    case AmiAction::Result::Invalid:
        m_originates.remove(action->actionId());
        Q_EMIT failed(p.id, p.operation, Failure::InvalidValue, action->errorText());
        return;
    case AmiAction::Result::NotConnected:
    case AmiAction::Result::Pending:
        break;
    }
    m_originates.remove(action->actionId());
    Q_EMIT failed(p.id, p.operation, Failure::NotConnected, action->errorText());
}

void CallControl::handleEvent(const AmiMessage& event)
{
    const QByteArray name = event.value("Event").toLatin1();
    if (name == "OriginateResponse")
        handleOriginateResponse(event);
    else if (name == "AttendedTransfer")
        handleAttendedTransferEvent(event);
    else if (name == "Newchannel" && !m_transfers.isEmpty()) {
        // The consultation leg of an Atxfer: Local/<exten>@<context>-xxxx;1.
        const QString channel = event.value("Channel");
        for (auto it = m_transfers.cbegin(); it != m_transfers.cend(); ++it) {
            if (channel.startsWith(QStringLiteral("Local/") + it->target + u'-') && channel.endsWith(u";1"))
                m_consultLegs.insert(channel, it.key());
        }
    } else if (name == "Hangup" && !m_transfers.isEmpty())
        handleChannelGone(event);
}

void CallControl::handleOriginateResponse(const AmiMessage& event)
{
    const QByteArray actionId = event.value("ActionID").toLatin1();
    const auto it = m_originates.find(actionId);
    if (it == m_originates.end())
        return;
    const Pending p = it.value();
    m_originates.erase(it);
    if (event.value("Response").compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0) {
        Q_EMIT succeeded(p.id, p.operation);
        return;
    }
    bool ok = false;
    const int reason = event.value("Reason").toInt(&ok);
    const Failure f = ok && (reason == 3 || reason == 5) ? Failure::NoAnswer : Failure::OriginateFailed;
    Q_EMIT failed(p.id, p.operation, f, originateReasonText(ok ? reason : -1));
}

void CallControl::handleAttendedTransferEvent(const AmiMessage& event)
{
    const QString orig = event.value("OrigTransfererChannel");
    const QString second = event.value("SecondTransfererChannel");
    QString key;
    if (m_transfers.contains(orig))
        key = orig;
    else if (m_transfers.contains(second))
        key = second;
    else
        return;
    const Pending p = m_transfers.take(key);
    for (auto it = m_consultLegs.begin(); it != m_consultLegs.end();) {
        if (it.value() == key)
            it = m_consultLegs.erase(it);
        else
            ++it;
    }
    const QString result = event.value("Result");
    if (result.compare(QLatin1String("Success"), Qt::CaseInsensitive) == 0)
        Q_EMIT attendedTransferFinished(p.id, TransferOutcome::Completed, {});
    else
        Q_EMIT attendedTransferFinished(p.id, TransferOutcome::Failed, result);
}

void CallControl::handleChannelGone(const AmiMessage& event)
{
    const QString channel = event.value("Channel");
    if (const auto leg = m_consultLegs.find(channel); leg != m_consultLegs.end()) {
        // The consultation leg ended without AttendedTransfer: the operator is
        // back with the original caller (cancelled, or the target hung up).
        const QString transferer = leg.value();
        m_consultLegs.erase(leg);
        const Pending p = m_transfers.take(transferer);
        if (p.id)
            Q_EMIT attendedTransferFinished(p.id, TransferOutcome::Cancelled, event.value("Cause-txt"));
        return;
    }
    if (m_transfers.contains(channel)) {
        const Pending p = m_transfers.take(channel);
        Q_EMIT attendedTransferFinished(
            p.id, TransferOutcome::Failed, tr("The call ended before the transfer."));
    }
}
