// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PbxSyncRound.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"

PbxSyncRound::PbxSyncRound(AmiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void PbxSyncRound::send(const AmiRequest& request, Callback onFinished, ItemCallback onItem)
{
    if (!m_client || m_ended)
        return;
    AmiAction* job = m_client->send(request);
    ++m_pending;
    if (onItem) {
        job->setKeepsListItems(false); // handed over one by one, not kept twice
        connect(job, &AmiAction::listItem, this, [this, onItem = std::move(onItem)](const AmiMessage& item) {
            if (!m_ended)
                onItem(item);
        });
    }
    // This round as the context: once it is dropped, its answers go nowhere.
    connect(job, &AmiAction::finished, this, [this, onFinished = std::move(onFinished)](AmiAction* action) {
        handleFinished(action, onFinished);
    });
}

void PbxSyncRound::reportFailed(const AmiAction* action)
{
    const QString name = QString::fromLatin1(action->request().action());
    m_failed.append(name);
    if (action->errorText().compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0)
        m_refused.append(name);
    Q_EMIT listFailed(action->request().action(), action->errorText());
}

void PbxSyncRound::handleFinished(AmiAction* action, const Callback& onFinished)
{
    --m_pending;
    if (m_ended)
        return;
    if (action->result() == AmiAction::Result::Disconnected
        || action->result() == AmiAction::Result::NotConnected) {
        // Nothing read in this round can be trusted to be complete.
        m_ended = true;
        if (action->request().completion() == AmiRequest::Completion::EventList)
            reportFailed(action);
        Q_EMIT lost();
        return;
    }
    if (onFinished)
        onFinished(action);
    if (m_pending == 0)
        Q_EMIT completed();
}
