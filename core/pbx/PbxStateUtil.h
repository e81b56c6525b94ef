// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QAnyStringView>
#include <QString>
#include <QStringList>

class Clock;

// Small helpers shared by the stores (not a public API).
namespace PbxStateUtil {

// "1795737750.600926" → ms since the epoch; 0 if absent, malformed or absurd.
qint64 parseTimestampMs(QByteArrayView raw);
// "00:01:05" (CoreShowChannel Duration) → ms; plain seconds accepted too;
// 0 if malformed or longer than 2^40 s.
qint64 parseDurationMs(QByteArrayView raw);
// When the event happened: its Timestamp, else (list items have none) now.
qint64 eventTimeMs(const AmiMessage& m, const Clock* clock);

inline bool equalsLatin1(const QString& s, QByteArrayView raw)
{
    return s.size() == raw.size() && s == QLatin1String(raw.data(), raw.size());
}

// Sets target from field i (none if negative); true if it changed.
inline bool assignFieldAt(const AmiMessage& m, qsizetype i, QString& target)
{
    if (i < 0)
        return false;
    const QByteArrayView raw = m.rawValueAt(i);
    if (equalsLatin1(target, raw))
        return false;
    // The same non-ASCII name again (UTF-8): no decoding, no allocation.
    // (A U+FFFD in target may stand for bytes decode() would read as Latin-1.)
    if (QAnyStringView::equal(target, QUtf8StringView(raw.data(), raw.size()))
        && !target.contains(QChar::ReplacementCharacter))
        return false;
    QString v = AmiMessage::decode(raw);
    if (v == target)
        return false;
    target = std::move(v);
    return true;
}

// Sets target from the header if the message has it; true if it changed.
inline bool assignIfPresent(const AmiMessage& m, QByteArrayView key, QString& target)
{
    return assignFieldAt(m, m.indexOf(key), target);
}

// For flush(): the touched keys, taken out of list (a slot may touch again
// while they are announced); list gets spare's capacity. giveBack() returns
// the taken list's capacity, so a flush per event allocates nothing.
inline QStringList takeTouched(QStringList& list, QStringList& spare)
{
    return std::exchange(list, std::exchange(spare, {}));
}
inline void giveBack(QStringList& spare, QStringList& taken)
{
    taken.clear(); // keeps the capacity
    spare.swap(taken);
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
