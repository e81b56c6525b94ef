// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectorySources.h"

#include "core/directory/FileDirectory.h"
#include "core/directory/LdapDirectory.h"
#include "core/settings/SecretStore.h"
#include "ui/dialogs/CertificateTrust.h"
#include "ui/dialogs/SecretPrompt.h"
#include "ui/directory/DirectoryPanel.h"

#include <QWidget>

DirectorySources::DirectorySources(
    SecretStore* secrets, CertificateTrust* trust, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_trust(trust)
    , m_window(window)
{ }

void DirectorySources::start(DirectoryPanel* panel, const DirectorySourceConfig& config, QObject* owner)
{
    if (config.kind == DirectorySourceConfig::Kind::Ldap) {
        startLdap(panel, config, owner);
        return;
    }
    auto* file = new FileDirectory(config.id, config.filePath, FileDirectory::Format::Auto, owner);
    panel->addSource(file);
    file->start();
}

void DirectorySources::startLdap(DirectoryPanel* panel, const DirectorySourceConfig& config, QObject* owner)
{
    auto* ldap = new LdapDirectory(config.ldapSettings(), nullptr, owner);
    panel->addSource(ldap);
    m_trust->watch(ldap);
    // Queued: the password dialog must not open inside the source's own signal.
    connect(
        ldap, &DirectorySource::errorOccurred, this,
        [this, ldap](const QString&, DirectorySource::Error error, const QString&) {
            if (error == DirectorySource::Error::PasswordMissing)
                askPassword(ldap);
        },
        Qt::QueuedConnection);
    ldap->startWithPasswordFrom(m_secrets);
}

void DirectorySources::askPassword(LdapDirectory* ldap)
{
    const LdapSettings settings = ldap->settings();
    // Once per source and run: cancelling means "work from the cache".
    if (m_asked.contains(settings.sourceId))
        return;
    m_asked.insert(settings.sourceId);
    const QPointer<LdapDirectory> guard(ldap);
    const auto password = SecretPrompt::askLdapPassword(m_window, settings.url, settings.bindDn);
    if (!guard)
        return;
    if (!password) {
        Q_EMIT messageShown(tr("Directory %1: no password entered.").arg(settings.url), true);
        return;
    }
    m_secrets->write(
        settings.secretKey(), *password, this, [this, guard](SecretStore::Status, const QString&) {
            if (guard)
                guard->startWithPasswordFrom(m_secrets);
        });
}
