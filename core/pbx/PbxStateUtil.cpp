// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxStateUtil.h"

#include "core/common/Clock.h"

namespace PbxStateUtil {

namespace {
// Longer than any call or uptime, far from overflowing a millisecond count
// (fuzz_pbx_state: a 20-digit Duration overflowed qint64).
constexpr qint64 MaxSeconds = qint64(1) << 40;
} // namespace

qint64 parseTimestampMs(QByteArrayView raw)
{
    if (raw.isEmpty())
        return 0;
    const qsizetype dot = raw.indexOf('.');
    bool ok = false;
    const qint64 secs = (dot < 0 ? raw : raw.first(dot)).toLongLong(&ok);
    if (!ok || secs < 0 || secs > MaxSeconds)
        return 0;
    qint64 ms = 0;
    if (dot >= 0) {
        const QByteArrayView frac = raw.sliced(dot + 1);
        for (qsizetype i = 0; i < 3; ++i) {
            const char c = i < frac.size() ? frac[i] : '0';
            if (c < '0' || c > '9')
                return 0;
            ms = ms * 10 + (c - '0');
        }
    }
    return secs * 1000 + ms;
}

qint64 parseDurationMs(QByteArrayView raw)
{
    qint64 total = 0;
    qint64 part = 0;
    for (char c : raw) {
        if (c >= '0' && c <= '9') {
            part = part * 10 + (c - '0');
        } else if (c == ':') {
            total = (total + part) * 60;
            part = 0;
        } else {
            return 0;
        }
        if (part > MaxSeconds || total > MaxSeconds)
            return 0;
    }
    return (total + part) * 1000;
}

qint64 eventTimeMs(const AmiMessage& m, const Clock* clock)
{
    const qint64 t = parseTimestampMs(m.rawValue("Timestamp"));
    return t > 0 ? t : clock->currentMSecsSinceEpoch();
}

} // namespace PbxStateUtil
