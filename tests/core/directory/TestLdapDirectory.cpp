// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapDirectoryRig.h"

#include "MockClock.h"
#include "SlapdFixture.h"
#include "core/settings/SecretStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

// Against a real slapd started by SlapdFixture on 127.0.0.1: binds, secrets,
// the server down and back, the stale cache, paging, limits, search and mapping.
class TestLdapDirectory : public LdapDirectoryRig
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpRig(); }
    void anonymousBind();
    void authenticatedBind();
    void wrongPassword();
    void passwordFromSecretStore();
    void passwordMissingFromSecretStore();
    void serverDownThenUp();
    void staleCacheWhenServerDown();
    void paging();
    void unpagedHitsSizeLimit();
    void scopeBaseAndLimits();
    void serverSideSearch_data();
    void serverSideSearch();
    void inetOrgPersonMapping();
    void destroyedWhileLoading();
};

void TestLdapDirectory::anonymousBind()
{
    LdapDirectory directory(settingsFor(m_server));
    bool stale = true;
    const QList<Contact> contacts = load(directory, &stale);
    QCOMPARE(contacts.size(), SlapdFixture::fixedSipUsers());
    QVERIFY(!stale);
    QVERIFY(!directory.isStale());

    const Contact* juergen = byUid(contacts, QStringLiteral("jmueller"));
    QVERIFY(juergen);
    QCOMPARE(juergen->name, QStringLiteral("Jürgen Müller"));
    QCOMPARE(juergen->extension(), QStringLiteral("1001")); // from "\"Jürgen Müller\" <1001>"
    QCOMPARE(juergen->mailbox, QStringLiteral("1001@default"));
    QCOMPARE(juergen->context, QStringLiteral("users"));
    QCOMPARE(juergen->department, QStringLiteral("Vertrieb"));
    QCOMPARE(juergen->title, QStringLiteral("Leiter Vertrieb"));
    QCOMPARE(juergen->numbers.size(), 3);
    QCOMPARE(
        juergen->numbers.at(1), (PhoneNumber {PhoneNumber::Kind::Work, QStringLiteral("+49 30 1234501")}));
    QCOMPARE(
        juergen->numbers.at(2), (PhoneNumber {PhoneNumber::Kind::Mobile, QStringLiteral("+49 170 1234501")}));
    QVERIFY2(juergen->mail.isEmpty(), "the ACL hides mail from anonymous users");

    const Contact* ana = byUid(contacts, QStringLiteral("asanchez"));
    QVERIFY(ana);
    QCOMPARE(ana->extension(), QStringLiteral("1002")); // plain "1002" form
    QCOMPARE(ana->department, QStringLiteral("Ventas")); // departmentNumber when no ou
    const Contact* wei = byUid(contacts, QStringLiteral("wzhang"));
    QVERIFY(wei);
    QCOMPARE(wei->name, QStringLiteral("张伟"));
    QVERIFY2(!byUid(contacts, QStringLiteral("pplain")), "not an AsteriskSIPUser");
}

void TestLdapDirectory::authenticatedBind()
{
    LdapSettings s = settingsFor(m_server);
    s.bindDn = SlapdFixture::readerDn();
    LdapDirectory directory(s);
    directory.setBindPassword(SlapdFixture::readerPassword());
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    const QList<Contact> contacts = load(directory);
    QCOMPARE(contacts.size(), SlapdFixture::fixedSipUsers());
    const Contact* juergen = byUid(contacts, QStringLiteral("jmueller"));
    QVERIFY(juergen);
    QCOMPARE(juergen->mail, QStringLiteral("juergen.mueller@example.com"));
    QCOMPARE(errors.size(), 0);
}

void TestLdapDirectory::wrongPassword()
{
    LdapSettings s = settingsFor(m_server);
    s.bindDn = SlapdFixture::readerDn();
    LdapDirectory directory(s);
    directory.setBindPassword(QStringLiteral("not-the-password"));
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(errors.wait(20000));
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::BindFailed);
    const QString detail = errors.first().at(2).toString();
    QVERIFY2(detail.contains(m_server.ldapUrl()), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("Invalid credentials")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("not-the-password")), "never echo the secret");
    QVERIFY2(!directory.isRetryScheduled(), "a wrong password is not retried");
    QCOMPARE(loaded.size(), 0); // no cache yet: nothing to show
}

