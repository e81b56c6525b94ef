// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One MixMonitor running on a channel (tests/data/ami/22.10.1/09-mixmonitor-*).
struct CallRecording
{
    QString channel; // "PJSIP/1001-0000000d"
    QString uniqueid;
    qint64 startedAtMs = 0; // MixMonitorStart's Timestamp
    bool paused = false; // MixMonitorMute Direction both, State 1 (22 has no PauseMonitor)
    QString file; // VarSet MIXMONITOR_FILENAME (class dialplan) or the file asked for; may be empty
};
