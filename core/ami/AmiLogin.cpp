// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiLogin.h"

#include <QCryptographicHash>

AmiRequest AmiLogin::challenge()
{
    AmiRequest r("Challenge");
    r.set("AuthType", QStringLiteral("MD5"));
    return r;
}

AmiRequest AmiLogin::login(
    const AmiConnectionSettings& settings, const QString& secret, QByteArrayView challenge, bool proxy)
{
    // Same header order as Asterisk's own tools and the recorded sessions.
    AmiRequest r("Login");
    if (settings.authMode == AmiConnectionSettings::AuthMode::Md5Challenge) {
        r.set("AuthType", QStringLiteral("MD5"));
        r.set("Username", settings.username);
        QCryptographicHash md5(QCryptographicHash::Md5);
        md5.addData(challenge);
        md5.addData(secret.toUtf8());
        r.set("Key", QString::fromLatin1(md5.result().toHex()));
    } else {
        r.set("Username", settings.username);
        r.set("Secret", secret);
    }
    if (!proxy && !settings.eventMask.isEmpty())
        r.set("Events", settings.eventMask);
    return r;
}

QString AmiLogin::validationError(const AmiConnectionSettings& settings, const QString& secret)
{
    if (settings.username.isEmpty())
        return QStringLiteral("empty user name");
    // A Login with every optional header present, so each field is checked
    // whatever the mode; the MD5 key is hex and cannot carry anything.
    AmiConnectionSettings all = settings;
    all.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    return login(all, secret, {}, false).validationError();
}

QString AmiLogin::userNameError(const QString& userName)
{
    AmiConnectionSettings s;
    s.username = userName;
    s.eventMask.clear();
    return validationError(s, QString());
}