void TestLdapDirectory::passwordFromSecretStore()
{
    // A service of our own: a real keyring (CI) must not collect test entries.
    SecretStore store(
        QStringLiteral("org.attendantconsole.Attendant.test-%1").arg(QCoreApplication::applicationPid()));
    LdapSettings s = settingsFor(m_server);
    s.bindDn = SlapdFixture::readerDn();
    bool written = false;
    store.write(s.secretKey(), SlapdFixture::readerPassword(), this,
        [&written](SecretStore::Status, const QString&) { written = true; });
    QTRY_VERIFY(written);
    LdapDirectory directory(s);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.startWithPasswordFrom(&store);
    QVERIFY(loaded.wait(20000));
    const Contact* juergen = byUid(loaded.first().at(1).value<QList<Contact>>(), QStringLiteral("jmueller"));
    QVERIFY(juergen);
    QCOMPARE(juergen->mail, QStringLiteral("juergen.mueller@example.com")); // bound, not anonymous
    bool removed = false;
    store.remove(s.secretKey(), this, [&removed](SecretStore::Status, const QString&) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestLdapDirectory::passwordMissingFromSecretStore()
{
    SecretStore store(
        QStringLiteral("org.attendantconsole.Attendant.test-%1").arg(QCoreApplication::applicationPid()));
    LdapSettings s = settingsFor(m_server);
    s.sourceId = QStringLiteral("never-stored");
    s.bindDn = SlapdFixture::readerDn();
    LdapDirectory directory(s);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy loadingStarted(&directory, &DirectorySource::loadingStarted);
    directory.startWithPasswordFrom(&store);
    QVERIFY(errors.wait(20000));
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::PasswordMissing);
    QVERIFY(errors.first().at(2).toString().startsWith(m_server.ldapUrl()));
    QCOMPARE(loadingStarted.size(), 0); // no bind attempted with an empty password
}

void TestLdapDirectory::serverDownThenUp()
{
    MockClock clock;
    LdapSettings s = settingsFor(m_server);
    s.retryInitialMs = 1000;
    LdapDirectory directory(s, &clock);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy retries(&directory, &LdapDirectory::retryScheduled);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);

    m_server.stop();
    directory.start();
    QVERIFY(retries.wait(20000));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::ServerUnreachable);
    QVERIFY(errors.first().at(2).toString().startsWith(m_server.ldapUrl()));
    QCOMPARE(retries.last().at(0).toLongLong(), 1000);

    // Still down at the first retry: the delay doubles.
    clock.advance(1000);
    QVERIFY(retries.wait(20000));
    QCOMPARE(retries.last().at(0).toLongLong(), 2000);
    QCOMPARE(directory.retryAttempt(), 2);
    QCOMPARE(loaded.size(), 0);

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    clock.advance(1999);
    QVERIFY(directory.isRetryScheduled()); // not yet
    clock.advance(1);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).value<QList<Contact>>().size(), SlapdFixture::fixedSipUsers());
    QCOMPARE(loaded.first().at(2).toBool(), false);
    QCOMPARE(directory.retryAttempt(), 0);
    QVERIFY(!directory.isRetryScheduled());
}

void TestLdapDirectory::staleCacheWhenServerDown()
{
    MockClock clock;
    const LdapSettings s = settingsFor(m_server);
    QList<Contact> live;
    {
        LdapDirectory first(s, &clock);
        live = load(first);
        QCOMPARE(live.size(), SlapdFixture::fixedSipUsers());
    }
    const QByteArray cache = [&] {
        QFile f(s.cacheFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(cache.contains("Müller"));
    QVERIFY(!cache.contains(SlapdFixture::readerPassword().toUtf8()));

    clock.advance(3600 * 1000);
    m_server.stop();
    LdapDirectory second(s, &clock);
    QSignalSpy errors(&second, &DirectorySource::errorOccurred);
    bool stale = false;
    const QList<Contact> shown = load(second, &stale);
    QVERIFY(stale);
    QVERIFY(second.isStale());
    QCOMPARE(shown, live);
    // Marked with when it was really fetched, an hour ago.
    QCOMPARE(second.loadedAt().toMSecsSinceEpoch(), clock.currentMSecsSinceEpoch() - 3600 * 1000);
    QCOMPARE(errors.size(), 1);
    QVERIFY(second.isRetryScheduled());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestLdapDirectory::paging()
{
    SlapdFixture big;
    QVERIFY2(big.setUp({10000, 1000}), qPrintable(big.errorString()));
    LdapSettings s = settingsFor(big);
    s.pageSize = 500;
    LdapDirectory directory(s);
    QSignalSpy progress(&directory, &DirectorySource::progressChanged);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    const QList<Contact> contacts = load(directory);
    QCOMPARE(contacts.size(), 10000 + SlapdFixture::fixedSipUsers());
    QCOMPARE(errors.size(), 0);
    // One progress report per page (plus the initial 0).
    QCOMPARE(progress.size(), 1 + (10000 + SlapdFixture::fixedSipUsers() + 499) / 500);
    QCOMPARE(progress.last().at(1).toInt(), contacts.size());
    QSet<QString> uids;
    for (const Contact& c : contacts)
        uids.insert(c.uid);
    QCOMPARE(uids.size(), contacts.size()); // no page fetched twice
}

void TestLdapDirectory::unpagedHitsSizeLimit()
{
    SlapdFixture big;
    QVERIFY2(big.setUp({2000, 1000}), qPrintable(big.errorString()));
    LdapSettings s = settingsFor(big);
    s.pageSize = 0; // proves the paging test needs paging
    LdapDirectory directory(s);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    const QList<Contact> contacts = load(directory);
    QCOMPARE(contacts.size(), 1000);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::SizeLimitExceeded);
}

void TestLdapDirectory::scopeBaseAndLimits()
{
    LdapSettings s = settingsFor(m_server);
    s.baseDn = SlapdFixture::peopleDn();
    s.scope = LdapSettings::Scope::OneLevel;
    {
        LdapDirectory directory(s);
        QCOMPARE(load(directory).size(), SlapdFixture::fixedSipUsers());
    }
    s.scope = LdapSettings::Scope::Base; // the ou itself is no AsteriskSIPUser
    {
        LdapDirectory directory(s);
        QCOMPARE(load(directory).size(), 0);
    }
    s.scope = LdapSettings::Scope::Subtree;
    s.pageSize = 0;
    s.sizeLimit = 2; // the client's own limit
    {
        LdapDirectory directory(s);
        QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
        QCOMPARE(load(directory).size(), 2);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(
            errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::SizeLimitExceeded);
    }
    s.sizeLimit = 0;
    s.baseDn = QStringLiteral("ou=nowhere,dc=example,dc=com");
    {
        LdapDirectory directory(s);
        QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
        directory.start();
        QVERIFY(errors.wait(20000));
        QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::SearchFailed);
        const QString detail = errors.first().at(2).toString();
        QVERIFY2(detail.contains(QLatin1String("No such object")), qPrintable(detail));
        QVERIFY(!directory.isRetryScheduled());
    }
}

void TestLdapDirectory::serverSideSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("uids");

    QTest::newRow("plain prefix, case and UTF-8")
        << QStringLiteral("mül") << QStringList {QStringLiteral("jmueller")};
    QTest::newRow("extension digits") << QStringLiteral("1003") << QStringList {QStringLiteral("fdurand")};
    QTest::newRow("star is a literal star") << QStringLiteral("*") << QStringList {QStringLiteral("asterix")};
    QTest::newRow("parenthesis is literal")
        << QStringLiteral("(Gaul)") << QStringList {QStringLiteral("asterix")};
    QTest::newRow("filter break-out") << QStringLiteral("*)(uid=*") << QStringList {};
    QTest::newRow("or injection") << QStringLiteral("x)(|(objectClass=*)") << QStringList {};
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList {};
    QTest::newRow("escaped hex by hand") << QStringLiteral("\\2a") << QStringList {};
    QTest::newRow("NUL") << QString(QChar(0)) << QStringList {};
    QTest::newRow("non-SIP user not found") << QStringLiteral("Plain") << QStringList {};
}

