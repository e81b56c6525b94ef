// SPDX-License-Identifier: GPL-3.0-or-later
// The prompt for an untrusted TLS certificate (offscreen) and what each answer
// does: a real AmiClient against the fake AMI server speaking TLS with a
// self-signed certificate made by openssl, as most Asterisk installs have.
#include "FakeAmiServer.h"
#include "core/ami/AmiClient.h"
#include "core/settings/Settings.h"
#include "ui/dialogs/CertificatePinsPage.h"
#include "ui/dialogs/CertificatePrompt.h"
#include "ui/dialogs/CertificateTrust.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using Choice = CertificatePrompt::Choice;

class TestCertificateTrust final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void promptShowsWhatToCompare();
    void enterDoesNotTrust();
    void answer_data();
    void answer();
    void revokedPinAsksAgain();

private:
    AmiConnectionSettings connection() const;
    std::unique_ptr<AmiClient> connectUntrusted(CertificateTrust& trust, CertificatePrompt** prompt);

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QByteArray m_sha256;
    std::unique_ptr<FakeAmiServer> m_server;
    std::unique_ptr<Settings> m_settings;
};

void TestCertificateTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cert = m_dir.filePath(QStringLiteral("pbx.crt"));
    m_key = m_dir.filePath(QStringLiteral("pbx.key"));
    QProcess req;
    req.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
            QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=asterisk.example.org/O=ACME PBX"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(req.waitForFinished(30000));
    QVERIFY2(req.exitCode() == 0, req.readAllStandardError().constData());
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_cert, QSsl::Pem);
    QCOMPARE(certs.size(), 1);
    m_sha256 = certs.first().digest(QCryptographicHash::Sha256).toHex();
}

void TestCertificateTrust::init()
{
    m_server = std::make_unique<FakeAmiServer>();
    QVERIFY(m_server->listenTls(m_cert, m_key));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("attendant.ini")));
    Profile p;
    p.name = QStringLiteral("Office");
    ServerConfig s;
    s.id = QStringLiteral("pbx");
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_server->port();
    s.tls = true;
    s.username = QStringLiteral("panel");
    p.servers = {s};
    m_settings->saveProfile(p);
    m_settings->setCurrentProfileName(p.name);
    m_settings->sync();
}

AmiConnectionSettings TestCertificateTrust::connection() const
{
    return m_settings->profile(QStringLiteral("Office"))->servers.first().toConnectionSettings();
}

std::unique_ptr<AmiClient> TestCertificateTrust::connectUntrusted(
    CertificateTrust& trust, CertificatePrompt** prompt)
{
    auto client = std::make_unique<AmiClient>();
    client->setSettings(connection());
    client->setSecret(QStringLiteral("panelpass"));
    trust.watch(client.get(), QStringLiteral("pbx"));
    QSignalSpy shown(&trust, &CertificateTrust::promptShown);
    client->connectToServer();
    if (shown.wait(15000))
        *prompt = shown.first().first().value<CertificatePrompt*>();
    return client;
}

void TestCertificateTrust::promptShowsWhatToCompare()
{
    const QSslCertificate cert = QSslCertificate::fromPath(m_cert, QSsl::Pem).first();
    const CertificateInfo info = CertificateInfo::fromCertificate(cert, QStringLiteral("127.0.0.1:5039"),
        {QStringLiteral("The certificate is self-signed, and untrusted")});
    CertificatePrompt prompt(info);
    prompt.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prompt));
    const QString text = prompt.detailsText();
    QVERIFY2(text.contains(CertificateInfo::formatFingerprint(m_sha256)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("asterisk.example.org"))); // subject
    QVERIFY(text.contains(QLatin1String("ACME PBX"))); // subject and issuer (self-signed)
    QVERIFY(text.contains(QLatin1String("self-signed, and untrusted"))); // the exact error
    QVERIFY(text.contains(QLatin1String("127.0.0.1:5039")));
    QVERIFY(text.contains(QLocale().toString(cert.expiryDate(), QLocale::ShortFormat))); // validity
    QVERIFY(prompt.doNotTrustButton()->isDefault());
    QVERIFY(!prompt.trustOnceButton()->isDefault() && !prompt.rememberButton()->isDefault());
}

