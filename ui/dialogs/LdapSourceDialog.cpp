// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/LdapSourceDialog.h"

#include "core/directory/LdapDirectory.h"
#include "core/settings/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <array>

LdapSourceDialog::LdapSourceDialog(const DirectorySourceConfig& config, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_config(config)
    , m_secrets(secrets)
{
    setWindowTitle(tr("LDAP directory"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildConnectionPage(), tr("Server"));
    tabs->addTab(buildAttributePage(), tr("Fields"));
    layout->addWidget(tabs, 1);

    m_test = new QPushButton(tr("Test"), this);
    m_test->setToolTip(tr("Loads the directory with these settings and shows how many contacts came"));
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &LdapSourceDialog::test);
    resize(620, 560);
}

LdapSourceDialog::~LdapSourceDialog() = default;

QWidget* LdapSourceDialog::buildConnectionPage()
{
    const LdapSettings& s = m_config.ldap;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_url = new QLineEdit(s.url, page);
    m_url->setPlaceholderText(QStringLiteral("ldap://dir.example.org"));
    m_encryption = new QComboBox(page);
    m_encryption->addItems(
        {tr("None (only on this computer)"), tr("StartTLS"), tr("LDAPS (ldaps:// address)")});
    m_encryption->setCurrentIndex(int(s.encryption));
    m_caFile = new QLineEdit(s.caCertificateFile, page);
    m_caFile->setPlaceholderText(tr("System certificates"));
    auto* browseCa = new QPushButton(tr("Browse…"), page);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    m_bindDn = new QLineEdit(s.bindDn, page);
    m_bindDn->setPlaceholderText(tr("Empty: anonymous"));
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged (kept in the system keychain)"));
    m_baseDn = new QLineEdit(s.baseDn, page);
    m_baseDn->setPlaceholderText(QStringLiteral("ou=Users,dc=example,dc=org"));
    m_scope = new QComboBox(page);
    m_scope->addItems({tr("This entry only"), tr("One level below"), tr("Whole subtree")});
    m_scope->setCurrentIndex(int(s.scope));
    m_filter = new QLineEdit(s.filter, page);
    m_sizeLimit = new QSpinBox(page);
    m_sizeLimit->setRange(0, 10000000);
    m_sizeLimit->setSpecialValueText(tr("Server's limit"));
    m_sizeLimit->setValue(s.sizeLimit);
    m_timeLimit = new QSpinBox(page);
    m_timeLimit->setRange(0, 3600);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setSpecialValueText(tr("Server's limit"));
    m_timeLimit->setValue(s.timeLimitSeconds);
    m_pageSize = new QSpinBox(page);
    m_pageSize->setRange(0, 100000);
    m_pageSize->setSpecialValueText(tr("No paging"));
    m_pageSize->setValue(s.pageSize);
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("Encryption:"), m_encryption);
    form->addRow(tr("Trusted CA file:"), caRow);
    form->addRow(tr("Bind DN:"), m_bindDn);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Search base:"), m_baseDn);
    form->addRow(tr("Search depth:"), m_scope);
    form->addRow(tr("Filter:"), m_filter);
    form->addRow(tr("At most (entries):"), m_sizeLimit);
    form->addRow(tr("Time limit per page:"), m_timeLimit);
    form->addRow(tr("Page size:"), m_pageSize);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Trusted CA certificate"), m_caFile->text(), tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    return page;
}

QWidget* LdapSourceDialog::buildAttributePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_preset = new QComboBox(page);
    m_preset->addItems({tr("Zentyal / Asterisk LDAP schema"), tr("inetOrgPerson"), tr("Active Directory")});
    m_preset->setCurrentIndex(int(m_config.preset));
    auto* hint = new QLabel(tr("A preset fills the filter and the fields below; change any field to match "
                               "your directory."),
        page);
    hint->setWordWrap(true);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(hint);
    const std::array<QString, 11> labels {tr("Name:"), tr("Caller ID (extension):"), tr("Extension:"),
        tr("Work phone:"), tr("Mobile:"), tr("Other phone:"), tr("E-mail:"), tr("User name:"),
        tr("Job title:"), tr("Voicemail box:"), tr("Dialplan context:")};
    for (std::size_t i = 0; i < ldapAttributeFields().size(); ++i) {
        auto* edit = new QLineEdit(page);
        edit->setPlaceholderText(tr("Not read"));
        m_attributes.insert(ldapAttributeFields().at(i).first, edit);
        form->addRow(labels.at(i), edit);
    }
    auto* department = new QLineEdit(page);
    department->setPlaceholderText(tr("Not read"));
    department->setToolTip(tr("Several attributes separated by commas: the first one present wins"));
    m_attributes.insert(QStringLiteral("department"), department);
    form->addRow(tr("Department:"), department);
    showAttributes(m_config.ldap.attributes);
    // textActivated: only the user's choice overwrites the fields, not loading.
    connect(m_preset, &QComboBox::activated, this, &LdapSourceDialog::applyPreset);
    return page;
}

