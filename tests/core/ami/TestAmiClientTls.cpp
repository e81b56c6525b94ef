// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient over TLS (AMI on 5039): certificates made by openssl at test
// time; the fake server speaks TLS through QSslServer.
#include "AmiClientTestHelpers.h"

#include <QFile>
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
    void expiredIsRefusedEvenInTheCaFile();
    void expiredIsTrustedOnlyWhenPinned();

private:
    struct Cert
    {
        QString certFile;
        QString keyFile;
        QByteArray sha256;
    };
    bool makeCertificate(const QString& name, const QString& subjectAltName, Cert* out);
    bool makeExpiredCertificate(Cert* out);
    bool fingerprint(Cert* out);
    void startServer(FakeAmiServer& server, const Cert& cert);
    // Connects to a server presenting `served`; checks the client refuses it
    // (the prompt's fingerprint, disconnected, not a byte of Login sent) and
    // gives the reasons shown.
    void expectRefused(
        const Cert& served, const QString& caFile, const QByteArray& pin, QStringList* reasons);

    QTemporaryDir m_dir;
    Cert m_local; // for 127.0.0.1
    Cert m_other; // for another host name
    Cert m_expired; // for 127.0.0.1, valid on 1 January 2020 only
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
    return fingerprint(out);
}

bool TestAmiClientTls::fingerprint(Cert* out)
{
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

bool TestAmiClientTls::makeExpiredCertificate(Cert* out)
{
    // `openssl req -x509` only makes certificates valid from now; `openssl ca`
    // takes any dates (OpenSSL 3.0, Debian 12).
    const QString csr = m_dir.filePath(QStringLiteral("expired.csr"));
    out->certFile = m_dir.filePath(QStringLiteral("expired.crt"));
    out->keyFile = m_dir.filePath(QStringLiteral("expired.key"));
    QFile config(m_dir.filePath(QStringLiteral("ca.cnf")));
    QFile index(m_dir.filePath(QStringLiteral("index.txt")));
    QFile serial(m_dir.filePath(QStringLiteral("serial")));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
        || !serial.open(QIODevice::WriteOnly))
        return false;
    config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                 "default_md = sha256\npolicy = p\ncopy_extensions = copy\nunique_subject = no\n"
                 "[p]\ncommonName = supplied\n");
    serial.write("01\n");
    config.close();
    index.close();
    serial.close();
    const auto run = [&](const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        const bool ok = p.waitForFinished(30000) && p.exitCode() == 0;
        if (!ok)
            qWarning() << "openssl" << args.first() << "failed:" << p.readAllStandardError();
        return ok;
    };
    return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
               QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), out->keyFile,
               QStringLiteral("-out"), csr, QStringLiteral("-subj"), QStringLiteral("/CN=Attendant expired"),
               QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
               QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")})
        && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
            QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), out->keyFile, QStringLiteral("-in"), csr,
            QStringLiteral("-out"), out->certFile, QStringLiteral("-notext"), QStringLiteral("-startdate"),
            QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20200102000000Z")})
        && fingerprint(out);
}

void TestAmiClientTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificate(QStringLiteral("local"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), &m_local));
    QVERIFY(makeCertificate(QStringLiteral("other"), QStringLiteral("DNS:pbx.example.invalid"), &m_other));
    QVERIFY(makeExpiredCertificate(&m_expired));
}

void TestAmiClientTls::startServer(FakeAmiServer& server, const Cert& cert)
{
    QVERIFY(server.listenTls(cert.certFile, cert.keyFile));
}

void TestAmiClientTls::expectRefused(
    const Cert& served, const QString& caFile, const QByteArray& pin, QStringList* reasons)
{
    FakeAmiServer server;
    startServer(server, served);
    ClientFixture f(server);
    f.settings.tls = true;
    f.settings.caCertificateFile = caFile;
    f.settings.pinnedCertificateSha256 = pin;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    f.client->connectToServer();
    QVERIFY(untrusted.wait(10000));
    QCOMPARE(untrusted[0][0].toByteArray(), served.sha256);
    QCOMPARE(f.client->state(), State::Disconnected);
    QVERIFY(server.receivedActions().isEmpty());
    *reasons = untrusted[0][1].toStringList();
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
    QStringList reasons;
    expectRefused(m_other, m_other.certFile, {}, &reasons);
    QVERIFY(reasons.join(u' ').contains(QLatin1String("host name"), Qt::CaseInsensitive));
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
    QStringList reasons;
    expectRefused(m_local, {}, m_other.sha256, &reasons);
    QVERIFY(!reasons.isEmpty());
}

void TestAmiClientTls::expiredIsRefusedEvenInTheCaFile()
{
    // The right host, the certificate itself in the admin's CA file, but out of
    // date: OpenSSL says it has expired (and no longer takes it as an anchor).
    QStringList reasons;
    expectRefused(m_expired, m_expired.certFile, {}, &reasons);
    const QString why = reasons.join(u' ');
    QVERIFY2(why.contains(QLatin1String("expired"), Qt::CaseInsensitive), qPrintable(why));
}

void TestAmiClientTls::expiredIsTrustedOnlyWhenPinned()
{
    // The user was shown this very certificate and pinned it: then, and only then.
    FakeAmiServer server;
    startServer(server, m_expired);
    ClientFixture f(server);
    f.settings.tls = true;
    f.settings.pinnedCertificateSha256 = m_expired.sha256;
    f.apply();
    QSignalSpy untrusted(f.client.get(), &AmiClient::certificateUntrusted);
    QVERIFY(f.connectAndWaitReady());
    QCOMPARE(untrusted.count(), 0);
    QCOMPARE(server.receivedActions("Login").size(), 1);
}

QTEST_GUILESS_MAIN(TestAmiClientTls)
#include "TestAmiClientTls.moc"
