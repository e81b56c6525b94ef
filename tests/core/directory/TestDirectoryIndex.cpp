// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryIndex.h"

#include <QTest>

class TestDirectoryIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data();
    void fold();
    void search_data();
    void search();
    void typingMatchesFreshSearch();
    void oneCharacterQueriesMatchTheTextScan();
    void merge_data();
    void merge();
    void removeSource();

private:
    static QList<Contact> people();
    static QStringList names(const DirectoryIndex& index, const QList<int>& rows);
};

static Contact person(const QString& name, const QString& extension, const QString& department = {},
    const QString& mail = {}, const QString& uid = {})
{
    Contact c;
    c.name = name;
    c.addNumber(PhoneNumber::Kind::Extension, extension);
    c.department = department;
    c.mail = mail;
    c.uid = uid;
    return c;
}

QList<Contact> TestDirectoryIndex::people()
{
    QList<Contact> list = {
        person(
            QStringLiteral("Hanna Schmidt"), QStringLiteral("1003"), {}, QStringLiteral("hanna@example.com")),
        person(QStringLiteral("Anna Berg"), QStringLiteral("1001"), QStringLiteral("Sales"),
            QStringLiteral("anna.berg@example.com")),
        person(QStringLiteral("Jürgen Müller"), QStringLiteral("1002"), QStringLiteral("Vertrieb")),
        person(QStringLiteral("Annabelle Roy"), QStringLiteral("1004")),
        person(QStringLiteral("Ana Sánchez"), QStringLiteral("1005"), QStringLiteral("Ventas")),
        person(QStringLiteral("Zoe Ann"), QStringLiteral("1006"), {}, {}, QStringLiteral("ann")),
    };
    Contact bob;
    bob.name = QStringLiteral("Bob Annan");
    bob.addNumber(PhoneNumber::Kind::Work, QStringLiteral("+49 30 1234 5678"));
    list.append(bob);
    return list;
}

QStringList TestDirectoryIndex::names(const DirectoryIndex& index, const QList<int>& rows)
{
    QStringList out;
    for (int i : rows)
        out.append(index.contacts().at(i).name);
    return out;
}

void TestDirectoryIndex::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ASCII upper") << QStringLiteral("ANNA Berg") << QStringLiteral("anna berg");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("cedilla upper") << QStringLiteral("FRANÇOIS") << QStringLiteral("francois");
    QTest::newRow("ring and diaeresis") << QStringLiteral("Ångström") << QStringLiteral("angstrom");
    QTest::newRow("precomposed vs decomposed") << QStringLiteral("Jose\u0301") << QStringLiteral("jose");
    QTest::newRow("CJK unchanged") << QStringLiteral("张伟") << QStringLiteral("张伟");
    QTest::newRow("digits and plus") << QStringLiteral("+49 30") << QStringLiteral("+49 30");
}

void TestDirectoryIndex::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(DirectoryIndex::fold(text), folded);
}

void TestDirectoryIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("exact uid first, then word starts, then inside")
        << QStringLiteral("ann")
        << QStringList {QStringLiteral("Zoe Ann"), QStringLiteral("Anna Berg"),
               QStringLiteral("Annabelle Roy"), QStringLiteral("Bob Annan"), QStringLiteral("Hanna Schmidt")};
    QTest::newRow("accent-insensitive")
        << QStringLiteral("muller") << QStringList {QStringLiteral("Jürgen Müller")};
    QTest::newRow("accent typed, upper case")
        << QStringLiteral("MÜLLER") << QStringList {QStringLiteral("Jürgen Müller")};
    QTest::newRow("exact extension") << QStringLiteral("1002")
                                     << QStringList {QStringLiteral("Jürgen Müller")};
    QTest::newRow("extension prefix, alphabetical")
        << QStringLiteral("100")
        << QStringList {QStringLiteral("Ana Sánchez"), QStringLiteral("Anna Berg"),
               QStringLiteral("Annabelle Roy"), QStringLiteral("Hanna Schmidt"),
               QStringLiteral("Jürgen Müller"), QStringLiteral("Zoe Ann")};
    QTest::newRow("number as written")
        << QStringLiteral("30 1234") << QStringList {QStringLiteral("Bob Annan")};
    QTest::newRow("number digits only")
        << QStringLiteral("3012345678") << QStringList {QStringLiteral("Bob Annan")};
    QTest::newRow("number written another way")
        << QStringLiteral("+49 (30) 1234-5678") << QStringList {QStringLiteral("Bob Annan")};
    QTest::newRow("department exact") << QStringLiteral("sales") << QStringList {QStringLiteral("Anna Berg")};
    QTest::newRow("mail") << QStringLiteral("anna.berg@") << QStringList {QStringLiteral("Anna Berg")};
    QTest::newRow("department of accented name")
        << QStringLiteral("ventas") << QStringList {QStringLiteral("Ana Sánchez")};
    QTest::newRow("spaces collapsed")
        << QStringLiteral("  anna   berg ") << QStringList {QStringLiteral("Anna Berg")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList {};
    QTest::newRow("empty shows everyone, by name")
        << QString()
        << QStringList {QStringLiteral("Ana Sánchez"), QStringLiteral("Anna Berg"),
               QStringLiteral("Annabelle Roy"), QStringLiteral("Bob Annan"), QStringLiteral("Hanna Schmidt"),
               QStringLiteral("Jürgen Müller"), QStringLiteral("Zoe Ann")};
}

void TestDirectoryIndex::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    DirectoryIndex index;
    index.setContacts(QStringLiteral("a"), people());
    QCOMPARE(names(index, index.search(query)), expected);
}

void TestDirectoryIndex::typingMatchesFreshSearch()
{
    DirectoryIndex typing;
    typing.setContacts(QStringLiteral("a"), people());
    const QStringList keystrokes
        = {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann"), QStringLiteral("anna"),
            QStringLiteral("ann"), QStringLiteral("anna b"), QStringLiteral("h"), QStringLiteral("ha")};
    for (const QString& text : keystrokes) {
        DirectoryIndex fresh;
        fresh.setContacts(QStringLiteral("a"), people());
        QCOMPARE(names(typing, typing.search(text)), names(fresh, fresh.search(text)));
    }
}

// One-letter queries are answered from per-contact masks; they must give
// exactly what scanning the text gives (rank() scans the text).
void TestDirectoryIndex::oneCharacterQueriesMatchTheTextScan()
{
    DirectoryIndex index;
    QList<Contact> list = people();
    Contact single = person(QStringLiteral("X"), QStringLiteral("7"));
    single.department = QStringLiteral("b");
    list.append(single);
    index.setContacts(QStringLiteral("a"), list);
    const QString characters = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789+@.");
    for (QChar c : characters) {
        const QString query(c);
        QList<int> expected[3];
        for (int i = 0; i < index.size(); ++i) {
            const Contact& contact = index.contacts().at(i);
            QString text = DirectoryIndex::fold(contact.name) + QLatin1Char('|')
                + DirectoryIndex::fold(contact.uid) + QLatin1Char('|') + DirectoryIndex::fold(contact.mail)
                + QLatin1Char('|') + DirectoryIndex::fold(contact.department);
            for (const PhoneNumber& n : contact.numbers)
                text += QLatin1Char('|') + normalizedNumber(n.number);
            if (text.contains(c))
                expected[int(index.rank(i, query))].append(i);
        }
        const QList<int> all = expected[0] + expected[1] + expected[2];
        QVERIFY2(index.search(query) == all, qPrintable(query));
    }
    // The one-character field ranks exact: "b" is X's whole department.
    QCOMPARE(index.contacts().at(index.search(QStringLiteral("b")).first()).name, QStringLiteral("X"));
}

