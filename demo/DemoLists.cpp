// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoLists.h"

#include "demo/DemoPresence.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

} // namespace

QList<AmiMessage> DemoLists::extensionStateList(const DemoWorld& w, QByteArrayView actionId)
{
    QList<AmiMessage> out;
    auto item = [&](const QString& exten, QByteArrayView context, const QString& hint, int code) {
        AmiMessage msg;
        msg.append("Event", QByteArrayView("ExtensionStatus"));
        msg.append("ActionID", actionId);
        msg.append("Exten", exten);
        msg.append("Context", context);
        msg.append("Hint", hint);
        msg.append("Status", number(code));
        msg.append("StatusText", DemoWorld::extensionStatusText(code));
        out.append(msg);
    };
    for (const QString& n : w.m_extensionOrder) {
        const DemoExtension& ext = w.m_extensions.at(n);
        item(ext.number, "phones", ext.hint(), DemoWorld::extensionStatusCode(ext));
    }
    for (const DemoPresence::Hint& hint : DemoPresence::featureHints(w)) {
        const QString state = DemoPresence::customState(w, hint.device.mid(7)); // after "Custom:"
        item(hint.exten, "phones", hint.device, DemoPresence::hintStatus(state));
    }
    for (int space = DemoWorld::FirstParkingSpace; space <= DemoWorld::LastParkingSpace; ++space) {
        const bool taken = std::any_of(
            w.m_parked.begin(), w.m_parked.end(), [space](const auto& p) { return p.space == space; });
        const QString s = number(space);
        item(s, "parkedcalls", QStringLiteral("park:") % s % QStringLiteral("@parkedcalls"), taken ? 1 : 0);
    }
    return out;
}

QList<AmiMessage> DemoLists::deviceStateList(const DemoWorld& w, QByteArrayView actionId)
{
    QList<AmiMessage> out;
    auto item = [&](const QString& device, const QString& state) {
        AmiMessage msg;
        msg.append("Event", QByteArrayView("DeviceStateChange"));
        msg.append("ActionID", actionId);
        msg.append("Device", device);
        msg.append("State", state);
        out.append(msg);
    };
    bool queueAvail = false;
    for (const QString& n : w.m_extensionOrder) {
        const DemoExtension& ext = w.m_extensions.at(n);
        item(QStringLiteral("MWI:") % n % QStringLiteral("@default"),
            ext.newMessages > 0 ? QStringLiteral("INUSE") : QStringLiteral("NOT_INUSE"));
        item(ext.device(), DemoWorld::deviceStateName(ext.state));
        queueAvail = queueAvail || (ext.queueMember && !ext.paused && ext.state == DemoDeviceState::NotInUse);
    }
    item(QStringLiteral("Queue:support_avail"),
        queueAvail ? QStringLiteral("NOT_INUSE") : QStringLiteral("INUSE"));
    // Custom device states that were ever set (11-astdb-forward-dnd); never set = not listed.
    for (auto it = w.customStates().cbegin(); it != w.customStates().cend(); ++it)
        item(QStringLiteral("Custom:") + it.key(), it.value());
    return out;
}

QList<AmiMessage> DemoLists::coreShowChannels(const DemoWorld& w, QByteArrayView actionId)
{
    QList<AmiMessage> out;
    const qint64 now = w.nowMs();
    for (const QString& id : w.m_channelOrder) {
        const DemoChannel& ch = w.m_channels.at(id);
        AmiMessage msg;
        msg.append("Event", QByteArrayView("CoreShowChannel"));
        msg.append("ActionID", actionId);
        DemoWorld::appendChannel(msg, ch);
        msg.append("Application", ch.application);
        msg.append("ApplicationData", ch.appData);
        const qint64 secs = (now - ch.createdMs) / 1000;
        msg.append("Duration",
            QStringLiteral("%1:%2:%3")
                .arg(secs / 3600, 2, 10, QLatin1Char('0'))
                .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(secs % 60, 2, 10, QLatin1Char('0')));
        msg.append("BridgeId", ch.bridgeId);
        out.append(msg);
    }
    return out;
}

QList<AmiMessage> DemoLists::parkedCallsList(const DemoWorld& w, QByteArrayView actionId)
{
    QList<AmiMessage> out;
    const qint64 now = w.nowMs();
    for (const DemoParkedCall& p : w.m_parked) {
        const auto it = w.m_channels.find(p.parkee);
        if (it == w.m_channels.end())
            continue;
        AmiMessage msg;
        msg.append("Event", QByteArrayView("ParkedCall"));
        DemoWorld::appendChannel(msg, it->second, "Parkee");
        msg.append("ParkerDialString", p.parkerDialString);
        msg.append("Parkinglot", QByteArrayView("default"));
        msg.append("ParkingSpace", number(p.space));
        const qint64 elapsed = (now - p.parkedAtMs) / 1000;
        msg.append("ParkingTimeout", number(qMax<qint64>(0, p.timeoutSec - elapsed)));
        msg.append("ParkingDuration", number(elapsed));
        msg.append("ActionID", actionId);
        out.append(msg);
    }
    return out;
}

