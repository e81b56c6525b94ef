// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

// Settings › Certificates: every certificate the user chose to trust by
// fingerprint (AMI servers and LDAP directories of the profile), and a way to
// revoke each. A revoked pin makes the next connection ask again.
class CertificatePinsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CertificatePinsPage(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // Clears the pins revoked on this page.
    void applyTo(Profile& profile) const;

    QTreeWidget* list() const { return m_list; }
    QPushButton* revokeButton() const { return m_revoke; }

private:
    void revokeSelected();
    void updateButtons();

    QTreeWidget* m_list;
    QPushButton* m_revoke;
    QStringList m_revokedServers;
    QStringList m_revokedSources;
};
