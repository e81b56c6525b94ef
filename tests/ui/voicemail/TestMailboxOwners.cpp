// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/Contact.h"
#include "core/directory/DirectoryIndex.h"
#include "ui/voicemail/MailboxOwners.h"

#include <QTest>

namespace {

Contact person(const QString& name, const QString& extension, const QString& mailbox = QString())
{
    Contact c;
    c.name = name;
    c.mailbox = mailbox;
    if (!extension.isEmpty())
        c.addNumber(PhoneNumber::Kind::Extension, extension);
    return c;
}

} // namespace

// MailboxOwners answers as DirectoryIndex::mailboxOwner does (the first
// contact that owns the box by its mailbox, or without one by its extension),
// from tables made once instead of a walk over the directory per question.
class TestMailboxOwners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOwnerAsTheDirectory_data();
    void sameOwnerAsTheDirectory();
};

void TestMailboxOwners::sameOwnerAsTheDirectory_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("mailbox");
    QTest::addColumn<QString>("owner");
    QTest::newRow("by mailbox") << "default"
                                << "1001"
                                << "Alice Example";
    QTest::newRow("mailbox in another context: nobody") << "sales"
                                                        << "1001"
                                                        << "";
    QTest::newRow("by extension, no mailbox of her own") << "default"
                                                         << "1002"
                                                         << "Bob Example";
    QTest::newRow("a contact with a mailbox is not found by its extension") << "default"
                                                                            << "1003"
                                                                            << "";
    QTest::newRow("the first contact wins: extension before mailbox") << "default"
                                                                      << "1004"
                                                                      << "Dave First";
    QTest::newRow("the first contact wins: mailbox before extension") << "default"
                                                                      << "1005"
                                                                      << "Erin First";
    QTest::newRow("unknown box") << "default"
                                 << "1999"
                                 << "";
}

void TestMailboxOwners::sameOwnerAsTheDirectory()
{
    QFETCH(QString, context);
    QFETCH(QString, mailbox);
    QFETCH(QString, owner);
    DirectoryIndex index;
    index.setContacts(QStringLiteral("test"),
        {person(QStringLiteral("Alice Example"), QStringLiteral("1001"), QStringLiteral("1001@default")),
            person(QStringLiteral("Bob Example"), QStringLiteral("1002")),
            person(QStringLiteral("Carol Example"), QStringLiteral("1003"), QStringLiteral("2003@default")),
            person(QStringLiteral("Dave First"), QStringLiteral("1004")),
            person(QStringLiteral("Dave Second"), QString(), QStringLiteral("1004@default")),
            person(QStringLiteral("Erin First"), QString(), QStringLiteral("1005@default")),
            person(QStringLiteral("Erin Second"), QStringLiteral("1005"))});
    QCOMPARE(index.mailboxOwner(context, mailbox), owner);
    QCOMPARE(MailboxOwners(index.contacts()).owner(context, mailbox), owner);
}

QTEST_GUILESS_MAIN(TestMailboxOwners)
#include "TestMailboxOwners.moc"
