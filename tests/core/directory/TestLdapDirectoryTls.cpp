// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapDirectoryRig.h"

#include "MockClock.h"
#include "SlapdFixture.h"
#include "core/settings/SecretStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

// Against a real slapd on 127.0.0.1 with TLS: StartTLS and ldaps with a CA file,
// without one, certificates pinned on request, and a trusted issuer's
// certificate for another host name or out of date.
class TestLdapDirectoryTls : public LdapDirectoryRig
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpRig(); }
    void startTlsWithCaFile();
    void startTlsWithoutCaFails();
    void ldapsWithCaFile();
    void untrustedCertificatePinnedOnRequest_data();
    void untrustedCertificatePinnedOnRequest();
    void otherPinIsRefused();

private:
    // A server certificate signed by the fixture's CA (trusted through the CA
    // file), for `names`, valid now or only on 1 January 2020; served by
    // slapd after a restart. False (and a warning) if openssl failed.
    bool serveCertificate(const QString& names, bool expired);
    bool openssl(const QStringList& args);
};

void TestLdapDirectoryTls::startTlsWithCaFile()
{
    LdapSettings s = settingsFor(m_server);
    s.encryption = LdapSettings::Encryption::StartTls;
    s.caCertificateFile = m_server.caFile();
    s.bindDn = SlapdFixture::readerDn();
    LdapDirectory directory(s);
    directory.setBindPassword(SlapdFixture::readerPassword());
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QCOMPARE(load(directory).size(), SlapdFixture::fixedSipUsers());
    QCOMPARE(errors.size(), 0);
}

void TestLdapDirectoryTls::startTlsWithoutCaFails()
{
    LdapSettings s = settingsFor(m_server);
    s.encryption = LdapSettings::Encryption::StartTls; // self-signed CA not trusted by default
    LdapDirectory directory(s);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(errors.wait(20000));
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::TlsFailed);
    QVERIFY(errors.first().at(2).toString().startsWith(m_server.ldapUrl()));
    QVERIFY(!directory.isRetryScheduled());
    QCOMPARE(loaded.size(), 0);
}

void TestLdapDirectoryTls::ldapsWithCaFile()
{
    LdapSettings s = settingsFor(m_server);
    s.url = m_server.ldapsUrl();
    s.caCertificateFile = m_server.caFile();
    LdapDirectory directory(s);
    QCOMPARE(load(directory).size(), SlapdFixture::fixedSipUsers());
}

void TestLdapDirectoryTls::untrustedCertificatePinnedOnRequest_data()
{
    QTest::addColumn<QString>("names"); // of a certificate made for the row; empty: the fixture's own
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("caFile"); // the fixture's CA in the settings' CA file
    QTest::addColumn<bool>("ldaps");
    QTest::addColumn<QSslError::SslError>("reason"); // one the prompt shows
    const QSslError::SslError unknownIssuer = QSslError::UnableToGetLocalIssuerCertificate;
    const QSslError::SslError otherName = QSslError::HostNameMismatch;
    const QString other = QStringLiteral("DNS:ldap.example.invalid");
    QTest::newRow("issuer not trusted, StartTLS") << QString() << false << false << false << unknownIssuer;
    QTest::newRow("issuer not trusted, ldaps") << QString() << false << false << true << unknownIssuer;
    QTest::newRow("another host name, StartTLS") << other << false << true << false << otherName;
    QTest::newRow("another host name, ldaps") << other << false << true << true << otherName;
    QTest::newRow("expired, StartTLS")
        << "IP:127.0.0.1,DNS:localhost" << true << true << false << QSslError::CertificateExpired;
}

