// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/AmiPermissions.h"
#include "core/pbx/CallControl.h"

// Which AMI action an operator operation sends (with the profile's
// transfer and pickup methods), and what the AMI account lacks to send it.
namespace OperationRights {

QByteArray amiAction(CallControl::Operation operation, const Profile& profile);
// The manager.conf write class to add when `permissions` say the action is
// not permitted (the most recommended one when several would do); else empty.
QString missingClass(
    CallControl::Operation operation, const Profile& profile, const AmiPermissions* permissions);

} // namespace OperationRights
