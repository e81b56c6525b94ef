// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ActivityText.h"

#include "ui/common/UiText.h"

using Kind = Pbx::CallActivity::Kind;

QString ActivityText::party(const QString& number, const QString& name)
{
    if (name.isEmpty() || name == number)
        return number;
    return number.isEmpty() ? name : name + u' ' + number;
}

namespace {

// " · returns in 1:40" while a parked call still has time left.
QString returnsIn(const Pbx::CallActivity& a, qint64 nowMs)
{
    if (a.untilMs <= 0 || a.untilMs <= nowMs)
        return {};
    return QStringLiteral(" · ") + ActivityText::tr("returns in %1").arg(UiText::duration(a.untilMs - nowMs));
}

} // namespace

QString ActivityText::sentence(const Pbx::CallActivity& a, qint64 nowMs)
{
    const QString who = party(a.number, a.name);
    switch (a.kind) {
    case Kind::None:
        return {};
    case Kind::Talking:
        return who.isEmpty() ? tr("talking") : tr("with %1").arg(who);
    case Kind::OnHold:
        return who.isEmpty() ? tr("on hold") : tr("on hold with %1").arg(who);
    case Kind::Ringing:
        return who.isEmpty() ? tr("ringing") : tr("from %1").arg(who);
    case Kind::Dialling:
        return who.isEmpty() ? tr("calling") : tr("calling %1").arg(who);
    case Kind::Voicemail:
        return who.isEmpty() ? tr("leaving a voicemail message") : tr("leaving a message for %1").arg(who);
    case Kind::VoicemailMenu:
        return tr("listening to voicemail");
    case Kind::Parked: {
        const QString where
            = who.isEmpty() ? tr("parked on %1").arg(a.place) : tr("parked on %1 by %2").arg(a.place, who);
        return where + returnsIn(a, nowMs);
    }
    case Kind::ParkedHere: {
        const QString by = party(a.byNumber, a.byName);
        const QString what
            = by.isEmpty() ? tr("%1 parked here").arg(who) : tr("%1, parked by %2").arg(who, by);
        return what + returnsIn(a, nowMs);
    }
    case Kind::Queued: {
        const QString waited
            = a.sinceMs > 0 && nowMs >= a.sinceMs ? UiText::duration(nowMs - a.sinceMs) : QString();
        if (a.position > 0 && !waited.isEmpty())
            return tr("waiting in queue %1 (position %2, %3)").arg(a.place).arg(a.position).arg(waited);
        if (a.position > 0)
            return tr("waiting in queue %1 (position %2)").arg(a.place).arg(a.position);
        return tr("waiting in queue %1").arg(a.place);
    }
    case Kind::Conference:
        return tr("in conference %1").arg(a.place);
    case Kind::Other:
        return {};
    }
    return {};
}

QString ActivityText::mark(Kind kind)
{
    switch (kind) {
    case Kind::Ringing:
        return tr("RING");
    case Kind::Dialling:
        return tr("CALLING");
    case Kind::OnHold:
        return tr("HOLD");
    case Kind::Voicemail:
    case Kind::VoicemailMenu:
        return tr("VOICEMAIL");
    case Kind::Parked:
    case Kind::ParkedHere:
        return tr("PARKED");
    case Kind::Queued:
        return tr("QUEUE");
    case Kind::Talking:
        return tr("TALK");
    case Kind::Conference:
        return tr("CONF");
    case Kind::None:
    case Kind::Other:
        break;
    }
    return tr("CALL");
}

Pbx::ExtensionState ActivityText::markState(Kind kind)
{
    switch (kind) {
    case Kind::Ringing:
    case Kind::Dialling:
    case Kind::Queued:
        return Pbx::ExtensionState::Ringing;
    case Kind::OnHold:
    case Kind::Parked:
    case Kind::ParkedHere:
        return Pbx::ExtensionState::OnHold;
    case Kind::Voicemail:
    case Kind::VoicemailMenu:
    case Kind::Other:
    case Kind::None:
        return Pbx::ExtensionState::Unknown; // neutral: nobody talks
    case Kind::Talking:
    case Kind::Conference:
        break;
    }
    return Pbx::ExtensionState::InUse;
}

QString ActivityText::stateWord(const Pbx::CallActivity& a)
{
    return a.kind == Kind::ParkedHere ? tr("Parked call") : QString();
}
