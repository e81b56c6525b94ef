// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SettingsDialog.h"

#include "core/operator/OperatorKeys.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/dialogs/AvailabilitySettingsPage.h"
#include "ui/dialogs/CertificatePinsPage.h"
#include "ui/dialogs/ConferenceSettingsPage.h"
#include "ui/dialogs/ConnectionTester.h"
#include "ui/dialogs/DeskSettingsPage.h"
#include "ui/dialogs/DirectorySettingsPage.h"
#include "ui/dialogs/FirstStart.h"
#include "ui/dialogs/GeneralSettingsPage.h"
#include "ui/dialogs/HistorySettingsPage.h"
#include "ui/dialogs/ProfileProblems.h"
#include "ui/dialogs/RecordingSettingsPage.h"
#include "ui/dialogs/VoicemailSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings* settings, SecretStore* secrets, QWidget* parent, bool firstRun)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_tester(new ConnectionTester(this))
    , m_deskPage(new DeskSettingsPage(this))
    , m_directoryPage(new DirectorySettingsPage(secrets, this))
    , m_voicemailPage(new VoicemailSettingsPage(this))
    , m_pinsPage(new CertificatePinsPage(this))
    , m_availabilityPage(new AvailabilitySettingsPage(this))
    , m_recordingPage(new RecordingSettingsPage(this))
    , m_conferencePage(new ConferenceSettingsPage(this))
    , m_generalPage(new GeneralSettingsPage(*settings, this))
{
    setWindowTitle(firstRun ? tr("Welcome to Attendant") : tr("Attendant settings"));
    auto* layout = new QVBoxLayout(this);
    if (firstRun)
        layout->addWidget(new FirstStart(this));
    layout->addLayout(buildProfileRow());
    m_tabs->addTab(m_deskPage, tr("Operator"));
    m_tabs->addTab(buildServerPage(), tr("Servers"));
    m_tabs->addTab(m_directoryPage, tr("Directory"));
    m_tabs->addTab(m_voicemailPage, tr("Voicemail"));
    m_tabs->addTab(m_recordingPage, tr("Recording"));
    m_tabs->addTab(m_conferencePage, tr("Conferences"));
    m_tabs->addTab(new HistorySettingsPage(settings, this), tr("History"));
    m_tabs->addTab(m_availabilityPage, tr("Availability"));
    m_tabs->addTab(m_pinsPage, tr("Certificates"));
    m_tabs->addTab(buildShortcutPage(), tr("Keys"));
    m_tabs->addTab(m_generalPage, tr("General"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_availabilityPage)
            m_availabilityPage->setServers(editedProfile().servers);
        if (m_tabs->currentWidget() == m_recordingPage)
            m_recordingPage->setServers(editedProfile().servers);
        if (m_tabs->currentWidget() == m_conferencePage)
            m_conferencePage->setServers(editedProfile().servers);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadInitialProfile();
    if (firstRun)
        m_deskPage->requirePhoneChoice();
    connectTester();
    if (firstRun)
        m_tabs->setCurrentIndex(1);
    // Wide enough for every tab title (no scroll arrows), within a small screen.
    resize(qBound(720, m_tabs->tabBar()->sizeHint().width() + 40, 1280), 560);
}

void SettingsDialog::connectTester()
{
    connect(m_tester, &ConnectionTester::phonesFound, m_deskPage, &DeskSettingsPage::setPhones);
    connect(m_tester, &ConnectionTester::progressed, this,
        [this](ConnectionTester::Step, const QString& text) { m_testResult->setText(text); });
    connect(m_tester, &ConnectionTester::finished, this,
        [this](bool ok, const QString& text, const QStringList& missing) {
            m_test->setEnabled(true);
            QString shown = (ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + text;
            if (ok && m_deskPage->phoneCombo()->currentText().trimmed().isEmpty())
                shown += u'\n' + tr("Now choose your phone on the Operator tab.");
            m_testResult->setText(shown);
            if (ok)
                m_profile.missingWriteClasses = missing;
        });
}

QLayout* SettingsDialog::buildProfileRow()
{
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Profile:"), this));
    top->addWidget(m_profiles, 1);
    auto* newProfile = new QPushButton(tr("New…"), this);
    auto* importButton = new QPushButton(tr("Import…"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Saves this profile to a file, without secrets"));
    top->addWidget(newProfile);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    connect(newProfile, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("New profile"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        Profile p;
        p.name = name.trimmed();
        m_profiles->addItem(p.name);
        m_profiles->setCurrentText(p.name);
        loadProfile(p);
    });
    connect(importButton, &QPushButton::clicked, this, &SettingsDialog::importProfile);
    connect(exportButton, &QPushButton::clicked, this, &SettingsDialog::exportProfile);
    return top;
}

void SettingsDialog::loadInitialProfile()
{
    m_profiles->addItems(m_settings->profileNames());
    const auto current = m_settings->profile(m_settings->currentProfileName());
    Profile initial;
    if (current) {
        initial = *current;
    } else {
        initial.name = tr("Office");
        m_profiles->addItem(initial.name);
    }
    m_profiles->setCurrentText(initial.name);
    loadProfile(initial);
    connect(m_profiles, &QComboBox::textActivated, this, &SettingsDialog::switchProfile);
}

SettingsDialog::~SettingsDialog() = default;

QComboBox* SettingsDialog::languageCombo() const
{
    return m_generalPage->languageCombo();
}

QWidget* SettingsDialog::buildServerPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_servers = new QListWidget(page);
    auto* add = new QPushButton(tr("Add"), page);
    auto* remove = new QPushButton(tr("Remove"), page);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addWidget(m_servers, 1);
    left->addLayout(listButtons);
    layout->addLayout(left, 1);

    auto* form = new QFormLayout;
    m_serverName = new QLineEdit(page);
    m_host = new QLineEdit(page);
    m_host->setPlaceholderText(tr("pbx.example.org"));
    m_port = new QSpinBox(page);
    m_port->setRange(1, 65535);
    m_tls = new QCheckBox(tr("Encrypt (TLS, usually port 5039)"), page);
    m_user = new QLineEdit(page);
    m_secret = new QLineEdit(page);
    m_secret->setEchoMode(QLineEdit::Password); // never shown, not even a saved one
    m_auth = new QComboBox(page);
    m_auth->addItem(tr("Challenge (MD5) — the secret never crosses the network"));
    m_auth->addItem(tr("Plain secret — only over TLS or on this computer"));
    m_test = new QPushButton(tr("Test connection"), page);
    m_testResult = new QLabel(page);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Name:"), m_serverName);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(QString(), m_tls);
    form->addRow(tr("AMI user:"), m_user);
    form->addRow(tr("Secret:"), m_secret);
    form->addRow(tr("Login:"), m_auth);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_testResult);
    layout->addLayout(form, 2);

    connect(add, &QPushButton::clicked, this, &SettingsDialog::addServer);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeServer);
    connect(m_servers, &QListWidget::currentRowChanged, this, &SettingsDialog::showServer);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_tls, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_port->value() == 5038)
            m_port->setValue(5039);
        else if (!on && m_port->value() == 5039)
            m_port->setValue(5038);
    });
    return page;
}

