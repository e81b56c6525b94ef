// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialUrl.h"

#include "core/common/DialableNumber.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace {

struct SchemeName
{
    QLatin1String prefix; // including the colon
    DialUrl::Scheme scheme;
};

constexpr std::array<SchemeName, 4> schemes {{
    {QLatin1String("tel:"), DialUrl::Scheme::Tel},
    {QLatin1String("sip:"), DialUrl::Scheme::Sip},
    {QLatin1String("sips:"), DialUrl::Scheme::Sips},
    {QLatin1String("callto:"), DialUrl::Scheme::Callto},
}};

// C0/C1 controls, line and paragraph separators, and invisible format characters
// (bidi overrides could make a number look different from what gets dialled).
bool isControl(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool containsControl(QStringView text)
{
    for (QChar c : text) {
        if (isControl(c))
            return true;
    }
    return false;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Decodes %XX sequences as UTF-8. Decoding happens per component, after splitting at
// ';', '@' and '?', so an encoded delimiter can never change the link's structure.
std::optional<QString> percentDecode(QStringView text, DialUrl::Error* error)
{
    if (!text.contains(u'%'))
        return text.toString();
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%') {
            // Whole runs, so a surrogate pair is never split.
            qsizetype end = text.indexOf(u'%', i);
            if (end < 0)
                end = text.size();
            bytes += text.mid(i, end - i).toUtf8();
            i = end - 1;
            continue;
        }
        const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(text[i + 2]) : -1;
        if (low < 0) {
            *error = DialUrl::Error::BadPercentEncoding;
            return std::nullopt;
        }
        bytes += char(high * 16 + low);
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError()) {
        *error = DialUrl::Error::BadPercentEncoding;
        return std::nullopt;
    }
    if (containsControl(decoded)) {
        *error = DialUrl::Error::ControlCharacter;
        return std::nullopt;
    }
    return decoded;
}

// Reduces a decoded number to [+]digits/*/#, or says why it cannot: the
// same rule as every other number that was not typed by the operator.
DialUrl::Error normaliseNumber(QStringView text, QString* number)
{
    const DialableNumber n = DialableNumber::parse(text);
    switch (n.error()) {
    case DialableNumber::Error::None:
        *number = n.number();
        return DialUrl::Error::None;
    case DialableNumber::Error::Empty:
        return DialUrl::Error::MissingNumber;
    case DialableNumber::Error::TooLong:
        return DialUrl::Error::TooLong;
    case DialableNumber::Error::NoDigits:
    case DialableNumber::Error::InvalidCharacter:
        break;
    }
    return DialUrl::Error::InvalidNumber;
}

bool isHostCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'.';
}

// host [":" port], where host is a name, an IPv4 address or "[IPv6]".
std::optional<QString> parseHostPort(QStringView text)
{
    QStringView host = text;
    QStringView port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        host = text.left(close + 1);
        const QStringView after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return std::nullopt;
            port = after.mid(1);
        }
        for (QChar c : host.mid(1, host.size() - 2)) {
            if (hexValue(c) < 0 && c != u':' && c != u'.')
                return std::nullopt;
        }
        if (host.size() < 4)
            return std::nullopt;
    } else {
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0) {
            host = text.left(colon);
            port = text.mid(colon + 1);
        }
        if (host.isEmpty() || host.startsWith(u'-') || host.startsWith(u'.') || host.endsWith(u'-'))
            return std::nullopt;
        for (QChar c : host) {
            if (!isHostCharacter(c))
                return std::nullopt;
        }
    }
    if (text.contains(u':') && !text.startsWith(u'[') && port.isEmpty())
        return std::nullopt;
    if (!port.isEmpty()) {
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || port.size() > 5 || value < 1 || value > 65535 || port.startsWith(u'+'))
            return std::nullopt;
    }
    return host.toString().toLower();
}

} // namespace

DialUrl DialUrl::failure(Error error)
{
    DialUrl url;
    url.m_error = error;
    return url;
}

