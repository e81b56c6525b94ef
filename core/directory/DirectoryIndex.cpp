// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryIndex.h"

#include <algorithm>
#include <numeric>
#include <string_view>

namespace {

constexpr QChar fieldSeparator(0x1f);

// Table lookup: this runs for every hit of every keystroke.
struct BoundaryTable
{
    constexpr BoundaryTable()
    {
        for (char c : std::string_view(" \t-.@_+(),/;:'\"\x1f"))
            ascii[static_cast<unsigned char>(c)] = true;
    }
    bool ascii[128] = {};
};
constexpr BoundaryTable boundaries;

bool isWordBoundary(QChar c)
{
    return c.unicode() < 128 ? boundaries.ascii[c.unicode()] : c.isSpace();
}

// Finds needle in hay from pos by scanning (SIMD, in Qt) for the needle's
// rarest character and comparing around it: far faster than a general
// substring search over megabytes of text.
struct Finder
{
    QStringView needle;
    qsizetype anchor; // offset of the rarest character in needle

    qsizetype find(QStringView hay, qsizetype pos) const
    {
        const QChar a = needle.at(anchor);
        const qsizetype n = needle.size();
        for (qsizetype from = pos + anchor;;) {
            const qsizetype hit = hay.indexOf(a, from);
            if (hit < 0)
                return -1;
            const qsizetype start = hit - anchor;
            if (start + n > hay.size())
                return -1;
            if (hay.mid(start, n) == needle)
                return start;
            from = hit + 1;
        }
    }
};

// Bit of a character in the per-contact masks: a-z, 0-9 and + (a typed
// international number starts with it); -1 for others.
int maskBit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'a' && u <= 'z')
        return u - 'a';
    if (u >= '0' && u <= '9')
        return 26 + (u - '0');
    return u == '+' ? 36 : -1;
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
    m_lastNeedle.clear();
    m_lastHits.clear();
    mergeSources();
    const QList<QString> names = sortByName();
    buildHaystack(names);
    buildMasks();
}

void DirectoryIndex::mergeSources()
{
    m_contacts.clear();
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
                mergeInto(m_contacts[target], c);
            }
            if (!uidKey.isEmpty())
                byUid.insert(uidKey, target);
            if (!mailKey.isEmpty())
                byMail.insert(mailKey, target);
            if (!extKey.isEmpty())
                byExtensionName.insert(extKey, target);
        }
    }
}

void DirectoryIndex::mergeInto(Contact& m, const Contact& c)
{
    // The source added first wins for single-valued fields; numbers are united.
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

QList<QString> DirectoryIndex::sortByName()
{
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
    QList<QString> sortedNames;
    sorted.reserve(m_contacts.size());
    sortedNames.reserve(m_contacts.size());
    for (int i : std::as_const(order)) {
        sorted.append(std::move(m_contacts[i]));
        sortedNames.append(names.at(i));
    }
    m_contacts = std::move(sorted);
    return sortedNames;
}

void DirectoryIndex::buildHaystack(const QList<QString>& names)
{
    m_haystack.clear();
    m_offsets.clear();
    m_offsets.reserve(m_contacts.size() + 1);
    m_haystack.reserve(m_contacts.size() * 64);
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        const Contact& c = m_contacts.at(i);
        m_offsets.append(m_haystack.size());
        m_haystack += fieldSeparator + names.at(i);
        // Numbers only in normalized form: needleFor() normalizes a typed
        // number too, so "030 12-34" and "+49 30 1234" meet as digits.
        for (const PhoneNumber& n : c.numbers)
            m_haystack += fieldSeparator + normalizedNumber(n.number);
        for (const QString* field : {&c.uid, &c.mail, &c.department}) {
            if (!field->isEmpty())
                m_haystack += fieldSeparator + fold(*field);
        }
    }
    m_haystack += fieldSeparator;
    m_offsets.append(m_haystack.size());
    m_haystack.squeeze();
    m_charCount.assign(0x10000, 0);
    for (QChar c : std::as_const(m_haystack))
        ++m_charCount[c.unicode()];
}

