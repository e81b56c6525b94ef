// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

// A device as DeviceStateChange reports it ("PJSIP/1001", "Custom:DND1001",
// "MWI:1001@default", "Queue:support_avail", "park:701@parkedcalls").
struct Device
{
    QString name;
    QString state; // Asterisk's words: NOT_INUSE, INUSE, BUSY, INVALID, UNAVAILABLE, RINGING, RINGINUSE,
                   // ONHOLD, UNKNOWN

    // BUSY or INUSE: what a Custom:DND device is set to when DND is on.
    bool isBusyOrInUse() const;
    // Reported and not UNKNOWN (what a Custom: state never set reads).
    bool isKnown() const;

    friend bool operator==(const Device&, const Device&) = default;
};

} // namespace Pbx