QWidget* SettingsDialog::buildShortcutPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const std::pair<OperatorKeys::Key, QString> keys[] = {
        {OperatorKeys::Key::Call, tr("Call the selected extension:")},
        {OperatorKeys::Key::Hangup, tr("Hang up:")},
        {OperatorKeys::Key::Transfer, tr("Transfer:")},
        {OperatorKeys::Key::AttendedTransfer, tr("Transfer after announcing:")},
        {OperatorKeys::Key::Park, tr("Park:")},
        {OperatorKeys::Key::Pickup, tr("Pick up a ringing extension:")},
        {OperatorKeys::Key::Answer, tr("Answer the next queue caller:")},
    };
    for (const auto& [key, label] : keys) {
        const QString name = OperatorKeys::settingsName(key);
        auto* edit = new QKeySequenceEdit(
            QKeySequence(
                m_settings->shortcut(name, OperatorKeys::defaultShortcut(key)), QKeySequence::PortableText),
            page);
        m_shortcuts.insert(name, edit);
        form->addRow(label, edit);
    }
    return page;
}

void SettingsDialog::loadProfile(const Profile& profile)
{
    m_profile = profile;
    m_newSecrets.clear();
    m_deskPage->setProfile(profile);
    m_directoryPage->setSources(profile.directorySources);
    m_voicemailPage->setConfig(profile.voicemail);
    m_pinsPage->setProfile(profile);
    m_availabilityPage->setProfile(profile);
    m_recordingPage->setProfile(profile);
    m_conferencePage->setProfile(profile);
    m_serverRow = -1;
    m_servers->clear();
    for (const ServerConfig& s : profile.servers)
        m_servers->addItem(s.label());
    if (profile.servers.isEmpty())
        addServer();
    else
        m_servers->setCurrentRow(0);
}

