// SPDX-License-Identifier: GPL-3.0-or-later
// ChanSpy as Asterisk 22 runs it for an Originate (04-chanspy).
#include "demo/DemoChanSpy.h"

#include "core/common/Clock.h"

DemoChanSpy::DemoChanSpy(DemoWorld* world, QObject* parent)
    : QObject(parent)
    , m_world(world)
{
    connect(m_world, &DemoWorld::channelHangingUp, this, &DemoChanSpy::handleHangingUp);
    connect(m_world, &DemoWorld::channelHungUp, this, &DemoChanSpy::handleHungUp);
}

void DemoChanSpy::schedule(qint64 ms, std::function<void()> fn)
{
    ClockTimer* timer = m_world->clock()->createTimer(this);
    timer->setSingleShot(true);
    connect(timer, &ClockTimer::timeout, this, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(ms);
}

void DemoChanSpy::originate(const QString& channel, const QString& data, const QString& callerId,
    const QByteArray& actionId, qint64 timeoutMs)
{
    const QString resource = channel.section(QLatin1Char('/'), 1);
    const DemoExtension* from
        = channel.startsWith(QLatin1String("PJSIP/")) ? m_world->extension(resource) : nullptr;
    if (!from) {
        // Unknown technology or endpoint: the channel cannot be created (Reason 0).
        schedule(0, [this, channel, data, actionId] { failure(channel, data, actionId, 0); });
        return;
    }
    if (from->dnd || from->state != DemoDeviceState::NotInUse) {
        // Nobody picks up the spyer's phone: Reason 3 once Timeout has passed.
        schedule(qMax<qint64>(0, timeoutMs),
            [this, channel, data, actionId] { failure(channel, data, actionId, 3); });
        return;
    }
    const QString number = from->number;
    schedule(0, [this, number, data, callerId, actionId] {
        if (!m_world->extension(number))
            return;
        DemoChannel& ch = m_world->createChannel(QStringLiteral("PJSIP/") + number, number);
        ch.context = QStringLiteral("phones");
        ch.exten = QStringLiteral("s");
        const qsizetype lt = callerId.indexOf(QLatin1Char('<'));
        if (lt >= 0) {
            ch.callerName = callerId.left(lt).trimmed().remove(QLatin1Char('"'));
            ch.callerNum = callerId.mid(lt + 1).section(QLatin1Char('>'), 0, 0);
        }
        spyerLeg(ch, data, actionId);
    });
}

QString DemoChanSpy::spyeeOf(const QString& spyerUniqueid) const
{
    return m_spies.value(spyerUniqueid).spyee;
}

void DemoChanSpy::failure(const QString& channel, const QString& data, const QByteArray& actionId, int reason)
{
    AmiMessage msg = m_world->event("OriginateResponse");
    msg.append("ActionID", QByteArrayView(actionId));
    msg.append("Response", QByteArrayView("Failure"));
    msg.append("Channel", channel);
    msg.append("Application", QByteArrayView("ChanSpy"));
    msg.append("Data", data);
    msg.append("Reason", QByteArrayView(QByteArray::number(reason)));
    msg.append("Uniqueid", QByteArrayView("<unknown>"));
    msg.append("CallerIDNum", QByteArrayView("<unknown>"));
    msg.append("CallerIDName", QByteArrayView("<unknown>"));
    m_world->publish(msg);
}

void DemoChanSpy::dialEvent(
    QByteArrayView name, const DemoChannel& ch, QByteArrayView tail, QByteArrayView value)
{
    AmiMessage msg = m_world->event(name);
    DemoWorld::appendChannel(msg, ch, "Dest");
    msg.append(tail, value);
    m_world->publish(msg);
}

void DemoChanSpy::spyerLeg(DemoChannel& ch, const QString& data, const QByteArray& actionId)
{
    // The recorded phones auto-answer: the whole leg at once, in 04-chanspy's order.
    DemoExtension& ext = *m_world->extension(ch.extension);
    m_world->channelEvent("Newchannel", ch);
    m_world->newexten(ch, QStringLiteral("phones"), QStringLiteral("s"), 1, QStringLiteral("AppDial2"),
        QStringLiteral("(Outgoing Line)"));
    ch.connectedNum = ch.callerNum;
    ch.connectedName = ch.callerName;
    m_world->channelEvent("NewConnectedLine", ch);
    dialEvent("DialBegin", ch, "DialString", ext.number.toUtf8());
    ext.state = DemoDeviceState::Ringing;
    m_world->extensionStatus(ext);
    ch.state = 5;
    m_world->channelEvent("Newstate", ch);
    m_world->deviceStateChange(ext);
    dialEvent("DialState", ch, "DialStatus", "RINGING");
    ch.state = 6;
    m_world->channelEvent("Newstate", ch);
    ch.application = QStringLiteral("ChanSpy");
    ch.appData = data;
    AmiMessage ok = m_world->event("OriginateResponse");
    ok.append("ActionID", QByteArrayView(actionId));
    ok.append("Response", QByteArrayView("Success"));
    ok.append("Channel", ch.name);
    ok.append("Application", QByteArrayView("ChanSpy"));
    ok.append("Data", data);
    ok.append("Reason", QByteArrayView("4"));
    ok.append("Uniqueid", ch.uniqueid);
    ok.append("CallerIDNum", ch.callerNum);
    ok.append("CallerIDName", ch.callerName);
    m_world->publish(ok);
    ext.state = DemoDeviceState::InUse;
    m_world->extensionStatus(ext);
    dialEvent("DialEnd", ch, "DialStatus", "ANSWER");
    m_world->deviceStateChange(ext);
    m_world->queueMemberStatus(ext);

    Spy spy;
    spy.prefix = data.section(QLatin1Char(','), 0, 0);
    spy.exitWithSpyee = data.section(QLatin1Char(','), 1).contains(QLatin1Char('E'));
    const QString spyer = ch.uniqueid;
    m_spies.insert(spyer, spy);
    schedule(StartDelayMs, [this, spyer] { look(spyer); });
}

DemoChannel* DemoChanSpy::findSpyee(const QString& spyer, const QString& prefix)
{
    // ChanSpy's first argument is a prefix of channel names; channels that spy are skipped.
    if (prefix.isEmpty())
        return nullptr;
    for (DemoChannel* ch : m_world->channelsNamed(prefix)) {
        if (ch->uniqueid != spyer && !m_spies.contains(ch->uniqueid))
            return ch;
    }
    return nullptr;
}

void DemoChanSpy::look(const QString& spyer)
{
    const auto it = m_spies.find(spyer);
    DemoChannel* spyerChannel = m_world->channel(spyer);
    if (it == m_spies.end() || !it->spyee.isEmpty() || !spyerChannel)
        return;
    DemoChannel* spyee = findSpyee(spyer, it->prefix);
    if (!spyee) {
        // Nothing to listen to: ChanSpy waits (no event) and looks again.
        schedule(PollMs, [this, spyer] { look(spyer); });
        return;
    }
    it->spyee = spyee->uniqueid;
    it->spyeeSnapshot = *spyee;
    spyEvent("ChanSpyStart", *spyerChannel, *spyee);
}

void DemoChanSpy::spyEvent(QByteArrayView name, const DemoChannel& spyer, const DemoChannel& spyee)
{
    AmiMessage msg = m_world->event(name);
    DemoWorld::appendChannel(msg, spyer, "Spyer");
    DemoWorld::appendChannel(msg, spyee, "Spyee");
    m_world->publish(msg);
}

void DemoChanSpy::handleHangingUp(const DemoChannel& ch)
{
    // The spyer's phone hangs up: the spy ends before its channel does.
    const auto it = m_spies.find(ch.uniqueid);
    if (it == m_spies.end())
        return;
    const Spy spy = it.value();
    m_spies.erase(it);
    if (spy.spyee.isEmpty())
        return;
    const DemoChannel* spyee = m_world->channel(spy.spyee);
    spyEvent("ChanSpyStop", ch, spyee ? *spyee : spy.spyeeSnapshot);
}

void DemoChanSpy::handleHungUp(const DemoChannel& ch)
{
    // The channel listened to is gone (04-chanspy: ChanSpyStop after its Hangup).
    for (auto it = m_spies.begin(); it != m_spies.end(); ++it) {
        if (it->spyee != ch.uniqueid)
            continue;
        const QString spyer = it.key();
        const DemoChannel* spyerChannel = m_world->channel(spyer);
        if (spyerChannel)
            spyEvent("ChanSpyStop", *spyerChannel, it->spyeeSnapshot);
        it->spyee.clear();
        // Option E: the spyer leaves; otherwise ChanSpy waits for the next channel.
        if (it->exitWithSpyee)
            schedule(0, [this, spyer] { exitSpyer(spyer); });
        else
            schedule(PollMs, [this, spyer] { look(spyer); });
    }
}

void DemoChanSpy::exitSpyer(const QString& spyer)
{
    m_spies.remove(spyer);
    DemoChannel* ch = m_world->channel(spyer);
    if (!ch)
        return;
    DemoExtension* ext = m_world->extension(ch->extension);
    m_world->qosVariables(*ch, false, 0, 5);
    const DemoChannel copy = *ch;
    const qint64 answerMs = ch->createdMs;
    m_world->hangup(*ch, 0);
    if (ext && m_world->channelsOf(ext->number).isEmpty()) {
        ext->state = DemoDeviceState::NotInUse;
        m_world->deviceStateChange(*ext);
        m_world->extensionStatus(*ext);
        m_world->queueMemberStatus(*ext);
    }
    m_world->cdr(copy, nullptr, QStringLiteral("ANSWERED"), answerMs);
}
