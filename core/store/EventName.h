// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>

// Matching AMI event names in a store's switch: FNV-1a over the lower-cased
// name, so names are matched case-insensitively with one pass and one switch
// however many there are. A case confirms with equals() (hashes may collide):
//
//   switch (m.eventNameHash()) {
//   case EventName::hash("Hangup"):
//       if (EventName::equals(m.eventName(), "Hangup")) ...
namespace EventName {

constexpr quint32 hash(const char* s, qsizetype n)
{
    // The same function the parser hashes every event's name with (AmiMessage::eventNameHash()).
    return AmiMessage::nameHash(s, n);
}

template <qsizetype N>
constexpr quint32 hash(const char (&s)[N])
{
    return hash(s, N - 1);
}

inline quint32 hash(QByteArrayView name)
{
    return hash(name.data(), name.size());
}

inline bool equals(QByteArrayView a, QByteArrayView b)
{
    // Asterisk spells the names as the tables do: the exact bytes first.
    return a.size() == b.size()
        && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0
            || qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0);
}

} // namespace EventName
