// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class DemoWorld;
struct DemoChannel;

// MixMonitor as Asterisk 22 runs it for the manager actions
// (tests/data/ami/22.10.1/09-mixmonitor-*): MixMonitor answers with the
// MixMonitorID when the options hold i(VAR), sets MIXMONITOR_FILENAME (the
// monitor spool path) and sends MixMonitorStart; MixMonitorMute and
// StopMixMonitor answer a bare Success and send their event; a recorded
// channel that hangs up ends its recording without any MixMonitorStop.
class DemoRecording final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoRecording)
public:
    static constexpr const char* MonitorSpool = "/var/spool/asterisk/monitor/";

    explicit DemoRecording(DemoWorld* world, QObject* parent = nullptr);
    ~DemoRecording() override;

    struct Answer
    {
        bool ok = false;
        QString error; // Asterisk's words when !ok
        QString mixMonitorId; // MixMonitor with i(VAR)
    };
    Answer start(const QString& channel, const QString& file, const QString& options);
    Answer mute(const QString& channel, const QString& direction, const QString& state);
    Answer stop(const QString& channel);

    bool isRecording(const QString& uniqueid) const { return m_recordings.contains(uniqueid); }
    int count() const { return int(m_recordings.size()); }

private:
    struct Recording
    {
        QString file;
        QString id;
    };

    void handleHangingUp(const DemoChannel& ch);

    DemoWorld* m_world;
    QHash<QString, Recording> m_recordings; // by uniqueid
    quint64 m_nextId = 0x55ffdeafecc0;
};
