// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxSync.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiRequest.h"
#include "core/common/Clock.h"

#include <QSet>

PbxSync::PbxSync(AmiClient* client, PbxState* state, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_client(client)
    , m_state(state)
    , m_clock(clock ? clock : Clock::system())
{
    Q_ASSERT(client && state);
    connect(client, &AmiClient::loggedIn, this, &PbxSync::synchronise);
    connect(client, &AmiClient::resyncRequired, this, &PbxSync::synchronise);
    connect(client, &AmiClient::eventReceived, this, &PbxSync::handleEvent);
    connect(client, &AmiClient::stateChanged, this, &PbxSync::handleClientState);
}

PbxSync::~PbxSync() = default;

void PbxSync::synchronise()
{
    if (!m_client || !m_state)
        return;
    if (m_active)
        abort();
    m_active = true;
    m_complete = false;
    ++m_generation;
    m_pending = 0;
    m_mailboxCountsFailed = 0;
    m_refreshed = {};
    m_failed.clear();
    m_refused.clear();
    m_buffer.clear();
    m_state->beginSync();
    Q_EMIT started();
    sendList("ExtensionStateList", PbxState::Category::Extensions);
    sendList("DeviceStateList", PbxState::Category::Devices);
    sendList("CoreShowChannels", PbxState::Category::Channels);
    sendList("ParkedCalls", PbxState::Category::ParkedCalls);
    sendList("QueueStatus", PbxState::Category::Queues);
    sendList("VoicemailUsersList", PbxState::Category::Mailboxes);
    // The presence notes ("Out to lunch"): ExtensionStateList carries none.
    sendList("PresenceStateList", PbxState::Category::Presence);
}

void PbxSync::sendList(const QByteArray& action, PbxState::Category category)
{
    AmiAction* job = m_client->send(AmiRequest(action, AmiRequest::Completion::EventList));
    ++m_pending;
    const quint64 generation = m_generation;
    connect(job, &AmiAction::finished, this, [this, generation, category](AmiAction* a) {
        if (generation == m_generation && m_active)
            handleListFinished(a, category);
    });
}

void PbxSync::handleListFinished(AmiAction* action, PbxState::Category category)
{
    --m_pending;
    if (action->succeeded()) {
        for (const AmiMessage& item : action->events())
            m_state->apply(item);
        m_refreshed |= category;
    } else {
        m_failed.append(QString::fromLatin1(action->request().action()));
        if (action->errorText().compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0)
            m_refused.append(QString::fromLatin1(action->request().action()));
        Q_EMIT listFailed(action->request().action(), action->errorText());
        if (action->result() == AmiAction::Result::Disconnected
            || action->result() == AmiAction::Result::NotConnected) {
            abort();
            return;
        }
        if (category == PbxState::Category::Mailboxes)
            startMailboxCounts();
    }
    if (m_pending == 0)
        settle();
}

void PbxSync::startMailboxCounts()
{
    // No VoicemailUsersList (old Asterisk, or not permitted): count the
    // mailboxes we know of one by one.
    QStringList ids = m_state->mailboxes().keys();
    for (const QString& id : std::as_const(m_mailboxes)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    m_mailboxCountsFailed = 0;
    if (ids.isEmpty())
        return;
    const quint64 generation = m_generation;
    for (const QString& id : std::as_const(ids)) {
        AmiRequest request("MailboxCount");
        request.set("Mailbox", id);
        AmiAction* job = m_client->send(request);
        ++m_pending;
        connect(job, &AmiAction::finished, this, [this, generation](AmiAction* a) {
            if (generation == m_generation && m_active)
                handleMailboxCountFinished(a);
        });
    }
}

void PbxSync::handleMailboxCountFinished(AmiAction* action)
{
    --m_pending;
    if (action->succeeded()) {
        m_state->applyMailboxCount(action->response());
    } else {
        ++m_mailboxCountsFailed;
        if (action->result() == AmiAction::Result::Disconnected
            || action->result() == AmiAction::Result::NotConnected) {
            abort();
            return;
        }
    }
    if (m_pending == 0) {
        if (m_mailboxCountsFailed == 0)
            m_refreshed |= PbxState::Category::Mailboxes;
        settle();
    }
}

void PbxSync::settle()
{
    // Calls and parked calls that no list confirmed cannot be trusted: drop
    // them even when their list was refused.
    const PbxState::Categories drop
        = m_refreshed | PbxState::Category::Channels | PbxState::Category::ParkedCalls;
    m_state->endSync(drop);
    // Events that came during the sync happened after (or while) the lists
    // were made: applied in order, they bring the state up to date.
    const QList<AmiMessage> buffered = std::exchange(m_buffer, {});
    m_active = false;
    for (const AmiMessage& event : buffered)
        m_state->apply(event);
    m_everSynchronised = true;
    m_complete = true;
    m_state->setStaleSince(0);
    Q_EMIT finished(m_refreshed);
}

void PbxSync::abort()
{
    if (!m_active)
        return;
    m_active = false;
    ++m_generation;
    m_pending = 0;
    m_buffer.clear();
    // Nothing dropped: the next login syncs again from the start.
    if (m_state)
        m_state->endSync({});
}

void PbxSync::handleEvent(const AmiMessage& event)
{
    if (!m_state)
        return;
    if (m_active)
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
    // From the moment the link is gone, what the state shows is history.
    if (m_state && m_everSynchronised && m_state->staleSinceMs() == 0)
        m_state->setStaleSince(m_clock->currentMSecsSinceEpoch());
}
