// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/CallRecorder.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/history/CallHistory.h"

namespace {

constexpr qsizetype kEndedKept = 200;

void keep(QString& field, const QString& value)
{
    if (Pbx::Channel::isKnown(value))
        field = value;
}

// "1003@phones" (BlindTransfer) or "PJSIP/1003-0000001c" (AttendedTransfer): "1003".
QString transferTarget(const QString& target)
{
    QString t = Pbx::Channel::deviceOf(target);
    t = t.section(u'/', -1);
    return t.section(u'@', 0, 0);
}

} // namespace

CallRecorder::CallRecorder(PbxState* state, CallHistory* history, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_state(state)
    , m_history(history)
    , m_clock(clock ? clock : Clock::system())
{
    connect(state, &PbxState::callAdded, this, &CallRecorder::handleCall);
    connect(state, &PbxState::callChanged, this, &CallRecorder::handleCall);
    connect(state, &PbxState::callRemoved, this, &CallRecorder::handleCallRemoved);
    connect(state, &PbxState::transferred, this, &CallRecorder::handleTransferred);
}

void CallRecorder::setOperatorDevice(const QString& device)
{
    m_device = device;
}

void CallRecorder::setRecordAll(bool all)
{
    m_recordAll = all;
}

void CallRecorder::applyEvent(const AmiMessage& event)
{
    if (event.valueIs("Event", "Cdr"))
        applyCdr(event);
    else if (event.valueIs("Event", "Pickup"))
        applyPickup(event);
}

void CallRecorder::applyPickup(const AmiMessage& pickup)
{
    // Asterisk 12+ (Pickup(), *8, directed **1001): the picking-up channel's
    // snapshot, then the ringing one's as Target…. Built from the documented
    // event (docs.asterisk.org AMI_Events/Pickup): tests/data/ami/22.10.1 has no recording of one.
    const auto it = m_live.find(pickup.value("TargetLinkedid"));
    if (it == m_live.end())
        return;
    Tracked& t = *it;
    CallRecord& r = t.record;
    // Only the ringing phone this record is about. Asterisk sends the event
    // once the channels are swapped, so the target's answer (which is the
    // picker's) may come first: this phone did not answer.
    if (t.pickedUp || r.direction != CallRecord::Direction::Incoming || t.transferred
        || pickup.value("TargetUniqueid") != r.uniqueid)
        return;
    t.pickedUp = true;
    r.answerMs = 0;
    const QString number = pickup.value("CallerIDNum");
    QString name = pickup.value("CallerIDName");
    if (!Pbx::Channel::isKnown(name))
        name = m_state ? m_state->displayNameOfNumber(number) : QString();
    r.detail = name.isEmpty() ? number : QStringLiteral("%1 (%2)").arg(name, number);
    m_history->record(r);
}

void CallRecorder::handleCall(const QString& linkedid)
{
    if (!m_state)
        return;
    const Pbx::Call call = m_state->call(linkedid);
    const auto it = m_live.constFind(linkedid);
    const bool known = it != m_live.cend();
    Tracked t = known ? *it : Tracked {};
    const CallRecord before = t.record;
    if (!describe(call, t))
        return;
    m_live.insert(linkedid, t);
    if (!known || t.record != before)
        m_history->record(t.record);
}

bool CallRecorder::describe(const Pbx::Call& call, Tracked& t) const
{
    const QString prefix = m_device + u'-';
    const bool asCaller = !m_device.isEmpty() && call.callerChannelName.startsWith(prefix);
    const bool asCallee = !m_device.isEmpty() && call.calleeChannelName.startsWith(prefix);
    CallRecord& r = t.record;
    if (r.linkedid.isEmpty()) {
        // Whose call it is is decided once: the operator's side, or (recording all) the callee's.
        const bool other = m_recordAll && !call.calleeChannel.isEmpty();
        if (!asCaller && !asCallee && !other)
            return false;
        r.serverId = m_state->serverId();
        r.linkedid = call.linkedid;
        r.direction = asCaller ? CallRecord::Direction::Outgoing : CallRecord::Direction::Incoming;
        r.startMs = call.startMs;
        r.uniqueid = asCaller ? call.callerChannel : call.calleeChannel;
    }
    if (takenElsewhere(call, t)) {
        keep(r.queue, call.queue);
        r.outcome = outcomeOf(t, false);
        return true;
    }
    const bool outgoing = r.direction == CallRecord::Direction::Outgoing;
    // After a transfer the call goes on without this side: its parties are no longer ours.
    const bool ourSideHere
        = m_device.isEmpty() || !(asCaller || asCallee) ? !t.transferred : (outgoing ? asCaller : asCallee);
    // Another phone rung for the same call (a queue's ringall): its party is not this side.
    const bool otherPhone = !m_device.isEmpty() && !outgoing && !asCallee && r.answerMs == 0
        && call.calleeChannel != r.uniqueid;
    if (ourSideHere && !t.transferred && !otherPhone) {
        keep(t.callerUid, call.callerChannel);
        keep(r.localNumber, outgoing ? call.callerNumber : call.calleeNumber);
        keep(r.localName, outgoing ? call.callerName : call.calleeName);
        // Who answered is who the call was with: a later party came by a transfer.
        if (r.answerMs == 0) {
            keep(r.remoteNumber, outgoing ? call.calleeNumber : call.callerNumber);
            keep(r.remoteName, outgoing ? call.calleeName : call.callerName);
            if (r.remoteName.isEmpty())
                r.remoteName = m_state->displayNameOfNumber(r.remoteNumber);
        }
        if (r.answerMs == 0 && call.answeredMs > 0)
            r.answerMs = call.answeredMs;
    }
    keep(r.queue, call.queue);
    if (call.activity.kind == Pbx::CallActivity::Kind::Voicemail) {
        t.voicemail = true;
        // VoiceMail(1004@default,b): the busy greeting, so the line was busy (12-cdr-busy).
        const Pbx::Channel* caller = m_state->channel(call.callerChannel);
        if (caller && caller->applicationData.section(u',', 1).contains(u'b'))
            t.busy = true;
    }
    if (call.activity.kind == Pbx::CallActivity::Kind::Parked) {
        t.parked = true;
        r.detail = call.activity.place;
    }
    r.outcome = outcomeOf(t, false);
    return true;
}

bool CallRecorder::takenElsewhere(const Pbx::Call& call, Tracked& t) const
{
    CallRecord& r = t.record;
    if (t.pickedUp)
        return true;
    // Only a call of the operator's phone that it never answered, now answered by another channel.
    if (m_device.isEmpty() || r.direction != CallRecord::Direction::Incoming || r.answerMs > 0
        || t.transferred || call.answeredMs <= 0 || call.calleeChannel.isEmpty()
        || call.calleeChannel == r.uniqueid)
        return false;
    t.pickedUp = true;
    keep(t.callerUid, call.callerChannel);
    QString name = call.calleeName;
    if (name.isEmpty())
        name = m_state->displayNameOfNumber(call.calleeNumber);
    r.detail = name.isEmpty() ? call.calleeNumber : QStringLiteral("%1 (%2)").arg(name, call.calleeNumber);
    return true;
}

void CallRecorder::handleCallRemoved(const QString& linkedid)
{
    const auto it = m_live.find(linkedid);
    if (it == m_live.end())
        return;
    Tracked t = *it;
    m_live.erase(it);
    t.record.endMs = m_clock->currentMSecsSinceEpoch();
    t.record.outcome = outcomeOf(t, true);
    m_history->record(t.record);
    if (t.callerUid.isEmpty())
        return;
    if (!m_ended.contains(t.callerUid))
        m_endedOrder.append(t.callerUid);
    m_ended.insert(t.callerUid, t);
    while (m_endedOrder.size() > kEndedKept)
        m_ended.remove(m_endedOrder.takeFirst());
}

void CallRecorder::handleTransferred(
    PbxState::TransferKind, bool success, const QString& transfereeChannel, const QString& target)
{
    if (!success || !m_state)
        return;
    const Pbx::Channel* transferee = m_state->channelByName(transfereeChannel);
    if (!transferee)
        return;
    const auto it = m_live.find(transferee->linkedid);
    if (it == m_live.end())
        return;
    const QString to = transferTarget(target);
    if (to == it->record.localNumber)
        return; // this side is where the call went: answered, not transferred away
    it->transferred = true;
    it->record.detail = to;
    m_history->record(it->record);
}

void CallRecorder::applyCdr(const AmiMessage& cdr)
{
    // The consultation legs of an attended transfer are Local channels: not calls of anyone's.
    if (cdr.value("Channel").startsWith(QLatin1String("Local/"), Qt::CaseInsensitive))
        return;
    const QString uid = cdr.value("UniqueID");
    Tracked* t = nullptr;
    bool ended = false;
    for (Tracked& live : m_live) {
        if (live.callerUid == uid)
            t = &live;
    }
    if (!t && m_ended.contains(uid)) {
        t = &m_ended[uid];
        ended = true;
    }
    if (!t)
        return;
    const QString disposition = cdr.value("Disposition");
    if (disposition == QLatin1String("BUSY"))
        t->busy = true;
    if (cdr.valueIs("LastApplication", "VoiceMail"))
        t->voicemail = true;
    t->record.confirmed = true;
    t->record.outcome = outcomeOf(*t, ended);
    m_history->record(t->record);
}

CallRecord::Outcome CallRecorder::outcomeOf(const Tracked& t, bool ended)
{
    using O = CallRecord::Outcome;
    const bool incoming = t.record.direction == CallRecord::Direction::Incoming;
    if (!ended)
        return O::InProgress;
    if (t.transferred)
        return O::Transferred;
    if (t.pickedUp)
        return O::PickedUp;
    if (t.parked)
        return O::Parked;
    if (t.record.answerMs > 0)
        return O::Answered;
    if (t.busy)
        return O::Busy;
    if (t.voicemail && incoming)
        return O::Voicemail;
    return incoming ? O::Missed : O::NotAnswered;
}
