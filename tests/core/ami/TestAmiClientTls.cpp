// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient over TLS (AMI on 5039): certificates made by openssl at test
// time; the fake server speaks TLS through QSslServer.
#include "AmiClientTestHelpers.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = AmiClient::State;
using Error = AmiClient::Error;

class TestAmiClientTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedByDefault();
    void trustedWithCaFile();
    void hostNameIsVerified();
    void trustedAfterUserPinsCertificate();
    void pinnedFingerprintFromSettings();
    void otherPinDoesNotHelp();

private:
    struct Cert
    {
        QString certFile;
        QString keyFile;
        QByteArray sha256;
    };
    bool makeCertificate(const QString& name, const QString& subjectAltName, Cert* out);
    void startServer(FakeAmiServer& server, const Cert& cert);

    QTemporaryDir m_dir;
    Cert m_local; // for 127.0.0.1
    Cert m_other; // for another host name
};

bool TestAmiClientTls::makeCertificate(const QString& name, const QString& subjectAltName, Cert* out)
{
    out->certFile = m_dir.filePath(name + QLatin1String(".crt"));
    out->keyFile = m_dir.filePath(name + QLatin1String(".key"));
    QProcess req;
    req.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), out->keyFile,
            QStringLiteral("-out"), out->certFile, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Attendant test"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=") + subjectAltName});
    if (!req.waitForFinished(30000) || req.exitCode() != 0) {
        qWarning() << "openssl req failed:" << req.readAllStandardError();
        return false;
    }
    // The fingerprint as openssl computes it, to check ours independently.
    QProcess fingerprint;
    fingerprint.start(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-in"), out->certFile, QStringLiteral("-noout"),
            QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    if (!fingerprint.waitForFinished(30000) || fingerprint.exitCode() != 0)
        return false;
    const QByteArray line = fingerprint.readAllStandardOutput().trimmed(); // "sha256 Fingerprint=AB:CD:..."
    out->sha256 = line.mid(line.indexOf('=') + 1).replace(':', QByteArray()).toLower();
    return out->sha256.size() == 64;
}

void TestAmiClientTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificate(QStringLiteral("local"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), &m_local));
    QVERIFY(makeCertificate(QStringLiteral("other"), QStringLiteral("DNS:pbx.example.invalid"), &m_other));
}

void TestAmiClientTls::startServer(FakeAmiServer& server, const Cert& cert)
{
    QVERIFY(server.listenTls(cert.certFile, cert.keyFile));
}

void TestAmiClientTls::untrustedByDefault()
{
    FakeAmiServer server;
    startServer(server, m_local);
    ClientFixture f(server);
    f.settings.tls = true;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    QSignalSpy errors(f.client.get(), &AmiClient::errorOccurred);
    f.client->connectToServer();
    QVERIFY(untrusted.wait(10000));
    QCOMPARE(untrusted[0][0].toByteArray(), m_local.sha256);
    QVERIFY(!untrusted[0][1].toStringList().isEmpty());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors[0][0].value<Error>(), Error::CertificateUntrusted);
    QCOMPARE(f.client->state(), State::Disconnected);
    // A human must decide: no retries, and not a byte of login went out.
    f.clock.advance(3600000);
    QCOMPARE(f.client->state(), State::Disconnected);
    QVERIFY(server.receivedActions().isEmpty());
    QVERIFY(f.client->settings().pinnedCertificateSha256.isEmpty());
}

void TestAmiClientTls::trustedWithCaFile()
{
    FakeAmiServer server;
    startServer(server, m_local);
    ClientFixture f(server);
    f.settings.tls = true;
    f.settings.caCertificateFile = m_local.certFile;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    QVERIFY(f.connectAndWaitReady());
    QCOMPARE(untrusted.count(), 0);
    QCOMPARE(server.receivedActions("Login").size(), 1);
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, AmiAction::Result::Success);
}

void TestAmiClientTls::hostNameIsVerified()
{
    // The chain is trusted (CA file) but the certificate names another host.
    FakeAmiServer server;
    startServer(server, m_other);
    ClientFixture f(server);
    f.settings.tls = true;
    f.settings.caCertificateFile = m_other.certFile;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    f.client->connectToServer();
    QVERIFY(untrusted.wait(10000));
    QCOMPARE(untrusted[0][0].toByteArray(), m_other.sha256);
    QVERIFY(
        untrusted[0][1].toStringList().join(u' ').contains(QLatin1String("host name"), Qt::CaseInsensitive));
    QCOMPARE(f.client->state(), State::Disconnected);
    QVERIFY(server.receivedActions().isEmpty());
}

void TestAmiClientTls::trustedAfterUserPinsCertificate()
{
    FakeAmiServer server;
    startServer(server, m_local);
    ClientFixture f(server);
    f.settings.tls = true;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    f.client->connectToServer();
    QVERIFY(untrusted.wait(10000));
    // The user looked at the fingerprint and said yes.
    f.client->trustPresentedCertificate();
    QCOMPARE(f.client->settings().pinnedCertificateSha256, m_local.sha256);
    QTRY_COMPARE(f.client->state(), State::LoggedIn);
    QCOMPARE(untrusted.count(), 1);
    QCOMPARE(server.receivedActions("Login").size(), 1);
}

void TestAmiClientTls::pinnedFingerprintFromSettings()
{
    FakeAmiServer server;
    startServer(server, m_local);
    ClientFixture f(server);
    f.settings.tls = true;
    f.settings.pinnedCertificateSha256 = m_local.sha256.toUpper(); // as stored by an older profile
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    QVERIFY(f.connectAndWaitReady());
    QCOMPARE(untrusted.count(), 0);
}

void TestAmiClientTls::otherPinDoesNotHelp()
{
    FakeAmiServer server;
    startServer(server, m_local);
    ClientFixture f(server);
    f.settings.tls = true;
    f.settings.pinnedCertificateSha256 = m_other.sha256;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    f.client->connectToServer();
    QVERIFY(untrusted.wait(10000));
    QCOMPARE(untrusted[0][0].toByteArray(), m_local.sha256);
    QCOMPARE(f.client->state(), State::Disconnected);
    QVERIFY(server.receivedActions().isEmpty());
}

QTEST_GUILESS_MAIN(TestAmiClientTls)
#include "TestAmiClientTls.moc"
