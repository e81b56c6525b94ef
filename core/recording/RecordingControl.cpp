// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingControl.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/recording/RecordingStore.h"

RecordingControl::RecordingControl(AmiClient* client, RecordingStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

RecordingControl::~RecordingControl() = default;

QByteArray RecordingControl::actionOf(Operation operation)
{
    switch (operation) {
    case Operation::Start:
        return "MixMonitor";
    case Operation::Pause:
    case Operation::Resume:
        return "MixMonitorMute";
    case Operation::Stop:
        return "StopMixMonitor";
    }
    return {};
}

quint64 RecordingControl::start(const QString& channel, const QString& file)
{
    AmiRequest request("MixMonitor");
    request.set("Channel", channel).set("File", file);
    if (!m_options.isEmpty())
        request.set("Options", m_options);
    const quint64 id = send(Operation::Start, channel, request);
    for (Pending& p : m_inFlight) {
        if (p.id == id)
            p.file = file;
    }
    return id;
}

quint64 RecordingControl::pause(const QString& channel)
{
    return send(Operation::Pause, channel,
        AmiRequest("MixMonitorMute")
            .set("Channel", channel)
            .set("Direction", QStringLiteral("both"))
            .set("State", QStringLiteral("1")));
}

quint64 RecordingControl::resume(const QString& channel)
{
    return send(Operation::Resume, channel,
        AmiRequest("MixMonitorMute")
            .set("Channel", channel)
            .set("Direction", QStringLiteral("both"))
            .set("State", QStringLiteral("0")));
}

quint64 RecordingControl::stop(const QString& channel)
{
    return send(Operation::Stop, channel, AmiRequest("StopMixMonitor").set("Channel", channel));
}

quint64 RecordingControl::send(Operation operation, const QString& channel, const AmiRequest& request)
{
    const quint64 id = m_nextId++;
    bool empty = false;
    for (const AmiRequest::Header& h : request.headers())
        empty = empty || h.value.isEmpty();
    if (empty || !m_client) {
        QMetaObject::invokeMethod(
            this,
            [this, id, operation, channel] {
                Q_EMIT failed(id, operation, channel, QString()); // nothing sent: the ui says why
            },
            Qt::QueuedConnection);
        return id;
    }
    AmiAction* action = m_client->send(request);
    m_inFlight.insert(action, Pending {id, operation, channel, {}});
    connect(action, &AmiAction::finished, this, &RecordingControl::handleFinished);
    return id;
}

void RecordingControl::handleFinished(AmiAction* action)
{
    action->deleteLater();
    const Pending p = m_inFlight.take(action);
    if (p.id == 0)
        return;
    if (!action->succeeded()) {
        Q_EMIT failed(p.id, p.operation, p.channel, action->errorText());
        return;
    }
    if (p.operation == Operation::Start && m_store && !p.file.isEmpty())
        m_store->setRequestedFile(p.channel, p.file);
    Q_EMIT succeeded(p.id, p.operation, p.channel);
}
