// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Pbx {

struct QueueMember
{
    Q_GADGET
public:
    // What the member's phone does, as Asterisk's AST_DEVICE_* numbers say it
    // (QueueMember/QueueMemberStatus "Status:"; DeviceStateChange words).
    enum class Status
    {
        Unknown = 0,
        NotInUse = 1,
        InUse = 2,
        Busy = 3,
        Invalid = 4, // no such device (a typo in queues.conf, a removed phone)
        Unavailable = 5, // not registered / not reachable
        Ringing = 6,
        RingInUse = 7,
        OnHold = 8,
    };
    Q_ENUM(Status)

    // Unknown for numbers Asterisk does not define.
    static Status statusFromCode(int code);
    // "NOT_INUSE", "UNAVAILABLE", … (DeviceStateChange State); Unknown otherwise.
    static Status statusFromDeviceState(const QString& state);

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
