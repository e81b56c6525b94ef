// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxStateSyncStep.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiRequest.h"
#include "core/store/PbxSyncRound.h"

PbxStateSyncStep::PbxStateSyncStep(PbxState* state)
    : m_state(state)
{ }

void PbxStateSyncStep::start(PbxSyncRound& round)
{
    m_refreshed = {};
    m_mailboxCounts = 0;
    m_mailboxCountsFailed = 0;
    if (!m_state)
        return;
    m_state->beginSync();
    sendList(round, "ExtensionStateList", PbxState::Category::Extensions);
    sendList(round, "DeviceStateList", PbxState::Category::Devices);
    sendList(round, "CoreShowChannels", PbxState::Category::Channels);
    sendList(round, "ParkedCalls", PbxState::Category::ParkedCalls);
    sendList(round, "QueueStatus", PbxState::Category::Queues);
    sendList(round, "VoicemailUsersList", PbxState::Category::Mailboxes);
    // The presence notes ("Out to lunch"): ExtensionStateList carries none.
    sendList(round, "PresenceStateList", PbxState::Category::Presence);
}

void PbxStateSyncStep::sendList(PbxSyncRound& round, const QByteArray& action, PbxState::Category category)
{
    // Each item is applied as it arrives: a read at a time (AmiSocket's buffer),
    // not 20,000 in one go when the list completes (a 0.3-0.45 s stall of the
    // window at 20,000 extensions, issue 18).
    round.send(
        AmiRequest(action, AmiRequest::Completion::EventList),
        [this, &round, category](AmiAction* a) { handleList(round, a, category); },
        [this](const AmiMessage& item) {
            if (m_state)
                m_state->apply(item);
        });
}

void PbxStateSyncStep::handleList(PbxSyncRound& round, AmiAction* action, PbxState::Category category)
{
    if (!m_state)
        return;
    if (action->succeeded()) {
        m_refreshed |= category;
        return;
    }
    round.reportFailed(action);
    if (category == PbxState::Category::Mailboxes)
        startMailboxCounts(round);
}

void PbxStateSyncStep::startMailboxCounts(PbxSyncRound& round)
{
    // No VoicemailUsersList (old Asterisk, or not permitted): count the
    // mailboxes we know of one by one.
    QStringList ids = m_state->mailboxes().keys();
    for (const QString& id : std::as_const(m_mailboxes)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    m_mailboxCountsFailed = 0;
    m_mailboxCounts = int(ids.size());
    for (const QString& id : std::as_const(ids)) {
        AmiRequest request("MailboxCount");
        request.set("Mailbox", id);
        round.send(request, [this](AmiAction* action) {
            --m_mailboxCounts;
            if (!m_state)
                return;
            if (action->succeeded())
                m_state->applyMailboxCount(action->response());
            else
                ++m_mailboxCountsFailed;
            if (m_mailboxCounts == 0 && m_mailboxCountsFailed == 0)
                m_refreshed |= PbxState::Category::Mailboxes;
        });
    }
}

void PbxStateSyncStep::settle()
{
    if (!m_state)
        return;
    // Calls and parked calls that no list confirmed cannot be trusted: drop
    // them even when their list was refused.
    m_state->endSync(m_refreshed | PbxState::Category::Channels | PbxState::Category::ParkedCalls);
}

void PbxStateSyncStep::abandon()
{
    // Nothing dropped: the next login syncs again from the start.
    if (m_state)
        m_state->endSync({});
}
