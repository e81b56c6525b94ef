// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/CallRecording.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QObject>

class AmiMessage;
class Clock;

// The calls being recorded on one server, whoever started the recording:
// MixMonitorStart, MixMonitorMute (both directions = paused), MixMonitorStop.
// Asterisk 22 sends no MixMonitorStop when the recorded channel hangs up
// (09-mixmonitor-stopped-by-hangup): the channel's Hangup ends it here.
// A PbxStore: PbxServer registers it with its PbxState, which hands it every
// event. Asterisk has no list of running recordings, so nothing of them is
// known across a lost link: each resync (after every login) starts with none.
class RecordingStore final : public PbxStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingStore)
public:
    explicit RecordingStore(QObject* parent = nullptr, Clock* clock = nullptr);
    ~RecordingStore() override;

    void apply(const AmiMessage& event) override;
    // The file asked for (MixMonitor File), until the PBX says where it went.
    void setRequestedFile(const QString& channel, const QString& file);

    // By channel name or uniqueid; null when not recorded.
    const CallRecording* recording(const QString& channelOrUniqueid) const;
    QList<CallRecording> recordings() const { return m_byUniqueid.values(); }

Q_SIGNALS:
    void recordingStarted(const QString& uniqueid);
    void recordingChanged(const QString& uniqueid);
    void recordingStopped(const QString& uniqueid, const QString& file);

protected:
    void syncBegun() override;
    void clearAll() override;

private:
    void handleStart(const AmiMessage& event);
    void handleMute(const AmiMessage& event);
    void handleStop(const AmiMessage& event);
    void handleVarSet(const AmiMessage& event);
    void stop(const QString& uniqueid);
    qint64 eventTimeMs(const AmiMessage& event) const;

    Clock* m_clock;
    QHash<QString, CallRecording> m_byUniqueid;
    QHash<QString, QString> m_requestedFiles; // channel → file, before MixMonitorStart
    QHash<QString, QString> m_announcedFiles; // uniqueid → MIXMONITOR_FILENAME seen before the start
};
