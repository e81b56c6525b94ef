// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/LdapSettings.h"

#include <QTest>

// The LDAP configuration presets: which attributes each directory schema reads.
class TestLdapSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets();
};

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
