// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

Profile sampleProfile()
{
    Profile p;
    p.name = QStringLiteral("Front desk / Zoë");
    p.operatorDevice = QStringLiteral("PJSIP/1000");
    p.operatorExtension = QStringLiteral("1000");
    p.callerIdName = QStringLiteral("Reception");
    p.originateContext = QStringLiteral("phones");
    p.dndDevicePattern = QStringLiteral("Custom:DND%1");
    p.voicemailExtenPattern = QStringLiteral("*%1");
    p.voicemailContext = QStringLiteral("vm");
    p.pickupMethod = Profile::PickupMethod::FeatureCode;
    p.blindTransferMethod = Profile::BlindTransferMethod::BlindTransferAction;
    p.missingWriteClasses = {QStringLiteral("system")};
    for (const char* favourite : {"1002", "1003"})
        p.groups.setFavourite(QString::fromLatin1(favourite), true);
    p.groups.moveToGroup(QStringLiteral("1002"), QStringLiteral("Sales"));
    ServerConfig a;
    a.id = QStringLiteral("main");
    a.displayName = QStringLiteral("Head office");
    a.host = QStringLiteral("pbx.example.org");
    a.port = 5039;
    a.tls = true;
    a.username = QStringLiteral("panel");
    a.pinnedCertificateSha256 = "ab12";
    ServerConfig b;
    b.id = QStringLiteral("branch");
    b.host = QStringLiteral("10.0.0.2");
    b.username = QStringLiteral("panel2");
    b.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    b.proxyMode = AmiConnectionSettings::ProxyMode::Astmanproxy;
    p.servers = {a, b};

    DirectorySourceConfig ldap;
    ldap.kind = DirectorySourceConfig::Kind::Ldap;
    ldap.id = QStringLiteral("ad");
    ldap.preset = LdapSettings::Preset::ActiveDirectory;
    ldap.ldap = LdapSettings::fromPreset(ldap.preset);
    ldap.ldap.sourceId = ldap.id;
    ldap.ldap.url = QStringLiteral("ldaps://dc1.example.org:636");
    ldap.ldap.encryption = LdapSettings::Encryption::Ldaps;
    ldap.ldap.caCertificateFile = QStringLiteral("/etc/ssl/private-ca.pem");
    ldap.ldap.bindDn = QStringLiteral("CN=panel,OU=Services,DC=example,DC=org");
    ldap.ldap.baseDn = QStringLiteral("OU=Staff,DC=example,DC=org");
    ldap.ldap.scope = LdapSettings::Scope::OneLevel;
    ldap.ldap.filter = QStringLiteral("(&(objectClass=user)(ipPhone=*))");
    ldap.ldap.sizeLimit = 2000;
    ldap.ldap.timeLimitSeconds = 15;
    ldap.ldap.pageSize = 250;
    ldap.ldap.attributes.mail = QStringLiteral("userPrincipalName"); // an override of the preset
    ldap.ldap.attributes.department = {QStringLiteral("department"), QStringLiteral("company")};
    DirectorySourceConfig file;
    file.id = QStringLiteral("phonebook");
    file.filePath = QStringLiteral("/srv/phonebook.vcf");
    p.directorySources = {ldap, file};

    p.voicemail.spoolRoot = QStringLiteral("/mnt/pbx/voicemail");
    p.voicemail.lockMode = VoicemailConfig::LockMode::Flock;
    p.voicemail.keepDeleted = 20;
    p.voicemail.maxMessages = 250;
    p.voicemail.markHeardOnPlay = false;
    return p;
}

void compareAttributes(const LdapAttributeMap& got, const LdapAttributeMap& want)
{
    for (const auto& [key, field] : ldapAttributeFields())
        QVERIFY2(
            got.*field == want.*field, qPrintable(QString(key + u": " + got.*field + u" ≠ " + want.*field)));
    QCOMPARE(got.department, want.department);
}

// The sample profile saved to <dir>/<file>; returns the file's path.
QString savedSample(const QTemporaryDir& dir, const QString& file)
{
    const QString path = dir.filePath(file);
    Settings s(path);
    s.saveProfile(sampleProfile());
    s.sync();
    return path;
}

