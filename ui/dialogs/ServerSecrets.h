// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/ServerConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

class PbxServer;
class QWidget;
class SecretStore;

// Each server's AMI secret: from the keychain, else asked for (saying why the
// keychain could not give it), and asked again when the PBX refuses the
// login, which retrying with the same secret would not change. Secrets of a
// temporary profile (--server) are not saved.
class ServerSecrets final : public QObject
{
    Q_OBJECT
public:
    // `profileName`: the secrets' keys are per profile; `window`: the prompts' parent.
    ServerSecrets(SecretStore* store, const QString& profileName, bool remember, QWidget* window,
        QObject* parent = nullptr);

    // Starts `server` once its secret is known; asks again after a refused login.
    void start(PbxServer* server, const ServerConfig& config);
    // Starts `server` with a fixed secret (the demo); a refused login is not asked about.
    static void startWith(PbxServer* server, const QString& secret);

Q_SIGNALS:
    void messageShown(const QString& text, bool error);

private:
    void readAndStart(PbxServer* server, const ServerConfig& config);
    void ask(PbxServer* server, const ServerConfig& config, const QString& why);

    SecretStore* m_store;
    QString m_profileName;
    bool m_remember;
    QPointer<QWidget> m_window;
};
