// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/ServerConfig.h"

#include "core/ami/AmiLogin.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace {

QString authModeName(AmiConnectionSettings::AuthMode mode)
{
    return mode == AmiConnectionSettings::AuthMode::Plaintext ? QStringLiteral("plaintext")
                                                              : QStringLiteral("md5");
}

QString proxyModeName(AmiConnectionSettings::ProxyMode mode)
{
    switch (mode) {
    case AmiConnectionSettings::ProxyMode::Direct:
        return QStringLiteral("direct");
    case AmiConnectionSettings::ProxyMode::Astmanproxy:
        return QStringLiteral("astmanproxy");
    case AmiConnectionSettings::ProxyMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

AmiConnectionSettings::ProxyMode proxyModeFromName(const QString& name)
{
    if (name == QLatin1String("direct"))
        return AmiConnectionSettings::ProxyMode::Direct;
    if (name == QLatin1String("astmanproxy"))
        return AmiConnectionSettings::ProxyMode::Astmanproxy;
    return AmiConnectionSettings::ProxyMode::Auto;
}

} // namespace

AmiConnectionSettings ServerConfig::toConnectionSettings() const
{
    AmiConnectionSettings s;
    s.host = host;
    s.port = port;
    s.tls = tls;
    s.username = username;
    s.authMode = authMode;
    s.proxyMode = proxyMode;
    s.pinnedCertificateSha256 = pinnedCertificateSha256;
    s.caCertificateFile = caCertificateFile;
    return s;
}

QString ServerConfig::secretKey(const QString& profileName) const
{
    return QStringLiteral("ami/") + profileName + u'/' + id;
}

QString ServerConfig::label() const
{
    if (!displayName.isEmpty())
        return displayName;
    return host + u':' + QString::number(port);
}

QString ServerConfig::validationError() const
{
    if (!username.isEmpty() && !AmiLogin::userNameError(username).isEmpty())
        return QCoreApplication::translate("ServerConfig",
            "The AMI user name of %1 contains a line break or a NUL character, which would add lines to "
            "the Login. It was refused.")
            .arg(label());
    return {};
}

void ServerConfig::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("id"), id);
    settings.setValue(QStringLiteral("displayName"), displayName);
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("tls"), tls);
    settings.setValue(QStringLiteral("username"), username);
    settings.setValue(QStringLiteral("authMode"), authModeName(authMode));
    settings.setValue(QStringLiteral("proxyMode"), proxyModeName(proxyMode));
    settings.setValue(
        QStringLiteral("pinnedCertificateSha256"), QString::fromLatin1(pinnedCertificateSha256));
    settings.setValue(QStringLiteral("caCertificateFile"), caCertificateFile);
    settings.setValue(QStringLiteral("conferenceRooms"), conferenceRooms);
}

ServerConfig ServerConfig::read(const QSettings& settings)
{
    ServerConfig c;
    c.id = settings.value(QStringLiteral("id")).toString();
    c.displayName = settings.value(QStringLiteral("displayName")).toString();
    c.host = settings.value(QStringLiteral("host"), c.host).toString();
    const int port = settings.value(QStringLiteral("port"), c.port).toInt();
    c.port = port > 0 && port < 65536 ? quint16(port) : quint16(5038);
    c.tls = settings.value(QStringLiteral("tls"), false).toBool();
    c.username = settings.value(QStringLiteral("username")).toString();
    c.authMode = settings.value(QStringLiteral("authMode")).toString() == QLatin1String("plaintext")
        ? AmiConnectionSettings::AuthMode::Plaintext
        : AmiConnectionSettings::AuthMode::Md5Challenge;
    c.proxyMode = proxyModeFromName(settings.value(QStringLiteral("proxyMode")).toString());
    c.pinnedCertificateSha256
        = settings.value(QStringLiteral("pinnedCertificateSha256")).toString().toLatin1();
    c.caCertificateFile = settings.value(QStringLiteral("caCertificateFile")).toString();
    c.conferenceRooms = settings.value(QStringLiteral("conferenceRooms"), c.conferenceRooms).toString();
    return c;
}

std::optional<ServerConfig> ServerConfig::fromUrl(const QString& text, QString* error)
{
    auto fail = [error](const char* why) {
        if (error)
            *error = QCoreApplication::translate("ServerConfig", why);
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail("Not a server address. Expected ami://user@host:5038 or amis://user@host:5039.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ami") && scheme != QLatin1String("amis"))
        return fail("Unknown scheme. Use ami:// (plain TCP) or amis:// (TLS).");
    if (!url.password().isEmpty())
        return fail("Put no secret in the address: it would be visible to every user of this computer. "
                    "Attendant asks for it and keeps it in the keychain.");
    if (url.userName().isEmpty())
        return fail("The address needs the AMI user name: ami://user@host.");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return fail("The address must not have a path.");

    ServerConfig c;
    c.tls = scheme == QLatin1String("amis");
    c.host = url.host();
    c.port = quint16(url.port(c.tls ? 5039 : 5038));
    c.username = url.userName();
    c.id = QStringLiteral("cli");
    c.displayName = c.host;
    // userName() is percent-decoded: "a%0D%0AAction:%20Command" is a line break.
    if (!c.validationError().isEmpty())
        return fail(QT_TRANSLATE_NOOP("ServerConfig",
            "The user name in the address contains a line break or a NUL character; it was refused."));
    return c;
}
