// SPDX-License-Identifier: GPL-3.0-or-later
// MixMonitor in the demo PBX (tests/data/ami/22.10.1/09-mixmonitor-*).
#include "demo/DemoRecording.h"

#include "demo/DemoWorld.h"

#include <QRegularExpression>

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
    if (!ch || !m_recordings.remove(ch->uniqueid))
        return {false, QStringLiteral("Could not stop monitoring channel"), {}};
    m_world->channelEvent("MixMonitorStop", *ch);
    return {true, {}, {}};
}

void DemoRecording::handleHangingUp(const DemoChannel& ch)
{
    // 09-mixmonitor-stopped-by-hangup: the file is complete, but no MixMonitorStop is sent.
    m_recordings.remove(ch.uniqueid);
}
