// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/CallRecordingText.h"

#include "core/pbx/AmiPermissions.h"
#include "ui/common/UiText.h"

using Action = RecordingRules::Action;
using Refusal = RecordingRules::Refusal;

QString CallRecordingText::action(Action action)
{
    switch (action) {
    case Action::Start:
        return tr("&Record call");
    case Action::Pause:
        return tr("&Pause recording");
    case Action::Resume:
        return tr("Res&ume recording");
    case Action::Stop:
        return tr("&Stop recording");
    }
    return {};
}

RecordingControl::Operation CallRecordingText::operation(Action action)
{
    switch (action) {
    case Action::Start:
        return RecordingControl::Operation::Start;
    case Action::Pause:
        return RecordingControl::Operation::Pause;
    case Action::Resume:
        return RecordingControl::Operation::Resume;
    case Action::Stop:
        break;
    }
    return RecordingControl::Operation::Stop;
}

QString CallRecordingText::refusal(Refusal refusal, Action action)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoCall:
        return tr("Choose a call first (a tile on a call, or a row of the calls panel)");
    case Refusal::AlreadyRecording:
        return tr("This call is being recorded already");
    case Refusal::NotRecording:
        return tr("This call is not being recorded");
    case Refusal::AlreadyPaused:
        return tr("The recording is paused already");
    case Refusal::NotPaused:
        return tr("The recording is not paused");
    case Refusal::NoRights: {
        const QByteArray ami = RecordingControl::actionOf(operation(action));
        const QStringList classes = AmiPermissions::classesFor(ami);
        return UiText::missingPermission(classes.isEmpty() ? QString::fromLatin1(ami) : classes.join(u'/'));
    }
    }
    return {};
}

QString CallRecordingText::indicator(int state, qint64 sinceMs, qint64 nowMs)
{
    const QString time = UiText::duration(nowMs - sinceMs);
    switch (state) {
    case Recording:
        return tr("● REC %1").arg(time);
    case Paused:
        return tr("‖ REC paused %1").arg(time);
    default:
        return {};
    }
}

QString CallRecordingText::spoken(int state, qint64 sinceMs, qint64 nowMs)
{
    const QString time = UiText::duration(nowMs - sinceMs);
    switch (state) {
    case Recording:
        return tr("recorded for %1").arg(time);
    case Paused:
        return tr("recording paused (%1)").arg(time);
    default:
        return {};
    }
}
