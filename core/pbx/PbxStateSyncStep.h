// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/PbxState.h"
#include "core/store/PbxSyncStep.h"

#include <QPointer>
#include <QStringList>

class AmiAction;

// PbxState's part of the resync, the first step PbxSync runs: ExtensionStateList,
// DeviceStateList, CoreShowChannels, ParkedCalls, QueueStatus,
// VoicemailUsersList (or one MailboxCount per known mailbox when that list is
// refused) and PresenceStateList; the items go to PbxState, and at the end
// whatever the lists no longer show is dropped.
//
// A list Asterisk refuses (Permission denied for a read-only user) keeps
// that category as it was, except channels and parked calls: those cannot
// be confirmed, so they are dropped (events will bring new ones).
class PbxStateSyncStep final : public PbxSyncStep
{
public:
    explicit PbxStateSyncStep(PbxState* state);

    // Mailboxes ("1001@default") to count with MailboxCount when
    // VoicemailUsersList is not available (besides those already known).
    void setMailboxes(const QStringList& mailboxes) { m_mailboxes = mailboxes; }
    // Categories the last round could read (the others were refused).
    PbxState::Categories refreshed() const { return m_refreshed; }

    void start(PbxSyncRound& round) override;
    void settle() override;
    void abandon() override;

private:
    void sendList(PbxSyncRound& round, const QByteArray& action, PbxState::Category category);
    void handleList(PbxSyncRound& round, AmiAction* action, PbxState::Category category);
    void startMailboxCounts(PbxSyncRound& round);

    QPointer<PbxState> m_state;
    QStringList m_mailboxes;
    PbxState::Categories m_refreshed;
    int m_mailboxCounts = 0; // MailboxCount answers still to come
    int m_mailboxCountsFailed = 0;
};
