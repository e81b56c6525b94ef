// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>

// What a tile shows, derived from the hint's ExtensionStatus code
// (-2 removed, -1 no hint, 0 idle, 1 in use, 2 busy, 4 unavailable,
// 8 ringing, 9 in use + ringing, 16 on hold, 17 in use + on hold), from a
// DND custom device or presence, and from the channels' hold flags.
namespace Pbx {
Q_NAMESPACE

enum class ExtensionState
{
    Unknown, // not yet known (before sync), or a code Asterisk did not define
    Removed, // -2: the hint was removed
    NoHint, // -1: extension without hint
    Idle, // 0
    InUse, // 1
    Busy, // 2
    Unavailable, // 4: unregistered / unreachable
    Ringing, // 8
    InUseRinging, // 9
    OnHold, // 16
    InUseOnHold, // 17
    DoNotDisturb, // hint or Custom:DND<ext> device says so; never shown as plain Busy
};
Q_ENUM_NS(ExtensionState)

// Maps an ExtensionStatus "Status:" code; unknown codes give Unknown.
ExtensionState extensionStateFromCode(int code);
// The ExtensionStatus code for a state (DoNotDisturb and Unknown map to their hint's code: -1 here).
int extensionStateCode(ExtensionState state);

} // namespace Pbx
