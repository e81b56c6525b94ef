// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ExtensionIndex.h"

#include <algorithm>

using Pbx::Extension;

namespace {
// Grows a hash once it is `percent` full, before it would grow by itself.
template <typename Hash>
void growAt(Hash& hash, qsizetype percent)
{
    if (hash.size() >= 64 && hash.size() * 100 >= hash.capacity() * percent)
        hash.reserve(hash.capacity() * 2);
}
} // namespace

void ExtensionIndex::clear()
{
    m_devices.clear();
    m_numbers.clear();
    m_otherPresence.clear();
}

void ExtensionIndex::growAhead()
{
    // The store's table and these two indexes fill up together: left alone,
    // all three would rehash on the same list item (some 50 ms at 16,384
    // extensions). Grown at different points, each rehash falls in another read.
    growAt(m_numbers, 70);
    growAt(m_devices, 85);
}

QStringList ExtensionIndex::presenceCandidates(const QString& presentity) const
{
    QStringList keys;
    const QLatin1StringView prefix = CustomPresencePrefix;
    if (presentity.startsWith(prefix, Qt::CaseInsensitive))
        keys = ofNumber(presentity.sliced(prefix.size()));
    for (const QString& key : m_otherPresence)
        keys.append(key);
    return keys;
}

void ExtensionIndex::update(const Extension& e, bool add)
{
    const QString key = e.key();
    const auto index = [&](QHash<QString, QStringList>& hash, const QString& value) {
        QStringList& keys = hash[value];
        if (add) {
            if (!keys.contains(key))
                keys.append(key);
        } else {
            keys.removeOne(key);
            if (keys.isEmpty())
                hash.remove(value);
        }
    };
    for (const QString& device : e.devices())
        index(m_devices, device);
    index(m_numbers, e.exten);
    if (!e.hint.presenceProvider().isEmpty() && !hasOwnPresence(e)) {
        if (add)
            m_otherPresence.insert(key);
        else
            m_otherPresence.remove(key);
    }
}

bool ExtensionIndex::hasOwnPresence(const Extension& e)
{
    // "CustomPresence:1001" in 1001's hint, the usual shape: found through
    // the number. A letter in the number would need a case-blind lookup.
    const QString& provider = e.hint.presenceProvider();
    const QLatin1StringView prefix = CustomPresencePrefix;
    return provider.size() == prefix.size() + e.exten.size()
        && provider.startsWith(prefix, Qt::CaseInsensitive)
        && QStringView(provider).sliced(prefix.size()) == e.exten
        && std::none_of(e.exten.cbegin(), e.exten.cend(), [](QChar c) { return c.isLetter(); });
}

const QStringList& ExtensionIndex::valueOf(const QHash<QString, QStringList>& hash, const QString& key)
{
    static const QStringList none;
    const auto it = hash.constFind(key);
    return it == hash.cend() ? none : *it;
}
