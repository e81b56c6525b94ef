// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiAction.h"

#include "core/common/Clock.h"

AmiAction::AmiAction(const AmiRequest& request, QByteArray actionId, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_actionId(std::move(actionId))
{ }

AmiAction::~AmiAction() = default;

void AmiAction::finish(Result result, const QString& errorText)
{
    // The one place a result is set: whatever races (reply, timeout,
    // disconnect), only the first one counts.
    if (m_result != Result::Pending)
        return;
    m_result = result;
    if (m_timer)
        m_timer->stop();
    m_errorText = errorText;
    Q_EMIT finished(this);
    deleteLater();
}
