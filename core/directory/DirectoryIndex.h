// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/Contact.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// All contacts of all sources, merged, with a search index for typing.
//
// Merge rule: two contacts from *different* sources are the same person when
// they share a uid (case-insensitive), else a mail address (case-insensitive),
// else an extension *and* the same folded name (a shared extension alone, e.g.
// a reception desk, does not make two people one). The source added first
// wins for single-valued fields both have; numbers are united (same digits
// kept once). Contacts within one source are never merged: that is the
// source's business.
//
// Search: case- and accent-insensitive ("muller" finds "Müller") over name,
// numbers (also normalized: "301234" and "+49 (30) 12-34" find "+49 30 1234"), uid, mail and
// department. Results rank exact field matches first, then matches at the
// start of a word, then anywhere; alphabetical within each rank. Folded text
// is precomputed at load in one contiguous buffer, and a query that extends
// the previous one only re-checks the previous hits, so typing stays fast on
// 100 k contacts (see bench/directory).
class DirectoryIndex final
{
public:
    enum class Rank
    {
        Exact,
        Prefix,
        Substring,
    };

    // Replaces the contacts of one source (adds the source on first use).
    void setContacts(const QString& sourceId, const QList<Contact>& contacts);
    void removeSource(const QString& sourceId);
    QStringList sourceIds() const { return m_sourceOrder; }

    // Merged contacts, sorted by name.
    const QList<Contact>& contacts() const { return m_contacts; }
    // The name of whoever owns mailbox@context ("1001@default"), else of the
    // contact with that extension and no mailbox of its own; empty if nobody.
    QString mailboxOwner(const QString& context, const QString& mailbox) const;
    qsizetype size() const { return m_contacts.size(); }

    // Indexes into contacts(), best first. An empty text gives everything.
    QList<int> search(const QString& text) const;
    // The rank of contacts()[index] for text (for tests and highlighting).
    Rank rank(int index, const QString& text) const;

    // Case folding without accents: NFD, combining marks dropped, case-folded.
    static QString fold(QStringView text);

private:
    static QString needleFor(const QString& text);
    // Offset of the needle's least frequent character in the haystack.
    qsizetype anchorOf(QStringView needle) const;
    void rebuild();
    void mergeSources();
    static void mergeInto(Contact& merged, const Contact& other);
    // Sorts m_contacts by folded name; returns the folded names in the new order.
    QList<QString> sortByName();
    void buildHaystack(const QList<QString>& names);
    void buildMasks();
    // One letter or digit, from the masks.
    void searchMasks(quint64 flag, QList<int>& hits, QList<int> (&buckets)[3]) const;
    void searchText(const QString& needle, QList<int>& hits, QList<int> (&buckets)[3]) const;
    QStringView slice(int index) const;
    // Best rank of needle in slice, given its first occurrence there.
    Rank bestRank(QStringView slice, QStringView needle, qsizetype firstAt) const;

    QStringList m_sourceOrder;
    QHash<QString, QList<Contact>> m_bySource;
    QList<Contact> m_contacts;
    // "\x1f" field "\x1f" field … per contact, contacts back to back.
    QString m_haystack;
    QList<qsizetype> m_offsets; // size()+1 entries
    std::vector<quint32> m_charCount; // UTF-16 unit -> occurrences in m_haystack
    struct CharMasks
    {
        quint64 contains = 0; // bit per a-z/0-9 somewhere in the contact's fields
        quint64 wordStart = 0; // … at the start of a word
        quint64 wholeField = 0; // … as a whole one-character field
    };
    std::vector<CharMasks> m_masks; // per contact, for one-character queries
    // Last query and its hits (unranked), for incremental narrowing while typing.
    mutable QString m_lastNeedle;
    mutable QList<int> m_lastHits;
};
