// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallActivity.h"
#include "core/pbx/ExtensionState.h"

#include <QCoreApplication>
#include <QString>

// Words for what a call really is (Pbx::CallActivity), shared by the tiles,
// the calls panel and what a screen reader hears.
class ActivityText final
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
public:
    // "with Bob Example 1002", "leaving a message for Dave Example 1004",
    // "parked on 701 by Operator 1000 · returns in 1:40",
    // "waiting in queue support (position 1, 0:42)"; empty for None.
    static QString sentence(const Pbx::CallActivity& activity, qint64 nowMs);
    // Short word beside the calls panel's mark: "TALK", "HOLD", "RING", "VOICEMAIL", "PARKED", "QUEUE"…
    static QString mark(Pbx::CallActivity::Kind kind);
    // The state whose colour the mark takes (never the only signal: the word goes with it).
    static Pbx::ExtensionState markState(Pbx::CallActivity::Kind kind);
    // A parking space's state word ("Parked call") instead of "On a call"; empty otherwise.
    static QString stateWord(const Pbx::CallActivity& activity);
    // "Dave Example 1004", "1004", "Dave Example"; empty if both are.
    static QString party(const QString& number, const QString& name);
};
