// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/Contact.h"

#include <QTest>

class TestContact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callerId_data();
    void callerId();
    void numbers();
    void undialableNumberIsNeverPrimary();
    void dialableNumberReplacesUndialableWithSameDigits();
    void jsonRoundTrip();
};

void TestContact::callerId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("number");

    QTest::newRow("number only") << QStringLiteral("1001") << QString() << QStringLiteral("1001");
    QTest::newRow("quoted name") << QStringLiteral("\"Jürgen Müller\" <1001>")
                                 << QStringLiteral("Jürgen Müller") << QStringLiteral("1001");
    QTest::newRow("unquoted name") << QStringLiteral("Ana Sánchez <1002>") << QStringLiteral("Ana Sánchez")
                                   << QStringLiteral("1002");
    QTest::newRow("spaces around") << QStringLiteral("  \"A B\"   < 1003 >  ") << QStringLiteral("A B")
                                   << QStringLiteral("1003");
    QTest::newRow("angle only") << QStringLiteral("<1004>") << QString() << QStringLiteral("1004");
    QTest::newRow("escaped quote") << QStringLiteral("\"The \\\"Boss\\\"\" <1005>")
                                   << QStringLiteral("The \"Boss\"") << QStringLiteral("1005");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestContact::callerId()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, number);
    const CallerId id = parseCallerId(text);
    QCOMPARE(id.name, name);
    QCOMPARE(id.number, number);
}

void TestContact::numbers()
{
    Contact c;
    QCOMPARE(c.primaryNumber(), QString());
    c.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("+49 170 1"));
    c.addNumber(PhoneNumber::Kind::Work, QStringLiteral("+49 30 1"));
    c.addNumber(PhoneNumber::Kind::Work, QStringLiteral("+49-30-1")); // same digits: kept once
    c.addNumber(PhoneNumber::Kind::Other, QStringLiteral("  "));
    QCOMPARE(c.numbers.size(), 2);
    QCOMPARE(c.primaryNumber(), QStringLiteral("+49 30 1"));
    c.addNumber(PhoneNumber::Kind::Extension, QStringLiteral("1001"));
    QCOMPARE(c.primaryNumber(), QStringLiteral("1001"));
    QCOMPARE(c.extension(), QStringLiteral("1001"));
    QCOMPARE(normalizedNumber(QStringLiteral("+49 (30) 12-34")), QStringLiteral("+49301234"));
}

void TestContact::undialableNumberIsNeverPrimary()
{
    // What an LDAP entry can hold: AstAccountCallerID "Eve <1234&PJSIP/evil@trunk>".
    Contact c;
    c.addNumber(
        PhoneNumber::Kind::Extension, parseCallerId(QStringLiteral("Eve <1234&PJSIP/evil@trunk>")).number);
    QCOMPARE(c.numbers.size(), 1);
    QVERIFY(!c.numbers.first().isDialable());
    QCOMPARE(c.extension(), QStringLiteral("1234&PJSIP/evil@trunk")); // shown as written
    QCOMPARE(c.primaryNumber(), QString()); // but never what a call dials
    c.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("+49 170 1"));
    QVERIFY(c.numbers.last().isDialable());
    QCOMPARE(c.primaryNumber(), QStringLiteral("+49 170 1"));
}

void TestContact::dialableNumberReplacesUndialableWithSameDigits()
{
    // fuzz_ldap_entry: ipPhone "1234&PJSIP/evil@trunk" and telephoneNumber "1234" have the
    // same digits; the dialable one used to be dropped, leaving the person uncallable.
    Contact c;
    c.addNumber(PhoneNumber::Kind::Extension, QStringLiteral("1234&PJSIP/evil@trunk"));
    c.addNumber(PhoneNumber::Kind::Work, QStringLiteral(" 1234 "));
    QCOMPARE(c.numbers.size(), 1);
    QCOMPARE(c.numbers.first().kind, PhoneNumber::Kind::Extension); // the first kind still wins
    QCOMPARE(c.numbers.first().number, QStringLiteral("1234"));
    QCOMPARE(c.primaryNumber(), QStringLiteral("1234"));
    // A dialable number is never replaced, not even by another dialable form.
    c.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("12-34"));
    QCOMPARE(c.numbers.first().number, QStringLiteral("1234"));
}

void TestContact::jsonRoundTrip()
{
    Contact c;
    c.name = QStringLiteral("张伟");
    c.addNumber(PhoneNumber::Kind::Extension, QStringLiteral("1004"));
    c.addNumber(PhoneNumber::Kind::Mobile, QStringLiteral("+86 10 5555"));
    c.uid = QStringLiteral("wzhang");
    c.mail = QStringLiteral("wei@example.com");
    c.department = QStringLiteral("R&D");
    c.title = QStringLiteral("Engineer");
    c.mailbox = QStringLiteral("1004@default");
    c.context = QStringLiteral("users");
    c.sourceId = QStringLiteral("ldap");
    QCOMPARE(Contact::fromJson(c.toJson()), c);
}

QTEST_GUILESS_MAIN(TestContact)
#include "TestContact.moc"
