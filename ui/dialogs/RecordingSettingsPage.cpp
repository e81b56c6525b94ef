// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/RecordingSettingsPage.h"

#include "core/recording/RecordingFileName.h"
#include "ui/recording/RecordingText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

RecordingSettingsPage::RecordingSettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_server(new QComboBox(this))
    , m_directory(new QLineEdit(this))
    , m_directoryStatus(new QLabel(this))
    , m_template(new QLineEdit(this))
    , m_templateStatus(new QLabel(this))
    , m_options(new QLineEdit(this))
    , m_optionsStatus(new QLabel(this))
    , m_beep(new QCheckBox(tr("Announce the recording with a beep every"), this))
    , m_beepSeconds(new QSpinBox(this))
{
    buildLayout();
    connect(m_server, &QComboBox::currentIndexChanged, this, &RecordingSettingsPage::handleServerChanged);
    connect(m_directory, &QLineEdit::textChanged, this, &RecordingSettingsPage::checkDirectory);
    connect(m_template, &QLineEdit::textChanged, this, &RecordingSettingsPage::checkTemplate);
    connect(m_options, &QLineEdit::textChanged, this, &RecordingSettingsPage::checkOptions);
    connect(m_beep, &QCheckBox::toggled, m_beepSeconds, &QSpinBox::setEnabled);
    connect(m_beep, &QCheckBox::toggled, this, &RecordingSettingsPage::checkOptions);
    connect(m_beepSeconds, &QSpinBox::valueChanged, this, &RecordingSettingsPage::checkOptions);
    showFields({});
}

RecordingSettingsPage::~RecordingSettingsPage() = default;

