// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxSync.h"

#include "core/common/Clock.h"
#include "core/pbx/PbxStateSyncStep.h"
#include "core/store/PbxSyncRound.h"

PbxSync::PbxSync(AmiClient* client, PbxState* state, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_client(client)
    , m_state(state)
    , m_clock(clock ? clock : Clock::system())
{
    Q_ASSERT(client && state);
    auto stateStep = std::make_unique<PbxStateSyncStep>(state);
    m_stateStep = stateStep.get();
    m_steps.push_back(std::move(stateStep));
    connect(client, &AmiClient::loggedIn, this, &PbxSync::synchronise);
    connect(client, &AmiClient::resyncRequired, this, &PbxSync::synchronise);
    connect(client, &AmiClient::eventReceived, this, &PbxSync::handleEvent);
    connect(client, &AmiClient::stateChanged, this, &PbxSync::handleClientState);
}

PbxSync::~PbxSync() = default;

void PbxSync::addStep(std::unique_ptr<PbxSyncStep> step)
{
    if (step)
        m_steps.push_back(std::move(step));
}

void PbxSync::setMailboxes(const QStringList& mailboxes)
{
    m_stateStep->setMailboxes(mailboxes);
}

PbxState::Categories PbxSync::lastRefreshed() const
{
    return m_stateStep->refreshed();
}

void PbxSync::synchronise()
{
    if (!m_client || !m_state)
        return;
    abort();
    m_complete = false;
    m_failed.clear();
    m_refused.clear();
    m_buffer.clear();
    m_round = new PbxSyncRound(m_client, this);
    connect(m_round, &PbxSyncRound::listFailed, this, &PbxSync::listFailed);
    connect(m_round, &PbxSyncRound::completed, this, &PbxSync::settle);
    connect(m_round, &PbxSyncRound::lost, this, &PbxSync::abort);
    Q_EMIT started();
    for (const std::unique_ptr<PbxSyncStep>& step : m_steps)
        step->start(*m_round);
    // Steps with nothing to ask (answers always come later, from the event loop).
    if (m_round && m_round->pending() == 0)
        settle();
}

void PbxSync::settle()
{
    if (!m_round)
        return;
    for (const std::unique_ptr<PbxSyncStep>& step : m_steps)
        step->settle();
    dropRound();
    // Events that came during the sync happened after (or while) the lists
    // were made: applied in order, they bring the state up to date.
    const QList<AmiMessage> buffered = std::exchange(m_buffer, {});
    for (const AmiMessage& event : buffered)
        m_state->apply(event);
    m_everSynchronised = true;
    m_complete = true;
    m_state->setStaleSince(0);
    Q_EMIT finished(lastRefreshed());
}

void PbxSync::abort()
{
    if (!m_round)
        return;
    dropRound();
    m_buffer.clear();
    for (const std::unique_ptr<PbxSyncStep>& step : m_steps)
        step->abandon();
}

void PbxSync::dropRound()
{
    // Whatever it noted stays readable until the next sync starts.
    m_failed = m_round->failedActions();
    m_refused = m_round->refusedActions();
    m_round->cancel();
    // Later: this may run inside one of the round's own signals.
    m_round->disconnect(this);
    m_round->deleteLater();
    m_round = nullptr;
}

void PbxSync::handleEvent(const AmiMessage& event)
{
    if (!m_state)
        return;
    if (m_round)
        m_buffer.append(event);
    else
        m_state->apply(event);
}

void PbxSync::handleClientState(AmiClient::State state)
{
    // A new login is not complete until its sync is (PbxServerStatus reads this).
    m_complete = false;
    if (state == AmiClient::State::LoggedIn)
        return;
    abort();
    for (const std::unique_ptr<PbxSyncStep>& step : m_steps)
        step->linkLost();
    // From the moment the link is gone, what the state shows is history.
    if (m_state && m_everSynchronised && m_state->staleSinceMs() == 0)
        m_state->setStaleSince(m_clock->currentMSecsSinceEpoch());
}
