// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/Contact.h"
#include "core/settings/LdapSettings.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

// One LDAP entry (attribute → values) read as a Contact, with the attribute
// names of the user's mapping. Knows nothing of libldap: LdapQuery hands it
// the values of each entry it reads, the fuzz target (fuzz/) any values at
// all. Values are what the server holds, chosen by whoever edits the tree.
//
// Numbers are kept as written, dialable or not: a number that is not is shown
// greyed out with the reason and never dialled (Contact::primaryNumber()).
// The text fields (name, mail, department, …) are single lines: control and
// line-separator characters become spaces, so a name can neither spread over
// several lines of a list, a tooltip or the status bar nor carry a bell.
class LdapEntryMapping final
{
public:
    // The values of one attribute, as many as wanted (max 1: the first one only).
    using Values = std::function<QStringList(const QByteArray& attribute, qsizetype max)>;

    explicit LdapEntryMapping(const LdapAttributeMap& map);

    // The attribute names, UTF-8, converted once per fetch (not per entry).
    const QByteArray& nameAttribute() const { return m_name; }

    Contact toContact(const Values& values, const QString& sourceId) const;

    // Control (Cc) and line/paragraph separator characters as spaces, trimmed.
    static QString singleLine(const QString& text);

private:
    QByteArray m_name, m_callerId, m_extension, m_uid, m_mail, m_workPhone, m_mobile, m_otherPhone, m_title,
        m_mailbox, m_context;
    QList<QByteArray> m_department;
};
