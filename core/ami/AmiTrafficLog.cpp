// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiTrafficLog.h"

#include "core/ami/AmiLogging.h"
#include "core/ami/AmiRequest.h"

// Traffic (debug) only when asked for: it is verbose.
Q_LOGGING_CATEGORY(lcAmi, "attendant.ami", QtInfoMsg)

namespace {

constexpr QByteArrayView Redacted("********");

} // namespace

QString AmiTrafficLog::describe(const AmiMessage& message)
{
    if (message.kind() == AmiMessage::Kind::Banner)
        return message.bannerText();
    QString out;
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (i > 0)
            out += QLatin1String("\\r\\n");
        out += QString::fromLatin1(message.keyAt(i)) + QLatin1String(": ");
        out += AmiRequest::isSensitiveKey(message.keyAt(i)) ? QString::fromLatin1(Redacted)
                                                            : message.valueAt(i);
    }
    if (message.hasLegacyOutput())
        out += QStringLiteral(" [%1 output lines]").arg(message.outputLines().size());
    return out;
}