void SettingsDialog::showProfileInUse(const Profile& profile)
{
    if (m_profiles->findText(profile.name) < 0)
        m_profiles->addItem(profile.name);
    m_profiles->setCurrentText(profile.name);
    loadProfile(profile);
}

void SettingsDialog::setSecretText(const QString& secret)
{
    m_secret->setText(secret);
}

QString SettingsDialog::profileName() const
{
    return m_deskPage->profileName();
}

void SettingsDialog::storeServerFields()
{
    if (m_serverRow < 0 || m_serverRow >= m_profile.servers.size())
        return;
    ServerConfig& s = m_profile.servers[m_serverRow];
    s.displayName = m_serverName->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.tls = m_tls->isChecked();
    s.username = m_user->text().trimmed();
    s.authMode = m_auth->currentIndex() == 1 ? AmiConnectionSettings::AuthMode::Plaintext
                                             : AmiConnectionSettings::AuthMode::Md5Challenge;
    if (!m_secret->text().isEmpty())
        m_newSecrets.insert(s.id, m_secret->text());
    if (QListWidgetItem* item = m_servers->item(m_serverRow))
        item->setText(s.label());
}

void SettingsDialog::showServer(int row)
{
    storeServerFields();
    m_serverRow = row;
    if (row < 0 || row >= m_profile.servers.size())
        return;
    const ServerConfig& s = m_profile.servers.at(row);
    m_serverName->setText(s.displayName);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_tls->setChecked(s.tls);
    m_user->setText(s.username);
    m_secret->setText(m_newSecrets.value(s.id));
    const auto saved = m_settings->profile(m_profile.name);
    m_secret->setPlaceholderText(saved && saved->server(s.id)
            ? tr("Saved in the keychain; type a new one to replace it")
            : tr("The secret of this AMI user in manager.conf on the PBX"));
    m_auth->setCurrentIndex(s.authMode == AmiConnectionSettings::AuthMode::Plaintext ? 1 : 0);
    m_testResult->clear();
}

void SettingsDialog::addServer()
{
    storeServerFields();
    ServerConfig s;
    int n = int(m_profile.servers.size()) + 1;
    s.id = QStringLiteral("server%1").arg(n);
    while (m_profile.server(s.id))
        s.id = QStringLiteral("server%1").arg(++n);
    s.displayName = tr("PBX %1").arg(n);
    s.tls = true; // as docs/admin.md recommends; unticking goes back to 5038
    s.port = 5039;
    m_profile.servers.append(s);
    m_serverRow = -1;
    m_servers->addItem(s.label());
    m_servers->setCurrentRow(m_servers->count() - 1);
}

