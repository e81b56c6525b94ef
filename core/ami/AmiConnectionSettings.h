// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// Where and how to reach one AMI peer. No secret in here: the secret comes
// from SecretStore and is handed to AmiClient::setSecret() only.
struct AmiConnectionSettings
{
    enum class AuthMode
    {
        Md5Challenge, // Challenge + Key = md5(challenge + secret): the secret never crosses the wire
        Plaintext, // Secret: header (only sensible over TLS or loopback)
    };
    enum class ProxyMode
    {
        Auto, // decided from the banner ("Asterisk Call Manager Proxy/…")
        Direct,
        Astmanproxy,
    };

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5038;
    bool tls = false;
    QString username;
    AuthMode authMode = AuthMode::Md5Challenge;
    ProxyMode proxyMode = ProxyMode::Auto;
    // Value of "Events:" in Login: "on", "off" or a class list ("call,agent,user").
    QString eventMask = QStringLiteral("on");

    // TLS: verify the chain and the host name by default. A certificate the
    // user accepted explicitly is pinned by its SHA-256 fingerprint.
    QString caCertificateFile; // extra CA (PEM); empty = system store only
    QByteArray pinnedCertificateSha256; // hex, lower case; empty = none accepted

    int connectTimeoutMs = 10000;
    int actionTimeoutMs = 15000;
    int pingIntervalMs = 20000; // Ping after this much silence
    int pingTimeoutMs = 10000; // no answer to Ping within this = dead peer
    int reconnectMinMs = 1000; // backoff starts here, doubles, with jitter
    int reconnectMaxMs = 60000; // and is capped here
    int stableSessionMs = 60000; // a session that lasted this long resets the backoff
};

Q_DECLARE_METATYPE(AmiConnectionSettings)
