// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// Settings › Conferences, per server: the ConfBridge rooms the desk uses for
// three-way calls (ServerConfig::conferenceRooms, "8510-8519, 8600"), checked
// as typed with the rooms it gives or what is wrong with it, and saved with
// the server. The dialog refuses to save a list that cannot be used
// (profileProblems).
class ConferenceSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ConferenceSettingsPage(QWidget* parent = nullptr);
    ~ConferenceSettingsPage() override;
    Q_DISABLE_COPY_MOVE(ConferenceSettingsPage)

    void setProfile(const Profile& profile);
    // The servers as edited in the dialog (rooms typed here are kept).
    void setServers(const QList<ServerConfig>& servers);
    void applyTo(Profile& profile) const;
    void showServer(const QString& serverId);

    QComboBox* serverCombo() const { return m_server; }
    QLineEdit* roomsEdit() const { return m_rooms; }
    QLabel* roomsStatus() const { return m_status; }

private:
    void buildLayout();
    void handleServerChanged();
    void checkRooms();

    QHash<QString, QString> m_edited; // server id → rooms as typed
    QString m_shown; // the server whose rooms the field holds
    QComboBox* m_server;
    QLineEdit* m_rooms;
    QLabel* m_status;
};
