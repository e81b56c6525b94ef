// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/Device.h"

namespace Pbx {

bool Device::isBusyOrInUse() const
{
    return state.compare(QLatin1String("BUSY"), Qt::CaseInsensitive) == 0
        || state.compare(QLatin1String("INUSE"), Qt::CaseInsensitive) == 0;
}

bool Device::isKnown() const
{
    return !state.isEmpty() && state.compare(QLatin1String("UNKNOWN"), Qt::CaseInsensitive) != 0;
}

} // namespace Pbx
