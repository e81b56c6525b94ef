// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/CertificateInfo.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class AmiClient;
class CertificatePrompt;
class LdapDirectory;
class Settings;

// Wires "this certificate is not trusted" (AMI over TLS, LDAPS/StartTLS) to
// the CertificatePrompt and applies the answer: nothing for "Do not trust"
// (no connection), a pin in memory for "Trust this time", and the pin also
// saved in the profile for "Trust and remember". Nothing is pinned without
// one of those explicit clicks.
class CertificateTrust final : public QObject
{
    Q_OBJECT
public:
    // settings/profileName: where "remember" saves the pin; a profile that is
    // not saved (--server, the demo) keeps the pin for this session only.
    CertificateTrust(
        Settings* settings, const QString& profileName, QWidget* window, QObject* parent = nullptr);

    void watch(AmiClient* client, const QString& serverId);
    void watch(LdapDirectory* directory);

Q_SIGNALS:
    // A prompt is open (tests answer it through its buttons).
    void promptShown(CertificatePrompt* prompt);

private:
    void ask(const CertificateInfo& info, const std::function<void()>& trust,
        const std::function<void(const QByteArray&)>& remember);
    void rememberServerPin(const QString& serverId, const QByteArray& sha256);
    void rememberDirectoryPin(const QString& sourceId, const QByteArray& sha256);

    Settings* m_settings;
    QString m_profileName;
    QPointer<QWidget> m_window;
};
