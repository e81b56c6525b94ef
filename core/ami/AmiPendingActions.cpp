// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiPendingActions.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"

#include <QCoreApplication>

namespace {

bool isSuccessResponse(const AmiMessage& message)
{
    return message.valueIs("Response", "Success") || message.valueIs("Response", "Goodbye")
        || message.valueIs("Response", "Follows");
}

// How Asterisk says "the list is empty" for some list actions: an error
// instead of an empty list ("No dialplan hints are available" from
// ExtensionStateList, "No endpoints found" from PJSIPShowEndpoints, ...).
bool isEmptyListError(const QString& text)
{
    if (!text.startsWith(QLatin1String("No "), Qt::CaseInsensitive))
        return false;
    return text.contains(QLatin1String("available"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("found"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("defined"), Qt::CaseInsensitive);
}

} // namespace

AmiPendingActions::AmiPendingActions(Clock* clock)
    : m_clock(clock)
{ }

AmiPendingActions::~AmiPendingActions() = default;

void AmiPendingActions::add(AmiAction* action, int timeoutMs, std::function<void(AmiAction*)> onTimeout)
{
    m_pending.insert(action->actionId(), action);
    ClockTimer* timer = m_clock->createTimer(action);
    action->m_timer = timer;
    timer->setSingleShot(true);
    const QByteArray id = action->actionId();
    QObject::connect(timer, &ClockTimer::timeout, action,
        [this, id, onTimeout = std::move(onTimeout)] { handleTimeout(id, onTimeout); });
    timer->start(timeoutMs);
}

AmiAction* AmiPendingActions::find(QByteArrayView actionId) const
{
    if (m_pending.isEmpty() || actionId.isEmpty())
        return nullptr;
    return m_pending.value(actionId.toByteArray());
}

bool AmiPendingActions::route(AmiAction* action, const AmiMessage& message)
{
    if (message.isResponse() && !action->m_responseSeen) {
        handleResponse(action, message);
        return true;
    }
    if (message.isEvent() && action->m_responseSeen) {
        handleListItem(action, message);
        return true;
    }
    // An event tied to an action that has not answered yet: an ordinary event.
    return !message.isEvent();
}

void AmiPendingActions::handleResponse(AmiAction* action, const AmiMessage& response)
{
    action->m_response = response;
    action->m_responseSeen = true;
    const bool listRequested = action->request().completion() == AmiRequest::Completion::EventList;
    if (response.valueIs("EventList", "start"))
        return; // items follow
    if (isSuccessResponse(response)) {
        // A list action answered with a plain ack (VoicemailUsersList with no
        // users) is an empty list; older versions omit the EventList header
        // but still say the list "will follow".
        if (listRequested && response.message().contains(QLatin1String("will follow"), Qt::CaseInsensitive))
            return;
        finish(action, AmiAction::Result::Success);
        return;
    }
    const QString text = response.message();
    if (listRequested && isEmptyListError(text)) {
        finish(action, AmiAction::Result::Success);
        return;
    }
    finish(
        action, AmiAction::Result::Error, text.isEmpty() ? QString::fromLatin1(response.response()) : text);
}

void AmiPendingActions::handleListItem(AmiAction* action, const AmiMessage& event)
{
    if (event.valueIs("EventList", "Complete")) {
        action->m_complete = event;
        finish(action, AmiAction::Result::Success);
    } else if (event.valueIs("EventList", "Cancelled")) {
        action->m_complete = event;
        const QString text = event.message();
        finish(action, AmiAction::Result::Error,
            text.isEmpty() ? QCoreApplication::translate("AmiClient", "The AMI server cancelled the list")
                           : text);
    } else {
        if (action->m_keepsListItems)
            action->m_events.append(event);
        Q_EMIT action->listItem(event);
    }
}

void AmiPendingActions::finish(AmiAction* action, AmiAction::Result result, const QString& text)
{
    m_pending.remove(action->actionId());
    action->finish(result, text);
}

void AmiPendingActions::finishLater(AmiAction* action, AmiAction::Result result, const QString& text)
{
    QMetaObject::invokeMethod(
        action, [action, result, text] { action->finish(result, text); }, Qt::QueuedConnection);
}

void AmiPendingActions::abortAll(AmiAction::Result result, const QString& text)
{
    // Take the list first: a finished() slot may send new actions.
    const QHash<QByteArray, AmiAction*> pending = std::exchange(m_pending, {});
    for (AmiAction* action : pending)
        action->finish(result, text);
}

void AmiPendingActions::handleTimeout(
    const QByteArray& actionId, const std::function<void(AmiAction*)>& onTimeout)
{
    AmiAction* action = m_pending.take(actionId);
    if (!action)
        return;
    if (onTimeout)
        onTimeout(action);
    action->finish(AmiAction::Result::Timeout,
        QCoreApplication::translate("AmiClient", "No answer from the AMI server in time"));
}
