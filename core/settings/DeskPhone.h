// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class AmiMessage;

// A phone of the PBX that can be the operator's own desk phone: the device
// of an extension's hint ("PJSIP/1001" of "PJSIP/1001,CustomPresence:1001"),
// as ExtensionStateList lists them after a login. First start offers these
// instead of a default that is somebody else's phone on a real PBX.
struct DeskPhone
{
    QString device; // "PJSIP/1001"
    QString extension; // "1001"
    bool registered = false; // the device is reachable (not Unavailable)

    // ExtensionStatus events of an ExtensionStateList: one phone per device,
    // registered ones first, then by extension (numbers numerically).
    // Parking spaces, queues and custom states are no phones.
    static QList<DeskPhone> fromExtensionStates(const QList<AmiMessage>& events);
    // The hint's first device that is a phone ("Tech/resource"), or empty.
    static QString phoneDevice(const QString& hint);
    bool operator==(const DeskPhone&) const = default;
};