void TestCertificateTrust::enterDoesNotTrust()
{
    CertificateTrust trust(m_settings.get(), QStringLiteral("Office"), nullptr);
    CertificatePrompt* prompt = nullptr;
    auto client = connectUntrusted(trust, &prompt);
    QVERIFY(prompt);
    QVERIFY(QTest::qWaitForWindowExposed(prompt));
    QTest::keyClick(prompt, Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(client->state(), AmiClient::State::Disconnected);
    QVERIFY(m_server->receivedActions().isEmpty());
    QVERIFY(connection().pinnedCertificateSha256.isEmpty());
}

void TestCertificateTrust::answer_data()
{
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<bool>("connects");
    QTest::addColumn<bool>("remembered");
    QTest::newRow("do not trust") << Choice::DoNotTrust << false << false;
    QTest::newRow("trust this time") << Choice::TrustOnce << true << false;
    QTest::newRow("trust and remember") << Choice::TrustAndRemember << true << true;
}

void TestCertificateTrust::answer()
{
    QFETCH(Choice, choice);
    QFETCH(bool, connects);
    QFETCH(bool, remembered);
    CertificateTrust trust(m_settings.get(), QStringLiteral("Office"), nullptr);
    CertificatePrompt* prompt = nullptr;
    auto client = connectUntrusted(trust, &prompt);
    QVERIFY(prompt);
    QCOMPARE(prompt->info().sha256, m_sha256);
    QCOMPARE(client->state(), AmiClient::State::Disconnected); // waiting for the human
    QVERIFY(connection().pinnedCertificateSha256.isEmpty()); // nothing pinned before the choice
    QPushButton* button = choice == Choice::DoNotTrust ? prompt->doNotTrustButton()
        : choice == Choice::TrustOnce                  ? prompt->trustOnceButton()
                                                       : prompt->rememberButton();
    QTest::mouseClick(button, Qt::LeftButton);
    if (connects) {
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), AmiClient::State::LoggedIn, 15000);
        QCOMPARE(m_server->receivedActions("Login").size(), 1);
    } else {
        QTest::qWait(300);
        QCOMPARE(client->state(), AmiClient::State::Disconnected);
        QVERIFY(m_server->receivedActions().isEmpty());
    }
    const QByteArray saved = Settings(m_settings->fileName())
                                 .profile(QStringLiteral("Office"))
                                 ->servers.first()
                                 .pinnedCertificateSha256;
    QCOMPARE(saved, remembered ? m_sha256 : QByteArray());
}

void TestCertificateTrust::revokedPinAsksAgain()
{
    // Pinned earlier: connects without a question.
    Profile p = *m_settings->profile(QStringLiteral("Office"));
    p.servers.first().pinnedCertificateSha256 = m_sha256;
    m_settings->saveProfile(p);
    {
        AmiClient client;
        client.setSettings(connection());
        client.setSecret(QStringLiteral("panelpass"));
        QSignalSpy untrusted(&client, &AmiClient::certificateUntrusted);
        client.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::LoggedIn, 15000);
        QCOMPARE(untrusted.size(), 0);
    }
    // Settings › Certificates lists it; Revoke, Save.
    SettingsDialog dialog(m_settings.get(), nullptr);
    QTreeWidget* list = dialog.pinsPage()->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(1).startsWith(CertificateInfo::formatFingerprint(m_sha256).left(20)));
    QTest::mouseClick(dialog.pinsPage()->revokeButton(), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    dialog.accept();
    QVERIFY(Settings(m_settings->fileName())
                .profile(QStringLiteral("Office"))
                ->servers.first()
                .pinnedCertificateSha256.isEmpty());
    // The next connection asks again.
    CertificateTrust trust(m_settings.get(), QStringLiteral("Office"), nullptr);
    CertificatePrompt* prompt = nullptr;
    auto client = connectUntrusted(trust, &prompt);
    QVERIFY(prompt);
    QCOMPARE(client->state(), AmiClient::State::Disconnected);
}

QTEST_MAIN(TestCertificateTrust)
#include "TestCertificateTrust.moc"
