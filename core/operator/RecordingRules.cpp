// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/RecordingRules.h"

#include "core/recording/CallRecording.h"

RecordingRules::Refusal RecordingRules::check(
    Action action, bool hasCall, const CallRecording* recording, bool permitted)
{
    if (!hasCall)
        return Refusal::NoCall;
    // Say first what is true of the call, then whether the account may act.
    switch (action) {
    case Action::Start:
        if (recording)
            return Refusal::AlreadyRecording;
        break;
    case Action::Pause:
        if (!recording)
            return Refusal::NotRecording;
        if (recording->paused)
            return Refusal::AlreadyPaused;
        break;
    case Action::Resume:
        if (!recording)
            return Refusal::NotRecording;
        if (!recording->paused)
            return Refusal::NotPaused;
        break;
    case Action::Stop:
        if (!recording)
            return Refusal::NotRecording;
        break;
    }
    return permitted ? Refusal::None : Refusal::NoRights;
}

RecordingRules::Action RecordingRules::startStop(const CallRecording* recording)
{
    return recording ? Action::Stop : Action::Start;
}

RecordingRules::Action RecordingRules::pauseResume(const CallRecording* recording)
{
    return recording && recording->paused ? Action::Resume : Action::Pause;
}