void SettingsDialog::removeServer()
{
    const int row = m_servers->currentRow();
    if (row < 0)
        return;
    m_serverRow = -1;
    m_profile.servers.removeAt(row);
    delete m_servers->takeItem(row);
    showServer(m_servers->currentRow());
}

void SettingsDialog::testConnection()
{
    storeServerFields();
    if (m_serverRow < 0)
        return;
    const ServerConfig s = m_profile.servers.at(m_serverRow);
    const QString typed = m_newSecrets.value(s.id);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    if (!typed.isEmpty() || !m_secrets) {
        m_tester->start(s, typed);
        return;
    }
    m_secrets->read(s.secretKey(m_profile.name), this,
        [this, s](SecretStore::Status status, const QString& secret, const QString& error) {
            if (status != SecretStore::Status::Ok) {
                m_test->setEnabled(true);
                m_testResult->setText(
                    tr("✘ Enter the secret first (%1).").arg(error.isEmpty() ? tr("none saved yet") : error));
                return;
            }
            m_tester->start(s, secret);
        });
}

Profile SettingsDialog::editedProfile() const
{
    const_cast<SettingsDialog*>(this)->storeServerFields();
    Profile p = m_profile;
    p.name = profileName();
    m_deskPage->applyTo(p);
    p.directorySources = m_directoryPage->sources();
    p.voicemail = m_voicemailPage->config();
    m_pinsPage->applyTo(p);
    m_availabilityPage->applyTo(p);
    m_recordingPage->applyTo(p);
    m_conferencePage->applyTo(p);
    return p;
}

void SettingsDialog::switchProfile(const QString& name)
{
    if (const auto p = m_settings->profile(name))
        loadProfile(*p);
}

void SettingsDialog::importProfile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import profile"), {}, tr("Profiles (*.ini)"));
    if (file.isEmpty())
        return;
    QString error;
    const auto p = Profile::importFromFile(file, &error);
    if (!p) {
        QMessageBox::warning(this, tr("Import profile"), error);
        return;
    }
    m_profiles->addItem(p->name);
    m_profiles->setCurrentText(p->name);
    loadProfile(*p);
}

void SettingsDialog::exportProfile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export profile"), profileName() + QStringLiteral(".ini"), tr("Profiles (*.ini)"));
    if (file.isEmpty())
        return;
    const QString error = editedProfile().exportToFile(file);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export profile"), error);
}

void SettingsDialog::accept()
{
    const Profile p = editedProfile();
    const QStringList problems = profileProblems(p);
    if (!problems.isEmpty()) {
        if (p.operatorDevice.isEmpty())
            m_tabs->setCurrentWidget(m_deskPage);
        QMessageBox::warning(this, windowTitle(), problems.join(u'\n'));
        return;
    }
    if (p.name != m_profile.name && !m_profile.name.isEmpty() && m_settings->hasProfile(m_profile.name))
        m_settings->removeProfile(m_profile.name);
    m_settings->saveProfile(p);
    m_settings->setCurrentProfileName(p.name);
    for (auto it = m_shortcuts.cbegin(); it != m_shortcuts.cend(); ++it)
        m_settings->setShortcut(it.key(), it.value()->keySequence().toString(QKeySequence::PortableText));
    m_generalPage->save(*m_settings);
    m_settings->sync();
    // Secrets only to the keychain.
    if (m_secrets) {
        for (auto it = m_newSecrets.cbegin(); it != m_newSecrets.cend(); ++it) {
            const ServerConfig* s = p.server(it.key());
            if (s)
                m_secrets->write(
                    s->secretKey(p.name), it.value(), m_secrets, [](SecretStore::Status, const QString&) {});
        }
        const QHash<QString, QString> passwords = m_directoryPage->newPasswords();
        for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
            m_secrets->write(it.key(), it.value(), m_secrets, [](SecretStore::Status, const QString&) {});
    }
    m_newSecrets.clear();
    m_secret->clear();
    QDialog::accept();
}
