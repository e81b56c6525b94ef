// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/DirectorySettingsPage.h"

#include "ui/dialogs/LdapSourceDialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

DirectorySettingsPage::DirectorySettingsPage(SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Contacts from these sources are merged in the Directory panel. LDAP passwords "
                        "go to the system keychain."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    auto* addLdapButton = new QPushButton(tr("Add LDAP server…"), this);
    auto* addFileButton = new QPushButton(tr("Add file…"), this);
    addFileButton->setToolTip(tr("A CSV or vCard file, e.g. exported from a phone book"));
    buttons->addWidget(addLdapButton);
    buttons->addWidget(addFileButton);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    connect(addLdapButton, &QPushButton::clicked, this, &DirectorySettingsPage::addLdap);
    connect(addFileButton, &QPushButton::clicked, this, &DirectorySettingsPage::addFile);
    connect(m_edit, &QPushButton::clicked, this, &DirectorySettingsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &DirectorySettingsPage::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &DirectorySettingsPage::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        m_edit->setEnabled(current >= 0);
        m_remove->setEnabled(current >= 0);
    });
    refreshList();
}

DirectorySettingsPage::~DirectorySettingsPage() = default;

void DirectorySettingsPage::setSources(const QList<DirectorySourceConfig>& sources)
{
    m_sources = sources;
    m_passwords.clear();
    refreshList();
}

void DirectorySettingsPage::putSource(const DirectorySourceConfig& source, const QString& password)
{
    int row = -1;
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == source.id)
            row = i;
    }
    if (row < 0) {
        m_sources.append(source);
        row = int(m_sources.size()) - 1;
    } else {
        m_sources[row] = source;
    }
    if (!password.isEmpty())
        m_passwords.insert(source.ldapSettings().secretKey(), password);
    refreshList();
    m_list->setCurrentRow(row);
}

QString DirectorySettingsPage::freeId(const QString& stem) const
{
    for (int n = 1;; ++n) {
        const QString id = stem + QString::number(n);
        bool used = false;
        for (const DirectorySourceConfig& s : m_sources)
            used = used || s.id == id;
        if (!used)
            return id;
    }
}

void DirectorySettingsPage::addLdap()
{
    DirectorySourceConfig source;
    source.kind = DirectorySourceConfig::Kind::Ldap;
    source.id = freeId(QStringLiteral("ldap"));
    source.ldap = LdapSettings::fromPreset(source.preset);
    editLdap(source);
}

void DirectorySettingsPage::editLdap(const DirectorySourceConfig& source)
{
    LdapSourceDialog dialog(source, m_secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        putSource(dialog.config(), dialog.password());
}

void DirectorySettingsPage::addFile()
{
    const QString path = pickFile(QString());
    if (path.isEmpty())
        return;
    DirectorySourceConfig source;
    source.id = freeId(QStringLiteral("file"));
    source.filePath = path;
    putSource(source);
}

void DirectorySettingsPage::editSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    const DirectorySourceConfig source = m_sources.at(row);
    if (source.kind == DirectorySourceConfig::Kind::File) {
        const QString path = pickFile(source.filePath);
        if (path.isEmpty())
            return;
        DirectorySourceConfig changed = source;
        changed.filePath = path;
        putSource(changed);
        return;
    }
    editLdap(source);
}

void DirectorySettingsPage::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    m_sources.removeAt(row);
    refreshList();
}

QString DirectorySettingsPage::pickFile(const QString& start)
{
    return QFileDialog::getOpenFileName(
        this, tr("Directory file"), start, tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"));
}

void DirectorySettingsPage::refreshList()
{
    m_list->clear();
    for (const DirectorySourceConfig& s : std::as_const(m_sources)) {
        if (s.kind == DirectorySourceConfig::Kind::Ldap && !s.ldap.baseDn.isEmpty())
            m_list->addItem(tr("LDAP: %1 (%2)").arg(s.location(), s.ldap.baseDn));
        else if (s.kind == DirectorySourceConfig::Kind::Ldap)
            m_list->addItem(tr("LDAP: %1").arg(s.location()));
        else
            m_list->addItem(tr("File: %1").arg(s.location()));
    }
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}
