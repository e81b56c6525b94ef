// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QDialog>
#include <QHash>

class AvailabilitySettingsPage;
class CertificatePinsPage;
class ConferenceSettingsPage;
class ConnectionTester;
class DeskSettingsPage;
class DirectorySettingsPage;
class GeneralSettingsPage;
class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class RecordingSettingsPage;
class SecretStore;
class Settings;
class VoicemailSettingsPage;

// Profiles (operator phone, dial context, DND and voicemail patterns),
// their servers (address, TLS, user, secret → keychain, Test connection),
// the directory sources, the voicemail spool, the F-key shortcuts and
// general preferences (CRM URL, tray, language). In
// first-run mode it greets the user and starts with one empty profile.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(
        Settings* settings, SecretStore* secrets, QWidget* parent = nullptr, bool firstRun = false);
    ~SettingsDialog() override;

    // The profile as currently edited (servers included, secrets not).
    Profile editedProfile() const;
    QString profileName() const;
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_testResult; }
    // Fills the fields (tests, and when switching profiles).
    void loadProfile(const Profile& profile);
    // Selects and shows the profile in use (from --server it may be unsaved).
    void showProfileInUse(const Profile& profile);
    void setSecretText(const QString& secret);
    DirectorySettingsPage* directoryPage() const { return m_directoryPage; }
    VoicemailSettingsPage* voicemailPage() const { return m_voicemailPage; }
    CertificatePinsPage* pinsPage() const { return m_pinsPage; }
    AvailabilitySettingsPage* availabilityPage() const { return m_availabilityPage; }
    RecordingSettingsPage* recordingPage() const { return m_recordingPage; }
    ConferenceSettingsPage* conferencePage() const { return m_conferencePage; }
    QComboBox* languageCombo() const;
    GeneralSettingsPage* generalPage() const { return m_generalPage; }
    DeskSettingsPage* deskPage() const { return m_deskPage; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void accept() override;

private:
    // The profile chooser with New, Import and Export.
    QLayout* buildProfileRow();
    void loadInitialProfile();
    // Test connection: its steps and result under the button, the phones it found on the first page.
    void connectTester();
    QWidget* buildServerPage();
    QWidget* buildShortcutPage();
    void storeServerFields();
    void showServer(int row);
    void addServer();
    void removeServer();
    void testConnection();
    void importProfile();
    void exportProfile();
    void switchProfile(const QString& name);

    Settings* m_settings;
    SecretStore* m_secrets;
    Profile m_profile;
    QHash<QString, QString> m_newSecrets; // server id → secret typed in this dialog
    int m_serverRow = -1;

    QComboBox* m_profiles;
    QTabWidget* m_tabs;
    QListWidget* m_servers;
    QLineEdit* m_serverName;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QCheckBox* m_tls;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QComboBox* m_auth;
    QPushButton* m_test;
    QLabel* m_testResult;
    ConnectionTester* m_tester;
    DeskSettingsPage* m_deskPage;
    QHash<QString, QKeySequenceEdit*> m_shortcuts;
    DirectorySettingsPage* m_directoryPage;
    VoicemailSettingsPage* m_voicemailPage;
    CertificatePinsPage* m_pinsPage;
    AvailabilitySettingsPage* m_availabilityPage;
    RecordingSettingsPage* m_recordingPage;
    ConferenceSettingsPage* m_conferencePage;
    GeneralSettingsPage* m_generalPage;
};
