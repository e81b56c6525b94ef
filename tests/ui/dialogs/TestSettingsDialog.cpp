// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog's Directory, Voicemail and language settings, offscreen,
// with a SecretStore in its memory fallback (ctest gives this test a dead
// D-Bus address).
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "demo/DemoPbx.h"
#include "ui/dialogs/DeskSettingsPage.h"
#include "ui/dialogs/DirectorySettingsPage.h"
#include "ui/dialogs/GeneralSettingsPage.h"
#include "ui/dialogs/HistorySettingsPage.h"
#include "ui/dialogs/LdapSourceDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/VoicemailSettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestSettingsDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void ldapSourceSavedAndPasswordToKeychain();
    void presetFillsTheMapping_data();
    void presetFillsTheMapping();
    void testNamesServerAndReason();
    void voicemailPageChecksAndSaves();
    void languageOverrideSaved();
    void startAtLoginSaved();
    void colorSchemeSaved();
    void historyPageSavedOnlyWhenAccepted();
    void lineBreakInAmiUserRefused();
    void myDeskApartFromPhoneSystemDetails();
    void firstRunAsksForYourPhone();
    void firstRunListsTheDemoOfficesPhones();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"),
        "Run through ctest: it points DBUS_SESSION_BUS_ADDRESS at a dead socket so secrets stay in memory");
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("attendant.ini")));
    // A valid profile, so Save has nothing to complain about.
    Profile p;
    p.name = QStringLiteral("Office");
    ServerConfig s;
    s.id = QStringLiteral("pbx");
    s.host = QStringLiteral("pbx.example.org");
    s.username = QStringLiteral("panel");
    p.servers = {s};
    m_settings->saveProfile(p);
    m_settings->setCurrentProfileName(p.name);
    m_settings->sync();
}

void TestSettingsDialog::ldapSourceSavedAndPasswordToKeychain()
{
    SecretStore store(QStringLiteral("org.attendantconsole.TestSettingsDialog"));
    SettingsDialog dialog(m_settings.get(), &store);
    DirectorySettingsPage* page = dialog.directoryPage();
    QVERIFY(page->sources().isEmpty());

    DirectorySourceConfig fresh;
    fresh.kind = DirectorySourceConfig::Kind::Ldap;
    fresh.id = page->freeId(QStringLiteral("ldap"));
    QCOMPARE(fresh.id, QStringLiteral("ldap1"));
    LdapSourceDialog editor(fresh, &store);
    editor.applyPreset(int(LdapSettings::Preset::ActiveDirectory));
    editor.urlEdit()->setText(QStringLiteral("ldaps://dc1.example.org"));
    editor.bindDnEdit()->setText(QStringLiteral("CN=panel,DC=example,DC=org"));
    editor.passwordEdit()->setText(QStringLiteral("s3cret-bind"));
    editor.baseDnEdit()->setText(QStringLiteral("DC=example,DC=org"));
    editor.attributeEdit(QStringLiteral("mail"))->setText(QStringLiteral("userPrincipalName"));
    page->putSource(editor.config(), editor.password());
    QCOMPARE(page->list()->count(), 1);
    QVERIFY(page->list()->item(0)->text().contains(QStringLiteral("ldaps://dc1.example.org")));

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    Settings reread(m_settings->fileName());
    const auto saved = reread.profile(QStringLiteral("Office"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->directorySources.size(), 1);
    const DirectorySourceConfig& source = saved->directorySources.first();
    QCOMPARE(source.kind, DirectorySourceConfig::Kind::Ldap);
    QCOMPARE(source.id, QStringLiteral("ldap1"));
    QCOMPARE(source.preset, LdapSettings::Preset::ActiveDirectory);
    QCOMPARE(source.ldap.url, QStringLiteral("ldaps://dc1.example.org"));
    QCOMPARE(source.ldap.bindDn, QStringLiteral("CN=panel,DC=example,DC=org"));
    QCOMPARE(source.ldap.baseDn, QStringLiteral("DC=example,DC=org"));
    QCOMPARE(source.ldap.filter, LdapSettings::fromPreset(LdapSettings::Preset::ActiveDirectory).filter);
    QCOMPARE(source.ldap.attributes.mail, QStringLiteral("userPrincipalName"));
    QCOMPARE(source.ldap.attributes.extension, LdapAttributeMap::activeDirectory().extension);

    // The password went to the keychain under ldap/<id>, not into the file.
    bool done = false;
    QString secret;
    store.read(QStringLiteral("ldap/ldap1"), this,
        [&](SecretStore::Status status, const QString& s, const QString&) {
            done = true;
            // No session bus here: the store keeps it in memory and says so.
            QCOMPARE(status, SecretStore::Status::KeychainUnavailable);
            secret = s;
        });
    QTRY_VERIFY(done);
    QCOMPARE(secret, QStringLiteral("s3cret-bind"));
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("dc1.example.org"));
    QVERIFY(!text.contains("s3cret-bind"));
}

