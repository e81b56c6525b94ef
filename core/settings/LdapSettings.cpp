// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/LdapSettings.h"

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
