// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ExtensionState.h"

namespace Pbx {

ExtensionState extensionStateFromCode(int code)
{
    switch (code) {
    case -2:
        return ExtensionState::Removed;
    case -1:
        return ExtensionState::NoHint;
    case 0:
        return ExtensionState::Idle;
    case 1:
        return ExtensionState::InUse;
    case 2:
        return ExtensionState::Busy;
    case 4:
        return ExtensionState::Unavailable;
    case 8:
        return ExtensionState::Ringing;
    case 9:
        return ExtensionState::InUseRinging;
    case 16:
        return ExtensionState::OnHold;
    case 17:
        return ExtensionState::InUseOnHold;
    default:
        return ExtensionState::Unknown;
    }
}

int extensionStateCode(ExtensionState state)
{
    switch (state) {
    case ExtensionState::Removed:
        return -2;
    case ExtensionState::Idle:
        return 0;
    case ExtensionState::InUse:
        return 1;
    case ExtensionState::Busy:
        return 2;
    case ExtensionState::Unavailable:
        return 4;
    case ExtensionState::Ringing:
        return 8;
    case ExtensionState::InUseRinging:
        return 9;
    case ExtensionState::OnHold:
        return 16;
    case ExtensionState::InUseOnHold:
        return 17;
    case ExtensionState::NoHint:
    case ExtensionState::Unknown:
    case ExtensionState::DoNotDisturb:
        break;
    }
    return -1;
}

} // namespace Pbx
