// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/RecordingRules.h"
#include "core/recording/RecordingControl.h"

#include <QCoreApplication>
#include <QString>

// The words of call recording shared by the tile (its indicator), the tile
// menu and keys, and the recording panel: what each action is called, why one
// is not offered, and the recording's state as a word and a symbol.
class CallRecordingText final
{
    Q_DECLARE_TR_FUNCTIONS(CallRecordingText)
public:
    // ExtensionRoles::Recording values.
    enum State
    {
        NotRecorded = 0,
        Recording = 1,
        Paused = 2,
    };

    // Menu words with their mnemonic: "&Record call", "&Pause recording", …
    static QString action(RecordingRules::Action action);
    static RecordingControl::Operation operation(RecordingRules::Action action);
    // Why an action is not offered; empty for None.
    static QString refusal(RecordingRules::Refusal refusal, RecordingRules::Action action);
    // On the tile: "● REC 0:42", "‖ REC paused 0:42"; empty when not recorded.
    static QString indicator(int state, qint64 sinceMs, qint64 nowMs);
    // For screen readers: "recorded for 0:42", "recording paused (0:42)"; empty when not recorded.
    static QString spoken(int state, qint64 sinceMs, qint64 nowMs);
};
