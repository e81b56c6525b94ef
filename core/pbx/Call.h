// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallActivity.h"

#include <QString>

namespace Pbx {

// A call as a person sees it: every channel sharing one Linkedid, reduced to
// two parties. Built on demand by PbxState::call().
struct Call
{
    QString linkedid;
    QString callerChannel; // uniqueid
    QString callerChannelName;
    QString callerNumber;
    QString callerName;
    QString calleeChannel; // uniqueid, empty while nobody is dialled yet
    QString calleeChannelName;
    QString calleeNumber;
    QString calleeName;
    qint64 startMs = 0; // first channel created
    qint64 answeredMs = 0; // both parties bridged, 0 if not yet
    bool onHold = false;
    bool ringing = false; // the callee rings, not answered yet
    QString queue;
    int channelCount = 0;
    // What the caller really does (talking, parked, queued, in voicemail…); when the
    // caller only waits in the dialplan, what the callee does.
    CallActivity activity;
    // Not empty when this call's parties are bridged with a call of another
    // Linkedid that stands for the same conversation (the older one): lists show that one only.
    QString duplicateOf;

    friend bool operator==(const Call&, const Call&) = default;
};

} // namespace Pbx
