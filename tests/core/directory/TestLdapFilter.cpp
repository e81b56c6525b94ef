// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/LdapFilter.h"

#include <QTest>

// What reaches the LDAP server from the search box: RFC 4515 escaping and the
// server-side search filter over the configured attributes.
class TestLdapFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapeFilterValue_data();
    void escapeFilterValue();
    void searchFilter();
};

void TestLdapFilter::escapeFilterValue_data()
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

void TestLdapFilter::escapeFilterValue()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    QCOMPARE(ldapEscapeFilterValue(value), escaped);
}

void TestLdapFilter::searchFilter()
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

QTEST_GUILESS_MAIN(TestLdapFilter)
#include "TestLdapFilter.moc"