void TestSettingsDialog::presetFillsTheMapping_data()
{
    QTest::addColumn<int>("preset");
    QTest::newRow("Zentyal") << int(LdapSettings::Preset::Zentyal);
    QTest::newRow("inetOrgPerson") << int(LdapSettings::Preset::InetOrgPerson);
    QTest::newRow("Active Directory") << int(LdapSettings::Preset::ActiveDirectory);
}

void TestSettingsDialog::presetFillsTheMapping()
{
    QFETCH(int, preset);
    DirectorySourceConfig start;
    start.kind = DirectorySourceConfig::Kind::Ldap;
    start.id = QStringLiteral("ldap1");
    // Start from a different preset so every row changes something.
    start.preset = preset == 0 ? LdapSettings::Preset::ActiveDirectory : LdapSettings::Preset::Zentyal;
    start.ldap = LdapSettings::fromPreset(start.preset);
    LdapSourceDialog editor(start, nullptr);
    editor.applyPreset(preset);
    const LdapSettings want = LdapSettings::fromPreset(LdapSettings::Preset(preset));
    const DirectorySourceConfig got = editor.config();
    QCOMPARE(int(got.preset), preset);
    QCOMPARE(got.ldap.filter, want.filter);
    QCOMPARE(got.ldap.attributes.name, want.attributes.name);
    QCOMPARE(got.ldap.attributes.extension, want.attributes.extension);
    QCOMPARE(got.ldap.attributes.callerId, want.attributes.callerId);
    QCOMPARE(got.ldap.attributes.workPhone, want.attributes.workPhone);
    QCOMPARE(got.ldap.attributes.otherPhone, want.attributes.otherPhone);
    QCOMPARE(got.ldap.attributes.uid, want.attributes.uid);
    QCOMPARE(got.ldap.attributes.department, want.attributes.department);
    QCOMPARE(got.ldap.attributes.mailbox, want.attributes.mailbox);
}

void TestSettingsDialog::testNamesServerAndReason()
{
    // A port nobody listens on: the test must say which server and why.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    DirectorySourceConfig config;
    config.kind = DirectorySourceConfig::Kind::Ldap;
    config.id = QStringLiteral("ldap1");
    config.ldap.url = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
    config.ldap.encryption = LdapSettings::Encryption::None;
    config.ldap.baseDn = QStringLiteral("dc=example,dc=org");
    LdapSourceDialog editor(config, nullptr);
    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor.testButton()->isEnabled(), 20000);
    const QString text = editor.testResult()->text();
    QVERIFY2(text.startsWith(QStringLiteral("✘")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(text));
    QVERIFY2(text.size() > config.ldap.url.size() + 4, qPrintable(text)); // a reason follows the server
}

void TestSettingsDialog::voicemailPageChecksAndSaves()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    VoicemailSettingsPage* page = dialog.voicemailPage();
    QCOMPARE(page->spoolEdit()->text(), QStringLiteral("/var/spool/asterisk/voicemail"));
    const QString missing = m_dir->filePath(QStringLiteral("nothing-here"));
    page->spoolEdit()->setText(missing);
    QVERIFY2(page->spoolStatus()->text().contains(QStringLiteral("does not exist")),
        qPrintable(page->spoolStatus()->text()));
    const QString spool = m_dir->filePath(QStringLiteral("spool"));
    QVERIFY(QDir().mkpath(spool));
    page->spoolEdit()->setText(spool);
    QVERIFY2(
        page->spoolStatus()->text().startsWith(QStringLiteral("✔")), qPrintable(page->spoolStatus()->text()));

    VoicemailConfig wanted;
    wanted.spoolRoot = spool;
    wanted.lockMode = VoicemailConfig::LockMode::Flock;
    wanted.keepDeleted = 5;
    wanted.maxMessages = 300;
    wanted.markHeardOnPlay = false;
    page->setConfig(wanted);
    dialog.accept();
    const auto saved = Settings(m_settings->fileName()).profile(QStringLiteral("Office"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->voicemail.spoolRoot, spool);
    QCOMPARE(saved->voicemail.lockMode, VoicemailConfig::LockMode::Flock);
    QCOMPARE(saved->voicemail.keepDeleted, 5);
    QCOMPARE(saved->voicemail.maxMessages, 300);
    QCOMPARE(saved->voicemail.markHeardOnPlay, false);
}

