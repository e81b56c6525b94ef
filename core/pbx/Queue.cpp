// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/Queue.h"

#include <array>

namespace Pbx {

QueueMember::Status QueueMember::statusFromCode(int code)
{
    return code >= 0 && code <= int(Status::OnHold) ? Status(code) : Status::Unknown;
}

QueueMember::Status QueueMember::statusFromDeviceState(const QString& state)
{
    // Asterisk's ast_devstate_str() words, in AST_DEVICE_* order.
    static const std::array<QLatin1StringView, 9> words {QLatin1StringView("UNKNOWN"),
        QLatin1StringView("NOT_INUSE"), QLatin1StringView("INUSE"), QLatin1StringView("BUSY"),
        QLatin1StringView("INVALID"), QLatin1StringView("UNAVAILABLE"), QLatin1StringView("RINGING"),
        QLatin1StringView("RINGINUSE"), QLatin1StringView("ONHOLD")};
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (state.compare(words[i], Qt::CaseInsensitive) == 0)
            return Status(int(i));
    }
    return Status::Unknown;
}

} // namespace Pbx
