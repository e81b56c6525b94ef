// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/DeskPhone.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
struct Profile;

// The settings' first page: "My desk" (profile name, your phone, extension,
// caller ID name) apart from the phone system details an administrator sets
// (dial context, DND device, voicemail extension, parking lot). Your phone is
// an editable list: after "Test connection" it offers the PBX's phones,
// registered ones first, and choosing one fills in the extension too.
class DeskSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DeskSettingsPage(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // Everything but the servers and the name.
    void applyTo(Profile& profile) const;
    QString profileName() const;
    // First start: no phone is assumed (PJSIP/1000 is somebody else's on a real PBX); say why.
    void requirePhoneChoice();
    void setPhones(const QList<DeskPhone>& phones);
    QComboBox* phoneCombo() const { return m_device; }
    QLineEdit* extensionEdit() const { return m_extension; }

private:
    QWidget* buildDesk();
    QWidget* buildPhoneSystem();
    void choosePhone(int index);

    QLineEdit* m_name;
    QComboBox* m_device;
    QLabel* m_deviceHint;
    QLineEdit* m_extension;
    QLineEdit* m_callerName;
    QLineEdit* m_context;
    QLineEdit* m_dnd;
    QLineEdit* m_voicemail;
    QLineEdit* m_parkingLot;
};