void LdapSourceDialog::showAttributes(const LdapAttributeMap& map)
{
    for (const auto& [key, field] : ldapAttributeFields())
        m_attributes.value(key)->setText(map.*field);
    m_attributes.value(QStringLiteral("department"))->setText(map.department.join(u','));
}

void LdapSourceDialog::applyPreset(int index)
{
    m_preset->setCurrentIndex(index);
    const LdapSettings preset = LdapSettings::fromPreset(LdapSettings::Preset(index));
    m_filter->setText(preset.filter);
    showAttributes(preset.attributes);
}

DirectorySourceConfig LdapSourceDialog::config() const
{
    DirectorySourceConfig c = m_config;
    c.kind = DirectorySourceConfig::Kind::Ldap;
    c.preset = LdapSettings::Preset(m_preset->currentIndex());
    LdapSettings& s = c.ldap;
    s.sourceId = c.id;
    s.url = m_url->text().trimmed();
    s.encryption = LdapSettings::Encryption(m_encryption->currentIndex());
    s.caCertificateFile = m_caFile->text().trimmed();
    s.bindDn = m_bindDn->text().trimmed();
    s.baseDn = m_baseDn->text().trimmed();
    s.scope = LdapSettings::Scope(m_scope->currentIndex());
    s.filter = m_filter->text().trimmed();
    s.sizeLimit = m_sizeLimit->value();
    s.timeLimitSeconds = m_timeLimit->value();
    s.pageSize = m_pageSize->value();
    for (const auto& [key, field] : ldapAttributeFields())
        s.attributes.*field = m_attributes.value(key)->text().trimmed();
    s.attributes.department
        = m_attributes.value(QStringLiteral("department"))->text().split(u',', Qt::SkipEmptyParts);
    for (QString& d : s.attributes.department)
        d = d.trimmed();
    return c;
}

QString LdapSourceDialog::password() const
{
    return m_password->text();
}

void LdapSourceDialog::test()
{
    delete m_probe;
    LdapSettings settings = config().ldapSettings();
    // A test must not show the last good result as if the server had answered.
    settings.sourceId = settings.sourceId + QStringLiteral("-test");
    settings.cacheFile = QStringLiteral("/nonexistent/attendant-ldap-test.json");
    m_probe = new LdapDirectory(settings, nullptr, this);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(settings.url));
    connect(m_probe, &DirectorySource::contactsLoaded, this,
        [this](const QString&, const QList<Contact>& contacts, bool stale) {
            if (!stale)
                finishTest(true, tr("%n contact(s) found.", nullptr, int(contacts.size())));
        });
    connect(m_probe, &DirectorySource::errorOccurred, this,
        [this, url = settings.url](const QString&, DirectorySource::Error error, const QString& detail) {
            if (error == DirectorySource::Error::PasswordMissing)
                finishTest(false, tr("%1: enter the password of the bind DN first.").arg(url));
            else if (error != DirectorySource::Error::MalformedEntry)
                finishTest(false, detail.isEmpty() ? url : detail);
        });
    if (!password().isEmpty() || settings.bindDn.isEmpty()) {
        m_probe->setBindPassword(password());
        m_probe->start();
    } else if (m_secrets) {
        // The probe's key differs; read the real source's password.
        const QPointer<LdapDirectory> probe(m_probe);
        m_secrets->read(config().ldapSettings().secretKey(), this,
            // Without a keychain the store still answers from memory: the secret counts, not the status.
            [this, probe](SecretStore::Status, const QString& secret, const QString&) {
                if (!probe)
                    return;
                if (secret.isEmpty()) {
                    finishTest(
                        false, tr("%1: enter the password of the bind DN first.").arg(probe->location()));
                    return;
                }
                probe->setBindPassword(secret);
                probe->start();
            });
    } else {
        finishTest(false, tr("%1: enter the password of the bind DN first.").arg(settings.url));
    }
}

void LdapSourceDialog::finishTest(bool ok, const QString& text)
{
    if (!m_probe)
        return;
    m_test->setEnabled(true);
    m_testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + text);
    // No retries in the background once the answer is shown.
    m_probe->deleteLater();
    m_probe = nullptr;
}
