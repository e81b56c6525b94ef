// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One member of a ConfBridge room, as ConfbridgeJoin / ConfbridgeList show it
// (tests/data/ami/22.10.1/08-confbridge-*).
struct ConferenceMember
{
    QString channel; // "PJSIP/1001-00000004": ConfbridgeMute/Kick take it (a prefix match in Asterisk)
    QString uniqueid;
    QString number; // CallerIDNum
    QString name; // CallerIDName
    bool admin = false; // Admin: Yes (user profile admin=yes)
    bool marked = false; // MarkedUser: Yes (only ConfbridgeList says it)
    bool waiting = false; // Waiting: Yes (wait_marked and no marked user yet)
    bool muted = false;
    bool talking = false; // ConfbridgeTalking (talk_detection_events=yes in the user profile)
    qint64 joinedAtMs = 0; // wall clock; from the event's Timestamp or ConfbridgeList's AnsweredTime
};
