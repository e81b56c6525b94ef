// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/DirectoryIndex.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr QChar fieldSeparator(0x1f);

bool isWordBoundary(QChar c)
{
    return c == fieldSeparator || c.isSpace() || QStringView(u"-.@_+(),/;:'\"").contains(c);
}

} // namespace

QString DirectoryIndex::fold(QStringView text)
{
    // Fast path: plain ASCII needs no decomposition.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString out;
    if (ascii) {
        out.reserve(text.size());
        for (QChar c : text)
            out += (c.unicode() >= 'A' && c.unicode() <= 'Z') ? QChar(c.unicode() + 32) : c;
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

void DirectoryIndex::setContacts(const QString& sourceId, const QList<Contact>& contacts)
{
    if (!m_sourceOrder.contains(sourceId))
        m_sourceOrder.append(sourceId);
    m_bySource.insert(sourceId, contacts);
    rebuild();
}

void DirectoryIndex::removeSource(const QString& sourceId)
{
    m_sourceOrder.removeAll(sourceId);
    m_bySource.remove(sourceId);
    rebuild();
}

void DirectoryIndex::rebuild()
{
    m_contacts.clear();
    m_lastNeedle.clear();
    m_lastHits.clear();

    // Keys of contacts merged so far -> position in m_contacts (and the source it came from).
    QHash<QString, int> byUid, byMail, byExtensionName;
    QList<QString> firstSource;
    for (const QString& sourceId : std::as_const(m_sourceOrder)) {
        const QList<Contact> list = m_bySource.value(sourceId);
        for (const Contact& c : list) {
            const QString uidKey = c.uid.toCaseFolded();
            const QString mailKey = c.mail.toCaseFolded();
            const QString extKey = c.extension().isEmpty()
                ? QString()
                : normalizedNumber(c.extension()) + fieldSeparator + fold(c.name);
            int target = -1;
            for (const auto& [key, map] : {std::pair {&uidKey, &byUid}, std::pair {&mailKey, &byMail},
                     std::pair {&extKey, &byExtensionName}}) {
                if (key->isEmpty())
                    continue;
                const int found = map->value(*key, -1);
                if (found >= 0 && firstSource.at(found) != sourceId) {
                    target = found;
                    break;
                }
            }
            if (target < 0) {
                target = int(m_contacts.size());
                m_contacts.append(c);
                firstSource.append(sourceId);
            } else {
                Contact& m = m_contacts[target];
                for (const PhoneNumber& n : c.numbers)
                    m.addNumber(n.kind, n.number);
                for (auto [mine, theirs] :
                    {std::pair {&m.name, &c.name}, std::pair {&m.uid, &c.uid}, std::pair {&m.mail, &c.mail},
                        std::pair {&m.department, &c.department}, std::pair {&m.title, &c.title},
                        std::pair {&m.mailbox, &c.mailbox}, std::pair {&m.context, &c.context}}) {
                    if (mine->isEmpty())
                        *mine = *theirs;
                }
            }
            if (!uidKey.isEmpty())
                byUid.insert(uidKey, target);
            if (!mailKey.isEmpty())
                byMail.insert(mailKey, target);
            if (!extKey.isEmpty())
                byExtensionName.insert(extKey, target);
        }
    }

    // Sort by folded name once, so that every result list is alphabetical for free.
    QList<QString> names;
    names.reserve(m_contacts.size());
    for (const Contact& c : std::as_const(m_contacts))
        names.append(fold(c.name));
    QList<int> order(m_contacts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&names](int a, int b) { return names.at(a) < names.at(b); });
    QList<Contact> sorted;
    sorted.reserve(m_contacts.size());
    for (int i : std::as_const(order))
        sorted.append(std::move(m_contacts[i]));
    m_contacts = std::move(sorted);

    m_haystack.clear();
    m_offsets.clear();
    m_offsets.reserve(m_contacts.size() + 1);
    m_haystack.reserve(m_contacts.size() * 64);
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        const Contact& c = m_contacts.at(i);
        m_offsets.append(m_haystack.size());
        m_haystack += fieldSeparator + names.at(order.at(i));
        for (const PhoneNumber& n : c.numbers) {
            const QString folded = fold(n.number);
            m_haystack += fieldSeparator + folded;
            const QString digits = normalizedNumber(n.number);
            if (digits != folded)
                m_haystack += fieldSeparator + digits;
        }
        for (const QString* field : {&c.uid, &c.mail, &c.department}) {
            if (!field->isEmpty())
                m_haystack += fieldSeparator + fold(*field);
        }
    }
    m_haystack += fieldSeparator;
    m_offsets.append(m_haystack.size());
    m_haystack.squeeze();
}

QStringView DirectoryIndex::slice(int index) const
{
    // Includes the separator that closes the last field (the next contact's opener).
    const qsizetype begin = m_offsets.at(index);
    return QStringView(m_haystack).mid(begin, m_offsets.at(index + 1) - begin + 1);
}

DirectoryIndex::Rank DirectoryIndex::bestRank(QStringView s, QStringView needle) const
{
    Rank best = Rank::Substring;
    for (qsizetype at = s.indexOf(needle); at >= 0; at = s.indexOf(needle, at + 1)) {
        const QChar before = s.at(at - 1); // at >= 1: every slice starts with a separator
        if (before == fieldSeparator && at + needle.size() < s.size()
            && s.at(at + needle.size()) == fieldSeparator)
            return Rank::Exact;
        if (isWordBoundary(before))
            best = Rank::Prefix;
    }
    return best;
}

DirectoryIndex::Rank DirectoryIndex::rank(int index, const QString& text) const
{
    return bestRank(slice(index), needleFor(text));
}

QString DirectoryIndex::needleFor(const QString& text)
{
    // A typed number matches however it is written: "+49 170-1" finds "+49 170 1".
    const QString simplified = text.simplified();
    bool number = false;
    for (QChar c : simplified) {
        if (c.isDigit())
            number = true;
        else if (!QStringView(u"+ ()-./").contains(c))
            return fold(simplified);
    }
    return number ? normalizedNumber(simplified) : fold(simplified);
}

QList<int> DirectoryIndex::search(const QString& text) const
{
    const QString needle = needleFor(text);
    QList<int> hits;
    if (needle.isEmpty()) {
        hits.resize(m_contacts.size());
        std::iota(hits.begin(), hits.end(), 0);
        return hits;
    }
    if (!m_lastNeedle.isEmpty() && needle.startsWith(m_lastNeedle)) {
        // Typing on: only the previous hits can still match.
        hits.reserve(m_lastHits.size());
        for (int i : std::as_const(m_lastHits)) {
            if (slice(i).indexOf(needle) >= 0)
                hits.append(i);
        }
    } else {
        const QStringView all(m_haystack);
        qsizetype pos = 0;
        for (;;) {
            const qsizetype at = all.indexOf(needle, pos);
            if (at < 0)
                break;
            const auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), at);
            const int index = int(it - m_offsets.cbegin()) - 1;
            hits.append(index);
            pos = m_offsets.at(index + 1);
        }
    }
    m_lastNeedle = needle;
    m_lastHits = hits;

    // Bucket by rank; hits are in name order already, so each bucket stays alphabetical.
    QList<int> exact, prefix, substring;
    for (int i : std::as_const(hits)) {
        switch (bestRank(slice(i), needle)) {
        case Rank::Exact:
            exact.append(i);
            break;
        case Rank::Prefix:
            prefix.append(i);
            break;
        case Rank::Substring:
            substring.append(i);
            break;
        }
    }
    exact += prefix;
    exact += substring;
    return exact;
}