void compareSources(const QList<DirectorySourceConfig>& got, const QList<DirectorySourceConfig>& want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i) {
        const DirectorySourceConfig& g = got.at(i);
        const DirectorySourceConfig& w = want.at(i);
        QCOMPARE(g.kind, w.kind);
        QCOMPARE(g.id, w.id);
        QCOMPARE(g.filePath, w.filePath);
        if (w.kind == DirectorySourceConfig::Kind::File)
            continue;
        QCOMPARE(g.preset, w.preset);
        QCOMPARE(g.ldapSettings().sourceId, w.id);
        QCOMPARE(g.ldap.url, w.ldap.url);
        QCOMPARE(g.ldap.encryption, w.ldap.encryption);
        QCOMPARE(g.ldap.caCertificateFile, w.ldap.caCertificateFile);
        QCOMPARE(g.ldap.bindDn, w.ldap.bindDn);
        QCOMPARE(g.ldap.baseDn, w.ldap.baseDn);
        QCOMPARE(g.ldap.scope, w.ldap.scope);
        QCOMPARE(g.ldap.filter, w.ldap.filter);
        QCOMPARE(g.ldap.sizeLimit, w.ldap.sizeLimit);
        QCOMPARE(g.ldap.timeLimitSeconds, w.ldap.timeLimitSeconds);
        QCOMPARE(g.ldap.pageSize, w.ldap.pageSize);
        compareAttributes(g.ldap.attributes, w.ldap.attributes);
    }
}

void compareProfiles(const Profile& got, const Profile& want)
{
    QCOMPARE(got.name, want.name);
    QCOMPARE(got.servers, want.servers);
    QCOMPARE(got.operatorDevice, want.operatorDevice);
    QCOMPARE(got.operatorExtension, want.operatorExtension);
    QCOMPARE(got.callerIdName, want.callerIdName);
    QCOMPARE(got.originateContext, want.originateContext);
    QCOMPARE(got.dndDevicePattern, want.dndDevicePattern);
    QCOMPARE(got.voicemailExtenPattern, want.voicemailExtenPattern);
    QCOMPARE(got.voicemailContext, want.voicemailContext);
    QCOMPARE(got.pickupMethod, want.pickupMethod);
    QCOMPARE(got.blindTransferMethod, want.blindTransferMethod);
    QCOMPARE(got.missingWriteClasses, want.missingWriteClasses);
    QCOMPARE(got.groups.favourites(), want.groups.favourites());
    QCOMPARE(got.groups.members(), want.groups.members());
    QCOMPARE(got.groups.groups(), want.groups.groups());
    compareSources(got.directorySources, want.directorySources);
    QCOMPARE(got.voicemail.spoolRoot, want.voicemail.spoolRoot);
    QCOMPARE(got.voicemail.lockMode, want.voicemail.lockMode);
    QCOMPARE(got.voicemail.keepDeleted, want.voicemail.keepDeleted);
    QCOMPARE(got.voicemail.maxMessages, want.voicemail.maxMessages);
    QCOMPARE(got.voicemail.markHeardOnPlay, want.voicemail.markHeardOnPlay);
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileRoundTrip();
    void firstRunAndCurrentProfile();
    void uiPreferences();
    void noSecretInIniFile();
    void exportImportWithoutSecrets();
    void importRejectsBadFiles_data();
    void importRejectsBadFiles();
    void importReadsOnlyTheEntriesThatAreThere();
    void serverUrl_data();
    void serverUrl();
    void secretKeyAndConnectionSettings();
    void ldapOverridesOnlyAndPresetFollows();
    void voicemailDefaultsAndSpoolConfig();
};

void TestSettings::profileRoundTrip()
{
    QTemporaryDir dir;
    Settings s(savedSample(dir, QStringLiteral("a.ini")));
    QCOMPARE(s.profileNames(), QStringList {sampleProfile().name});
    const auto p = s.profile(sampleProfile().name);
    QVERIFY(p.has_value());
    compareProfiles(*p, sampleProfile());

    // Saving fewer servers must not leave the old ones behind.
    Profile smaller = sampleProfile();
    smaller.servers.removeLast();
    smaller.groups.removeGroup(QStringLiteral("Sales"));
    smaller.directorySources.removeFirst();
    s.saveProfile(smaller);
    compareProfiles(*s.profile(smaller.name), smaller);
}

