// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallFollower.h"

#include "core/pbx/PbxState.h"

#include <QCoreApplication>
#include <QTimer>

using Op = CallControl::Operation;

namespace {

bool isSpy(Op op)
{
    return op == Op::Listen || op == Op::Whisper || op == Op::Barge;
}

} // namespace

CallFollower::CallFollower(PbxState* state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
    if (!m_state)
        return;
    connect(m_state, &PbxState::originateResponded, this, &CallFollower::handleOriginateResponded);
    connect(m_state, &PbxState::channelAdded, this, &CallFollower::handleChannel);
    connect(m_state, &PbxState::channelChanged, this, &CallFollower::handleChannel);
    connect(m_state, &PbxState::channelRemoved, this,
        [this](const QString& uniqueid, const QString&) { handleChannelRemoved(uniqueid); });
    connect(m_state, &PbxState::spyStarted, this,
        [this](const QString& spyer, const QString&) { handleSpyStarted(spyer); });
}

CallFollower::~CallFollower() = default;

// OriginateResponse "Reason:" codes (Asterisk's enum ast_control_frame_type
// subset used by originate): 0 failed, 1 hung up, 3 ring timeout, 4 answered,
// 5 busy, 8 congestion.
QString CallFollower::originateReasonText(int reason)
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

void CallFollower::followOriginate(
    quint64 id, Operation operation, const QByteArray& actionId, const QString& target)
{
    Follow f;
    f.id = id;
    f.operation = operation;
    f.target = target;
    m_follows.insert(id, f);
    m_byActionId.insert(actionId, id);
}

QString CallFollower::uniqueidOf(const QString& channelName) const
{
    const Pbx::Channel* c = m_state ? m_state->channelByName(channelName) : nullptr;
    return c ? c->uniqueid : QString();
}

void CallFollower::followRedirect(
    quint64 id, Operation operation, const QString& uniqueid, const QString& target)
{
    if (uniqueid.isEmpty() || !m_state || !m_state->channel(uniqueid)) {
        // Nothing to watch (unknown channel): Asterisk's word is all there is.
        Q_EMIT succeeded(id, operation);
        return;
    }
    Follow f;
    f.id = id;
    f.operation = operation;
    f.phase = Phase::WatchingRedirect;
    f.target = target;
    f.uniqueid = uniqueid;
    f.channelName = m_state->channel(uniqueid)->name;
    auto& stored = *m_follows.insert(id, f);
    startTimer(stored, m_redirectWatchMs);
}

void CallFollower::forget(const QByteArray& actionId)
{
    const quint64 id = m_byActionId.take(actionId);
    if (id)
        take(id);
}

void CallFollower::handleOriginateResponded(
    const QByteArray& actionId, bool success, int reason, const QString& uniqueid)
{
    const auto it = m_byActionId.find(actionId);
    if (it == m_byActionId.end())
        return;
    const quint64 id = it.value();
    m_byActionId.erase(it);
    auto f = m_follows.find(id);
    if (f == m_follows.end())
        return;
    if (!success) {
        const Failure failure = reason == 3 || reason == 5 ? Failure::NoAnswer : Failure::OriginateFailed;
        fail(id, failure, originateReasonText(reason));
        return;
    }
    const Pbx::Channel* leg = m_state ? m_state->channel(uniqueid) : nullptr;
    f->uniqueid = uniqueid;
    f->channelName = leg ? leg->name : QString();
    if (isSpy(f->operation)) {
        // Answered only means the operator's phone picked up: ChanSpy may
        // still refuse its arguments and hang up at once.
        f->phase = Phase::WaitingForSpy;
        startTimer(*f, m_spyTimeoutMs);
        return;
    }
    if (!leg) {
        // The state never saw the operator's leg: nothing to follow.
        succeed(id);
        return;
    }
    f->phase = Phase::WaitingForParty;
    if (reachedParty(*f)) {
        succeed(id);
        return;
    }
    startTimer(*f, m_settleTimeoutMs);
}

bool CallFollower::reachedParty(const Follow& follow) const
{
    const Pbx::Channel* leg = m_state ? m_state->channel(follow.uniqueid) : nullptr;
    if (!leg)
        return false;
    if (!leg->bridgeId.isEmpty())
        return true;
    const auto& channels = m_state->channels();
    for (const Pbx::Channel& c : channels) {
        if (c.dialedBy == follow.uniqueid)
            return true;
    }
    return false;
}

