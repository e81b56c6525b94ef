// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class AmiAction;
class Clock;

// Rebuilds a PbxState after every login, so a reconnect looks exactly like
// a fresh start: no stale call, no phone stuck "ringing".
//
// On AmiClient::loggedIn() and on resyncRequired(), it sends
// ExtensionStateList, DeviceStateList, CoreShowChannels, ParkedCalls,
// QueueStatus and VoicemailUsersList (or one MailboxCount per known mailbox
// when that list is refused), applies the items, buffers live events
// meanwhile, then drops whatever the lists no longer show, replays the
// buffered events and says the state is complete (finished(), isComplete()).
// It only listens to the client: the client knows nothing of the sync.
//
// A list Asterisk refuses (Permission denied for a read-only user) keeps
// that category as it was, except channels and parked calls: those cannot
// be confirmed, so they are dropped (events will bring new ones).
//
// While the client is not logged in, or still re-reading, the state is
// marked stale (PbxState::setStaleSince, the moment the link was lost), so
// the board can say "last known 10:42" instead of showing the past as live.
//
// All live events reach the state through this object: connect nothing else
// from AmiClient::eventReceived to PbxState::apply.
class PbxSync final : public QObject
{
    Q_OBJECT
public:
    PbxSync(AmiClient* client, PbxState* state, QObject* parent = nullptr, Clock* clock = nullptr);
    ~PbxSync() override;

    // Mailboxes ("1001@default") to count with MailboxCount when
    // VoicemailUsersList is not available (besides those already known).
    void setMailboxes(const QStringList& mailboxes) { m_mailboxes = mailboxes; }

    bool isSynchronising() const { return m_active; }
    // The state shows the PBX as it is now: a sync finished since the last
    // login and none runs. False from the moment the link is lost.
    bool isComplete() const { return m_complete; }
    // Categories the last completed sync could read (the others were refused).
    PbxState::Categories lastRefreshed() const { return m_refreshed; }
    // Actions refused or failed during the last sync ("ExtensionStateList").
    QStringList lastFailedActions() const { return m_failed; }
    // Of those, the ones the AMI account may not use ("Permission denied").
    QStringList lastRefusedActions() const { return m_refused; }
    // Live events held back right now (for tests and diagnostics).
    qsizetype bufferedEvents() const { return m_buffer.size(); }

public Q_SLOTS:
    // Starts (or restarts) a sync; the client must be logged in.
    void synchronise();

Q_SIGNALS:
    void started();
    void finished(PbxState::Categories refreshed);
    void listFailed(const QByteArray& action, const QString& error);

private:
    void handleEvent(const AmiMessage& event);
    void handleClientState(AmiClient::State state);
    void sendList(const QByteArray& action, PbxState::Category category);
    void handleListFinished(AmiAction* action, PbxState::Category category);
    void startMailboxCounts();
    void handleMailboxCountFinished(AmiAction* action);
    void settle();
    void abort();

    QPointer<AmiClient> m_client;
    QPointer<PbxState> m_state;
    Clock* m_clock;
    bool m_everSynchronised = false; // a picture exists that can go stale
    QStringList m_mailboxes;
    bool m_active = false;
    bool m_complete = false;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_mailboxCountsFailed = 0;
    PbxState::Categories m_refreshed;
    QStringList m_failed;
    QStringList m_refused;
    QList<AmiMessage> m_buffer;
};
