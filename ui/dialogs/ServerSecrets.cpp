// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ServerSecrets.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxServer.h"
#include "core/settings/SecretStore.h"
#include "ui/dialogs/SecretPrompt.h"

#include <QWidget>

ServerSecrets::ServerSecrets(
    SecretStore* store, const QString& profileName, bool remember, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_profileName(profileName)
    , m_remember(remember)
    , m_window(window)
{ }

void ServerSecrets::start(PbxServer* server, const ServerConfig& config)
{
    connect(server->client(), &AmiClient::errorOccurred, this,
        [this, server, config](AmiClient::Error error, const QString&) {
            if (error != AmiClient::Error::AuthenticationFailed)
                return;
            server->stop();
            ask(server, config,
                tr("The PBX refused the login for “%1”. Enter the secret again:").arg(config.username));
        });
    readAndStart(server, config);
}

void ServerSecrets::startWith(PbxServer* server, const QString& secret)
{
    server->setSecret(secret);
    server->start();
}

void ServerSecrets::readAndStart(PbxServer* server, const ServerConfig& config)
{
    const QPointer<PbxServer> guard(server);
    m_store->read(config.secretKey(m_profileName), this,
        [this, guard, config](SecretStore::Status status, const QString& secret, const QString& error) {
            if (!guard)
                return;
            if (status == SecretStore::Status::Ok) {
                startWith(guard, secret);
                return;
            }
            QString why;
            if (status == SecretStore::Status::NotFound)
                why = tr("No secret is saved for %1@%2 yet.").arg(config.username, config.host);
            else if (status == SecretStore::Status::KeychainUnavailable)
                why = tr("The system keychain is not available (%1), so the secret cannot be remembered.")
                          .arg(m_store->unavailableReason().isEmpty() ? error : m_store->unavailableReason());
            else
                why = tr("The keychain did not give the secret: %1").arg(error);
            ask(guard, config, why);
        });
}

void ServerSecrets::ask(PbxServer* server, const ServerConfig& config, const QString& why)
{
    const auto secret = SecretPrompt::askAmiSecret(m_window, config.label(), config.username, why);
    if (!secret) {
        Q_EMIT messageShown(tr("Not connected to %1: no secret entered.").arg(config.label()), true);
        return;
    }
    startWith(server, *secret);
    if (m_remember)
        m_store->write(
            config.secretKey(m_profileName), *secret, this, [](SecretStore::Status, const QString&) {});
}
