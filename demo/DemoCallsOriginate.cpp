// SPDX-License-Identifier: GPL-3.0-or-later
// The Originate action (Async) of DemoCalls: the originating phone's leg, then the
// dial (03-call-originate-1000-to-1002, 03-originate-failures).
#include "demo/DemoCalls.h"
#include "demo/DemoConference.h"

DemoCalls::OriginateResult DemoCalls::originate(const QString& channel, const QString& exten,
    const QString& callerId, const QStringList& variables, const QByteArray& actionId, qint64 timeoutMs)
{
    const bool known = m_world->extension(exten) || m_world->isOutsideNumber(exten)
        || (exten.startsWith(QLatin1Char('*')) && m_world->extension(exten.mid(1)))
        || exten == QLatin1String(DemoWorld::QueueExtension) || DemoConference::isConferenceExtension(exten)
        || (exten.toInt() >= DemoWorld::FirstParkingSpace && exten.toInt() <= DemoWorld::LastParkingSpace);
    if (!known)
        return OriginateResult::NoSuchExtension;

    const QString resource = channel.section(QLatin1Char('/'), 1);
    DemoExtension* from
        = channel.startsWith(QLatin1String("PJSIP/")) ? m_world->extension(resource) : nullptr;
    auto failure = [this, channel, exten, actionId](int reason) {
        AmiMessage msg = m_world->event("OriginateResponse");
        msg.append("ActionID", QByteArrayView(actionId));
        msg.append("Response", QByteArrayView("Failure"));
        msg.append("Channel", channel);
        msg.append("Context", QByteArrayView("phones"));
        msg.append("Exten", exten);
        msg.append("Reason", QByteArrayView(QByteArray::number(reason)));
        msg.append("Uniqueid", QByteArrayView("<unknown>"));
        msg.append("CallerIDNum", QByteArrayView("<unknown>"));
        msg.append("CallerIDName", QByteArrayView("<unknown>"));
        m_world->publish(msg);
    };
    if (!from) {
        // Unknown technology or endpoint: the channel cannot be created (Reason 0), reported at once.
        schedule(0, [failure] { failure(0); });
        return OriginateResult::Queued;
    }
    if (from->dnd || from->state != DemoDeviceState::NotInUse) {
        // Nobody picks up the originating phone: Reason 3 once Timeout has passed.
        schedule(qMax<qint64>(0, timeoutMs), [failure] { failure(3); });
        return OriginateResult::Queued;
    }

    // The recorded phones auto-answer: the whole originating leg happens at once,
    // after the "Originate successfully queued" response.
    const QString fromNumber = from->number;
    schedule(0, [this, fromNumber, exten, callerId, variables, actionId] {
        DemoExtension* ext = m_world->extension(fromNumber);
        if (!ext)
            return;
        DemoChannel& a = m_world->createChannel(ext->device(), fromNumber);
        a.context = QStringLiteral("phones");
        a.exten = QStringLiteral("s");
        const qsizetype lt = callerId.indexOf(QLatin1Char('<'));
        if (lt >= 0) {
            a.callerName = callerId.left(lt).trimmed().remove(QLatin1Char('"'));
            a.callerNum = callerId.mid(lt + 1).section(QLatin1Char('>'), 0, 0);
        }
        DemoCall& c = createCall(a.uniqueid, DemoCall::Origin::Originate);
        originateLeg(c, a, exten, variables, actionId);
    });
    return OriginateResult::Queued;
}

void DemoCalls::originateLeg(DemoCall& c, DemoChannel& a, const QString& exten, const QStringList& variables,
    const QByteArray& actionId)
{
    const QString from = a.extension;
    const QString id = c.id;
    m_world->channelEvent("Newchannel", a);
    m_world->newexten(a, QStringLiteral("phones"), QStringLiteral("s"), 1, QStringLiteral("AppDial2"),
        QStringLiteral("(Outgoing Line)"));
    for (const QString& v : variables)
        m_world->varSet(a, v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    a.connectedNum = a.callerNum;
    a.connectedName = a.callerName;
    m_world->channelEvent("NewConnectedLine", a);
    dialEvent("DialBegin", nullptr, a, "DialString", from.toUtf8());
    a.state = 5;
    m_world->channelEvent("Newstate", a);
    setState(from, DemoDeviceState::Ringing);
    m_world->extensionStatus(*m_world->extension(from));
    dialEvent("DialState", nullptr, a, "DialStatus", "RINGING");
    m_world->deviceStateChange(*m_world->extension(from));
    m_world->queueMemberStatus(*m_world->extension(from));
    a.state = 6;
    m_world->channelEvent("Newstate", a);
    dialEvent("DialEnd", nullptr, a, "DialStatus", "ANSWER");

    DemoCall* routed = call(id);
    const bool phoneTarget = m_world->extension(exten) != nullptr || m_world->isOutsideNumber(exten);
    if (phoneTarget) {
        gosub(a, exten);
        dialVariables(a, 0, 5);
    } else {
        m_world->newexten(a, QStringLiteral("phones"), exten, 1, QStringLiteral("NoOp"), QString());
    }
    setState(from, DemoDeviceState::InUse);
    m_world->extensionStatus(*m_world->extension(from));
    AmiMessage ok = m_world->event("OriginateResponse");
    ok.append("ActionID", QByteArrayView(actionId));
    ok.append("Response", QByteArrayView("Success"));
    ok.append("Channel", a.name);
    ok.append("Context", QByteArrayView("phones"));
    ok.append("Exten", exten);
    ok.append("Reason", QByteArrayView("4"));
    ok.append("Uniqueid", a.uniqueid);
    ok.append("CallerIDNum", a.callerNum);
    ok.append("CallerIDName", a.callerName);
    m_world->publish(ok);
    if (phoneTarget)
        dialVariables(a, 5, 6);
    m_world->deviceStateChange(*m_world->extension(from));
    m_world->queueMemberStatus(*m_world->extension(from));
    if (phoneTarget)
        dialStage(*routed, exten);
    else if (!m_router || !m_router(*routed, exten))
        hangup(id, Side::Caller);
}
