// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/ContactFileParser.h"

#include "core/common/DialableNumber.h"
#include "core/common/EscapedText.h"

#include <QCoreApplication>
#include <QStringDecoder>

QString ContactFileError::toString() const
{
    QString why;
    switch (reason) {
    case Reason::NoHeader:
        why = QCoreApplication::translate("ContactFileError", "no known column names in the header row");
        break;
    case Reason::UnterminatedQuote:
        why = QCoreApplication::translate("ContactFileError", "a quoted field is never closed");
        break;
    case Reason::TextAfterClosingQuote:
        why = QCoreApplication::translate("ContactFileError", "text after a closing quote");
        break;
    case Reason::TooManyFields:
        why = QCoreApplication::translate("ContactFileError", "more fields than the header has");
        break;
    case Reason::InvalidNumber:
        why = QCoreApplication::translate("ContactFileError", "not a phone number");
        break;
    case Reason::NoNameOrNumber:
        why = QCoreApplication::translate("ContactFileError", "neither a name nor a number");
        break;
    case Reason::MissingColon:
        why = QCoreApplication::translate("ContactFileError", "a line without \"name:value\"");
        break;
    case Reason::EndWithoutBegin:
        why = QCoreApplication::translate("ContactFileError", "END:VCARD without BEGIN:VCARD");
        break;
    case Reason::UnterminatedCard:
        why = QCoreApplication::translate("ContactFileError", "BEGIN:VCARD without END:VCARD");
        break;
    case Reason::HeaderNeverEnds:
        why = QCoreApplication::translate(
            "ContactFileError", "the header row has no line break after it, so no contact follows");
        break;
    }
    QString text = QCoreApplication::translate("ContactFileError", "line %1: %2").arg(line).arg(why);
    if (!detail.isEmpty())
        text += QLatin1String(" (") + escapedForDisplay(detail) + QLatin1Char(')');
    return text;
}

QString decodeContactFile(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

bool looksLikePhoneNumber(const QString& text)
{
    return DialableNumber::parse(text).isValid();
}
