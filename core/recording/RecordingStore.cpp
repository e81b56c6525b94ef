// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingStore.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/store/EventRoutes.h"

RecordingStore::RecordingStore(QObject* parent, Clock* clock)
    : PbxStore(parent)
    , m_clock(clock ? clock : Clock::system())
{ }

RecordingStore::~RecordingStore() = default;

qint64 RecordingStore::eventTimeMs(const AmiMessage& event) const
{
    bool ok = false;
    const double secs = event.value("Timestamp").toDouble(&ok);
    return ok && secs > 0 ? qint64(secs * 1000.0) : m_clock->currentMSecsSinceEpoch();
}

void RecordingStore::apply(const AmiMessage& event)
{
    using S = RecordingStore;
    static const EventRoutes<S> routes {
        {"MixMonitorStart", [](S& s, const AmiMessage& e) { s.handleStart(e); }},
        {"MixMonitorMute", [](S& s, const AmiMessage& e) { s.handleMute(e); }},
        {"MixMonitorStop", [](S& s, const AmiMessage& e) { s.handleStop(e); }},
        {"Hangup", [](S& s, const AmiMessage& e) { s.handleStop(e); }},
        {"VarSet", [](S& s, const AmiMessage& e) { s.handleVarSet(e); }},
    };
    routes.dispatch(*this, event);
}

void RecordingStore::handleStart(const AmiMessage& event)
{
    const QString uniqueid = event.value("Uniqueid");
    CallRecording r;
    r.channel = event.value("Channel");
    r.uniqueid = uniqueid;
    r.startedAtMs = eventTimeMs(event);
    r.file = m_announcedFiles.take(uniqueid);
    if (r.file.isEmpty())
        r.file = m_requestedFiles.value(r.channel);
    m_requestedFiles.remove(r.channel);
    const bool known = m_byUniqueid.contains(uniqueid);
    m_byUniqueid.insert(uniqueid, r);
    Q_EMIT(known ? recordingChanged(uniqueid) : recordingStarted(uniqueid));
}

void RecordingStore::handleMute(const AmiMessage& event)
{
    const QString uniqueid = event.value("Uniqueid");
    auto it = m_byUniqueid.find(uniqueid);
    if (it == m_byUniqueid.end() || !event.valueIs("Direction", "both"))
        return; // one direction muted: the other is still recorded
    it->paused = event.valueIs("State", "1");
    Q_EMIT recordingChanged(uniqueid);
}

void RecordingStore::handleStop(const AmiMessage& event)
{
    const QString uniqueid = event.value("Uniqueid");
    stop(uniqueid);
    m_announcedFiles.remove(uniqueid);
}

void RecordingStore::handleVarSet(const AmiMessage& event)
{
    if (!event.valueIs("Variable", "MIXMONITOR_FILENAME"))
        return;
    // 09-mixmonitor-actions: the VarSet comes just before MixMonitorStart.
    const QString uniqueid = event.value("Uniqueid");
    auto it = m_byUniqueid.find(uniqueid);
    if (it == m_byUniqueid.end()) {
        m_announcedFiles.insert(uniqueid, event.value("Value"));
    } else {
        it->file = event.value("Value");
        Q_EMIT recordingChanged(uniqueid);
    }
}

void RecordingStore::stop(const QString& uniqueid)
{
    const auto it = m_byUniqueid.find(uniqueid);
    if (it == m_byUniqueid.end())
        return;
    const QString file = it->file;
    m_byUniqueid.erase(it);
    Q_EMIT recordingStopped(uniqueid, file);
}

void RecordingStore::setRequestedFile(const QString& channel, const QString& file)
{
    m_requestedFiles.insert(channel, file);
}

void RecordingStore::syncBegun()
{
    // After a login (or the peer's resync notice) events may have been missed, a MixMonitorStop
    // among them, and no list says what still runs: a resync starts like a fresh start, with none.
    clearAll();
}

void RecordingStore::clearAll()
{
    const QStringList ids = m_byUniqueid.keys();
    m_byUniqueid.clear();
    m_requestedFiles.clear();
    m_announcedFiles.clear();
    for (const QString& id : ids)
        Q_EMIT recordingStopped(id, QString());
}

const CallRecording* RecordingStore::recording(const QString& channelOrUniqueid) const
{
    const auto it = m_byUniqueid.constFind(channelOrUniqueid);
    if (it != m_byUniqueid.cend())
        return &*it;
    for (const CallRecording& r : m_byUniqueid) {
        if (r.channel == channelOrUniqueid)
            return &r;
    }
    return nullptr;
}
