// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class PbxState;
class QTimer;

// Follows a request Asterisk has accepted to what really happened, from
// PbxState's signals only (never raw events), and reports it once:
//  - an Originate: its OriginateResponse, then, once the operator's leg
//    answered, that the other party is rung or reached (calls), or that
//    ChanSpy really runs (listen, whisper, barge: ChanSpyStart for that leg);
//  - a Redirect: the moved channel must survive the first second (Asterisk
//    hangs up a channel sent to an extension that does not exist).
class CallFollower final : public QObject
{
    Q_OBJECT
public:
    using Operation = CallControl::Operation;
    using Failure = CallControl::Failure;

    explicit CallFollower(PbxState* state, QObject* parent = nullptr);
    ~CallFollower() override;

    // How long a redirected channel must live; how long ChanSpy may take to
    // start; how long a call may stay answered without reaching anybody
    // before it counts as placed (an IVR, a conference: nothing to follow).
    void setRedirectWatchMs(int ms) { m_redirectWatchMs = ms; }
    void setSpyStartTimeoutMs(int ms) { m_spyTimeoutMs = ms; }
    void setSettleTimeoutMs(int ms) { m_settleTimeoutMs = ms; }

    // After "Originate successfully queued". `target` is the number or the
    // phone the request is about (for the messages).
    void followOriginate(quint64 id, Operation operation, const QByteArray& actionId, const QString& target);
    // The uniqueid of a channel about to be redirected, empty if unknown.
    QString uniqueidOf(const QString& channelName) const;
    // After Redirect's "Redirect successful": `uniqueid` from uniqueidOf() before sending.
    void followRedirect(quint64 id, Operation operation, const QString& uniqueid, const QString& target);
    // The request will never be answered (disconnected, timed out).
    void forget(const QByteArray& actionId);

    static QString originateReasonText(int reason);

Q_SIGNALS:
    void succeeded(quint64 id, CallControl::Operation operation);
    void failed(
        quint64 id, CallControl::Operation operation, CallControl::Failure failure, const QString& message);

private:
    enum class Phase
    {
        WaitingForResponse, // OriginateResponse not seen yet
        WaitingForParty, // operator's leg answered; the other party not rung yet
        WaitingForSpy, // operator's leg answered; ChanSpyStart not seen yet
        WatchingRedirect,
    };
    struct Follow
    {
        quint64 id = 0;
        Operation operation = Operation::Call;
        Phase phase = Phase::WaitingForResponse;
        QString target;
        QString uniqueid; // the channel followed
        QString channelName;
        QTimer* timer = nullptr;
    };

    void handleOriginateResponded(
        const QByteArray& actionId, bool success, int reason, const QString& uniqueid);
    void handleChannel(const QString& uniqueid);
    void handleChannelRemoved(const QString& uniqueid);
    void handleSpyStarted(const QString& spyerChannel);
    void handleTimeout(quint64 id);
    void startTimer(Follow& follow, int ms);
    // Whether a followed call reached somebody: bridged, or dialling a phone.
    bool reachedParty(const Follow& follow) const;
    bool isRunningVoicemail(const Follow& follow) const;
    QString unreachableText(const Follow& follow) const;
    void succeed(quint64 id);
    void fail(quint64 id, Failure failure, const QString& message);
    Follow take(quint64 id);

    QPointer<PbxState> m_state;
    QHash<QByteArray, quint64> m_byActionId;
    QHash<quint64, Follow> m_follows;
    int m_redirectWatchMs = 1000;
    int m_spyTimeoutMs = 5000;
    int m_settleTimeoutMs = 10000;
};
