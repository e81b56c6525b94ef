// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiConnectionSettings.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

// One AMI peer of a profile, as the user configured it. Holds no secret:
// the secret lives in SecretStore under secretKey(profile).
struct ServerConfig
{
    QString id; // stable, unique within a profile ("main", "branch-b")
    QString displayName;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5038;
    bool tls = false;
    QString username;
    AmiConnectionSettings::AuthMode authMode = AmiConnectionSettings::AuthMode::Md5Challenge;
    AmiConnectionSettings::ProxyMode proxyMode = AmiConnectionSettings::ProxyMode::Auto;
    QByteArray pinnedCertificateSha256; // hex; a fingerprint is public, not a secret
    QString caCertificateFile;
    // The ConfBridge rooms the desk may open for a three-way call ("8510-8519",
    // "8600,8601"): extensions of the originate context that run ConfBridge(${EXTEN}).
    // The demo's dialplan has 8510-8519 (docs/admin.md).
    QString conferenceRooms = QStringLiteral("8510-8519");

    AmiConnectionSettings toConnectionSettings() const;
    // The SecretStore key of this server's AMI secret.
    QString secretKey(const QString& profileName) const;
    // What the status bar and menus call it.
    QString label() const;

    // Empty when the user name can go into an AMI Login (no line break, no
    // NUL), else why not, translated. Checked wherever a server enters:
    // fromUrl(), a profile import, the settings dialog.
    QString validationError() const;

    // Writes/reads the keys of one server in the settings' current group.
    void write(QSettings& settings) const;
    static ServerConfig read(const QSettings& settings);

    // "ami://user@host[:port]" or "amis://user@host[:port]" (default ports
    // 5038 and 5039). A password in the URL is refused: secrets never travel
    // on a command line, where every user of the machine can read them.
    static std::optional<ServerConfig> fromUrl(const QString& url, QString* error = nullptr);

    friend bool operator==(const ServerConfig&, const ServerConfig&) = default;
};
