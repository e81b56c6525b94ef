// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallControl.h"

#include "core/ami/AmiClient.h"
#include "core/ami/AmiMessage.h"
#include "core/pbx/OperationRights.h"

#include "core/pbx/AttendedTransferWatch.h"
#include "core/pbx/CallFollower.h"
#include "core/pbx/CallRequests.h"
#include "core/pbx/DialplanCheck.h"
#include "core/pbx/PbxState.h"

#include <QRegularExpression>
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

// ChanSpy's first argument is a channel prefix; ',' starts its options and
// '&' lists several. Only "Tech/resource" of a phone may reach it.
bool isPlainDevice(const QString& device)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*/[^,&|:\\s]+$"));
    return plain.match(device).hasMatch();
}

} // namespace

CallControl::CallControl(AmiClient* client, PbxState* state, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_follower(new CallFollower(state, this))
    , m_dialplan(new DialplanCheck(client, this))
    , m_transfers(new AttendedTransferWatch(state, this))
{
    connect(m_transfers, &AttendedTransferWatch::finished, this, &CallControl::attendedTransferFinished);
    if (state)
        connect(state, &PbxState::pbxReloaded, m_dialplan, &DialplanCheck::forgetAll);
    connect(m_follower, &CallFollower::succeeded, this, [this](quint64 id, Operation op) {
        release(id);
        Q_EMIT succeeded(id, op);
    });
    connect(m_follower, &CallFollower::failed, this,
        [this](quint64 id, Operation op, Failure failure, const QString& message) {
            release(id);
            Q_EMIT failed(id, op, failure, message);
        });
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

quint64 CallControl::call(const QString& number, NumberOrigin origin)
{
    if (origin == NumberOrigin::Untrusted)
        return withDialable(Operation::Call, number, [this](const QString& n) { return call(n); });
    const QString n = number.trimmed();
    if (n.isEmpty())
        return failLater(Operation::Call, Failure::InvalidValue, tr("No number to call."));
    if (n == m_profile.operatorExtension)
        return failLater(Operation::Call, Failure::OwnPhone, tr("%1 is your own phone.").arg(n));
    return send(Operation::Call, CallRequests(m_profile).originateFromOperator(n), n);
}

quint64 CallControl::callBetween(
    const QString& device, const QString& callerId, const QString& number, NumberOrigin origin)
{
    if (origin == NumberOrigin::Untrusted)
        return withDialable(Operation::CallBetween, number,
            [this, device, callerId](const QString& n) { return callBetween(device, callerId, n); });
    const QString n = number.trimmed();
    if (device.isEmpty() || n.isEmpty())
        return failLater(Operation::CallBetween, Failure::InvalidValue, tr("No phone or number to connect."));
    if (device == m_profile.operatorDevice && n == m_profile.operatorExtension)
        return failLater(Operation::CallBetween, Failure::OwnPhone, tr("%1 is your own phone.").arg(n));
    return send(Operation::CallBetween,
        CallRequests(m_profile).originate(device, callerId, n, m_profile.originateContext),
        device + u'>' + n);
}

quint64 CallControl::blindTransfer(const QString& channel, const QString& number, NumberOrigin origin)
{
    if (origin == NumberOrigin::Untrusted)
        return withDialable(Operation::BlindTransfer, number,
            [this, channel](const QString& n) { return blindTransfer(channel, n); });
    if (channel.isEmpty() || number.trimmed().isEmpty())
        return failLater(Operation::BlindTransfer, Failure::InvalidValue, tr("No call or no destination."));
    if (m_profile.blindTransferMethod == Profile::BlindTransferMethod::BlindTransferAction)
        return send(Operation::BlindTransfer,
            CallRequests(m_profile).blindTransfer(channel, number.trimmed()), channel);
    return sendRedirect(
        Operation::BlindTransfer, channel, number.trimmed(), m_profile.originateContext, channel);
}

quint64 CallControl::sendRedirect(Operation operation, const QString& channel, const QString& exten,
    const QString& context, const QString& about)
{
    return send(operation, CallRequests(m_profile).redirect(channel, exten, context), about, channel,
        exten + u'@' + context);
}

quint64 CallControl::attendedTransfer(
    const QString& operatorChannel, const QString& number, NumberOrigin origin)
{
    if (origin == NumberOrigin::Untrusted)
        return withDialable(Operation::AttendedTransfer, number,
            [this, operatorChannel](const QString& n) { return attendedTransfer(operatorChannel, n); });
    if (operatorChannel.isEmpty() || number.trimmed().isEmpty())
        return failLater(Operation::AttendedTransfer, Failure::InvalidValue,
            tr("An attended transfer needs the operator's call and a destination."));
    return send(Operation::AttendedTransfer,
        CallRequests(m_profile).attendedTransfer(operatorChannel, number.trimmed()), operatorChannel,
        operatorChannel, number.trimmed() + u'@' + m_profile.originateContext);
}

quint64 CallControl::cancelAttendedTransfer(const QString& operatorChannel)
{
    if (operatorChannel.isEmpty())
        return failLater(
            Operation::CancelAttendedTransfer, Failure::InvalidValue, tr("No transfer to cancel."));
    return send(Operation::CancelAttendedTransfer,
        CallRequests(m_profile).cancelAttendedTransfer(operatorChannel), operatorChannel, operatorChannel);
}

quint64 CallControl::transferToVoicemail(const QString& channel, const QString& extension)
{
    if (channel.isEmpty() || extension.trimmed().isEmpty())
        return failLater(Operation::TransferToVoicemail, Failure::InvalidValue, tr("No call or no mailbox."));
    const CallRequests requests(m_profile);
    const QString exten = requests.voicemailExten(extension);
    const QString context = requests.voicemailContext();
    const AmiRequest redirect = requests.redirect(channel, exten, context);
    // Validate first: nothing goes on the wire, not even the dialplan question.
    if (const QString invalid = redirect.validationError(); !invalid.isEmpty())
        return failLater(Operation::TransferToVoicemail, Failure::InvalidValue, invalid);
    const quint64 id = reserve(Operation::TransferToVoicemail, channel);
    if (!id)
        return failLater(Operation::TransferToVoicemail, Failure::AlreadyPending,
            tr("This call is already being transferred."));
    // Asterisk accepts a Redirect into a missing extension and then hangs
    // the caller up: ask the dialplan first.
    m_dialplan->check(exten, context,
        [this, id, channel, exten, context, redirect](DialplanCheck::Answer answer, const QString&) {
            if (answer == DialplanCheck::Answer::Missing) {
                release(id);
                Q_EMIT failed(id, Operation::TransferToVoicemail, Failure::NoSuchExtension,
                    tr("The PBX has no voicemail extension %1 in context %2: the caller stays with you. "
                       "Check the voicemail pattern in the settings.")
                        .arg(exten, context));
                return;
            }
            dispatch(id, Operation::TransferToVoicemail, redirect, channel, channel, exten + u'@' + context);
        });
    return id;
}

quint64 CallControl::hangup(const QString& channel)
{
    // A regex ("/.../") would hang up every matching channel: only ever a
    // single, literal channel name from the ui.
    if (channel.isEmpty() || channel.startsWith(u'/'))
        return failLater(Operation::Hangup, Failure::InvalidValue, tr("No call to hang up."));
    return send(Operation::Hangup, CallRequests(m_profile).hangup(channel), channel);
}

quint64 CallControl::park(const QString& channel, const QString& operatorChannel)
{
    if (channel.isEmpty())
        return failLater(Operation::Park, Failure::InvalidValue, tr("No call to park."));
    return send(Operation::Park, CallRequests(m_profile).park(channel, operatorChannel), channel);
}

quint64 CallControl::retrieve(const QString& space)
{
    if (space.trimmed().isEmpty())
        return failLater(Operation::Retrieve, Failure::InvalidValue, tr("No parking space."));
    return send(
        Operation::Retrieve, CallRequests(m_profile).originateFromOperator(space.trimmed()), space.trimmed());
}

quint64 CallControl::pickup(const QString& callerChannel, const QString& extension)
{
    if (m_profile.pickupMethod == Profile::PickupMethod::FeatureCode) {
        if (extension.trimmed().isEmpty())
            return failLater(Operation::Pickup, Failure::InvalidValue, tr("No ringing extension."));
        const CallRequests requests(m_profile);
        return send(Operation::Pickup, requests.originateFromOperator(requests.pickupExten(extension)),
            extension.trimmed());
    }
    if (callerChannel.isEmpty())
        return failLater(Operation::Pickup, Failure::InvalidValue, tr("No ringing call to pick up."));
    return sendRedirect(Operation::Pickup, callerChannel, m_profile.operatorExtension,
        m_profile.originateContext, callerChannel);
}

quint64 CallControl::takeWaitingCaller(const QString& callerChannel)
{
    if (callerChannel.isEmpty())
        return failLater(Operation::TakeWaitingCaller, Failure::InvalidValue, tr("Nobody is waiting."));
    return sendRedirect(Operation::TakeWaitingCaller, callerChannel, m_profile.operatorExtension,
        m_profile.originateContext, callerChannel);
}

quint64 CallControl::listen(const QString& target)
{
    return sendSpy(Operation::Listen, target, QStringLiteral("q"));
}

quint64 CallControl::whisper(const QString& target)
{
    return sendSpy(Operation::Whisper, target, QStringLiteral("qw"));
}

quint64 CallControl::barge(const QString& target)
{
    return sendSpy(Operation::Barge, target, QStringLiteral("qB"));
}

quint64 CallControl::sendSpy(Operation operation, const QString& target, const QString& options)
{
    if (target.isEmpty())
        return failLater(operation, Failure::InvalidValue, tr("No phone selected."));
    if (!isPlainDevice(target))
        return failLater(operation, Failure::InvalidValue, tr("“%1” is not a single phone.").arg(target));
    return send(operation, CallRequests(m_profile).spy(target, options), target);
}

quint64 CallControl::queuePause(
    const QString& queue, const QString& interface, bool paused, const QString& reason)
{
    const Operation op = paused ? Operation::QueuePause : Operation::QueueUnpause;
    if (queue.isEmpty() || interface.isEmpty())
        return failLater(op, Failure::InvalidValue, tr("No queue member selected."));
    return send(
        op, CallRequests(m_profile).queuePause(queue, interface, paused, reason), queue + u'/' + interface);
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
    case Operation::TakeWaitingCaller:
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
    const QString missing = OperationRights::missingClass(operation, m_profile, m_permissions);
    return m_missingClasses.contains(needed) ? needed : missing;
}

QStringList CallControl::missingClasses() const
{
    QStringList list(m_missingClasses.cbegin(), m_missingClasses.cend());
    list.sort();
    return list;
}

quint64 CallControl::failLater(Operation operation, Failure failure, const QString& message, quint64 id)
{
    if (id == 0)
        id = m_nextId++;
    // Same contract as a sent action: the outcome always comes later, from
    // the event loop, so callers can connect after calling.
    QTimer::singleShot(0, this, [this, id, operation, failure, message] {
        release(id);
        Q_EMIT failed(id, operation, failure, message);
    });
    return id;
}

quint64 CallControl::withDialable(
    Operation operation, const QString& number, const std::function<quint64(const QString&)>& send)
{
    const DialableNumber dialable = DialableNumber::parse(number);
    if (!dialable.isValid())
        return failLater(operation, Failure::InvalidValue, DialableNumber::refusal(number, dialable.error()));
    return send(dialable.number());
}

quint64 CallControl::reserve(Operation operation, const QString& about)
{
    const QString key = QString::number(int(operation)) + u'/' + about;
    if (m_inFlightTargets.contains(key))
        return 0;
    const quint64 id = m_nextId++;
    m_inFlightTargets.insert(key, id);
    return id;
}

void CallControl::release(quint64 id)
{
    for (auto it = m_inFlightTargets.begin(); it != m_inFlightTargets.end(); ++it) {
        if (it.value() == id) {
            m_inFlightTargets.erase(it);
            return;
        }
    }
}

quint64 CallControl::send(Operation operation, const AmiRequest& request, const QString& about,
    const QString& channel, const QString& target)
{
    if (const QString invalid = request.validationError(); !invalid.isEmpty())
        return failLater(operation, Failure::InvalidValue, invalid);
    const quint64 id = reserve(operation, about);
    if (!id)
        return failLater(operation, Failure::AlreadyPending,
            tr("The same request for %1 is still under way: wait for its outcome.").arg(about));
    dispatch(id, operation, request, about, channel, target);
    return id;
}

void CallControl::dispatch(quint64 id, Operation operation, const AmiRequest& request, const QString& about,
    const QString& channel, const QString& target)
{
    if (const QString invalid = request.validationError(); !invalid.isEmpty()) {
        failLater(operation, Failure::InvalidValue, invalid, id);
        return;
    }
    if (!m_client) {
        failLater(operation, Failure::NotConnected, tr("Not connected to the PBX."), id);
        return;
    }
    Pending p {id, operation, channel, target, about, {}};
    const bool redirect = request.action() == "Redirect";
    if (redirect)
        p.watched = m_follower->uniqueidOf(channel);
    AmiAction* action = m_client->send(request);
    m_inFlight.insert(action, p);
    if (isOriginate(operation) || request.action() == "Originate")
        m_follower->followOriginate(id, operation, action->actionId(), about);
    connect(action, &AmiAction::finished, this, &CallControl::handleFinished);
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
    const bool originate = action->request().action() == "Originate";
    if (action->result() == AmiAction::Result::Success) {
        if (originate)
            return; // CallFollower reports, from OriginateResponse on
        if (action->request().action() == "Redirect") {
            m_follower->followRedirect(p.id, p.operation, p.watched, p.target);
            return;
        }
        if (p.operation == Operation::AttendedTransfer)
            m_transfers->watch(p.id, p.channel, p.target);
        release(p.id);
        Q_EMIT succeeded(p.id, p.operation);
        return;
    }
    if (originate)
        m_follower->forget(action->actionId());
    release(p.id);
    Failure failure = Failure::NotConnected;
    const QString message = action->errorText();
    switch (action->result()) {
    case AmiAction::Result::Error:
        failure = Failure::AsteriskError;
        if (message.compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0) {
            if (m_permissions)
                m_permissions->learnRefused(action->request().action());
            learnMissingClass(p.operation);
            failure = Failure::PermissionDenied;
        }
        break;
    case AmiAction::Result::Timeout:
        failure = Failure::Timeout;
        break;
    case AmiAction::Result::Disconnected:
        failure = Failure::Disconnected;
        break;
    case AmiAction::Result::Invalid:
        failure = Failure::InvalidValue;
        break;
    case AmiAction::Result::Success:
    case AmiAction::Result::NotConnected:
    case AmiAction::Result::Pending:
        break;
    }
    Q_EMIT failed(p.id, p.operation, failure, message);
}

void CallControl::setPermissions(AmiPermissions* permissions)
{
    m_permissions = permissions;
    if (permissions)
        connect(permissions, &AmiPermissions::changed, this, &CallControl::permissionsChanged,
            Qt::UniqueConnection);
    Q_EMIT permissionsChanged();
}
