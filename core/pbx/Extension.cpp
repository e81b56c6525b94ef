// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/Extension.h"

namespace Pbx {

ExtensionState shownState(const Extension& extension, const ExtensionActivity& activity)
{
    const ExtensionState state = extension.state;
    if ((state != ExtensionState::Idle && state != ExtensionState::Unknown) || activity.activeCalls <= 0)
        return state;
    if (activity.ringing)
        return activity.activeCalls > 1 ? ExtensionState::InUseRinging : ExtensionState::Ringing;
    if (activity.heldCalls >= activity.activeCalls)
        return ExtensionState::OnHold;
    return activity.heldCalls > 0 ? ExtensionState::InUseOnHold : ExtensionState::InUse;
}

} // namespace Pbx
