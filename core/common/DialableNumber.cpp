// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DialableNumber.h"

#include "core/common/EscapedText.h"

#include <QCoreApplication>

DialableNumber DialableNumber::parse(QStringView text)
{
    DialableNumber result;
    QString number;
    number.reserve(text.size());
    qsizetype digits = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (isSeparator(c))
            continue;
        if (u == u'+' && number.isEmpty()) {
            number += c;
            continue;
        }
        // ASCII only: other scripts' digits and DTMF letters (A-D) are not dialled.
        if ((u >= u'0' && u <= u'9') || u == u'*' || u == u'#') {
            number += c;
            ++digits;
            continue;
        }
        result.m_error = Error::InvalidCharacter;
        return result;
    }
    if (digits == 0) {
        result.m_error = number.isEmpty() ? Error::Empty : Error::NoDigits;
        return result;
    }
    if (digits > MaximumDigits) {
        result.m_error = Error::TooLong;
        return result;
    }
    result.m_error = Error::None;
    result.m_number = number;
    return result;
}

bool DialableNumber::isSeparator(QChar c)
{
    // RFC 3966's visual separators, the spaces people type and the slash of
    // "089/123 456".
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'/':
    case u' ':
    case u'\u00a0':
        return true;
    default:
        return false;
    }
}

QString DialableNumber::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("DialableNumber", "there is no number");
    case Error::NoDigits:
        return QCoreApplication::translate("DialableNumber", "it has no digits");
    case Error::InvalidCharacter:
        return QCoreApplication::translate(
            "DialableNumber", "only digits, *, # and a leading + can be dialled");
    case Error::TooLong:
        return QCoreApplication::translate("DialableNumber", "it has more than %1 digits").arg(MaximumDigits);
    }
    return {};
}

QString DialableNumber::refusal(QStringView field, Error error)
{
    return QCoreApplication::translate("DialableNumber", "“%1” is not a dialable number: %2.")
        .arg(escapedForDisplay(field), errorText(error));
}
