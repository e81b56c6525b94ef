// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for DialUrl (tel:/sip:/sips:/callto: links from browsers
// and mail clients) and DialableNumber (the rule for numbers nobody typed).
//
// Properties: a link that parses yields [+]digits/*/# only, within the
// length limit, a SIP host without control characters, spaces or '@', a
// phone-context without control characters;
// DialableNumber's number is the same form and parsing it again gives it
// back; every error has words.
#include "FuzzCheck.h"

#include "core/common/DialUrl.h"
#include "core/common/DialableNumber.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

bool isDialString(const QString& number)
{
    if (number.isEmpty() || number.size() > DialableNumber::MaximumDigits + 1)
        return false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (!((c >= u'0' && c <= u'9') || c == u'*' || c == u'#' || (c == u'+' && i == 0)))
            return false;
    }
    return true;
}

bool isCleanHost(const QString& host)
{
    for (QChar c : host) {
        if (c.category() == QChar::Other_Control || c.isSpace() || c == u'@' || c == u'<' || c == u'>')
            return false;
    }
    return true;
}

// phone-context is kept for the caller to compare, never dialled: it may
// hold spaces, but no line breaks or other control characters.
bool hasNoControl(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const DialUrl url = DialUrl::parse(text);
    if (url.isValid()) {
        FUZZ_CHECK(isDialString(url.number()));
        FUZZ_CHECK(isCleanHost(url.host()));
        FUZZ_CHECK(hasNoControl(url.phoneContext()));
        FUZZ_CHECK(DialUrl::hasDialScheme(text.trimmed()) || DialUrl::hasDialScheme(text));
    } else {
        FUZZ_CHECK(!DialUrl::errorText(url.error()).isEmpty());
    }

    const DialableNumber number = DialableNumber::parse(text);
    if (number.isValid()) {
        FUZZ_CHECK(isDialString(number.number()));
        const DialableNumber again = DialableNumber::parse(number.number());
        FUZZ_CHECK(again.isValid() && again.number() == number.number());
    } else {
        FUZZ_CHECK(number.number().isEmpty());
        FUZZ_CHECK(!DialableNumber::errorText(number.error()).isEmpty());
    }
    return 0;
}
