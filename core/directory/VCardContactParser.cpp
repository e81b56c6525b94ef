// SPDX-License-Identifier: GPL-3.0-or-later
// vCard half of ContactFileParser.h.
#include "core/directory/ContactFileParser.h"

#include <QStringDecoder>

namespace {

struct LogicalLine
{
    int line = 0;
    QString text;
};

// RFC 6350 3.2 / RFC 2425 5.8.1: a line starting with a space or tab
// continues the previous one. vCard 2.1 quoted-printable soft breaks ("=" at
// the end) continue too.
QList<LogicalLine> unfold(const QString& text)
{
    QList<LogicalLine> out;
    const QStringList physical = text.split(QLatin1Char('\n'));
    bool softBreak = false;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QString l = physical.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (!out.isEmpty() && softBreak) {
            out.last().text.chop(1); // the "="
            out.last().text += l;
        } else if (!out.isEmpty() && (l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t')))) {
            out.last().text += l.mid(1);
        } else {
            out.append({int(i + 1), l});
        }
        // The parameters stand before the first colon, near the start: looking
        // no further keeps a long folded line without a colon linear.
        const QStringView current = QStringView(out.last().text);
        const QStringView head = current.left(256);
        softBreak = current.endsWith(QLatin1Char('='))
            && head.left(head.indexOf(QLatin1Char(':')))
                   .contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
    }
    return out;
}

QString unescape(QStringView v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char(' ')) : n;
        } else {
            out += v.at(i);
        }
    }
    return out;
}

// Splits at ';' not preceded by a backslash.
QStringList components(const QString& v)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
            current += v.at(i);
            current += v.at(++i);
        } else if (v.at(i) == QLatin1Char(';')) {
            out.append(unescape(current).trimmed());
            current.clear();
        } else {
            current += v.at(i);
        }
    }
    out.append(unescape(current).trimmed());
    return out;
}

QString decodeQuotedPrintable(const QString& value, const QString& charset)
{
    QByteArray bytes;
    const QByteArray latin = value.toLatin1();
    for (qsizetype i = 0; i < latin.size(); ++i) {
        if (latin.at(i) == '=' && i + 2 < latin.size()) {
            bool ok = false;
            const int byte = latin.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes += char(byte);
                i += 2;
                continue;
            }
        }
        bytes += latin.at(i);
    }
    // Unknown or missing charsets fall back to UTF-8, then Latin-1: never refuse a card.
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (decoder.isValid()) {
        QString text = decoder(bytes);
        if (!decoder.hasError())
            return text;
    }
    return decodeContactFile(bytes);
}

struct Property
{
    QString name;
    QStringList types; // lower case, from TYPE=a,b and bare 2.1 params
    QString encoding;
    QString charset;
    QString value;
};

std::optional<Property> parseProperty(const QString& line)
{
    // The colon ending the name part is the first one outside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && line.at(i) == QLatin1Char(':')) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return std::nullopt;
    Property p;
    const QStringList parts = line.left(colon).split(QLatin1Char(';'));
    p.name = parts.first().toUpper();
    if (const qsizetype dot = p.name.lastIndexOf(QLatin1Char('.')); dot >= 0)
        p.name = p.name.mid(dot + 1); // "item1.TEL"
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& param = parts.at(i);
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QStringLiteral("TYPE") : param.left(eq).toUpper();
        QString value = eq < 0 ? param : param.mid(eq + 1);
        value.remove(QLatin1Char('"'));
        if (key == QLatin1String("TYPE")) {
            const QStringList types = value.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
            p.types += types;
        } else if (key == QLatin1String("ENCODING")) {
            p.encoding = value.toUpper();
        } else if (key == QLatin1String("CHARSET")) {
            p.charset = value;
        }
    }
    if (p.types.contains(QLatin1String("quoted-printable"))) // 2.1 bare parameter
        p.encoding = QStringLiteral("QUOTED-PRINTABLE");
    p.value = line.mid(colon + 1);
    if (p.encoding == QLatin1String("QUOTED-PRINTABLE"))
        p.value = decodeQuotedPrintable(p.value, p.charset);
    return p;
}

PhoneNumber::Kind telKind(const QStringList& types)
{
    if (types.contains(QLatin1String("x-extension")) || types.contains(QLatin1String("x-ext")))
        return PhoneNumber::Kind::Extension;
    if (types.contains(QLatin1String("cell")) || types.contains(QLatin1String("mobile")))
        return PhoneNumber::Kind::Mobile;
    if (types.contains(QLatin1String("home")) || types.contains(QLatin1String("fax"))
        || types.contains(QLatin1String("other")))
        return PhoneNumber::Kind::Other;
    return PhoneNumber::Kind::Work;
}

bool isVCard(const QString& value)
{
    return value.compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
}

// Reads the cards of one file, property by property.
class CardReader
{
public:
    explicit CardReader(const QString& sourceId)
        : m_sourceId(sourceId)
    { }

