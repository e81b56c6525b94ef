// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Settings › Recording (the profile's [recording] group, issue 15), per
// server: where Asterisk's monitor folder is reached from this computer
// (checked as it is typed), the file-name template of recordings started
// here (checked, with the name a call would get), the MixMonitor options and
// the beep that announces a recording (MixMonitor B(n)).
class RecordingSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingSettingsPage(QWidget* parent = nullptr);
    ~RecordingSettingsPage() override;
    Q_DISABLE_COPY_MOVE(RecordingSettingsPage)

    void setProfile(const Profile& profile);
    // The servers as edited in the dialog (choices made here are kept).
    void setServers(const QList<ServerConfig>& servers);
    void applyTo(Profile& profile) const;
    // Shows this server's settings (by id).
    void showServer(const QString& serverId);

    QComboBox* serverCombo() const { return m_server; }
    QLineEdit* directoryEdit() const { return m_directory; }
    QLabel* directoryStatus() const { return m_directoryStatus; }
    QLineEdit* templateEdit() const { return m_template; }
    QLabel* templateStatus() const { return m_templateStatus; }
    QLineEdit* optionsEdit() const { return m_options; }
    QLabel* optionsStatus() const { return m_optionsStatus; }
    QCheckBox* beepBox() const { return m_beep; }
    QSpinBox* beepSecondsEdit() const { return m_beepSeconds; }

private:
    void buildLayout();
    RecordingSettings::Server fields() const;
    void showFields(const RecordingSettings::Server& server);
    void handleServerChanged();
    void checkDirectory();
    void checkTemplate();
    void checkOptions();

    RecordingSettings m_settings;
    QString m_shown; // the server whose settings the fields hold
    QComboBox* m_server;
    QLineEdit* m_directory;
    QLabel* m_directoryStatus;
    QLineEdit* m_template;
    QLabel* m_templateStatus;
    QLineEdit* m_options;
    QLabel* m_optionsStatus;
    QCheckBox* m_beep;
    QSpinBox* m_beepSeconds;
};