bool CallFollower::isRunningVoicemail(const Follow& follow) const
{
    const Pbx::Channel* leg = m_state ? m_state->channel(follow.uniqueid) : nullptr;
    return leg && leg->application.compare(QLatin1String("VoiceMail"), Qt::CaseInsensitive) == 0;
}

QString CallFollower::unreachableText(const Follow& follow) const
{
    if (m_state) {
        const auto& extensions = m_state->extensions();
        for (const Pbx::Extension& e : extensions) {
            if (e.exten == follow.target && e.state == Pbx::ExtensionState::Unavailable)
                return tr("The phone of %1 is not registered: it cannot ring.").arg(follow.target);
        }
    }
    return tr("%1 could not be reached: the call ended before it rang.").arg(follow.target);
}

void CallFollower::handleChannel(const QString& uniqueid)
{
    // Any channel may be the one our call dials: check every call waiting for its party.
    QList<quint64> done;
    QList<quint64> lost;
    for (const Follow& f : std::as_const(m_follows)) {
        if (f.phase != Phase::WaitingForParty)
            continue;
        if (reachedParty(f))
            done.append(f.id);
        else if (f.uniqueid == uniqueid && isRunningVoicemail(f))
            lost.append(f.id);
    }
    for (quint64 id : std::as_const(done))
        succeed(id);
    for (quint64 id : std::as_const(lost)) {
        const Follow f = m_follows.value(id);
        fail(id, Failure::Unreachable, unreachableText(f));
    }
}

void CallFollower::handleChannelRemoved(const QString& uniqueid)
{
    QList<quint64> ids;
    for (const Follow& f : std::as_const(m_follows)) {
        if (f.uniqueid == uniqueid && f.phase != Phase::WaitingForResponse)
            ids.append(f.id);
    }
    for (quint64 id : std::as_const(ids)) {
        const Follow f = m_follows.value(id);
        switch (f.phase) {
        case Phase::WaitingForSpy:
            fail(id, Failure::SpyNotStarted,
                tr("Asterisk ended the call to your phone before ChanSpy started (nothing to listen to on "
                   "%1, or the spy options were refused).")
                    .arg(f.target));
            break;
        case Phase::WaitingForParty:
            fail(id, Failure::Unreachable, unreachableText(f));
            break;
        case Phase::WatchingRedirect:
            fail(id, Failure::CallerLost,
                tr("Asterisk hung up the call right after moving it: %1 does not exist in the dialplan.")
                    .arg(f.target));
            break;
        case Phase::WaitingForResponse:
            break;
        }
    }
}

void CallFollower::handleSpyStarted(const QString& spyerChannel)
{
    for (const Follow& f : std::as_const(m_follows)) {
        if (f.phase == Phase::WaitingForSpy && !f.channelName.isEmpty() && f.channelName == spyerChannel) {
            succeed(f.id);
            return;
        }
    }
}

void CallFollower::handleTimeout(quint64 id)
{
    const auto it = m_follows.constFind(id);
    if (it == m_follows.cend())
        return;
    switch (it->phase) {
    case Phase::WaitingForSpy:
        fail(id, Failure::SpyNotStarted,
            tr("ChanSpy has not started: %1 has no call to listen to. Hang up your phone to stop waiting.")
                .arg(it->target));
        return;
    case Phase::WaitingForParty: // answered, in some application: the call is placed
    case Phase::WatchingRedirect: // survived: the move worked
        succeed(id);
        return;
    case Phase::WaitingForResponse:
        return;
    }
}

void CallFollower::startTimer(Follow& follow, int ms)
{
    if (!follow.timer) {
        follow.timer = new QTimer(this);
        follow.timer->setSingleShot(true);
        connect(follow.timer, &QTimer::timeout, this, [this, id = follow.id] { handleTimeout(id); });
    }
    follow.timer->start(ms);
}

CallFollower::Follow CallFollower::take(quint64 id)
{
    Follow f = m_follows.take(id);
    if (f.timer)
        f.timer->deleteLater();
    return f;
}

void CallFollower::succeed(quint64 id)
{
    const Follow f = take(id);
    if (f.id)
        Q_EMIT succeeded(f.id, f.operation);
}

void CallFollower::fail(quint64 id, Failure failure, const QString& message)
{
    const Follow f = take(id);
    if (f.id)
        Q_EMIT failed(f.id, f.operation, failure, message);
}
