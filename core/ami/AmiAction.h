// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"
#include "core/ami/AmiRequest.h"

#include <QList>
#include <QObject>

class AmiClient;
class ClockTimer;

// One job per action (the qtkeychain job pattern): created and owned by
// AmiClient::send(), emits finished() exactly once, always from the event
// loop (never inside send()), then deletes itself later. Connect to
// finished() right after send().
class AmiAction final : public QObject
{
    Q_OBJECT
public:
    enum class Result
    {
        Pending,
        Success, // Response: Success (or Goodbye/Follows), list complete
        Error, // Asterisk answered Response: Error; errorText() has its Message
        Timeout, // no answer within the timeout
        Disconnected, // the connection went away before the answer
        Invalid, // refused before sending (header injection, empty action)
        NotConnected, // sent while the client was not logged in
    };
    Q_ENUM(Result)

    ~AmiAction() override;

    const AmiRequest& request() const { return m_request; }
    QByteArray actionId() const { return m_actionId; }

    bool isFinished() const { return m_result != Result::Pending; }
    Result result() const { return m_result; }
    bool succeeded() const { return m_result == Result::Success; }
    // Asterisk's Message for Error, or our own words for the other failures.
    QString errorText() const { return m_errorText; }

    AmiMessage response() const { return m_response; }
    // For EventList actions: the items, without the final "...Complete" event
    // (none when the items are not kept).
    const QList<AmiMessage>& events() const { return m_events; }
    // Off: the items only go through listItem(), one at a time, and are not
    // kept for events() (a resync's 20,000 items would stay in memory twice).
    void setKeepsListItems(bool keep) { m_keepsListItems = keep; }
    bool keepsListItems() const { return m_keepsListItems; }
    // For EventList actions: the final "...Complete" event (ListItems etc.).
    AmiMessage completeEvent() const { return m_complete; }

Q_SIGNALS:
    void finished(AmiAction* action);
    // For EventList actions: each item as it arrives (in events() too if kept),
    // so a long list can be applied a read at a time instead of all at the end.
    void listItem(const AmiMessage& item);

private:
    friend class AmiClient;
    friend class AmiPendingActions;
    AmiAction(const AmiRequest& request, QByteArray actionId, QObject* parent);

    void finish(Result result, const QString& errorText = {});

    AmiRequest m_request;
    QByteArray m_actionId;
    Result m_result = Result::Pending;
    QString m_errorText;
    AmiMessage m_response;
    QList<AmiMessage> m_events;
    AmiMessage m_complete;
    bool m_responseSeen = false;
    bool m_keepsListItems = true;
    ClockTimer* m_timer = nullptr; // per-action timeout, owned by this
};
