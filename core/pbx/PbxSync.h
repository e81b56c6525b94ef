// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"
#include "core/store/PbxSyncStep.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

class Clock;
class PbxStateSyncStep;
class PbxSyncRound;

// Owns the resync phase: after every login (AmiClient::loggedIn()) and on the
// peer's resync notice (resyncRequired()) it reads the PBX again, so a
// reconnect looks exactly like a fresh start: no stale call, no phone stuck
// "ringing". It only listens to the client; the client knows nothing of it.
//
// A resync runs the registered steps (PbxSyncStep): first PbxState's lists
// (PbxStateSyncStep), then whatever stores added with addStep(). Live events
// that arrive meanwhile are held back; when every answer is in, each step
// settles (drops what its lists no longer show), the held events are applied
// in order, and the state is complete: isComplete(), finished().
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

    // Adds an initial-fetch step to every resync from the next one on, after
    // the steps already there (see PbxSyncStep for the order of a round).
    void addStep(std::unique_ptr<PbxSyncStep> step);

    // Mailboxes ("1001@default") to count with MailboxCount when
    // VoicemailUsersList is not available (besides those already known).
    void setMailboxes(const QStringList& mailboxes);

    bool isSynchronising() const { return m_round != nullptr; }
    // The state shows the PBX as it is now: a sync finished since the last
    // login and none runs. False from the moment the link is lost.
    bool isComplete() const { return m_complete; }
    // Categories the last completed sync could read (the others were refused).
    PbxState::Categories lastRefreshed() const;
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
    void settle();
    void abort();
    void dropRound();

    QPointer<AmiClient> m_client;
    QPointer<PbxState> m_state;
    Clock* m_clock;
    PbxStateSyncStep* m_stateStep; // the first of m_steps
    std::vector<std::unique_ptr<PbxSyncStep>> m_steps;
    PbxSyncRound* m_round = nullptr; // the resync running now
    bool m_everSynchronised = false; // a picture exists that can go stale
    bool m_complete = false;
    QStringList m_failed;
    QStringList m_refused;
    QList<AmiMessage> m_buffer;
};
