// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapEntryMapping.h"

LdapEntryMapping::LdapEntryMapping(const LdapAttributeMap& m)
    : m_name(m.name.toUtf8())
    , m_callerId(m.callerId.toUtf8())
    , m_extension(m.extension.toUtf8())
    , m_uid(m.uid.toUtf8())
    , m_mail(m.mail.toUtf8())
    , m_workPhone(m.workPhone.toUtf8())
    , m_mobile(m.mobile.toUtf8())
    , m_otherPhone(m.otherPhone.toUtf8())
    , m_title(m.title.toUtf8())
    , m_mailbox(m.mailbox.toUtf8())
    , m_context(m.context.toUtf8())
{
    for (const QString& d : m.department)
        m_department.append(d.toUtf8());
}

QString LdapEntryMapping::singleLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out.trimmed();
}

Contact LdapEntryMapping::toContact(const Values& values, const QString& sourceId) const
{
    const auto first = [&values](const QByteArray& attribute) {
        return attribute.isEmpty() ? QString() : singleLine(values(attribute, 1).value(0));
    };
    const auto all = [&values](const QByteArray& attribute) {
        return attribute.isEmpty() ? QStringList() : values(attribute, -1);
    };
    Contact c;
    c.sourceId = sourceId;
    c.name = first(m_name);
    for (const QString& raw : all(m_callerId)) {
        const CallerId id = parseCallerId(raw);
        if (c.name.isEmpty())
            c.name = singleLine(id.name);
        c.addNumber(PhoneNumber::Kind::Extension, id.number);
    }
    const std::pair<const QByteArray*, PhoneNumber::Kind> numberAttributes[] = {
        {&m_extension, PhoneNumber::Kind::Extension},
        {&m_workPhone, PhoneNumber::Kind::Work},
        {&m_mobile, PhoneNumber::Kind::Mobile},
        {&m_otherPhone, PhoneNumber::Kind::Other},
    };
    for (const auto& [attribute, kind] : numberAttributes) {
        for (const QString& n : all(*attribute))
            c.addNumber(kind, n);
    }
    c.uid = first(m_uid);
    c.mail = first(m_mail);
    for (const QByteArray& a : m_department) {
        c.department = first(a);
        if (!c.department.isEmpty())
            break;
    }
    c.title = first(m_title);
    c.mailbox = first(m_mailbox);
    c.context = first(m_context);
    if (c.name.isEmpty())
        c.name = c.uid;
    return c;
}