void TestSettings::firstRunAndCurrentProfile()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("b.ini")));
    QVERIFY(s.isFirstRun());
    QCOMPARE(s.currentProfileName(), QString());
    Profile a = sampleProfile();
    a.name = QStringLiteral("Alpha");
    Profile b = sampleProfile();
    b.name = QStringLiteral("Beta");
    s.saveProfile(b);
    s.saveProfile(a);
    QVERIFY(!s.isFirstRun());
    QCOMPARE(s.profileNames(), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(s.currentProfileName(), QStringLiteral("Alpha")); // first one when none chosen
    s.setCurrentProfileName(QStringLiteral("Beta"));
    QCOMPARE(s.currentProfileName(), QStringLiteral("Beta"));
    s.removeProfile(QStringLiteral("Beta"));
    QCOMPARE(s.currentProfileName(), QStringLiteral("Alpha"));
    QVERIFY(!s.profile(QStringLiteral("Beta")).has_value());
}

void TestSettings::uiPreferences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.ini"));
    {
        Settings s(path);
        QCOMPARE(s.shortcut(QStringLiteral("hangup"), QStringLiteral("F4")), QStringLiteral("F4"));
        QCOMPARE(s.crmTrigger(), Settings::CrmTrigger::Never);
        QCOMPARE(s.minimiseToTray(), false);
        s.setShortcut(QStringLiteral("hangup"), QStringLiteral("Ctrl+H"));
        s.setShortcut(QStringLiteral("park"), QString());
        s.setCrmUrlTemplate(QStringLiteral("https://crm/lookup?number={callerid}"));
        s.setCrmTrigger(Settings::CrmTrigger::OnAnswer);
        s.setMinimiseToTray(true);
        s.setDesktopNotifications(false);
        s.setLanguageOverride(QStringLiteral("de"));
        s.setColorScheme(Settings::ColorScheme::Dark);
        s.setWindowGeometry("geom");
        s.sync();
    }
    Settings s(path);
    QCOMPARE(s.shortcut(QStringLiteral("hangup"), QStringLiteral("F4")), QStringLiteral("Ctrl+H"));
    QCOMPARE(s.shortcut(QStringLiteral("park"), QStringLiteral("F6")), QString()); // removed stays removed
    QCOMPARE(s.crmUrlTemplate(), QStringLiteral("https://crm/lookup?number={callerid}"));
    QCOMPARE(s.crmTrigger(), Settings::CrmTrigger::OnAnswer);
    QCOMPARE(s.minimiseToTray(), true);
    QCOMPARE(s.desktopNotifications(), false);
    QCOMPARE(s.languageOverride(), QStringLiteral("de"));
    QCOMPARE(s.colorScheme(), Settings::ColorScheme::Dark);
    QCOMPARE(s.windowGeometry(), QByteArray("geom"));
}

void TestSettings::noSecretInIniFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.ini"));
    {
        Settings s(path);
        s.saveProfile(sampleProfile());
        s.setCurrentProfileName(sampleProfile().name);
        s.setShortcut(QStringLiteral("call"), QStringLiteral("Return"));
        s.sync();
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ini = f.readAll().toLower();
    QVERIFY(ini.contains("pbx.example.org")); // the file really holds the profile
    QVERIFY(ini.contains("dc1.example.org")); // and its LDAP source
    QVERIFY2(!ini.contains("secret"), ini.constData());
    QVERIFY2(!ini.contains("password"), ini.constData());
    QVERIFY2(!ini.contains("key="), ini.constData());
    // Every key in the file is one we know and none can carry a secret.
    QSettings raw(path, QSettings::IniFormat);
    const QStringList keys = raw.allKeys();
    for (const QString& k : keys)
        QVERIFY2(!k.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(k));
}

