// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/MailboxOwners.h"

#include "core/directory/Contact.h"

MailboxOwners::MailboxOwners(const QList<Contact>& contacts)
{
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts.at(i);
        // The first contact of a key keeps it.
        if (!c.mailbox.isEmpty()) {
            if (!m_byMailbox.contains(c.mailbox))
                m_byMailbox.insert(c.mailbox, Entry {i, c.name});
        } else if (const QString extension = c.extension(); !extension.isEmpty()) {
            if (!m_byExtension.contains(extension))
                m_byExtension.insert(extension, Entry {i, c.name});
        }
    }
}

QString MailboxOwners::owner(const QString& context, const QString& mailbox) const
{
    const auto byMailbox = m_byMailbox.constFind(mailbox + u'@' + context);
    const auto byExtension = m_byExtension.constFind(mailbox);
    const bool hasMailbox = byMailbox != m_byMailbox.cend();
    const bool hasExtension = byExtension != m_byExtension.cend();
    if (hasMailbox && (!hasExtension || byMailbox->at < byExtension->at))
        return byMailbox->name;
    return hasExtension ? byExtension->name : QString();
}