void TestDirectoryIndex::merge_data()
{
    QTest::addColumn<QList<Contact>>("first");
    QTest::addColumn<QList<Contact>>("second");
    QTest::addColumn<QStringList>("expected"); // "name:numbers:mail:department"

    Contact ldap = person(QStringLiteral("Anna Berg"), QStringLiteral("1001"), QStringLiteral("Sales"),
        QStringLiteral("Anna.Berg@example.com"), QStringLiteral("aberg"));
    Contact fileSameUid;
    fileSameUid.name = QStringLiteral("A. Berg");
    fileSameUid.uid = QStringLiteral("ABERG");
    fileSameUid.title = QStringLiteral("CEO");
    fileSameUid.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("+49 170 1"));
    fileSameUid.addNumber(PhoneNumber::Kind::Work, QStringLiteral("1001")); // same digits as the extension
    QTest::newRow("same uid: numbers united, first source wins")
        << QList<Contact> {ldap} << QList<Contact> {fileSameUid}
        << QStringList {QStringLiteral("Anna Berg:1001,+49 170 1:Anna.Berg@example.com:Sales")};

    Contact fileSameMail;
    fileSameMail.name = QStringLiteral("Anna");
    fileSameMail.mail = QStringLiteral("anna.berg@EXAMPLE.com");
    fileSameMail.department = QStringLiteral("Other");
    fileSameMail.addNumber(PhoneNumber::Kind::Other, QStringLiteral("555"));
    QTest::newRow("same mail, other case")
        << QList<Contact> {ldap} << QList<Contact> {fileSameMail}
        << QStringList {QStringLiteral("Anna Berg:1001,555:Anna.Berg@example.com:Sales")};

    Contact sameExtSameName = person(QStringLiteral("ANNA BERG"), QStringLiteral("1001"));
    sameExtSameName.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("0170"));
    QTest::newRow("same extension and name")
        << QList<Contact> {ldap} << QList<Contact> {sameExtSameName}
        << QStringList {QStringLiteral("Anna Berg:1001,0170:Anna.Berg@example.com:Sales")};

    const Contact sharedDesk = person(QStringLiteral("Reception"), QStringLiteral("1001"));
    QTest::newRow("shared extension, other name: two entries")
        << QList<Contact> {ldap} << QList<Contact> {sharedDesk}
        << QStringList {QStringLiteral("Anna Berg:1001:Anna.Berg@example.com:Sales"),
               QStringLiteral("Reception:1001::")};

    Contact twin = ldap;
    twin.name = QStringLiteral("Anna Berg (2)");
    QTest::newRow("same uid inside one source: kept apart")
        << QList<Contact> {ldap, twin} << QList<Contact> {}
        << QStringList {QStringLiteral("Anna Berg:1001:Anna.Berg@example.com:Sales"),
               QStringLiteral("Anna Berg (2):1001:Anna.Berg@example.com:Sales")};
}

void TestDirectoryIndex::merge()
{
    QFETCH(QList<Contact>, first);
    QFETCH(QList<Contact>, second);
    QFETCH(QStringList, expected);
    DirectoryIndex index;
    index.setContacts(QStringLiteral("ldap"), first);
    index.setContacts(QStringLiteral("file"), second);
    QStringList got;
    for (const Contact& c : index.contacts()) {
        QStringList numbers;
        for (const PhoneNumber& n : c.numbers)
            numbers.append(n.number);
        got.append(QStringList {c.name, numbers.join(QLatin1Char(',')), c.mail, c.department}.join(
            QLatin1Char(':')));
    }
    QCOMPARE(got, expected);
    // Merged numbers are searchable too.
    if (expected.size() == 1 && !second.isEmpty())
        QCOMPARE(index.search(second.first().numbers.last().number).size(), 1);
}

void TestDirectoryIndex::removeSource()
{
    DirectoryIndex index;
    index.setContacts(QStringLiteral("a"), people());
    index.setContacts(QStringLiteral("b"), {person(QStringLiteral("Extra Person"), QStringLiteral("2000"))});
    QCOMPARE(index.size(), people().size() + 1);
    QCOMPARE(index.search(QStringLiteral("extra")).size(), 1);
    index.removeSource(QStringLiteral("b"));
    QCOMPARE(index.size(), people().size());
    QCOMPARE(index.search(QStringLiteral("extra")).size(), 0);
    QCOMPARE(index.sourceIds(), QStringList {QStringLiteral("a")});
}

QTEST_GUILESS_MAIN(TestDirectoryIndex)
#include "TestDirectoryIndex.moc"