void TestSettingsDialog::languageOverrideSaved()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    QComboBox* language = dialog.languageCombo();
    QCOMPARE(language->currentData().toString(), QString()); // system default
    QCOMPARE(language->count(), 5);
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    dialog.accept();
    QCOMPARE(Settings(m_settings->fileName()).languageOverride(), QStringLiteral("de"));

    SettingsDialog again(m_settings.get(), nullptr);
    QCOMPARE(again.languageCombo()->currentText(), QStringLiteral("Deutsch"));
}

void TestSettingsDialog::startAtLoginSaved()
{
    QVERIFY(!m_settings->startAtLogin());
    SettingsDialog dialog(m_settings.get(), nullptr);
    QCheckBox* box = nullptr;
    const QList<QCheckBox*> boxes = dialog.findChildren<QCheckBox*>();
    for (QCheckBox* b : boxes) {
        if (b->text() == QStringLiteral("Start Attendant when I log in"))
            box = b;
    }
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    box->setChecked(true);
    dialog.accept();
    QVERIFY(Settings(m_settings->fileName()).startAtLogin());
}

void TestSettingsDialog::colorSchemeSaved()
{
    // The look was a command-line option only (--color-scheme); now a choice in General.
    SettingsDialog dialog(m_settings.get(), nullptr);
    QComboBox* scheme = dialog.generalPage()->colorSchemeCombo();
    QCOMPARE(scheme->count(), 3);
    QCOMPARE(scheme->currentData().toInt(), int(Settings::ColorScheme::System));
    QVERIFY(!scheme->accessibleName().isEmpty());
    scheme->setCurrentIndex(scheme->findData(int(Settings::ColorScheme::Dark)));
    dialog.accept();
    QCOMPARE(Settings(m_settings->fileName()).colorScheme(), Settings::ColorScheme::Dark);

    SettingsDialog again(m_settings.get(), nullptr);
    QCOMPARE(
        again.generalPage()->colorSchemeCombo()->currentData().toInt(), int(Settings::ColorScheme::Dark));
}

void TestSettingsDialog::historyPageSavedOnlyWhenAccepted()
{
    m_settings->setHistoryRetentionDays(30);
    m_settings->setHistoryAllExtensions(true);
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        auto* page = dialog.findChild<HistorySettingsPage*>();
        QVERIFY(page);
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(page)), QStringLiteral("History"));
        QCOMPARE(page->retentionEdit()->value(), 30);
        QVERIFY(page->allCallsButton()->isChecked());
        QVERIFY(!page->ownCallsButton()->isChecked());
        QVERIFY(!page->retentionEdit()->accessibleName().isEmpty());
        page->retentionEdit()->setValue(7);
        page->ownCallsButton()->setChecked(true);
        dialog.reject();
    }
    QCOMPARE(m_settings->historyRetentionDays(), 30);
    QVERIFY(m_settings->historyAllExtensions());
    {
        SettingsDialog dialog(m_settings.get(), nullptr);
        auto* page = dialog.findChild<HistorySettingsPage*>();
        page->retentionEdit()->setValue(0);
        QCOMPARE(page->retentionEdit()->text(), QStringLiteral("Keep every call"));
        page->ownCallsButton()->setChecked(true);
        dialog.accept();
    }
    m_settings->sync();
    Settings saved(m_settings->fileName());
    QCOMPARE(saved.historyRetentionDays(), 0);
    QVERIFY(!saved.historyAllExtensions());
}

void TestSettingsDialog::lineBreakInAmiUserRefused()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    Profile p = dialog.editedProfile();
    QCOMPARE(p.servers.size(), 1);
    p.servers[0].username = QStringLiteral("a\r\nAction: Command\r\nCommand: core restart now");
    dialog.loadProfile(p);
    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        warning = box->text();
        box->accept();
    });
    dialog.accept();
    QVERIFY2(warning.contains(QStringLiteral("line break")), qPrintable(warning));
    const auto saved = Settings(m_settings->fileName()).profile(QStringLiteral("Office"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->servers.value(0).username, QStringLiteral("panel"));
}

