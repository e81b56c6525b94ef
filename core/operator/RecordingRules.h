// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct CallRecording;

// What the desk may do about the recording of a live call right now, and if
// not, why: the tile menu, the keys and the recording panel ask here, so a
// disabled action can say its reason. Asterisk 22 pauses with MixMonitorMute
// (no PauseMonitor any more: 09-mixmonitor-actions).
class RecordingRules final
{
public:
    enum class Action
    {
        Start, // MixMonitor
        Pause, // MixMonitorMute both, State 1
        Resume, // MixMonitorMute both, State 0
        Stop, // StopMixMonitor
    };

    enum class Refusal
    {
        None,
        NoCall, // nothing chosen, or the call ended
        AlreadyRecording,
        NotRecording,
        AlreadyPaused,
        NotPaused,
        NoRights, // the AMI account lacks the write class (system for MixMonitor*, call for pausing)
    };

    // `recording`: the call's running recording, whoever started it; null when none.
    static Refusal check(Action action, bool hasCall, const CallRecording* recording, bool permitted);
    // Start or stop, and pause or resume: what the two keys do now.
    static Action startStop(const CallRecording* recording);
    static Action pauseResume(const CallRecording* recording);
};
