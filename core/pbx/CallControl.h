// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"
#include "core/common/DialableNumber.h"
#include "core/settings/Profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class AmiMessage;
class AttendedTransferWatch;
class CallFollower;
class DialplanCheck;
class PbxState;
class AmiPermissions;

// The operator's hands on one PBX: turns "call 1002", "park this call", …
// into AMI actions on that server's AmiClient and reports, for every
// request, exactly one outcome: succeeded() or failed() with Asterisk's own
// words. Each method returns a request id (never 0) that the outcome carries.
//
// Success means what the operator expects, learned from the server's
// PbxState (CallFollower): a call rings or reaches the other party, ChanSpy
// really runs, a moved caller is still there a second later. One request per
// operation and target is in flight at a time (a held-down key sends one),
// and the operator's own phone is never called from itself.
//
// Packets follow the recorded Asterisk 22 sessions (tests/data/ami/22.10.1,
// 03-* and 04-*). Values come from the ui; AmiRequest refuses CR/LF, which
// surfaces as Failure::InvalidValue before anything is sent.
class CallControl final : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Call, // Originate operator device → context/number
        CallBetween, // Originate another extension's device → context/number
        BlindTransfer, // Redirect the other party (or BlindTransfer on the operator's channel)
        AttendedTransfer, // Atxfer on the operator's channel
        CancelAttendedTransfer, // CancelAtxfer
        TransferToVoicemail, // Redirect to the voicemail extension pattern
        Hangup,
        Park, // Park with TimeoutChannel/AnnounceChannel = operator's channel
        Retrieve, // Originate operator → parking space
        Pickup, // Redirect the ringing caller to the operator, or the pickup feature code
        TakeWaitingCaller, // F9: Redirect the longest-waiting caller (queue or ringing) to the operator
        Listen, // ChanSpy q
        Whisper, // ChanSpy qw
        Barge, // ChanSpy qB
        QueuePause,
        QueueUnpause,
    };
    Q_ENUM(Operation)

    enum class Failure
    {
        InvalidValue, // a value was empty or held CR/LF; nothing was sent
        NotConnected,
        PermissionDenied, // the AMI user lacks the write class (see missingClass())
        AsteriskError, // Response: Error; the message is Asterisk's
        OriginateFailed, // OriginateResponse: Failure (Reason in the message)
        NoAnswer, // OriginateResponse Reason 3 (timeout) or 5 (busy)
        Timeout,
        Disconnected,
        Unreachable, // the operator's phone answered, the other party was never rung
        SpyNotStarted, // ChanSpy did not start (no ChanSpyStart for the operator's leg)
        CallerLost, // the moved channel was hung up at once (no such extension)
        NoSuchExtension, // checked before sending: the dialplan has no such target
        AlreadyPending, // the same request for the same target is still in flight
        OwnPhone, // the operator's own extension: nothing was sent
    };
    Q_ENUM(Failure)

    enum class TransferOutcome
    {
        Completed,
        Cancelled,
        Failed,
    };
    Q_ENUM(TransferOutcome)

    // `state`: the same server's PbxState, where outcomes are learned.
    CallControl(AmiClient* client, PbxState* state, QObject* parent = nullptr);
    ~CallControl() override;

    // Operator device, context, caller ID, patterns and methods. Also resets
    // the configured missing write classes.
    void setProfile(const Profile& profile);
    const Profile& profile() const { return m_profile; }
    AmiClient* client() const { return m_client; }
    CallFollower* follower() const { return m_follower; }

    // Numbers with Origin::Untrusted (a caller ID, a directory entry, a
    // voicemail's callerid) must pass DialableNumber, and are sent without
    // their separators; otherwise the request fails with InvalidValue and
    // nothing is sent. The last line of defence: the ui checks them earlier.
    using NumberOrigin = DialableNumber::Origin;
    quint64 call(const QString& number, NumberOrigin origin = NumberOrigin::Operator);
    // Rings `device` (e.g. "PJSIP/1001") and connects it to `number`:
    // dragging one tile onto another.
    quint64 callBetween(const QString& device, const QString& callerId, const QString& number,
        NumberOrigin origin = NumberOrigin::Operator);
    // `channel` is the party to move away (the caller talking to the operator,
    // or either side of any call). With BlindTransferAction, `channel` is the
    // transferer's channel instead (Asterisk moves its peer).
    quint64 blindTransfer(
        const QString& channel, const QString& number, NumberOrigin origin = NumberOrigin::Operator);
    // `operatorChannel`: the operator's live channel, e.g. "PJSIP/1000-00000013".
    quint64 attendedTransfer(
        const QString& operatorChannel, const QString& number, NumberOrigin origin = NumberOrigin::Operator);
    quint64 cancelAttendedTransfer(const QString& operatorChannel);
    quint64 transferToVoicemail(const QString& channel, const QString& extension);
    quint64 hangup(const QString& channel);
    // `channel` is the party to park; the operator's channel hears the space.
    quint64 park(const QString& channel, const QString& operatorChannel);
    quint64 retrieve(const QString& space);
    // `callerChannel`: the channel ringing `extension` from the caller's side.
    quint64 pickup(const QString& callerChannel, const QString& extension);
    // Brings a waiting caller (in a queue, or ringing somewhere) to the
    // operator's phone: Redirect to the operator's extension.
    quint64 takeWaitingCaller(const QString& callerChannel);
    // `target` is a plain device to spy on ("PJSIP/1001"); anything with
    // ChanSpy's separators (',', '&', a presence part of a hint) is refused.
    quint64 listen(const QString& target);
    quint64 whisper(const QString& target);
    quint64 barge(const QString& target);
    quint64 queuePause(
        const QString& queue, const QString& interface, bool paused, const QString& reason = {});

    // Permissions: an operation is unavailable when the AMI user lacks its
    // write class, configured in the profile or learned from a
    // "Permission denied" reply.
    static QString requiredClass(Operation operation);
    // The account's rights as learned at login (ListCommands): an operation
    // whose AMI action is not permitted is unavailable before anyone tries.
    void setPermissions(AmiPermissions* permissions);
    bool isPermitted(Operation operation) const;
    QString missingClass(Operation operation) const;
    QStringList missingClasses() const;

