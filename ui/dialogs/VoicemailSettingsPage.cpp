// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/VoicemailSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

VoicemailSettingsPage::VoicemailSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_root(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_lockMode(new QComboBox(this))
    , m_keepDeleted(new QSpinBox(this))
    , m_maxMessages(new QSpinBox(this))
    , m_markHeard(new QCheckBox(tr("Playing a new message marks it as heard"), this))
{
    auto* form = new QFormLayout(this);
    m_root->setPlaceholderText(tr("Empty: no voicemail panel"));
    m_root->setToolTip(
        tr("Asterisk's /var/spool/asterisk/voicemail, or where it is mounted on this computer"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* rootRow = new QHBoxLayout;
    rootRow->addWidget(m_root, 1);
    rootRow->addWidget(browse);
    m_status->setWordWrap(true);
    m_lockMode->addItems({tr("Lock files (Asterisk's default)"), tr("flock (locking=flock)")});
    m_lockMode->setToolTip(tr("Must match “locking” in Asterisk's voicemail.conf"));
    m_keepDeleted->setRange(0, 9999);
    m_keepDeleted->setSpecialValueText(tr("None: delete for good"));
    m_keepDeleted->setToolTip(tr("voicemail.conf backupdeleted: deleted messages kept per mailbox"));
    m_maxMessages->setRange(1, 9999);
    m_maxMessages->setToolTip(tr("voicemail.conf maxmsg: messages per folder"));
    form->addRow(tr("Spool folder:"), rootRow);
    form->addRow(QString(), m_status);
    form->addRow(tr("Locking:"), m_lockMode);
    form->addRow(tr("Keep deleted messages:"), m_keepDeleted);
    form->addRow(tr("Messages per folder:"), m_maxMessages);
    form->addRow(QString(), m_markHeard);
    connect(m_root, &QLineEdit::textChanged, this, &VoicemailSettingsPage::checkSpool);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Voicemail spool"), m_root->text());
        if (!dir.isEmpty())
            m_root->setText(dir);
    });
    setConfig(VoicemailConfig());
}

VoicemailSettingsPage::~VoicemailSettingsPage() = default;

void VoicemailSettingsPage::setConfig(const VoicemailConfig& config)
{
    m_root->setText(config.spoolRoot);
    m_lockMode->setCurrentIndex(config.lockMode == VoicemailConfig::LockMode::Flock ? 1 : 0);
    m_keepDeleted->setValue(config.keepDeleted);
    m_maxMessages->setValue(config.maxMessages);
    m_markHeard->setChecked(config.markHeardOnPlay);
    checkSpool();
}

VoicemailConfig VoicemailSettingsPage::config() const
{
    VoicemailConfig c;
    c.spoolRoot = m_root->text().trimmed();
    c.lockMode = m_lockMode->currentIndex() == 1 ? VoicemailConfig::LockMode::Flock
                                                 : VoicemailConfig::LockMode::LockFile;
    c.keepDeleted = m_keepDeleted->value();
    c.maxMessages = m_maxMessages->value();
    c.markHeardOnPlay = m_markHeard->isChecked();
    return c;
}

void VoicemailSettingsPage::checkSpool()
{
    const QString root = m_root->text().trimmed();
    const QFileInfo info(root);
    if (root.isEmpty())
        m_status->setText(tr("Voicemail is off for this profile."));
    else if (!info.exists())
        m_status->setText(tr("✘ %1 does not exist on this computer.").arg(QDir::toNativeSeparators(root)));
    else if (!info.isDir())
        m_status->setText(tr("✘ %1 is not a folder.").arg(QDir::toNativeSeparators(root)));
    else if (!info.isReadable() || !info.isExecutable())
        m_status->setText(tr("✘ %1 cannot be read: ask for membership of Asterisk's group.")
                              .arg(QDir::toNativeSeparators(root)));
    else if (!info.isWritable())
        m_status->setText(tr("Readable, but not writable: messages can be played, not moved or deleted."));
    else
        m_status->setText(tr("✔ Readable and writable."));
}
