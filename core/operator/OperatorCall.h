// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QString>

// A call as the operator's logic needs it: its two sides by channel, the
// parties' names and numbers. Read once from a CallModel row; no model
// index is kept. Devices are plain ("PJSIP/1000"); their channels are
// "PJSIP/1000-00000013".
struct OperatorCall
{
    QString serverId;
    QString key; // CallRoles::Key; empty: no call
    QString callerChannel; // "PJSIP/trunk-00000012"
    QString calleeChannel; // "PJSIP/1000-00000013"
    QString callerName;
    QString callerNumber;
    QString calleeName;
    QString calleeNumber;
    bool ringing = false;

    // The call of a CallModel row (CallRoles); an invalid index gives no call.
    static OperatorCall fromIndex(const QModelIndex& call);
    // "PJSIP/1000-00000013" belongs to device "PJSIP/1000".
    static bool isChannelOf(const QString& channel, const QString& device);
    // "ACME Corp 0612345678", "0612345678" or "Zoë Müller".
    static QString party(const QString& name, const QString& number);

    bool isValid() const { return !key.isEmpty(); }
    // The channel of `device` in the call; empty when it takes no part.
    QString channelOf(const QString& device) const;
    // The other party's channel: the caller when `device` takes no part.
    QString otherChannel(const QString& device) const;
    // The party `device` talks to (the caller when it takes no part).
    QString otherParty(const QString& device) const;
    QString callerParty() const { return party(callerName, callerNumber); }
    QString calleeParty() const { return party(calleeName, calleeNumber); }
    // The plain device of the callee's channel ("PJSIP/1001-0000002a" → "PJSIP/1001").
    QString calleeDevice() const;
};