void RecordingSettingsPage::buildLayout()
{
    m_server->setAccessibleName(tr("Server"));
    m_directory->setAccessibleName(tr("Monitor folder"));
    m_directory->setPlaceholderText(tr("Empty: no recordings panel for this server"));
    m_directory->setToolTip(
        tr("Asterisk's /var/spool/asterisk/monitor, or where it is mounted on this computer"));
    m_template->setAccessibleName(tr("File name"));
    m_template->setToolTip(tr("{caller} {callee} {date} {time} {uniqueid}; the extension chooses the format "
                              "(.wav, .WAV for wav49, .gsm)"));
    m_options->setAccessibleName(tr("MixMonitor options"));
    m_options->setToolTip(tr("b: only while the call is bridged; v(n)/V(n): volume; see Asterisk's "
                             "“core show application MixMonitor”"));
    m_beep->setAccessibleName(tr("Announce the recording with a beep"));
    m_beepSeconds->setAccessibleName(tr("Seconds between beeps"));
    m_beepSeconds->setRange(1, 3600);
    m_beepSeconds->setSuffix(tr(" s"));
    for (QLabel* l : {m_directoryStatus, m_templateStatus, m_optionsStatus})
        l->setWordWrap(true);
    m_directoryStatus->setAccessibleName(tr("Monitor folder state"));
    m_templateStatus->setAccessibleName(tr("File name check"));
    m_optionsStatus->setAccessibleName(tr("Options check"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the monitor folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Monitor folder"), m_directory->text());
        if (!dir.isEmpty())
            m_directory->setText(dir);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_directory, 1);
    folderRow->addWidget(browse);
    auto* beepRow = new QHBoxLayout;
    beepRow->addWidget(m_beep);
    beepRow->addWidget(m_beepSeconds);
    beepRow->addStretch(1);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Monitor folder:"), folderRow);
    form->addRow(QString(), m_directoryStatus);
    form->addRow(tr("File name:"), m_template);
    form->addRow(QString(), m_templateStatus);
    form->addRow(tr("MixMonitor options:"), m_options);
    form->addRow(QString(), m_optionsStatus);
    form->addRow(QString(), beepRow);
    auto* law = new QLabel(tr("Where the law asks for callers to be told, switch the beep on (MixMonitor "
                              "B option; Asterisk needs func_periodic_hook)."),
        this);
    law->setWordWrap(true);
    form->addRow(QString(), law);
}

void RecordingSettingsPage::setProfile(const Profile& profile)
{
    m_settings = profile.recording;
    m_shown.clear();
    setServers(profile.servers);
}

void RecordingSettingsPage::setServers(const QList<ServerConfig>& servers)
{
    if (!m_shown.isEmpty())
        m_settings.servers.insert(m_shown, fields());
    const QString keep = m_shown;
    const QSignalBlocker block(m_server);
    m_server->clear();
    for (const ServerConfig& s : servers)
        m_server->addItem(s.displayName.isEmpty() ? s.id : s.displayName, s.id);
    const int at = m_server->findData(keep);
    m_server->setCurrentIndex(at >= 0 ? at : 0);
    m_shown.clear();
    handleServerChanged();
}

void RecordingSettingsPage::showServer(const QString& serverId)
{
    m_server->setCurrentIndex(m_server->findData(serverId));
}

void RecordingSettingsPage::handleServerChanged()
{
    if (!m_shown.isEmpty())
        m_settings.servers.insert(m_shown, fields());
    m_shown = m_server->currentData().toString();
    setEnabled(m_server->count() > 0);
    showFields(m_settings.forServer(m_shown));
}

void RecordingSettingsPage::applyTo(Profile& profile) const
{
    RecordingSettings settings = m_settings;
    if (!m_shown.isEmpty())
        settings.servers.insert(m_shown, fields());
    // Keep only servers the profile still has.
    for (auto it = settings.servers.begin(); it != settings.servers.end();) {
        if (profile.server(it.key()))
            ++it;
        else
            it = settings.servers.erase(it);
    }
    profile.recording = settings;
}

RecordingSettings::Server RecordingSettingsPage::fields() const
{
    RecordingSettings::Server s;
    s.monitorDirectory = m_directory->text().trimmed();
    s.fileTemplate = m_template->text().trimmed();
    s.options = m_options->text().trimmed();
    s.beepSeconds = m_beep->isChecked() ? m_beepSeconds->value() : 0;
    return s;
}

void RecordingSettingsPage::showFields(const RecordingSettings::Server& server)
{
    m_directory->setText(server.monitorDirectory);
    m_template->setText(server.fileTemplate);
    m_options->setText(server.options);
    m_beep->setChecked(server.beepSeconds > 0);
    m_beepSeconds->setValue(server.beepSeconds > 0 ? server.beepSeconds : 15);
    m_beepSeconds->setEnabled(server.beepSeconds > 0);
    checkDirectory();
    checkTemplate();
    checkOptions();
}

void RecordingSettingsPage::checkDirectory()
{
    const QString dir = m_directory->text().trimmed();
    const QFileInfo info(dir);
    const QString shown = QDir::toNativeSeparators(dir);
    if (dir.isEmpty())
        m_directoryStatus->setText(tr("− No recordings panel for this server."));
    else if (!info.exists())
        m_directoryStatus->setText(tr("✘ %1 does not exist on this computer.").arg(shown));
    else if (!info.isDir())
        m_directoryStatus->setText(tr("✘ %1 is not a folder.").arg(shown));
    else if (!info.isReadable() || !info.isExecutable())
        m_directoryStatus->setText(
            tr("✘ %1 cannot be read: ask for membership of Asterisk's group.").arg(shown));
    else if (!info.isWritable())
        m_directoryStatus->setText(
            tr("⚠ Readable, but not writable: recordings can be played, not deleted."));
    else
        m_directoryStatus->setText(tr("✔ Readable and writable."));
}

void RecordingSettingsPage::checkTemplate()
{
    const QString pattern = m_template->text().trimmed();
    const QString problem = RecordingText::templateProblem(RecordingFileName::check(pattern));
    if (!problem.isEmpty()) {
        m_templateStatus->setText(problem);
        return;
    }
    const QDateTime when(QDate(2026, 12, 7), QTime(9, 41, 0));
    m_templateStatus->setText(tr("✔ For example: %1")
                                  .arg(RecordingFileName::make(pattern, QStringLiteral("1001"),
                                      QStringLiteral("0612345678"), when, QStringLiteral("1796629260.42"))));
}

void RecordingSettingsPage::checkOptions()
{
    const RecordingSettings::Server s = fields();
    if (!RecordingSettings::validOptions(s.options)) {
        m_optionsStatus->setText(tr("✘ Options are letters, each with an optional value in parentheses, "
                                    "without spaces: for example b or bv(2)."));
        return;
    }
    m_optionsStatus->setText(
        tr("✔ Sent as: %1")
            .arg(s.mixMonitorOptions().isEmpty() ? tr("(no options)") : s.mixMonitorOptions()));
}
