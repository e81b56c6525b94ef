// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"
#include "core/recording/RecordingStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class AmiAction;

// Starts, pauses and stops the recording of a live call with MixMonitor,
// StopMixMonitor and MixMonitorMute (Asterisk 22 has no Monitor or
// PauseMonitor any more: 09-mixmonitor-actions). Values go through
// AmiRequest; every request reports one outcome with Asterisk's words.
class RecordingControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingControl)
public:
    enum class Operation
    {
        Start,
        Pause,
        Resume,
        Stop,
    };
    Q_ENUM(Operation)

    RecordingControl(AmiClient* client, RecordingStore* store, QObject* parent = nullptr);
    ~RecordingControl() override;

    // MixMonitor options: "b" records only while bridged; a beep every N seconds
    // ("B(15)") tells the parties they are recorded where the law asks for it.
    void setOptions(const QString& options) { m_options = options; }
    QString options() const { return m_options; }
    static QByteArray actionOf(Operation operation);

    quint64 start(const QString& channel, const QString& file);
    quint64 pause(const QString& channel);
    quint64 resume(const QString& channel);
    quint64 stop(const QString& channel);

Q_SIGNALS:
    void succeeded(quint64 requestId, RecordingControl::Operation operation, const QString& channel);
    void failed(quint64 requestId, RecordingControl::Operation operation, const QString& channel,
        const QString& message);

private:
    quint64 send(Operation operation, const QString& channel, const class AmiRequest& request);
    void handleFinished(AmiAction* action);

    struct Pending
    {
        quint64 id = 0;
        Operation operation = Operation::Start;
        QString channel;
        QString file;
    };

    QPointer<AmiClient> m_client;
    QPointer<RecordingStore> m_store;
    QString m_options = QStringLiteral("b");
    quint64 m_nextId = 1;
    QHash<AmiAction*, Pending> m_inFlight;
};