void TestLdapDirectory::serverSideSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, uids);
    LdapDirectory directory(settingsFor(m_server));
    QSignalSpy found(&directory, &LdapDirectory::searchFinished);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    directory.search(text);
    QVERIFY(found.wait(20000));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(found.first().at(0).toString(), text);
    QStringList got;
    const QList<Contact> contacts = found.first().at(1).value<QList<Contact>>();
    for (const Contact& c : contacts)
        got.append(c.uid);
    got.sort();
    QCOMPARE(got, uids);
}

void TestLdapDirectory::inetOrgPersonMapping()
{
    const LdapSettings preset = LdapSettings::fromPreset(LdapSettings::Preset::InetOrgPerson);
    LdapSettings s = settingsFor(m_server);
    s.filter = preset.filter;
    s.attributes = preset.attributes;
    s.bindDn = SlapdFixture::readerDn();
    LdapDirectory directory(s);
    directory.setBindPassword(SlapdFixture::readerPassword());
    const QList<Contact> contacts = load(directory);
    QCOMPARE(contacts.size(), SlapdFixture::fixedPeople());
    const Contact* paul = byUid(contacts, QStringLiteral("pplain"));
    QVERIFY(paul);
    QCOMPARE(paul->name, QStringLiteral("Paul Plain"));
    QCOMPARE(paul->numbers,
        (QList<PhoneNumber> {{PhoneNumber::Kind::Extension, QStringLiteral("2000")},
            {PhoneNumber::Kind::Other, QStringLiteral("+49 30 7770")}}));
    QCOMPARE(paul->mail, QStringLiteral("paul.plain@example.com"));
    QCOMPARE(paul->department, QStringLiteral("Lager"));
    const Contact* juergen = byUid(contacts, QStringLiteral("jmueller"));
    QVERIFY(juergen);
    QCOMPARE(juergen->mailbox, QString()); // not mapped in this preset
    QCOMPARE(juergen->extension(), QStringLiteral("+49 30 1234501")); // telephoneNumber, not the caller id
}

void TestLdapDirectory::destroyedWhileLoading()
{
    QObject receiver;
    int delivered = 0;
    {
        auto* directory = new LdapDirectory(settingsFor(m_server));
        connect(directory, &DirectorySource::contactsLoaded, &receiver, [&delivered] { ++delivered; });
        directory->start();
        delete directory; // joins the worker; the queued result must not reach a dead object
    }
    // Anything still queued would be delivered now.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestLdapDirectory)
#include "TestLdapDirectory.moc"