void TestSettings::exportImportWithoutSecrets()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.ini"));
    QCOMPARE(sampleProfile().exportToFile(file), QString());

    // Someone adds a secret to the exported file by hand: import ignores it.
    {
        QSettings tamper(file, QSettings::IniFormat);
        tamper.setValue(QStringLiteral("profile/servers/1/secret"), QStringLiteral("hunter2"));
        tamper.setValue(QStringLiteral("profile/password"), QStringLiteral("hunter2"));
    }
    QString error;
    const auto imported = Profile::importFromFile(file, &error);
    QVERIFY2(imported.has_value(), qPrintable(error));
    compareProfiles(*imported, sampleProfile());

    Settings s(dir.filePath(QStringLiteral("e.ini")));
    s.saveProfile(*imported);
    s.sync();
    QFile f(s.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("hunter2"));
}

void TestSettings::importRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("missing file") << QByteArray();
    QTest::newRow("not a profile") << QByteArray("[general]\nfoo=bar\n");
    QTest::newRow("profile without name") << QByteArray("[profile]\noperatorDevice=PJSIP/1000\n");
    // QSettings reads \r\n inside a quoted ini value as a real line break.
    QTest::newRow("line break in the AMI user")
        << QByteArray("[profile]\nname=Evil\nservers\\size=1\nservers\\1\\id=pbx\nservers\\1\\host=pbx\n"
                      "servers\\1\\username=\"a\\r\\nAction: Command\\r\\nCommand: core restart now\"\n");
}

void TestSettings::importRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("in.ini"));
    if (!content.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QString error;
    QVERIFY(!Profile::importFromFile(file, &error).has_value());
    QVERIFY(!error.isEmpty());
    if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("line break")))
        QVERIFY2(error.contains(QLatin1String("line break")), qPrintable(error));
}

void TestSettings::importReadsOnlyTheEntriesThatAreThere()
{
    // Regression (fuzz_profile_import, issue 19): a file claiming 60,604
    // directory sources made as many empty ones (2 GB on export). Only the
    // entries that have keys are read, at most 256.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("in.ini"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile]\nname=Front desk\ndirectory\\size=60604\nservers\\size=2147483647\n"
                "servers\\2\\id=pbx\nservers\\2\\host=pbx.example.org\n");
    }
    QString error;
    const auto imported = Profile::importFromFile(file, &error);
    QVERIFY2(imported.has_value(), qPrintable(error));
    QCOMPARE(imported->directorySources.size(), 0);
    QCOMPARE(imported->servers.size(), 1);
    QCOMPARE(imported->servers.first().host, QStringLiteral("pbx.example.org"));
}

void TestSettings::serverUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("user");

    QTest::newRow("amis with port") << QStringLiteral("amis://panel@pbx.example.org:5039") << true
                                    << QStringLiteral("pbx.example.org") << 5039 << true
                                    << QStringLiteral("panel");
    QTest::newRow("ami default port")
        << QStringLiteral("ami://panel@10.1.2.3") << true << QStringLiteral("10.1.2.3") << 5038 << false
        << QStringLiteral("panel");
    QTest::newRow("amis default port") << QStringLiteral("amis://op@pbx") << true << QStringLiteral("pbx")
                                       << 5039 << true << QStringLiteral("op");
    QTest::newRow("password refused")
        << QStringLiteral("ami://panel:panelpass@pbx") << false << QString() << 0 << false << QString();
    QTest::newRow("no user") << QStringLiteral("ami://pbx:5038") << false << QString() << 0 << false
                             << QString();
    QTest::newRow("wrong scheme") << QStringLiteral("http://panel@pbx") << false << QString() << 0 << false
                                  << QString();
    QTest::newRow("path") << QStringLiteral("ami://panel@pbx/x") << false << QString() << 0 << false
                          << QString();
    // The form: the ':' makes the rest a password, refused as such.
    QTest::newRow("issue's address") << QStringLiteral("ami://a%0D%0AAction:%20Command@pbx") << false
                                     << QString() << 0 << false << QString();
    QTest::newRow("line break in user name")
        << QStringLiteral("ami://a%0D%0AAction%3A%20Command%0D%0ACommand%3A%20core%20restart%20now@pbx")
        << false << QString() << 0 << false << QString();
    QTest::newRow("bare LF in user name")
        << QStringLiteral("amis://a%0Ab@pbx") << false << QString() << 0 << false << QString();
    QTest::newRow("NUL in user name")
        << QStringLiteral("ami://a%00b@pbx") << false << QString() << 0 << false << QString();
    QTest::newRow("encoded space in user name is decoded")
        << QStringLiteral("ami://op%20desk@pbx") << true << QStringLiteral("pbx") << 5038 << false
        << QStringLiteral("op desk");
    QTest::newRow("garbage") << QStringLiteral("not a url") << false << QString() << 0 << false << QString();
}

