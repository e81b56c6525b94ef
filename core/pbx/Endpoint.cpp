// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/Endpoint.h"

namespace Pbx {

namespace {
bool is(const QString& a, const char* b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}
} // namespace

Endpoint::Reachability Endpoint::fromContactStatus(const QString& status)
{
    // NonQualified = registered without OPTIONS qualify: as good as reachable.
    if (is(status, "Reachable") || is(status, "NonQualified") || is(status, "Created"))
        return Reachability::Reachable;
    if (is(status, "Unreachable") || is(status, "Removed"))
        return Reachability::Unreachable;
    return Reachability::Unknown;
}

Endpoint::Reachability Endpoint::fromPeerStatus(const QString& status)
{
    if (is(status, "Reachable") || is(status, "Registered") || is(status, "Lagged"))
        return Reachability::Reachable;
    if (is(status, "Unreachable") || is(status, "Unregistered") || is(status, "Rejected"))
        return Reachability::Unreachable;
    return Reachability::Unknown;
}

} // namespace Pbx
