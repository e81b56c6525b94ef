// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapSettings.h"

LdapAttributeMap LdapAttributeMap::zentyal()
{
    return {};
}

LdapAttributeMap LdapAttributeMap::inetOrgPerson()
{
    LdapAttributeMap m;
    m.callerId.clear();
    m.extension = QStringLiteral("telephoneNumber");
    m.workPhone.clear();
    m.otherPhone = QStringLiteral("homePhone");
    m.mailbox.clear();
    m.context.clear();
    return m;
}

LdapAttributeMap LdapAttributeMap::activeDirectory()
{
    LdapAttributeMap m;
    m.name = QStringLiteral("displayName");
    m.callerId.clear();
    m.extension = QStringLiteral("ipPhone");
    m.uid = QStringLiteral("sAMAccountName");
    m.department = {QStringLiteral("department")};
    m.mailbox.clear();
    m.context.clear();
    return m;
}

QStringList LdapAttributeMap::requestedAttributes() const
{
    QStringList all
        = {name, callerId, extension, uid, mail, workPhone, mobile, otherPhone, title, mailbox, context};
    all += department;
    QStringList out;
    for (const QString& a : std::as_const(all)) {
        if (!a.isEmpty() && !out.contains(a, Qt::CaseInsensitive))
            out.append(a);
    }
    return out;
}

LdapSettings LdapSettings::fromPreset(Preset preset)
{
    LdapSettings s;
    switch (preset) {
    case Preset::Zentyal:
        break;
    case Preset::InetOrgPerson:
        s.filter = QStringLiteral("(objectClass=inetOrgPerson)");
        s.attributes = LdapAttributeMap::inetOrgPerson();
        break;
    case Preset::ActiveDirectory:
        // People only, and no disabled accounts (userAccountControl bit 2).
        s.filter = QStringLiteral(
            "(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))");
        s.attributes = LdapAttributeMap::activeDirectory();
        break;
    }
    return s;
}

QStringList LdapAttributeMap::searchAttributes() const
{
    QStringList out;
    for (const QString& a : {name, callerId, extension, uid, mail, workPhone, mobile}) {
        if (!a.isEmpty() && !out.contains(a, Qt::CaseInsensitive))
            out.append(a);
    }
    return out;
}

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