void TestSettings::serverUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QString error;
    const auto c = ServerConfig::fromUrl(url, &error);
    QCOMPARE(c.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        // The injection rows fail for that reason, not for a malformed URL.
        if (QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("in user name")))
            QVERIFY2(error.contains(QLatin1String("line break")), qPrintable(error));
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, tls);
    QFETCH(QString, user);
    QCOMPARE(c->host, host);
    QCOMPARE(int(c->port), port);
    QCOMPARE(c->tls, tls);
    QCOMPARE(c->username, user);
}

void TestSettings::secretKeyAndConnectionSettings()
{
    const Profile p = sampleProfile();
    const ServerConfig& s = p.servers.first();
    QCOMPARE(s.secretKey(p.name), QStringLiteral("ami/Front desk / Zoë/main"));
    const AmiConnectionSettings c = s.toConnectionSettings();
    QCOMPARE(c.host, s.host);
    QCOMPARE(c.port, s.port);
    QCOMPARE(c.tls, true);
    QCOMPARE(c.username, QStringLiteral("panel"));
    QCOMPARE(c.pinnedCertificateSha256, QByteArray("ab12"));
    QCOMPARE(p.callerId(), QStringLiteral("\"Reception\" <1000>"));
}

void TestSettings::ldapOverridesOnlyAndPresetFollows()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir, QStringLiteral("f.ini"));
    QSettings raw(path, QSettings::IniFormat);
    QStringList attributeKeys;
    QStringList fullKeys;
    const QStringList keys = raw.allKeys();
    for (const QString& k : keys) {
        if (k.contains(QLatin1String("/attributes/"))) {
            attributeKeys.append(k.section(u'/', -1));
            fullKeys.append(k);
        }
    }
    attributeKeys.sort();
    // Only what differs from the Active Directory preset is stored.
    QCOMPARE(attributeKeys, (QStringList {QStringLiteral("department"), QStringLiteral("mail")}));

    // A preset-only source read back has exactly the preset's mapping.
    for (const QString& k : std::as_const(fullKeys))
        raw.remove(k);
    raw.sync();
    Settings s(path);
    const auto p = s.profile(sampleProfile().name);
    QVERIFY(p.has_value());
    QCOMPARE(p->directorySources.size(), 2);
    compareAttributes(p->directorySources.first().ldap.attributes, LdapAttributeMap::activeDirectory());
    QCOMPARE(p->directorySources.first().ldap.url, QStringLiteral("ldaps://dc1.example.org:636"));
}

void TestSettings::voicemailDefaultsAndSpoolConfig()
{
    const Profile fresh;
    QCOMPARE(fresh.voicemail.spoolRoot, QStringLiteral("/var/spool/asterisk/voicemail"));
    QCOMPARE(fresh.voicemail.lockMode, VoicemailConfig::LockMode::LockFile);
    QVERIFY(fresh.voicemail.markHeardOnPlay);
    QVERIFY(fresh.directorySources.isEmpty());

    const VoicemailSpool::Config spool = sampleProfile().voicemail.spoolConfig();
    QCOMPARE(spool.root, QStringLiteral("/mnt/pbx/voicemail"));
    QCOMPARE(spool.lockMode, SpoolLock::Mode::Flock);
    QCOMPARE(spool.maxMessages, 250);
    QCOMPARE(spool.maxDeletedMessages, 20);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