    void line(const LogicalLine& l);
    ContactFileResult finish();
    int cards() const { return m_cards; }

private:
    void begin(int line);
    void end(int line);
    void property(const Property& p, const QString& value, int line);
    void tel(const Property& p, const QString& value, int line);

    QString m_sourceId;
    ContactFileResult m_result;
    std::optional<Contact> m_card;
    int m_cardLine = 0;
    QString m_family, m_given;
    std::optional<ContactFileError> m_cardError;
    int m_cards = 0;
};

void CardReader::line(const LogicalLine& l)
{
    if (l.text.trimmed().isEmpty())
        return;
    const std::optional<Property> p = parseProperty(l.text);
    if (!p) {
        if (m_card && !m_cardError)
            m_cardError = ContactFileError {l.line, ContactFileError::Reason::MissingColon, l.text.left(40)};
        return;
    }
    const QString value = p->value.trimmed();
    if (p->name == QLatin1String("BEGIN") && isVCard(value))
        begin(l.line);
    else if (p->name == QLatin1String("END") && isVCard(value))
        end(l.line);
    else if (m_card)
        property(*p, value, l.line);
    // Text between cards: ignored, as other readers do.
}

void CardReader::begin(int line)
{
    if (m_card) {
        m_result.errors.append({m_cardLine, ContactFileError::Reason::UnterminatedCard, {}});
        m_card.reset();
    }
    ++m_cards;
    m_card = Contact {};
    m_card->sourceId = m_sourceId;
    m_cardLine = line;
    m_family.clear();
    m_given.clear();
    m_cardError.reset();
}

void CardReader::end(int line)
{
    if (!m_card) {
        m_result.errors.append({line, ContactFileError::Reason::EndWithoutBegin, {}});
        return;
    }
    if (m_card->name.isEmpty())
        m_card->name = QString(m_given + QLatin1Char(' ') + m_family).trimmed();
    if (!m_cardError && m_card->name.isEmpty() && m_card->numbers.isEmpty())
        m_cardError = ContactFileError {m_cardLine, ContactFileError::Reason::NoNameOrNumber, {}};
    if (m_cardError)
        m_result.errors.append(*m_cardError);
    else
        m_result.contacts.append(*m_card);
    m_card.reset();
}

void CardReader::property(const Property& p, const QString& value, int line)
{
    if (p.name == QLatin1String("FN")) {
        m_card->name = unescape(value).trimmed();
    } else if (p.name == QLatin1String("N")) {
        const QStringList n = components(value);
        m_family = n.value(0);
        m_given = n.value(1);
    } else if (p.name == QLatin1String("TEL")) {
        tel(p, value, line);
    } else if (p.name == QLatin1String("EMAIL")) {
        if (m_card->mail.isEmpty())
            m_card->mail = unescape(value);
    } else if (p.name == QLatin1String("ORG")) {
        const QStringList org = components(value);
        // "Company;Department;Team": the units say more to a receptionist than the company.
        m_card->department = org.size() > 1 ? org.mid(1).join(QLatin1String(" / ")) : org.value(0);
    } else if (p.name == QLatin1String("TITLE")) {
        m_card->title = unescape(value);
    } else if (p.name == QLatin1String("UID")) {
        m_card->uid = unescape(value);
    }
}

void CardReader::tel(const Property& p, const QString& value, int line)
{
    QString number = value;
    QString extension;
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        // RFC 3966 URI (vCard 4.0): tel:+1-555-0100;ext=42
        const QStringList uri = number.mid(4).split(QLatin1Char(';'));
        number = uri.first();
        for (const QString& param : uri) {
            if (param.startsWith(QLatin1String("ext="), Qt::CaseInsensitive))
                extension = param.mid(4);
        }
    }
    // The ext= parameter becomes the extension (the primary number):
    // it passes the same rule as the number itself.
    const QString bad = !looksLikePhoneNumber(number)              ? number
        : !extension.isEmpty() && !looksLikePhoneNumber(extension) ? extension
                                                                   : QString();
    if (!bad.isNull()) {
        if (!m_cardError)
            m_cardError = ContactFileError {line, ContactFileError::Reason::InvalidNumber, bad};
        return;
    }
    m_card->addNumber(telKind(p.types), number);
    if (!extension.isEmpty())
        m_card->addNumber(PhoneNumber::Kind::Extension, extension);
}

ContactFileResult CardReader::finish()
{
    if (m_card)
        m_result.errors.append({m_cardLine, ContactFileError::Reason::UnterminatedCard, {}});
    return std::move(m_result);
}

} // namespace

ContactFileResult parseVCardContacts(
    const QString& text, const QString& sourceId, const ContactFileLimits& limits)
{
    CardReader reader(sourceId);
    const QList<LogicalLine> lines = unfold(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (limits.cancel && (i % 1024) == 0 && limits.cancel->load()) {
            ContactFileResult cancelled;
            cancelled.cancelled = true;
            return cancelled;
        }
        reader.line(lines.at(i));
        if (reader.cards() > limits.maxEntries) {
            ContactFileResult result = reader.finish();
            result.tooManyEntries = true;
            return result;
        }
    }
    return reader.finish();
}
