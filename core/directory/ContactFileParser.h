// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/Contact.h"

#include <QObject>

#include <atomic>
#include <limits>

// One row or card of a contact file that was skipped, and why. The rest of
// the file still loads.
struct ContactFileError
{
    Q_GADGET
public:
    enum class Reason
    {
        NoHeader, // CSV: the first row names no column we know
        UnterminatedQuote, // CSV: a quoted field runs to the end of the file
        TextAfterClosingQuote, // CSV: "abc"def
        TooManyFields, // CSV: more fields than the header has columns
        InvalidNumber, // a phone number field holds something else ("call me")
        NoNameOrNumber, // nothing to show or dial
        MissingColon, // vCard: a content line without "name:value"
        EndWithoutBegin, // vCard
        UnterminatedCard, // vCard: BEGIN:VCARD without END:VCARD
        HeaderNeverEnds, // CSV: the header row runs to the end of the file (no line break)
    };
    Q_ENUM(Reason)

    int line = 0; // 1-based line where the row/card starts
    Reason reason = Reason::NoNameOrNumber;
    QString detail; // e.g. "7 fields, the header has 5"

    // "line 7: more fields than the header has (7 fields, the header has 5)", translated.
    QString toString() const;
    friend bool operator==(const ContactFileError&, const ContactFileError&) = default;
};

struct ContactFileResult
{
    QList<Contact> contacts;
    QList<ContactFileError> errors;
    bool tooManyEntries = false; // stopped at ContactFileLimits::maxEntries; the rest is unread
    bool cancelled = false;
};

// Bounds of one parse: rows (CSV, the header not counted) or cards (vCard)
// before the parser gives up, and a flag checked between them.
struct ContactFileLimits
{
    int maxEntries = std::numeric_limits<int>::max();
    const std::atomic_bool* cancel = nullptr;
};

// Bytes of a contact file to text: UTF-8 with or without BOM; files that are
// not valid UTF-8 (old exports) are read as Latin-1 rather than refused.
QString decodeContactFile(const QByteArray& bytes);

// RFC 4180 CSV with a header row; ',', ';' or tab separated (detected from the
// header). Header names are matched case- and accent-insensitively in English,
// German, Spanish and French ("Name", "Durchwahl", "Teléfono", "Courriel", …).
// Linear in the size of the text, also when a quote is never closed.
ContactFileResult parseCsvContacts(
    const QString& text, const QString& sourceId, const ContactFileLimits& limits = {});

// vCard 3.0 and 4.0 (2.1 tolerated): FN, N, TEL with TYPE, EMAIL, ORG, TITLE,
// UID; folded lines; QUOTED-PRINTABLE with CHARSET.
ContactFileResult parseVCardContacts(
    const QString& text, const QString& sourceId, const ContactFileLimits& limits = {});

// True when a field passes DialableNumber (digits, *, #, a leading +, and
// the separators space ( ) - . /).
bool looksLikePhoneNumber(const QString& text);
