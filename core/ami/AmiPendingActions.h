// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiAction.h"

#include <QByteArray>
#include <QHash>

#include <functional>

class AmiMessage;
class Clock;

// The actions sent and not answered yet, by ActionID: their timeouts, their
// replies and list items, and how each one ends (success, Asterisk's error,
// an empty list said as an error, a cancelled list). Every action finishes
// exactly once.
class AmiPendingActions final
{
public:
    explicit AmiPendingActions(Clock* clock);
    ~AmiPendingActions();

    // Starts the action's timeout; onTimeout runs if no answer came in time
    // (after the action finished with Timeout).
    void add(AmiAction* action, int timeoutMs, std::function<void(AmiAction*)> onTimeout);
    AmiAction* find(QByteArrayView actionId) const;
    bool isEmpty() const { return m_pending.isEmpty(); }

    // A message carrying the action's ActionID. False when it is not part of
    // the answer (an event that came before the response): deliver it as an
    // ordinary event.
    bool route(AmiAction* action, const AmiMessage& message);

    // Finishes every pending action (the connection went away).
    void abortAll(AmiAction::Result result, const QString& text);
    // Finishes an action from the event loop, never inside send(): the caller
    // connects to finished() after send() returns.
    static void finishLater(AmiAction* action, AmiAction::Result result, const QString& text);

private:
    void finish(AmiAction* action, AmiAction::Result result, const QString& text = {});
    void handleResponse(AmiAction* action, const AmiMessage& response);
    void handleListItem(AmiAction* action, const AmiMessage& event);
    void handleTimeout(const QByteArray& actionId, const std::function<void(AmiAction*)>& onTimeout);

    Clock* m_clock;
    QHash<QByteArray, AmiAction*> m_pending;
};
