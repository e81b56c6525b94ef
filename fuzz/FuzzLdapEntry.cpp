// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the LDAP entry mapping (LdapEntryMapping: attributes →
// Contact), with the attribute maps of the three presets. The input is one
// entry in LDIF form: "attribute: value" lines, "attribute:: base64" for any
// bytes (control characters, invalid UTF-8), attributes repeated for more
// values. Whoever edits the directory tree chooses every value.
//
// Properties: a number is dialled only in the dialable-number form
// ([+]digits*#, within the limit): the primary number, and every number the
// menu would offer (isDialable()); no value that passes the rule is lost (the
// contact has a dialable number with its digits); no two numbers have the same digits;
// and the name and the other text fields are single lines without control
// characters.
#include "FuzzCheck.h"

#include "core/common/DialableNumber.h"
#include "core/directory/LdapEntryMapping.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

using Entry = QHash<QByteArray, QStringList>; // attribute (lower case) → values

Entry parseEntry(const QByteArray& bytes)
{
    Entry entry;
    for (const QByteArray& line : bytes.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray attribute = line.first(qMax<qsizetype>(colon, 0)).trimmed().toLower();
        if (attribute.isEmpty())
            continue;
        const QByteArray value = line.sliced(colon + 1);
        const QByteArray raw
            = value.startsWith(':') ? QByteArray::fromBase64(value.sliced(1).trimmed()) : value.trimmed();
        entry[attribute].append(QString::fromUtf8(raw));
    }
    return entry;
}

bool isDialableForm(const QString& number)
{
    const DialableNumber parsed = DialableNumber::parse(number);
    const QString digits = parsed.number();
    if (!parsed.isValid() || digits.isEmpty() || digits.size() > DialableNumber::MaximumDigits + 1)
        return false;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        if (!((c >= u'0' && c <= u'9') || c == u'*' || c == u'#' || (c == u'+' && i == 0)))
            return false;
    }
    return true;
}

bool isSingleLine(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

// Every value of the number attributes that passes the rule (a caller ID's number part).
QStringList dialableValues(const Entry& entry, const LdapAttributeMap& map)
{
    QStringList out;
    if (!map.callerId.isEmpty()) {
        for (const QString& raw : entry.value(map.callerId.toLower().toUtf8()))
            out.append(parseCallerId(raw).number);
    }
    for (const QString* attribute : {&map.extension, &map.workPhone, &map.mobile, &map.otherPhone}) {
        if (!attribute->isEmpty())
            out += entry.value(attribute->toLower().toUtf8());
    }
    out.removeIf([](const QString& n) { return !DialableNumber::parse(n).isValid(); });
    return out;
}

void check(const Contact& c, const Entry& entry, const LdapAttributeMap& map)
{
    QSet<QString> digits, dialable;
    for (const PhoneNumber& n : c.numbers) {
        FUZZ_CHECK(n.isDialable() == isDialableForm(n.number));
        FUZZ_CHECK(!digits.contains(normalizedNumber(n.number)));
        digits.insert(normalizedNumber(n.number));
        if (n.isDialable())
            dialable.insert(normalizedNumber(n.number));
    }
    FUZZ_CHECK(c.primaryNumber().isEmpty() || isDialableForm(c.primaryNumber()));
    for (const QString& n : dialableValues(entry, map))
        FUZZ_CHECK(dialable.contains(normalizedNumber(n.trimmed())));
    for (const QString* field : {&c.name, &c.uid, &c.mail, &c.department, &c.title, &c.mailbox, &c.context})
        FUZZ_CHECK(isSingleLine(*field));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Entry entry = parseEntry(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    // libldap matches attribute names without regard to case.
    const auto values = [&entry](const QByteArray& attribute, qsizetype max) {
        QStringList all = entry.value(attribute.toLower());
        return max < 0 ? all : all.mid(0, max);
    };
    for (const LdapAttributeMap& map : {LdapAttributeMap::zentyal(), LdapAttributeMap::inetOrgPerson(),
             LdapAttributeMap::activeDirectory()}) {
        const LdapEntryMapping mapping(map);
        check(mapping.toContact(values, QStringLiteral("ldap")), entry, map);
    }
    return 0;
}
