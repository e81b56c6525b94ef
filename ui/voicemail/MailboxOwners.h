// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

struct Contact;

// Whose voicemail box it is, from the directory: the first contact whose
// mailbox is "box@context", or else, without a mailbox of its own, whose
// extension is the box's number (DirectoryIndex::mailboxOwner's rule). Made
// once per directory load, so the mailbox list asks in constant time: at
// 20,000 mailboxes a walk over the contacts per row kept the window from
// ever showing.
class MailboxOwners final
{
public:
    MailboxOwners() = default;
    explicit MailboxOwners(const QList<Contact>& contacts);

    // The owner's name, or empty when no contact owns the box.
    QString owner(const QString& context, const QString& mailbox) const;

private:
    struct Entry
    {
        qsizetype at; // the contact's place: the first one wins
        QString name;
    };

    QHash<QString, Entry> m_byMailbox; // "1001@default"
    QHash<QString, Entry> m_byExtension; // contacts without a mailbox
};
