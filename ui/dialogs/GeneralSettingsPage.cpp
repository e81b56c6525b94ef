// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/GeneralSettingsPage.h"

#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

GeneralSettingsPage::GeneralSettingsPage(const Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_crmUrl(new QLineEdit(settings.crmUrlTemplate(), this))
    , m_crmTrigger(new QComboBox(this))
    , m_tray(new QCheckBox(tr("Closing the window keeps Attendant in the system tray"), this))
    , m_startAtLogin(new QCheckBox(tr("Start Attendant when I log in"), this))
    , m_notify(new QCheckBox(tr("Desktop notification for calls to my phone"), this))
    , m_language(new QComboBox(this))
    , m_scheme(new QComboBox(this))
{
    auto* form = new QFormLayout(this);
    m_crmUrl->setPlaceholderText(QStringLiteral("https://crm.example.org/lookup?number={callerid}"));
    m_crmUrl->setToolTip(tr("{callerid}, {callername} and {queue} are replaced by the caller's details"));
    m_crmTrigger->addItems({tr("Never"), tr("When a call rings"), tr("When I answer")});
    m_crmTrigger->setCurrentIndex(int(settings.crmTrigger()));
    m_tray->setChecked(settings.minimiseToTray());
    m_startAtLogin->setChecked(settings.startAtLogin());
    m_notify->setChecked(settings.desktopNotifications());
    form->addRow(tr("CRM lookup URL:"), m_crmUrl);
    form->addRow(tr("Open it:"), m_crmTrigger);
    form->addRow(QString(), m_tray);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_notify);
    addLanguageRows(settings);
}

void GeneralSettingsPage::addLanguageRows(const Settings& settings)
{
    auto* form = static_cast<QFormLayout*>(layout());
    // Endonyms: whoever cannot read the current language still finds their own.
    const std::pair<QString, QString> languages[] = {
        {tr("System default"), QString()},
        {QStringLiteral("English"), QStringLiteral("en")},
        {QStringLiteral("Español"), QStringLiteral("es")},
        {QStringLiteral("Deutsch"), QStringLiteral("de")},
        {QStringLiteral("Français"), QStringLiteral("fr")},
    };
    for (const auto& [label, code] : languages)
        m_language->addItem(label, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.languageOverride())));
    auto* restart = new QLabel(tr("A new language takes effect when Attendant starts again."), this);
    restart->setWordWrap(true);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), restart);
    // The same choice as --color-scheme; the command line wins for that run.
    m_scheme->addItem(tr("As the desktop"), int(Settings::ColorScheme::System));
    m_scheme->addItem(tr("Light"), int(Settings::ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), int(Settings::ColorScheme::Dark));
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(settings.colorScheme()))));
    m_scheme->setAccessibleName(tr("Look"));
    auto* schemeNote = new QLabel(tr("A new look takes effect when Attendant starts again."), this);
    schemeNote->setWordWrap(true);
    form->addRow(tr("Look:"), m_scheme);
    form->addRow(QString(), schemeNote);
}

void GeneralSettingsPage::save(Settings& settings) const
{
    settings.setCrmUrlTemplate(m_crmUrl->text().trimmed());
    settings.setCrmTrigger(Settings::CrmTrigger(m_crmTrigger->currentIndex()));
    settings.setMinimiseToTray(m_tray->isChecked());
    settings.setStartAtLogin(m_startAtLogin->isChecked());
    settings.setDesktopNotifications(m_notify->isChecked());
    settings.setLanguageOverride(m_language->currentData().toString());
    settings.setColorScheme(Settings::ColorScheme(m_scheme->currentData().toInt()));
}