Q_SIGNALS:
    void succeeded(quint64 requestId, CallControl::Operation operation);
    void failed(quint64 requestId, CallControl::Operation operation, CallControl::Failure failure,
        const QString& message);
    // Attended transfers: after succeeded() (Atxfer queued), how it ended.
    void attendedTransferFinished(
        quint64 requestId, CallControl::TransferOutcome outcome, const QString& detail);
    void permissionsChanged();

private:
    struct Pending
    {
        quint64 id = 0;
        Operation operation = Operation::Call;
        QString channel; // Atxfer: the transferer's channel
        QString target; // Atxfer: "exten@context" for the consultation leg
        QString about; // the number or phone the request is about (messages, one at a time)
        QString watched; // Redirect: uniqueid of the moved channel
    };

    quint64 send(Operation operation, const AmiRequest& request, const QString& about,
        const QString& channel = {}, const QString& target = {});
    quint64 sendRedirect(Operation operation, const QString& channel, const QString& exten,
        const QString& context, const QString& about);
    // 0 when a request of this operation for `about` is still in flight.
    quint64 reserve(Operation operation, const QString& about);
    void release(quint64 id);
    quint64 failLater(Operation operation, Failure failure, const QString& message, quint64 id = 0);
    void dispatch(quint64 id, Operation operation, const AmiRequest& request, const QString& about,
        const QString& channel, const QString& target);
    quint64 sendSpy(Operation operation, const QString& target, const QString& options);
    // Runs `send` with the number reduced by DialableNumber, or fails the
    // operation with the refusal when it does not pass.
    quint64 withDialable(
        Operation operation, const QString& number, const std::function<quint64(const QString&)>& send);
    void handleFinished(AmiAction* action);
    void learnMissingClass(Operation operation);

    QPointer<AmiClient> m_client;
    CallFollower* m_follower;
    DialplanCheck* m_dialplan;
    AttendedTransferWatch* m_transfers;
    QPointer<AmiPermissions> m_permissions;
    Profile m_profile;
    quint64 m_nextId = 1;
    QSet<QString> m_missingClasses;
    QHash<AmiAction*, Pending> m_inFlight;
    QHash<QString, quint64> m_inFlightTargets; // "operation/target" → request id
};