void TestLdapDirectoryTls::untrustedCertificatePinnedOnRequest()
{
    QFETCH(QString, names);
    QFETCH(bool, expired);
    QFETCH(bool, caFile);
    QFETCH(bool, ldaps);
    QFETCH(QSslError::SslError, reason);
    const QString dir = m_server.directory() + QLatin1Char('/');
    if (!names.isEmpty()) {
        QVERIFY(QFile::exists(dir + QLatin1String("valid.pem"))
            || (QFile::copy(dir + QLatin1String("server.pem"), dir + QLatin1String("valid.pem"))
                && QFile::copy(dir + QLatin1String("server.key"), dir + QLatin1String("valid.key"))));
        QVERIFY(serveCertificate(names, expired));
    }
    const QList<QSslCertificate> served = QSslCertificate::fromPath(dir + QLatin1String("server.pem"));
    QVERIFY(!served.isEmpty());
    const QByteArray sha256 = served.first().digest(QCryptographicHash::Sha256).toHex();

    LdapSettings s = settingsFor(m_server);
    if (ldaps)
        s.url = m_server.ldapsUrl();
    else
        s.encryption = LdapSettings::Encryption::StartTls; // verify on by default
    if (caFile)
        s.caCertificateFile = m_server.caFile();
    s.bindDn = SlapdFixture::readerDn();
    LdapDirectory directory(s);
    directory.setBindPassword(SlapdFixture::readerPassword());
    QSignalSpy untrusted(&directory, &LdapDirectory::certificateUntrusted);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(untrusted.wait(20000));
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::TlsFailed);
    const CertificateInfo info = untrusted.first().first().value<CertificateInfo>();
    QCOMPARE(info.sha256, sha256);
    // The exact reasons, for the prompt; with the issuer in the CA file, that one alone.
    QVERIFY2(info.errors.contains(QSslError(reason).errorString()), qPrintable(info.errors.join(u'|')));
    if (caFile)
        QCOMPARE(info.errors.size(), 1);
    QCOMPARE(loaded.size(), 0);
    QVERIFY(directory.settings().pinnedCertificateSha256.isEmpty()); // nothing pinned without a choice

    // The user compared the fingerprint and said yes.
    directory.trustPresentedCertificate();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().at(1).value<QList<Contact>>().size(), SlapdFixture::fixedSipUsers());
    QCOMPARE(directory.settings().pinnedCertificateSha256, sha256);
    QCOMPARE(untrusted.size(), 1);
    if (names.isEmpty())
        return;
    // The other rows and tests get the fixture's certificate back.
    m_server.stop();
    QVERIFY(
        QFile::remove(dir + QLatin1String("server.pem")) && QFile::remove(dir + QLatin1String("server.key")));
    QVERIFY(QFile::copy(dir + QLatin1String("valid.pem"), dir + QLatin1String("server.pem")));
    QVERIFY(QFile::copy(dir + QLatin1String("valid.key"), dir + QLatin1String("server.key")));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestLdapDirectoryTls::otherPinIsRefused()
{
    LdapSettings s = settingsFor(m_server);
    s.url = m_server.ldapsUrl();
    s.pinnedCertificateSha256 = QByteArray(64, 'a'); // some other certificate
    LdapDirectory directory(s);
    QSignalSpy untrusted(&directory, &LdapDirectory::certificateUntrusted);
    QSignalSpy errors(&directory, &DirectorySource::errorOccurred);
    QSignalSpy loaded(&directory, &DirectorySource::contactsLoaded);
    directory.start();
    QVERIFY(untrusted.wait(20000));
    QCOMPARE(errors.first().at(1).value<DirectorySource::Error>(), DirectorySource::Error::TlsFailed);
    QVERIFY2(errors.first().at(2).toString().contains(QLatin1String("not the one you trusted")),
        qPrintable(errors.first().at(2).toString()));
    QCOMPARE(loaded.size(), 0);
}

bool TestLdapDirectoryTls::openssl(const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(m_server.directory());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        qWarning() << "openssl" << args.first() << "failed:" << p.readAll();
    return ok;
}

bool TestLdapDirectoryTls::serveCertificate(const QString& names, bool expired)
{
    // `openssl ca` takes any dates (OpenSSL 3.0 `x509 -req` only from now on).
    const QString d = m_server.directory() + QLatin1Char('/');
    QFile config(d + QLatin1String("sign.cnf"));
    QFile index(d + QLatin1String("index.txt"));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly))
        return false;
    config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nrand_serial = yes\n"
                 "default_md = sha256\npolicy = p\ncopy_extensions = copy\nunique_subject = no\n"
                 "[p]\ncommonName = supplied\n");
    config.close();
    index.close();
    m_server.stop();
    QFile::remove(d + QLatin1String("server.pem"));
    const QStringList dates = expired
        ? QStringList {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
            QStringLiteral("-enddate"), QStringLiteral("20200102000000Z")}
        : QStringList {QStringLiteral("-days"), QStringLiteral("2")};
    const bool made
        = openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), d + QLatin1String("server.key"), QStringLiteral("-out"),
              d + QLatin1String("bad.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=ldap test"),
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + names})
        && openssl(QStringList {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                       config.fileName(), QStringLiteral("-cert"), d + QLatin1String("ca.pem"),
                       QStringLiteral("-keyfile"), d + QLatin1String("ca.key"), QStringLiteral("-in"),
                       d + QLatin1String("bad.csr"), QStringLiteral("-out"), d + QLatin1String("server.pem"),
                       QStringLiteral("-notext")}
            + dates);
    return made && m_server.start();
}

QTEST_GUILESS_MAIN(TestLdapDirectoryTls)
#include "TestLdapDirectoryTls.moc"