QList<AmiMessage> DemoLists::queueStatus(const DemoWorld& w, QByteArrayView actionId, const QString& queue)
{
    QList<AmiMessage> out;
    if (!queue.isEmpty() && queue != QLatin1String(DemoWorld::QueueName))
        return out;
    AmiMessage params;
    params.append("Event", QByteArrayView("QueueParams"));
    params.append("Queue", QByteArrayView(DemoWorld::QueueName));
    params.append("Max", QByteArrayView("0"));
    params.append("Strategy", QByteArrayView("ringall"));
    params.append("Calls", number(w.m_queueCallers.size()));
    params.append("Holdtime", QByteArrayView("0"));
    params.append("TalkTime", QByteArrayView("0"));
    params.append("Completed", number(w.queueCompleted));
    params.append("Abandoned", number(w.queueAbandoned));
    params.append("ServiceLevel", QByteArrayView("0"));
    params.append("ServicelevelPerf", QByteArrayView("100.0"));
    params.append("ServicelevelPerf2", QByteArrayView("100.0"));
    params.append("Weight", QByteArrayView("0"));
    params.append("ActionID", actionId);
    out.append(params);
    for (const QString& n : w.m_extensionOrder) {
        if (w.m_extensions.at(n).queueMember)
            out.append(queueMember(w, n, actionId));
    }
    const qint64 now = w.nowMs();
    int position = 1;
    for (const QString& id : w.m_queueCallers) {
        if (w.m_channels.find(id) != w.m_channels.end())
            out.append(queueEntry(w, id, {position++, now}, actionId));
    }
    return out;
}

AmiMessage DemoLists::queueMember(const DemoWorld& w, const QString& n, QByteArrayView actionId)
{
    const DemoExtension& ext = w.m_extensions.at(n);
    bool inCall = false;
    for (const auto& [id, ch] : w.m_channels)
        inCall = inCall || (ch.extension == n && !ch.bridgeId.isEmpty());
    AmiMessage msg;
    msg.append("Event", QByteArrayView("QueueMember"));
    msg.append("Queue", QByteArrayView(DemoWorld::QueueName));
    msg.append("Name", ext.name);
    msg.append("Location", ext.device());
    msg.append("StateInterface", ext.device());
    msg.append("Membership", QByteArrayView("static"));
    msg.append("Penalty", QByteArrayView("0"));
    msg.append("CallsTaken", number(ext.callsTaken));
    msg.append("LastCall", number(ext.lastCall));
    msg.append("LastPause", number(ext.lastPause));
    msg.append("LoginTime", number(w.bootSecs()));
    msg.append("InCall", QByteArrayView(inCall ? "1" : "0"));
    msg.append("Status", number(DemoWorld::queueDeviceCode(ext.state)));
    msg.append("Paused", QByteArrayView(ext.paused ? "1" : "0"));
    msg.append("PausedReason", ext.pausedReason);
    msg.append("Wrapuptime", QByteArrayView("0"));
    msg.append("ActionID", actionId);
    return msg;
}

AmiMessage DemoLists::queueEntry(
    const DemoWorld& w, const QString& id, Waiting waiting, QByteArrayView actionId)
{
    const auto [position, now] = waiting;
    const DemoChannel& ch = w.m_channels.find(id)->second;
    AmiMessage msg;
    msg.append("Event", QByteArrayView("QueueEntry"));
    msg.append("Queue", QByteArrayView(DemoWorld::QueueName));
    msg.append("Position", number(position));
    msg.append("Channel", ch.name);
    msg.append("Uniqueid", ch.uniqueid);
    msg.append("CallerIDNum", ch.callerNum);
    msg.append("CallerIDName", ch.callerName);
    msg.append("ConnectedLineNum", ch.connectedNum);
    msg.append("ConnectedLineName", ch.connectedName);
    msg.append("Wait", number((now - w.m_queueJoinMs.value(id, now)) / 1000));
    msg.append("Priority", QByteArrayView("0"));
    msg.append("ActionID", actionId);
    return msg;
}

QList<AmiMessage> DemoLists::voicemailUsers(const DemoWorld& w, QByteArrayView actionId)
{
    QList<AmiMessage> out;
    for (const QString& n : w.m_extensionOrder) {
        const DemoExtension& ext = w.m_extensions.at(n);
        AmiMessage msg;
        msg.append("Event", QByteArrayView("VoicemailUserEntry"));
        msg.append("ActionID", actionId);
        msg.append("VMContext", QByteArrayView("default"));
        msg.append("VoiceMailbox", n);
        msg.append("Fullname", ext.name);
        msg.append("Email", ext.email);
        static constexpr std::pair<const char*, const char*> fixed[] = {
            {"Pager", ""},
            {"ServerEmail", "pbx@example.com"},
            {"FromString", ""},
            {"MailCommand", "/bin/true"},
            {"Language", ""},
            {"TimeZone", "utc"},
            {"Callback", ""},
            {"Dialout", ""},
            {"UniqueID", ""},
            {"ExitContext", ""},
            {"SayDurationMinimum", "1"},
            {"SayEnvelope", "Yes"},
            {"SayCID", "No"},
            {"AttachMessage", "No"},
            {"AttachmentFormat", ""},
            {"DeleteMessage", "No"},
            {"VolumeGain", "0.00"},
            {"CanReview", "No"},
            {"CanMarkUrgent", "Yes"},
            {"CallOperator", "No"},
            {"MaxMessageCount", "100"},
            {"MaxMessageLength", "120"},
        };
        for (const auto& [k, v] : fixed)
            msg.append(k, QByteArrayView(v));
        msg.append("NewMessageCount", number(ext.newMessages));
        msg.append("OldMessageCount", number(ext.oldMessages));
        out.append(msg);
    }
    return out;
}
