// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QSpinBox;

// Settings › Availability (the profile's [availability] group, issue 14): how
// each server keeps DND and forwarding (FreePBX or plain Asterisk), what this
// desk may change on others' lines, and the statuses the status menu offers
// (add, remove, rename, reorder; each with its presence state). A list equal
// to the built-in one is saved as "built-in", so it follows the desk's language.
class AvailabilitySettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AvailabilitySettingsPage(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // The servers as edited in the dialog (choices made here are kept).
    void setServers(const QList<ServerConfig>& servers);
    void applyTo(Profile& profile) const;

    QComboBox* presetCombo(const QString& serverId) const { return m_presets.value(serverId); }
    QCheckBox* othersPresenceBox() const { return m_presence; }
    QCheckBox* othersDndBox() const { return m_dnd; }
    QCheckBox* othersForwardingBox() const { return m_forwarding; }
    QCheckBox* switchesBox() const { return m_switches; }
    QListWidget* statusList() const { return m_list; }
    QComboBox* stateCombo() const { return m_state; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QLineEdit* forwardFamilyEdit() const { return m_family; }
    QSpinBox* pollSpin() const { return m_poll; }
    // Why the selected status is not offered (empty when it is).
    QLabel* problemLabel() const { return m_problem; }

private:
    QWidget* buildServers();
    QWidget* buildPermissions();
    QWidget* buildStatuses();
    QLayout* buildStatusButtons();
    void addStatus(const AvailabilitySettings::Status& status, int row);
    void addNew();
    void removeSelected();
    void move(int by);
    void showSelected();
    void showProblem();
    void editSelected();
    static void label(class QListWidgetItem* item);
    // Why a status cannot be offered, in words; empty when it can.
    static QString problemOf(const AvailabilitySettings::Status& status);
    AvailabilitySettings::Status statusAt(int row) const;

    QFormLayout* m_serverForm;
    QHash<QString, QComboBox*> m_presets;
    AvailabilitySettings m_loaded;
    QCheckBox* m_presence;
    QCheckBox* m_dnd;
    QCheckBox* m_forwarding;
    QCheckBox* m_switches;
    QListWidget* m_list;
    QComboBox* m_state;
    QLineEdit* m_note;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLineEdit* m_family;
    QSpinBox* m_poll;
    QLabel* m_problem;
};
