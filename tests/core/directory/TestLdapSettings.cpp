// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapSettings.h"

#include <QTest>

// The pure parts of the LDAP configuration: RFC 4515 escaping, the server-side
// search filter and the attribute presets.
class TestLdapSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapeFilterValue_data();
    void escapeFilterValue();
    void searchFilter();
    void presets();
};

void TestLdapSettings::escapeFilterValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain text") << QStringLiteral("Müller") << QStringLiteral("Müller");
    QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("\\2a");
    QTest::newRow("open paren") << QStringLiteral("(") << QStringLiteral("\\28");
    QTest::newRow("close paren") << QStringLiteral(")") << QStringLiteral("\\29");
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringLiteral("\\5c");
    QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\00");
    QTest::newRow("break-out attempt")
        << QStringLiteral("*)(uid=*") << QStringLiteral("\\2a\\29\\28uid=\\2a");
    QTest::newRow("already escaped stays literal") << QStringLiteral("\\2a") << QStringLiteral("\\5c2a");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("digits and plus") << QStringLiteral("+49 30 1001") << QStringLiteral("+49 30 1001");
}

void TestLdapSettings::escapeFilterValue()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    QCOMPARE(ldapEscapeFilterValue(value), escaped);
}

void TestLdapSettings::searchFilter()
{
    LdapAttributeMap map = LdapAttributeMap::inetOrgPerson();
    map.extension.clear();
    map.mail.clear();
    map.mobile.clear();
    QCOMPARE(ldapSearchFilter(QStringLiteral("(objectClass=person)"), map, QStringLiteral(" a*b ")),
        QStringLiteral("(&(objectClass=person)(|(cn=*a\\2ab*)(uid=*a\\2ab*)))"));
    QCOMPARE(ldapSearchFilter(QStringLiteral("objectClass=person"), map, QStringLiteral("x")),
        QStringLiteral("(&(objectClass=person)(|(cn=*x*)(uid=*x*)))"));
    QCOMPARE(ldapSearchFilter(QString(), map, QStringLiteral("x")),
        QStringLiteral("(&(objectClass=*)(|(cn=*x*)(uid=*x*)))"));
}

void TestLdapSettings::presets()
{
    const QStringList zentyal = LdapAttributeMap::zentyal().requestedAttributes();
    QVERIFY(zentyal.contains(QStringLiteral("AstAccountCallerID")));
    QVERIFY(zentyal.contains(QStringLiteral("AstAccountMailbox")));
    QVERIFY(zentyal.contains(QStringLiteral("departmentNumber")));
    const LdapAttributeMap ad = LdapAttributeMap::activeDirectory();
    QCOMPARE(ad.name, QStringLiteral("displayName"));
    QCOMPARE(ad.extension, QStringLiteral("ipPhone"));
    QCOMPARE(ad.uid, QStringLiteral("sAMAccountName"));
    QCOMPARE(ad.department, QStringList {QStringLiteral("department")});
    QVERIFY(!ad.requestedAttributes().contains(QStringLiteral("AstAccountCallerID")));
    QVERIFY(!LdapAttributeMap::inetOrgPerson().requestedAttributes().contains(
        QStringLiteral("AstAccountCallerID")));
    const LdapSettings org = LdapSettings::fromPreset(LdapSettings::Preset::InetOrgPerson);
    QCOMPARE(org.filter, QStringLiteral("(objectClass=inetOrgPerson)"));
    QCOMPARE(org.attributes.extension, QStringLiteral("telephoneNumber"));
    QCOMPARE(org.attributes.otherPhone, QStringLiteral("homePhone"));
    const LdapSettings adSettings = LdapSettings::fromPreset(LdapSettings::Preset::ActiveDirectory);
    QVERIFY(adSettings.filter.startsWith(QLatin1String("(&(objectCategory=person)(objectClass=user)")));
    QVERIFY2(adSettings.filter.contains(QLatin1String("userAccountControl:1.2.840.113556.1.4.803:=2")),
        "disabled accounts are skipped");
    QCOMPARE(LdapSettings::fromPreset(LdapSettings::Preset::Zentyal).filter,
        QStringLiteral("(objectClass=AsteriskSIPUser)"));
    LdapSettings s;
    s.sourceId = QStringLiteral("hq");
    QCOMPARE(s.secretKey(), QStringLiteral("ldap/hq"));
    QCOMPARE(s.filter, QStringLiteral("(objectClass=AsteriskSIPUser)"));
}

QTEST_GUILESS_MAIN(TestLdapSettings)
#include "TestLdapSettings.moc"
