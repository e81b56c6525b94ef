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

// Against a real slapd on 127.0.0.1 with TLS: StartTLS and ldaps with a CA file,
// without one, and certificates pinned on request.
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
    QTest::addColumn<bool>("ldaps");
    QTest::newRow("StartTLS") << false;
    QTest::newRow("ldaps") << true;
}

void TestLdapDirectoryTls::untrustedCertificatePinnedOnRequest()
{
    QFETCH(bool, ldaps);
    const QList<QSslCertificate> served
        = QSslCertificate::fromPath(m_server.directory() + QStringLiteral("/server.pem"), QSsl::Pem);
    QVERIFY(!served.isEmpty());
    const QByteArray sha256 = served.first().digest(QCryptographicHash::Sha256).toHex();

    LdapSettings s = settingsFor(m_server);
    if (ldaps)
        s.url = m_server.ldapsUrl();
    else
        s.encryption = LdapSettings::Encryption::StartTls; // verify on by default, no CA file
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
    QVERIFY(!info.errors.isEmpty()); // the exact reasons, for the prompt
    QCOMPARE(loaded.size(), 0);
    QVERIFY(directory.settings().pinnedCertificateSha256.isEmpty()); // nothing pinned without a choice

    // The user compared the fingerprint and said yes.
    directory.trustPresentedCertificate();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().at(1).value<QList<Contact>>().size(), SlapdFixture::fixedSipUsers());
    QCOMPARE(directory.settings().pinnedCertificateSha256, sha256);
    QCOMPARE(untrusted.size(), 1);
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

QTEST_GUILESS_MAIN(TestLdapDirectoryTls)
#include "TestLdapDirectoryTls.moc"
