// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretPrompt.h"

#include <QInputDialog>

std::optional<QString> SecretPrompt::askAmiSecret(
    QWidget* parent, const QString& server, const QString& user, const QString& why)
{
    bool ok = false;
    const QString secret = QInputDialog::getText(parent, tr("AMI secret for %1").arg(server),
        why + u'\n' + tr("Secret for AMI user “%1”:").arg(user), QLineEdit::Password, QString(), &ok);
    if (!ok || secret.isEmpty())
        return std::nullopt;
    return secret;
}

std::optional<QString> SecretPrompt::askLdapPassword(
    QWidget* parent, const QString& url, const QString& bindDn)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Directory password"),
        tr("The directory %1 needs the password of “%2”. It is kept in the system keychain.")
            .arg(url, bindDn),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return std::nullopt;
    return password;
}
