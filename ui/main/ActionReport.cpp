// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ActionReport.h"

#include "core/operator/OperatorCall.h"
#include "ui/common/UiText.h"

ActionReport::ActionReport(QObject* parent)
    : QObject(parent)
{ }

void ActionReport::addControl(CallControl* control)
{
    connect(control, &CallControl::succeeded, this,
        [this, control](quint64 id, CallControl::Operation op) { handleSucceeded(control, id, op); });
    connect(control, &CallControl::failed, this,
        [this, control](quint64 id, CallControl::Operation op, CallControl::Failure failure,
            const QString& message) { handleFailed(control, id, op, failure, message); });
}

void ActionReport::removeControl(CallControl* control)
{
    disconnect(control, nullptr, this, nullptr);
    for (auto it = m_expected.begin(); it != m_expected.end();) {
        if (it.key().first == control)
            it = m_expected.erase(it);
        else
            ++it;
    }
}

void ActionReport::expect(CallControl* control, quint64 id, const QString& done, const QString& failed)
{
    if (control && id)
        m_expected.insert(Key(control, id), Expectation {done, failed});
}

QString ActionReport::party(const QString& name, const QString& number)
{
    return OperatorCall::party(name, number);
}

void ActionReport::handleSucceeded(CallControl* control, quint64 id, CallControl::Operation operation)
{
    const Expectation e = m_expected.take(Key(control, id));
    QString text = e.done;
    if (text.isEmpty()) {
        text = operation == CallControl::Operation::AttendedTransfer
            ? tr("Consultation call started: hang up to complete the transfer.")
            : tr("%1: done.").arg(UiText::operation(operation));
    }
    Q_EMIT reported(text, false);
    Q_EMIT operationSucceeded(operation);
}

void ActionReport::handleFailed(CallControl* control, quint64 id, CallControl::Operation operation,
    CallControl::Failure failure, const QString& message)
{
    const Expectation e = m_expected.take(Key(control, id));
    if (e.failed.isEmpty()) {
        Q_EMIT reported(UiText::failureSentence(operation, failure, message), true);
        return;
    }
    const QString reason = message.isEmpty() ? UiText::failure(failure) : message;
    Q_EMIT reported(tr("%1: %2").arg(e.failed, reason), true);
}
