// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Queue.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class CallStore;
class Clock;
class ExtensionStore;

// Queues, their members and waiting callers: QueueParams/QueueMember/
// QueueEntry (QueueStatus items), QueueMember* and QueueCaller* live. A
// waiting caller's channel knows its queue (CallStore, for the call list);
// one whose channel is gone (CallStore::channelGone) stops waiting.
class QueueStore final : public PbxStore
{
    Q_OBJECT
public:
    QueueStore(CallStore* calls, const ExtensionStore* extensions, Clock* clock, QObject* parent = nullptr);
    ~QueueStore() override;

    void apply(const AmiMessage& event) override;
    void flush() override;
    void dump(QStringList& lines) const override;

    const QHash<QString, Pbx::Queue>& queues() const { return m_queues; }
    const Pbx::Queue* queue(const QString& name) const;
    // What a member's phone does now: the state of its device (DeviceStateList
    // at every resync, DeviceStateChange live) when known, else what app_queue said.
    Pbx::QueueMember::Status memberStatus(const Pbx::QueueMember& member) const;
    // Shutdown: nobody waits any more (the queues and members stay).
    void dropCallers();

Q_SIGNALS:
    void queueChanged(const QString& name);
    void queueRemoved(const QString& name);

protected:
    void syncBegun() override;
    void syncEnded(Categories refreshed) override;
    void clearAll() override;

private:
    Pbx::Queue& touchQueue(const QString& name);
    void handleQueueParams(const AmiMessage& m);
    void handleQueueMember(const AmiMessage& m, bool listItem);
    void applyMember(Pbx::QueueMember& member, const AmiMessage& m, bool listItem);
    void handleQueueMemberRemoved(const AmiMessage& m);
    void handleAgentCall(const AmiMessage& m, bool inCall);
    void handleQueueCallerJoin(const AmiMessage& m, bool listItem);
    void removeQueueCaller(const QString& queueName, const QString& uniqueid);
    void dropUnseen(const QString& name);

    CallStore* m_calls;
    const ExtensionStore* m_extensions;
    Clock* m_clock;
    QHash<QString, Pbx::Queue> m_queues;
    QStringList m_touched; // announced at flush(), each name once
    QStringList m_spareTouched; // empty, kept for the capacity
    QSet<QString> m_seenQueues, m_seenMembers, m_seenCallers;
};
