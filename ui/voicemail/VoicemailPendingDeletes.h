// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"
#include "core/voicemail/VoicemailStore.h"
#include "core/voicemail/VoicemailTypes.h"

#include <QSet>
#include <QWidget>

class Clock;
class ClockTimer;
class QAction;
class QLabel;

// Undoable delete, by a delayed commit: the messages disappear from view at
// once, a bar says what was deleted and offers Undo (also Ctrl+Z and the Edit
// menu, through undoAction()), and only when the next delete comes or
// undoDelayMs has passed is the delete sent to the store. That works the same
// whether or not the mailbox keeps a Deleted folder, needs no renumbering back
// and forth in the spool (Asterisk, MWI lamps and other desks never see an
// accidental delete), and an undone message keeps its place. The delay is
// generous because a receptionist often takes a call between deleting and
// noticing the mistake. Pending deletes are committed when this is destroyed.
class VoicemailPendingDeletes final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultUndoDelayMs = 30000;

    // store is not owned and must outlive this. clock: tests pass a MockClock.
    VoicemailPendingDeletes(VoicemailStore* store, Clock* clock, QWidget* parent = nullptr);
    ~VoicemailPendingDeletes() override;

    void setUndoDelayMs(int ms) { m_undoDelayMs = ms; }
    int undoDelayMs() const { return m_undoDelayMs; }
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Messages to keep out of view (VoicemailMessageProxy::hiddenKey()):
    // pending, or sent to the store and not yet gone.
    QSet<QString> hiddenMessages() const;
    // "Undo delete" with the platform's Undo key (Ctrl+Z); enabled only while undo is possible.
    QAction* undoAction() const { return m_undoAction; }

public Q_SLOTS:
    // Commits what was pending before (undo goes back one delete), then holds these.
    void remove(const QList<VoicemailMessage>& messages);
    void undo();
    void commit();

Q_SIGNALS:
    void hiddenChanged();
    // A committed delete failed (not for a message someone else removed meanwhile).
    void failed(Voicemail::Error error, const QString& detail);

private:
    void handleOperationFinished(
        VoicemailStore::OperationId id, Voicemail::Error error, const QString& detail);
    void updateBar();

    VoicemailStore* m_store;
    ClockTimer* m_timer;
    QLabel* m_label;
    QAction* m_undoAction;
    QList<VoicemailMessage> m_pending;
    QHash<VoicemailStore::OperationId, QString> m_inFlight; // op → hidden key
    int m_undoDelayMs = kDefaultUndoDelayMs;
};