void DirectoryIndex::buildMasks()
{
    // The first keystroke is one letter or digit and matches most of the
    // directory: answer it from masks instead of scanning the text.
    m_masks.assign(m_contacts.size(), CharMasks {});
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        const QStringView s = slice(int(i));
        CharMasks& m = m_masks[i];
        for (qsizetype k = 1; k + 1 < s.size(); ++k) {
            const int bit = maskBit(s.at(k));
            if (bit < 0)
                continue;
            const quint64 flag = quint64(1) << bit;
            m.contains |= flag;
            if (isWordBoundary(s.at(k - 1)))
                m.wordStart |= flag;
            if (s.at(k - 1) == fieldSeparator && s.at(k + 1) == fieldSeparator)
                m.wholeField |= flag;
        }
    }
}

QStringView DirectoryIndex::slice(int index) const
{
    // Includes the separator that closes the last field (the next contact's opener).
    const qsizetype begin = m_offsets.at(index);
    return QStringView(m_haystack).mid(begin, m_offsets.at(index + 1) - begin + 1);
}

DirectoryIndex::Rank DirectoryIndex::bestRank(QStringView s, QStringView needle, qsizetype firstAt) const
{
    Rank best = Rank::Substring;
    const Finder finder {needle, anchorOf(needle)};
    for (qsizetype at = firstAt; at >= 0; at = finder.find(s, at + 1)) {
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
    const QString needle = needleFor(text);
    const QStringView s = slice(index);
    const qsizetype at = s.indexOf(needle);
    return at < 0 ? Rank::Substring : bestRank(s, needle, at);
}

qsizetype DirectoryIndex::anchorOf(QStringView needle) const
{
    qsizetype best = 0;
    for (qsizetype i = 1; i < needle.size(); ++i) {
        if (m_charCount.empty()
            || m_charCount[needle.at(i).unicode()] < m_charCount[needle.at(best).unicode()])
            best = i;
    }
    return best;
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
        m_lastNeedle.clear();
        m_lastHits.clear();
        hits.resize(m_contacts.size());
        std::iota(hits.begin(), hits.end(), 0);
        return hits;
    }
    // Hits are found in name order; bucketing by rank keeps each bucket alphabetical.
    QList<int> buckets[3];
    if (const int bit = needle.size() == 1 ? maskBit(needle.at(0)) : -1; bit >= 0)
        searchMasks(quint64(1) << bit, hits, buckets);
    else
        searchText(needle, hits, buckets);
    m_lastNeedle = needle;
    m_lastHits = hits;
    buckets[0] += buckets[1];
    buckets[0] += buckets[2];
    return buckets[0];
}

void DirectoryIndex::searchMasks(quint64 flag, QList<int>& hits, QList<int> (&buckets)[3]) const
{
    hits.reserve(m_contacts.size());
    for (qsizetype i = 0; i < qsizetype(m_masks.size()); ++i) {
        const CharMasks& m = m_masks[i];
        if (!(m.contains & flag))
            continue;
        hits.append(int(i));
        const Rank r = (m.wholeField & flag) ? Rank::Exact
            : (m.wordStart & flag)           ? Rank::Prefix
                                             : Rank::Substring;
        buckets[int(r)].append(int(i));
    }
}

void DirectoryIndex::searchText(const QString& needle, QList<int>& hits, QList<int> (&buckets)[3]) const
{
    const Finder finder {needle, anchorOf(needle)};
    const auto add = [&](int index, QStringView s, qsizetype at) {
        hits.append(index);
        buckets[int(bestRank(s, needle, at))].append(index);
    };
    if (!m_lastNeedle.isEmpty() && needle.startsWith(m_lastNeedle)) {
        // Typing on: only the previous hits can still match.
        hits.reserve(m_lastHits.size());
        for (int i : std::as_const(m_lastHits)) {
            const QStringView s = slice(i);
            const qsizetype at = finder.find(s, 0);
            if (at >= 0)
                add(i, s, at);
        }
        return;
    }
    const QStringView all(m_haystack);
    int index = 0;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype at = finder.find(all, pos);
        if (at < 0)
            break;
        // Hits only move forward: walk the offsets instead of searching them.
        while (m_offsets.at(index + 1) <= at)
            ++index;
        const QStringView s = slice(index);
        add(index, s, at - m_offsets.at(index));
        pos = m_offsets.at(index + 1);
    }
}

QString DirectoryIndex::mailboxOwner(const QString& context, const QString& mailbox) const
{
    const QString key = mailbox + u'@' + context;
    for (const Contact& c : m_contacts) {
        if (c.mailbox == key || (c.mailbox.isEmpty() && c.extension() == mailbox))
            return c.name;
    }
    return QString();
}
