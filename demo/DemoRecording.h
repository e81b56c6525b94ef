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
// With a monitor directory (the PBX's monitor spool as the desk sees it) it
// also writes the audio there as format_wav does: a WAV whose header lengths
// stay 0 while recording, completed when the recording stops or the call ends.
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

    // Where the files go (empty: none are written).
    void setMonitorDirectory(const QString& directory) { m_monitorDirectory = directory; }
    QString monitorDirectory() const { return m_monitorDirectory; }
    // The office's recorded calls from earlier today, named with the default template.
    bool seedRecordings();

    bool isRecording(const QString& uniqueid) const { return m_recordings.contains(uniqueid); }
    int count() const { return int(m_recordings.size()); }

private:
    struct Recording
    {
        QString file;
        QString id;
        QString localPath; // in the monitor directory, empty when none is set
        qint64 startedMs = 0;
    };

    void handleHangingUp(const DemoChannel& ch);
    // Writes the recording's audio: still growing (lengths 0) or complete.
    void writeAudio(const Recording& recording, bool complete) const;

    DemoWorld* m_world;
    QHash<QString, Recording> m_recordings; // by uniqueid
    quint64 m_nextId = 0x55ffdeafecc0;
    QString m_monitorDirectory;
};
