// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/CertificateTrust.h"

#include "core/ami/AmiClient.h"
#include "core/directory/LdapDirectory.h"
#include "core/settings/Settings.h"
#include "ui/dialogs/CertificatePrompt.h"

CertificateTrust::CertificateTrust(
    Settings* settings, const QString& profileName, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profileName(profileName)
    , m_window(window)
{ }

void CertificateTrust::watch(AmiClient* client, const QString& serverId)
{
    // Queued: the prompt must not open inside the socket's sslErrors handler.
    connect(
        client, &AmiClient::certificateUntrusted, this,
        [this, client = QPointer<AmiClient>(client), serverId] {
            if (!client)
                return;
            ask(
                client->presentedCertificate(),
                [client] {
                    if (client)
                        client->trustPresentedCertificate();
                },
                [this, serverId](const QByteArray& sha256) { rememberServerPin(serverId, sha256); });
        },
        Qt::QueuedConnection);
}

void CertificateTrust::watch(LdapDirectory* directory)
{
    connect(
        directory, &LdapDirectory::certificateUntrusted, this,
        [this, directory = QPointer<LdapDirectory>(directory)] {
            if (!directory)
                return;
            const QString sourceId = directory->id();
            ask(
                directory->presentedCertificate(),
                [directory] {
                    if (directory)
                        directory->trustPresentedCertificate();
                },
                [this, sourceId](const QByteArray& sha256) { rememberDirectoryPin(sourceId, sha256); });
        },
        Qt::QueuedConnection);
}

void CertificateTrust::ask(const CertificateInfo& info, const std::function<void()>& trust,
    const std::function<void(const QByteArray&)>& remember)
{
    if (info.isNull())
        return;
    auto* prompt = new CertificatePrompt(info, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::finished, this, [prompt, trust, remember] {
        switch (prompt->choice()) {
        case CertificatePrompt::Choice::DoNotTrust:
            return;
        case CertificatePrompt::Choice::TrustAndRemember:
            remember(prompt->info().sha256);
            break;
        case CertificatePrompt::Choice::TrustOnce:
            break;
        }
        trust();
    });
    prompt->open();
    Q_EMIT promptShown(prompt);
}

void CertificateTrust::rememberServerPin(const QString& serverId, const QByteArray& sha256)
{
    std::optional<Profile> p = m_settings ? m_settings->profile(m_profileName) : std::nullopt;
    if (!p)
        return;
    for (ServerConfig& s : p->servers) {
        if (s.id == serverId)
            s.pinnedCertificateSha256 = sha256;
    }
    m_settings->saveProfile(*p);
    m_settings->sync();
}

void CertificateTrust::rememberDirectoryPin(const QString& sourceId, const QByteArray& sha256)
{
    std::optional<Profile> p = m_settings ? m_settings->profile(m_profileName) : std::nullopt;
    if (!p)
        return;
    for (DirectorySourceConfig& d : p->directorySources) {
        if (d.id == sourceId)
            d.ldap.pinnedCertificateSha256 = sha256;
    }
    m_settings->saveProfile(*p);
    m_settings->sync();
}
