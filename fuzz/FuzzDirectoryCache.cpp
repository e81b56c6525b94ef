// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the directory cache (DirectoryCache, Contact::fromJson):
// a JSON file in the user's cache folder, which anything may have damaged.
//
// Properties: loading never crashes, whatever the bytes; the contacts a load
// gives keep Contact's own rules (numbers trimmed, never empty, never the
// same digits twice); and what loads, written back, loads again equal
// (contacts and date) and writes the same bytes again.
#include "FuzzCheck.h"
#include "FuzzTempDir.h"

#include "core/directory/DirectoryCache.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

void checkContact(const Contact& c)
{
    QSet<QString> digits;
    for (const PhoneNumber& n : c.numbers) {
        FUZZ_CHECK(!n.number.isEmpty());
        FUZZ_CHECK(n.number == n.number.trimmed());
        const QString key = normalizedNumber(n.number);
        FUZZ_CHECK(!digits.contains(key));
        digits.insert(key);
    }
}

bool sameDate(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a == b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static FuzzTempDir dir;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString input = dir.write(bytes, QStringLiteral(".json"));
    const std::optional<DirectoryCache> loaded = DirectoryCache::load(input);
    QFile::remove(input);
    if (!loaded)
        return 0;
    for (const Contact& c : loaded->contacts)
        checkContact(c);

    const QString first = dir.newPath(QStringLiteral(".json"));
    FUZZ_CHECK(DirectoryCache::save(first, loaded->contacts, loaded->savedAt));
    const std::optional<DirectoryCache> again = DirectoryCache::load(first);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->contacts == loaded->contacts);
    FUZZ_CHECK(sameDate(again->savedAt, loaded->savedAt));

    const QString second = dir.newPath(QStringLiteral(".json"));
    FUZZ_CHECK(DirectoryCache::save(second, again->contacts, again->savedAt));
    FUZZ_CHECK(FuzzTempDir::read(second) == FuzzTempDir::read(first));
    QFile::remove(first);
    QFile::remove(second);
    return 0;
}
