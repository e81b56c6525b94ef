// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QString>
#include <QStringList>

class Clock;

// Small helpers shared by the stores (not a public API).
namespace PbxStateUtil {

// "1795737750.600926" → ms since the epoch; 0 if absent or malformed.
qint64 parseTimestampMs(QByteArrayView raw);
// "00:01:05" (CoreShowChannel Duration) → ms; plain seconds accepted too.
qint64 parseDurationMs(QByteArrayView raw);
// When the event happened: its Timestamp, else (list items have none) now.
qint64 eventTimeMs(const AmiMessage& m, const Clock* clock);

inline bool equalsLatin1(const QString& s, QByteArrayView raw)
{
    return s.size() == raw.size() && s == QLatin1String(raw.data(), raw.size());
}

// Sets target from the header if the message has it; true if it changed.
inline bool assignIfPresent(const AmiMessage& m, QByteArrayView key, QString& target)
{
    const qsizetype i = m.indexOf(key);
    if (i < 0)
        return false;
    const QByteArrayView raw = m.rawValueAt(i);
    if (equalsLatin1(target, raw))
        return false;
    QString v = AmiMessage::decode(raw);
    if (v == target)
        return false;
    target = std::move(v);
    return true;
}

inline void touch(QStringList& list, const QString& key)
{
    if (!list.contains(key))
        list.append(key);
}

inline bool isTrue(QByteArrayView raw)
{
    return raw == "1" || raw.compare("true", Qt::CaseInsensitive) == 0
        || raw.compare("yes", Qt::CaseInsensitive) == 0;
}

} // namespace PbxStateUtil