bool DialUrl::hasDialScheme(QStringView text)
{
    while (text.startsWith(u' '))
        text = text.mid(1);
    for (const SchemeName& name : schemes) {
        if (text.startsWith(name.prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

DialUrl DialUrl::parse(const QString& text)
{
    // Checked before trimming: a link that carries CR or LF is refused, not repaired.
    if (containsControl(text))
        return failure(Error::ControlCharacter);
    QStringView rest(text);
    while (rest.startsWith(u' '))
        rest = rest.mid(1);
    while (rest.endsWith(u' '))
        rest.chop(1);
    if (rest.isEmpty())
        return failure(Error::Empty);
    if (rest.size() > MaximumLength)
        return failure(Error::TooLong);

    DialUrl url;
    bool known = false;
    for (const SchemeName& name : schemes) {
        if (rest.startsWith(name.prefix, Qt::CaseInsensitive)) {
            url.m_scheme = name.scheme;
            rest = rest.mid(name.prefix.size());
            known = true;
            break;
        }
    }
    if (!known)
        return failure(Error::UnsupportedScheme);

    QStringView numberPart;
    Error error = url.m_scheme == Scheme::Tel || url.m_scheme == Scheme::Callto
        ? url.readTel(rest, numberPart)
        : url.readSip(rest, numberPart);
    if (error != Error::None)
        return failure(error);
    const std::optional<QString> decoded = percentDecode(numberPart, &error);
    if (!decoded)
        return failure(error);
    error = normaliseNumber(*decoded, &url.m_number);
    if (error != Error::None)
        return failure(error);
    url.m_error = Error::None;
    return url;
}

DialUrl::Error DialUrl::readTel(QStringView rest, QStringView& numberPart)
{
    // "tel://123" and "callto://123" are not RFC 3966 but are what some sites write.
    if (rest.startsWith(u"//"))
        rest = rest.mid(2);
    if (m_scheme == Scheme::Callto) {
        const qsizetype query = rest.indexOf(u'?');
        if (query >= 0)
            rest = rest.left(query);
    }
    const qsizetype semicolon = rest.indexOf(u';');
    numberPart = semicolon >= 0 ? rest.left(semicolon) : rest;
    if (m_scheme != Scheme::Tel || semicolon < 0)
        return Error::None;
    for (QStringView parameter : rest.mid(semicolon + 1).split(u';')) {
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals < 0 || parameter.left(equals).compare(u"phone-context", Qt::CaseInsensitive) != 0)
            continue; // ext, isub and unknown parameters do not change what is dialled
        Error error = Error::None;
        const std::optional<QString> context = percentDecode(parameter.mid(equals + 1), &error);
        if (!context)
            return error;
        m_phoneContext = *context;
    }
    return Error::None;
}

DialUrl::Error DialUrl::readSip(QStringView rest, QStringView& numberPart)
{
    // sip:user[:password]@host[:port][;uri-parameters][?headers]
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0)
        rest = rest.left(query);
    const qsizetype at = rest.indexOf(u'@');
    if (at < 0)
        return Error::MissingNumber;
    QStringView user = rest.left(at);
    QStringView hostPart = rest.mid(at + 1);
    const qsizetype password = user.indexOf(u':');
    if (password >= 0)
        user = user.left(password); // never kept: a password has no business in a dial link
    const qsizetype userParameters = user.indexOf(u';');
    if (userParameters >= 0)
        user = user.left(userParameters);
    const qsizetype hostParameters = hostPart.indexOf(u';');
    if (hostParameters >= 0)
        hostPart = hostPart.left(hostParameters);
    const std::optional<QString> host = parseHostPort(hostPart);
    if (!host)
        return Error::InvalidHost;
    m_host = *host;
    numberPart = user;
    return Error::None;
}

QString DialUrl::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("DialUrl", "The link is empty.");
    case Error::TooLong:
        return QCoreApplication::translate("DialUrl", "The link or its number is too long.");
    case Error::UnsupportedScheme:
        return QCoreApplication::translate(
            "DialUrl", "Only tel:, sip:, sips: and callto: links can be dialled.");
    case Error::BadPercentEncoding:
        return QCoreApplication::translate(
            "DialUrl", "The link contains a broken %-escape or invalid UTF-8.");
    case Error::ControlCharacter:
        return QCoreApplication::translate("DialUrl", "The link contains line breaks or control characters.");
    case Error::MissingNumber:
        return QCoreApplication::translate("DialUrl", "The link does not contain a number.");
    case Error::InvalidNumber:
        return QCoreApplication::translate(
            "DialUrl", "The link's number contains characters other than digits, '+', '*' and '#'.");
    case Error::InvalidHost:
        return QCoreApplication::translate("DialUrl", "The link's server name is not valid.");
    }
    return {};
}
