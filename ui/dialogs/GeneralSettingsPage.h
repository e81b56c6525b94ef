// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class Settings;

// The settings dialog's General page: the CRM lookup, the tray, starting at
// login, notifications, the language and the look (system, light or dark).
class GeneralSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(const Settings& settings, QWidget* parent = nullptr);

    void save(Settings& settings) const;
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* colorSchemeCombo() const { return m_scheme; }

private:
    void addLanguageRows(const Settings& settings);

    QLineEdit* m_crmUrl;
    QComboBox* m_crmTrigger;
    QCheckBox* m_tray;
    QCheckBox* m_startAtLogin;
    QCheckBox* m_notify;
    QComboBox* m_language;
    QComboBox* m_scheme;
};