// The first page keeps the receptionist's own choices apart from the PBX's names.
void TestSettingsDialog::myDeskApartFromPhoneSystemDetails()
{
    SettingsDialog dialog(m_settings.get(), nullptr);
    const auto boxTitled = [&dialog](const QString& title) -> QGroupBox* {
        for (QGroupBox* box : dialog.findChildren<QGroupBox*>()) {
            if (box->title() == title)
                return box;
        }
        return nullptr;
    };
    QGroupBox* desk = boxTitled(QStringLiteral("My desk"));
    QGroupBox* pbx = boxTitled(QStringLiteral("Phone system details (usually your administrator's)"));
    QVERIFY(desk && pbx);
    QCOMPARE(desk->accessibleName(), desk->title());
    const auto texts = [](QGroupBox* box) {
        QStringList out;
        for (const QLineEdit* edit : box->findChildren<QLineEdit*>())
            out.append(edit->text());
        return out;
    };
    QVERIFY2(texts(desk).contains(QStringLiteral("PJSIP/1000")), qPrintable(texts(desk).join(u'|')));
    QVERIFY(!texts(desk).contains(QStringLiteral("Custom:DND%1")));
    QVERIFY2(texts(pbx).contains(QStringLiteral("Custom:DND%1")), qPrintable(texts(pbx).join(u'|')));
    QVERIFY(!texts(pbx).contains(QStringLiteral("PJSIP/1000")));
    // Every tab title fits: the dialog is as wide as its tab bar.
    QVERIFY(dialog.width() >= dialog.tabs()->tabBar()->sizeHint().width());
}

// Issue 17: the welcome never saves with PJSIP/1000 assumed (somebody else's phone
// on a real PBX); it offers the phones the connection test found, and says why.
void TestSettingsDialog::firstRunAsksForYourPhone()
{
    Settings fresh(m_dir->filePath(QStringLiteral("first.ini")));
    SettingsDialog dialog(&fresh, nullptr, nullptr, true);
    DeskSettingsPage* desk = dialog.deskPage();
    QCOMPARE(dialog.editedProfile().operatorDevice, QString());
    QCOMPARE(dialog.editedProfile().operatorExtension, QString());
    QVERIFY(!desk->phoneCombo()->accessibleName().isEmpty());
    Profile p = dialog.editedProfile();
    p.servers[0].host = QStringLiteral("pbx.example.org");
    p.servers[0].username = QStringLiteral("panel");
    dialog.loadProfile(p);

    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    dialog.accept();
    QVERIFY2(warning.contains(QStringLiteral("Choose your phone")), qPrintable(warning));
    QVERIFY(fresh.profileNames().isEmpty()); // nothing saved
    QCOMPARE(dialog.tabs()->currentWidget(), desk);

    // The connection test's phones, with a word for their state; choosing one fills both fields.
    desk->setPhones({{QStringLiteral("PJSIP/1004"), QStringLiteral("1004"), true},
        {QStringLiteral("PJSIP/1006"), QStringLiteral("1006"), false}});
    QComboBox* combo = desk->phoneCombo();
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("PJSIP/1004 — extension 1004, connected"));
    QCOMPARE(combo->itemText(1), QStringLiteral("PJSIP/1006 — extension 1006, not connected"));
    QCOMPARE(combo->currentText(), QString()); // still no choice made for the receptionist
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    QCOMPARE(combo->currentText(), QStringLiteral("PJSIP/1004"));
    QCOMPARE(desk->extensionEdit()->text(), QStringLiteral("1004"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = fresh.profile(fresh.currentProfileName());
    QVERIFY(saved.has_value());
    QCOMPARE(saved->operatorDevice, QStringLiteral("PJSIP/1004"));
    QCOMPARE(saved->operatorExtension, QStringLiteral("1004"));
}

// The whole gesture on a real (demo) PBX: Test connection fills the list of phones.
void TestSettingsDialog::firstRunListsTheDemoOfficesPhones()
{
    DemoPbx demo;
    demo.setExtensionCount(12);
    QVERIFY(demo.start());
    Settings fresh(m_dir->filePath(QStringLiteral("first.ini")));
    SettingsDialog dialog(&fresh, nullptr, nullptr, true);
    Profile p = dialog.editedProfile();
    p.servers[0].host = demo.serverAddress().toString();
    p.servers[0].port = demo.serverPort();
    p.servers[0].tls = false;
    p.servers[0].username = QStringLiteral("demo");
    dialog.loadProfile(p);
    dialog.setSecretText(QStringLiteral("demo"));
    dialog.testButton()->click();
    QComboBox* combo = dialog.deskPage()->phoneCombo();
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 12, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 10000);
    QVERIFY2(dialog.testResult()->text().contains(QStringLiteral("choose your phone on the Operator tab")),
        qPrintable(dialog.testResult()->text()));
    QVERIFY(combo->itemText(0).startsWith(QStringLiteral("PJSIP/10")));
    QCOMPARE(dialog.editedProfile().operatorDevice, QString()); // offered, never chosen for them
    const auto hints = dialog.deskPage()->findChildren<QLabel*>();
    QVERIFY(std::any_of(hints.cbegin(), hints.cend(),
        [](const QLabel* l) { return l->text().startsWith(QStringLiteral("Found 12 phone")); }));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
