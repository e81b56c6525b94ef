// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

// One Asterisk channel, keyed by Uniqueid.
struct Channel
{
    enum State
    {
        Down = 0,
        Reserved = 1,
        OffHook = 2,
        Dialing = 3,
        Ring = 4, // the line rings at the far end (outgoing)
        Ringing = 5, // this channel's device rings (incoming)
        Up = 6,
        Busy = 7,
    };

    QString uniqueid;
    QString linkedid;
    QString name; // "PJSIP/1001-00000008", "Local/1003@phones-0000000c;1"
    int state = Down;
    QString callerIdNum;
    QString callerIdName;
    QString connectedLineNum;
    QString connectedLineName;
    QString context;
    QString exten;
    QString application; // the dialplan application running now (Newexten, CoreShowChannel)
    QString applicationData; // its arguments ("1004@default,u" for VoiceMail)

    // In a ConfBridge room, as its application says (also when only CoreShowChannel told).
    bool inConfBridge() const
    {
        return !bridgeId.isEmpty()
            && application.compare(QLatin1String("ConfBridge"), Qt::CaseInsensitive) == 0;
    }
    qint64 applicationSinceMs = 0; // when it started (0 = unknown)
    qint64 createdMs = 0;
    QString bridgeId;
    qint64 bridgeEnteredMs = 0;
    qint64 answeredMs = 0; // first time seen Up
    bool onHold = false; // this side pressed hold (Hold/Unhold on this channel)
    QString heldBy; // uniqueid of the bridge partner that put this side on hold
    // Hold/Unhold or a new bridge said whether it is held: its device's ONHOLD is then a lagging echo.
    bool holdKnown = false;
    QString queue; // queue it waits in / came through
    QString dialedBy; // uniqueid of the channel that dialled it (DialBegin)
    QString device; // deviceOf(name), kept with the name

    bool isLocal() const { return name.startsWith(QLatin1String("Local/"), Qt::CaseInsensitive); }
    // Name of the other half of a Local channel (";1" ↔ ";2"), empty otherwise.
    QString localPartnerName() const;

    // "PJSIP/1001" for "PJSIP/1001-00000008", "Local/1003@phones" for a Local half.
    static QString deviceOf(const QString& channelName);
    // Its phone rings: Ringing, or dialled and not answered yet (Asterisk
    // reports the hint as ringing before the channel's own Newstate).
    bool isRinging() const
    {
        return bridgeId.isEmpty() && (state == Ringing || (state < Ring && !dialedBy.isEmpty()));
    }
    // Either side pressed hold.
    bool isHeld() const { return onHold || !heldBy.isEmpty(); }
    // "<unknown>" and empty are both "nothing known".
    static bool isKnown(const QString& callerIdValue)
    {
        return !callerIdValue.isEmpty() && callerIdValue != QLatin1String("<unknown>");
    }

    friend bool operator==(const Channel&, const Channel&) = default;
};

} // namespace Pbx
