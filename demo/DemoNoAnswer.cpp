// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNoAnswer.h"

#include "demo/DemoCalls.h"
#include "demo/DemoVoicemail.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

namespace {

QString callerIdOf(const DemoChannel& ch)
{
    return QLatin1Char('"') % ch.callerName % QStringLiteral("\" <") % ch.callerNum % QLatin1Char('>');
}

} // namespace

DemoNoAnswer::DemoNoAnswer(DemoWorld* world, DemoCalls* calls, DemoVoicemail* voicemail, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_calls(calls)
    , m_voicemail(voicemail)
{
    connect(m_calls, &DemoCalls::callNotAnswered, this, &DemoNoAnswer::handleNotAnswered);
    connect(m_calls, &DemoCalls::voicemailDialled, this, &DemoNoAnswer::handleVoicemailDialled);
}

void DemoNoAnswer::handleNotAnswered(const QString& callId)
{
    // 04-voicemail-no-answer-mwi: Dial gives up, the caller is sent to VoiceMail.
    DemoCall* c = m_calls->call(callId);
    if (!c)
        return;
    DemoChannel* a = m_world->channel(c->caller);
    DemoChannel* b = m_world->channel(c->callee);
    if (!a || !b)
        return;
    AmiMessage end = m_world->event("DialEnd");
    DemoWorld::appendChannel(end, *a);
    DemoWorld::appendChannel(end, *b, "Dest");
    end.append("DialStatus", QByteArrayView("NOANSWER"));
    m_world->publish(end);
    m_world->varSet(*a, QStringLiteral("DIALSTATUS"), QStringLiteral("NOANSWER"));
    m_unanswered.insert(callId, {*a, *b, m_world->nowMs()});
    const QString sub = QStringLiteral("sub-phone");
    const QString s = QStringLiteral("s");
    m_world->newexten(*a, sub, s, 3, QStringLiteral("NoOp"), QStringLiteral("DIALSTATUS=NOANSWER"));
    m_world->newexten(*a, sub, s, 4, QStringLiteral("GotoIf"), QStringLiteral("0?unavail"));
    m_world->newexten(*a, sub, s, 5, QStringLiteral("GotoIf"), QStringLiteral("0?busy"));
    m_world->newexten(*a, sub, s, 6, QStringLiteral("GotoIf"), QStringLiteral("1?noanswer"));
    m_world->newexten(*a, sub, s, 7, QStringLiteral("VoiceMail"), c->target % QStringLiteral("@default,u"));
    const QString target = b->extension;
    m_world->hangup(*b, 0);
    c->callee.clear();
    if (DemoExtension* e = m_world->extension(target)) {
        e->state = m_world->channelsOf(target).isEmpty() ? DemoDeviceState::NotInUse : DemoDeviceState::InUse;
        m_world->deviceStateChange(*e);
        m_world->extensionStatus(*e);
        m_world->queueMemberStatus(*e);
    }
    scheduleFinish(callId, m_world->random().bounded(3, 9));
}

void DemoNoAnswer::handleVoicemailDialled(const QString& callId)
{
    DemoCall* c = m_calls->call(callId);
    DemoChannel* a = c ? m_world->channel(c->caller) : nullptr;
    if (!a)
        return;
    m_world->newexten(*a, QStringLiteral("phones"), QLatin1Char('*') + c->target, 1,
        QStringLiteral("VoiceMail"), c->target % QStringLiteral("@default,u"));
    // Someone sent to voicemail on purpose leaves a longer message than a missed caller.
    scheduleFinish(callId, m_world->random().bounded(15, 40));
}

void DemoNoAnswer::scheduleFinish(const QString& callId, int seconds)
{
    // The caller talks for a while before hanging up.
    m_calls->schedule(seconds * 1000, [this, callId, seconds] { finishVoicemail(callId, seconds); });
}

void DemoNoAnswer::finishVoicemail(const QString& callId, int seconds)
{
    DemoCall* c = m_calls->call(callId);
    DemoChannel* a = c ? m_world->channel(c->caller) : nullptr;
    DemoExtension* box = c ? m_world->extension(c->target) : nullptr;
    if (!a || !box)
        return;
    m_world->channelEvent("HangupRequest", *a);
    DemoVoicemail::Deposit deposit;
    deposit.mailbox = box->number;
    deposit.context = a->context;
    deposit.exten = a->exten;
    deposit.priority = a->priority;
    deposit.callerChannel = a->name;
    deposit.callerId = callerIdOf(*a);
    deposit.origTime = m_world->nowSecs();
    deposit.durationSec = seconds;
    const QString file
        = m_voicemail ? m_voicemail->deposit(deposit, m_world->random().generate()) : QString();
    m_world->varSet(*a, QStringLiteral("VM_MESSAGEFILE"), file);
    ++box->newMessages;
    m_world->messageWaiting(*box, a);
    m_world->deviceStateChange(
        QStringLiteral("MWI:") % box->number % QStringLiteral("@default"), QStringLiteral("INUSE"));
    m_world->varSet(*a, QStringLiteral("VMSTATUS"),
        file.isEmpty() ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"));
    AmiMessage soft = m_world->event("SoftHangupRequest");
    DemoWorld::appendChannel(soft, *a);
    soft.append("Cause", QByteArrayView("16"));
    m_world->publish(soft);
    // 04-voicemail-no-answer-mwi, 12-cdr-busy: the records before the Hangup;
    // the VoiceMail's starts where the Dial's ended.
    DemoChannel message = *a;
    if (const auto dial = m_unanswered.constFind(callId); dial != m_unanswered.cend()) {
        m_world->cdr(dial->caller, &dial->callee, QStringLiteral("NO ANSWER"), 0, dial->endMs);
        message.createdMs = dial->endMs;
        m_unanswered.erase(dial);
    }
    m_world->cdr(message, nullptr, QStringLiteral("ANSWERED"), message.createdMs);
    const QString from = a->extension;
    m_world->hangup(*a, 16);
    if (DemoExtension* e = m_world->extension(from)) {
        e->state = DemoDeviceState::NotInUse;
        m_world->extensionStatus(*e);
        m_world->deviceStateChange(*e);
    }
    const QString mailbox = box->number;
    m_calls->removeCall(callId);
    Q_EMIT m_calls->voicemailLeft(mailbox);
}
