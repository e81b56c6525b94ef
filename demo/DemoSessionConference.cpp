// SPDX-License-Identifier: GPL-3.0-or-later
// DemoSession's Confbridge* and MixMonitor actions: DemoConference and DemoRecording
// decide, the session answers in Asterisk 22's words and framing (08-confbridge-*,
// 09-mixmonitor-actions).
#include "demo/DemoConference.h"
#include "demo/DemoPbx.h"
#include "demo/DemoRecording.h"
#include "demo/DemoSession.h"

QList<AmiMessage> DemoSession::conferenceReply(const AmiMessage& msg, bool ok, const QString& message)
{
    return {ok ? success(msg, message) : error(msg, message)};
}

QList<AmiMessage> DemoSession::confbridgeListRooms(const AmiMessage& msg)
{
    const DemoConference::Answer a = m_pbx->conference()->listRooms(msg.actionId());
    if (!a.ok)
        return {error(msg, a.message)};
    return list(msg, a.message.toUtf8(), "ConfbridgeListRoomsComplete", a.items);
}

QList<AmiMessage> DemoSession::confbridgeList(const AmiMessage& msg)
{
    const DemoConference::Answer a = m_pbx->conference()->list(msg.value("Conference"), msg.actionId());
    if (!a.ok)
        return {error(msg, a.message)};
    return list(msg, a.message.toUtf8(), "ConfbridgeListComplete", a.items);
}

QList<AmiMessage> DemoSession::confbridgeMute(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->mute(msg.value("Conference"), msg.value("Channel"), true);
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::confbridgeUnmute(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->mute(msg.value("Conference"), msg.value("Channel"), false);
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::confbridgeKick(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->kick(msg.value("Conference"), msg.value("Channel"));
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::confbridgeLock(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->lock(msg.value("Conference"), true);
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::confbridgeUnlock(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->lock(msg.value("Conference"), false);
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::confbridgeStartRecord(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->startRecord(msg.value("Conference"), msg.value("RecordFile"));
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::confbridgeStopRecord(const AmiMessage& msg)
{
    const auto a = m_pbx->conference()->stopRecord(msg.value("Conference"));
    return conferenceReply(msg, a.ok, a.message);
}

QList<AmiMessage> DemoSession::mixMonitor(const AmiMessage& msg)
{
    const DemoRecording::Answer a
        = m_pbx->recording()->start(msg.value("Channel"), msg.value("File"), msg.value("Options"));
    if (!a.ok)
        return {error(msg, a.error)};
    AmiMessage ok = response("Success", msg);
    if (!a.mixMonitorId.isEmpty())
        ok.append("MixMonitorID", a.mixMonitorId);
    return {ok};
}

QList<AmiMessage> DemoSession::mixMonitorMute(const AmiMessage& msg)
{
    const DemoRecording::Answer a
        = m_pbx->recording()->mute(msg.value("Channel"), msg.value("Direction"), msg.value("State"));
    return {a.ok ? response("Success", msg) : error(msg, a.error)};
}

QList<AmiMessage> DemoSession::stopMixMonitor(const AmiMessage& msg)
{
    const DemoRecording::Answer a = m_pbx->recording()->stop(msg.value("Channel"));
    return {a.ok ? response("Success", msg) : error(msg, a.error)};
}
