// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/DirectorySourceConfig.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class CertificateTrust;
class DirectoryPanel;
class LdapDirectory;
class QWidget;
class SecretStore;

// Starts a profile's directory sources into the directory panel: CSV and
// vCard files, and LDAP servers with their bind password from the keychain.
// A missing password is asked for once per source and run (cancelling means
// "work from the cache"); an untrusted certificate goes to CertificateTrust.
class DirectorySources final : public QObject
{
    Q_OBJECT
public:
    DirectorySources(
        SecretStore* secrets, CertificateTrust* trust, QWidget* window, QObject* parent = nullptr);

    // The sources are children of `owner`, so deleting it stops them all.
    void start(DirectoryPanel* panel, const DirectorySourceConfig& config, QObject* owner);
    // After the settings changed: a source may ask for its password again.
    void forgetAskedPasswords() { m_asked.clear(); }

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

private:
    void startLdap(DirectoryPanel* panel, const DirectorySourceConfig& config, QObject* owner);
    void askPassword(LdapDirectory* ldap);

    SecretStore* m_secrets;
    CertificateTrust* m_trust;
    QPointer<QWidget> m_window;
    QSet<QString> m_asked; // source ids asked for a bind password this run
};
