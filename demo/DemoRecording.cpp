// SPDX-License-Identifier: GPL-3.0-or-later
// MixMonitor in the demo PBX (tests/data/ami/22.10.1/09-mixmonitor-*).
#include "demo/DemoRecording.h"

#include "core/recording/RecordingFileName.h"
#include "demo/DemoVoicemail.h"
#include "demo/DemoWorld.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

DemoRecording::DemoRecording(DemoWorld* world, QObject* parent)
    : QObject(parent)
    , m_world(world)
{
    connect(m_world, &DemoWorld::channelHangingUp, this, &DemoRecording::handleHangingUp);
}

DemoRecording::~DemoRecording() = default;

DemoRecording::Answer DemoRecording::start(
    const QString& channel, const QString& file, const QString& options)
{
    if (channel.isEmpty())
        return {false, QStringLiteral("No channel specified"), {}};
    DemoChannel* ch = m_world->channelByName(channel);
    if (!ch)
        return {false, QStringLiteral("No such channel"), {}};
    Recording r;
    r.file = file.startsWith(QLatin1Char('/')) ? file : QLatin1String(MonitorSpool) + file;
    // i(VAR): the id goes into the response and into VAR.
    static const QRegularExpression idOption(QStringLiteral("i\\(([^)]*)\\)"));
    const QRegularExpressionMatch idVar = idOption.match(options);
    if (idVar.hasMatch())
        r.id = QStringLiteral("0x") + QString::number(m_nextId++, 16);
    if (!m_monitorDirectory.isEmpty()) {
        r.localPath = m_monitorDirectory + u'/' + QFileInfo(r.file).fileName();
        r.startedMs = m_world->nowMs();
        writeAudio(r, false);
    }
    m_recordings.insert(ch->uniqueid, r);
    if (idVar.hasMatch())
        m_world->varSet(*ch, idVar.captured(1), r.id);
    m_world->varSet(*ch, QStringLiteral("MIXMONITOR_FILENAME"), r.file);
    m_world->channelEvent("MixMonitorStart", *ch);
    return {true, {}, r.id};
}

DemoRecording::Answer DemoRecording::mute(
    const QString& channel, const QString& direction, const QString& state)
{
    if (channel.isEmpty())
        return {false, QStringLiteral("No channel specified"), {}};
    if (direction.isEmpty())
        return {false, QStringLiteral("No direction specified. Must be read, write or both"), {}};
    DemoChannel* ch = m_world->channelByName(channel);
    if (!ch)
        return {false, QStringLiteral("No such channel"), {}};
    AmiMessage msg = m_world->event("MixMonitorMute");
    DemoWorld::appendChannel(msg, *ch);
    msg.append("Direction", direction);
    msg.append("State", state == QLatin1String("1") ? QStringLiteral("1") : QStringLiteral("0"));
    m_world->publish(msg);
    return {true, {}, {}};
}

DemoRecording::Answer DemoRecording::stop(const QString& channel)
{
    if (channel.isEmpty())
        return {false, QStringLiteral("No channel specified"), {}};
    DemoChannel* ch = m_world->channelByName(channel);
    if (!ch || !m_recordings.contains(ch->uniqueid))
        return {false, QStringLiteral("Could not stop monitoring channel"), {}};
    writeAudio(m_recordings.take(ch->uniqueid), true);
    m_world->channelEvent("MixMonitorStop", *ch);
    return {true, {}, {}};
}

void DemoRecording::handleHangingUp(const DemoChannel& ch)
{
    // 09-mixmonitor-stopped-by-hangup: the file is complete, but no MixMonitorStop is sent.
    if (m_recordings.contains(ch.uniqueid))
        writeAudio(m_recordings.take(ch.uniqueid), true);
}

void DemoRecording::writeAudio(const Recording& recording, bool complete) const
{
    if (recording.localPath.isEmpty())
        return;
    // A few minutes at most: the demo's calls can run long, the disk need not fill.
    const int seconds
        = complete ? int(std::clamp<qint64>((m_world->nowMs() - recording.startedMs) / 1000, 1, 300)) : 1;
    QByteArray wav = DemoVoicemail::synthesizeWav(seconds, quint32(qHash(recording.localPath)));
    if (!complete) {
        // format_wav writes the RIFF and data lengths when it closes the file.
        wav.replace(4, 4, QByteArray(4, '\0'));
        wav.replace(40, 4, QByteArray(4, '\0'));
    }
    QSaveFile f(recording.localPath);
    if (f.open(QIODevice::WriteOnly) && f.write(wav) == wav.size())
        f.commit();
}

bool DemoRecording::seedRecordings()
{
    if (m_monitorDirectory.isEmpty() || !QDir().mkpath(m_monitorDirectory))
        return false;
    const QStringList& numbers = m_world->extensionNumbers();
    if (numbers.size() < 3)
        return true;
    struct Seed
    {
        QString caller;
        QString callee;
        qint64 agoSecs;
        int seconds;
    };
    // An outside caller asking for a colleague, and a call between two colleagues.
    const QList<Seed> seeds {{QStringLiteral("+15551234567"), numbers.at(1), 2 * 3600 + 540, 47},
        {numbers.at(2), numbers.at(1), 5 * 3600 + 1260, 12}};
    bool ok = true;
    for (const Seed& s : seeds) {
        const qint64 at = m_world->nowSecs() - s.agoSecs;
        const QString uniqueid = QStringLiteral("%1.%2").arg(at).arg(s.seconds);
        Recording r;
        r.localPath = m_monitorDirectory + u'/'
            + RecordingFileName::make({}, s.caller, s.callee, QDateTime::fromSecsSinceEpoch(at), uniqueid);
        r.startedMs = m_world->nowMs() - s.seconds * 1000LL;
        writeAudio(r, true);
        ok = ok && QFileInfo::exists(r.localPath);
    }
    return ok;
}
