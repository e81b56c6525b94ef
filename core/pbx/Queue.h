// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Pbx {

struct QueueMember
{
    QString interface; // "PJSIP/1002" (Interface / Location)
    QString name; // MemberName / Name
    QString stateInterface;
    QString membership; // static, dynamic, realtime
    int status = 0; // device state code (AST_DEVICE_*): 1 not in use, 2 in use, 6 ringing, 8 on hold, …
    bool paused = false;
    QString pausedReason;
    bool inCall = false;
    int callsTaken = 0;

    friend bool operator==(const QueueMember&, const QueueMember&) = default;
};

struct QueueCaller
{
    QString uniqueid;
    QString channel;
    QString callerIdNum;
    QString callerIdName;
    int position = 0;
    qint64 joinedMs = 0;

    friend bool operator==(const QueueCaller&, const QueueCaller&) = default;
};

struct Queue
{
    QString name;
    QString strategy;
    QList<QueueMember> members; // in the order Asterisk lists them
    QList<QueueCaller> callers; // sorted by position

    friend bool operator==(const Queue&, const Queue&) = default;
};

} // namespace Pbx
