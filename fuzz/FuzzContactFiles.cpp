// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the contact file parsers (CSV and vCard; files from
// anyone's export, read by FileDirectory).
//
// Properties: every number that reaches a Contact passes the dialable-number
// rule (a directory number ends up as the Exten of an Originate), a contact's
// primary number is dialable or empty, an error's line lies inside the file,
// and its message (shown in the status bar) is a single line: the file's
// control characters are escaped, never printed.
#include "FuzzCheck.h"

#include "core/common/DialableNumber.h"
#include "core/directory/ContactFileParser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

bool isOneLine(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

bool isDialableForm(const QString& number)
{
    const DialableNumber parsed = DialableNumber::parse(number);
    if (!parsed.isValid())
        return false;
    const QString digits = parsed.number();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        const bool ok = (c >= u'0' && c <= u'9') || c == u'*' || c == u'#' || (c == u'+' && i == 0);
        if (!ok)
            return false;
    }
    return !digits.isEmpty() && digits.size() <= DialableNumber::MaximumDigits + 1;
}

void check(const ContactFileResult& result, qsizetype lineCount)
{
    for (const Contact& c : result.contacts) {
        for (const PhoneNumber& n : c.numbers) {
            FUZZ_CHECK(n.isDialable());
            FUZZ_CHECK(isDialableForm(n.number));
        }
        const QString primary = c.primaryNumber();
        FUZZ_CHECK(primary.isEmpty() || isDialableForm(primary));
        FUZZ_CHECK(!c.name.isEmpty() || !c.numbers.isEmpty());
    }
    for (const ContactFileError& e : result.errors) {
        FUZZ_CHECK(e.line >= 1 && e.line <= lineCount + 1);
        FUZZ_CHECK(isOneLine(e.toString()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = decodeContactFile(bytes);
    const qsizetype lines = text.count(u'\n') + text.count(u'\r') + 1;
    const QString sourceId = QStringLiteral("fuzz");
    check(parseCsvContacts(text, sourceId), lines);
    check(parseVCardContacts(text, sourceId), lines);
    return 0;
}
