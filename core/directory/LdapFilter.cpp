// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapFilter.h"

QString ldapEscapeFilterValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case '*':
            out += QLatin1String("\\2a");
            break;
        case '(':
            out += QLatin1String("\\28");
            break;
        case ')':
            out += QLatin1String("\\29");
            break;
        case '\\':
            out += QLatin1String("\\5c");
            break;
        case 0:
            out += QLatin1String("\\00");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString ldapSearchFilter(const QString& baseFilter, const LdapAttributeMap& map, const QString& text)
{
    const QString value = ldapEscapeFilterValue(text.trimmed());
    QString any;
    const QStringList attrs = map.searchAttributes();
    for (const QString& a : attrs)
        any += QLatin1Char('(') + a + QLatin1String("=*") + value + QLatin1String("*)");
    QString base = baseFilter.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("(objectClass=*)");
    else if (!base.startsWith(QLatin1Char('(')))
        base = QLatin1Char('(') + base + QLatin1Char(')');
    return QLatin1String("(&") + base + QLatin1String("(|") + any + QLatin1String("))");
}
