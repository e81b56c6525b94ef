// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

// The modal questions for a password the keychain could not give: the AMI
// secret of a server, the bind password of an LDAP directory. Nothing when
// cancelled or left empty.
class SecretPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)
public:
    static std::optional<QString> askAmiSecret(
        QWidget* parent, const QString& server, const QString& user, const QString& why);
    static std::optional<QString> askLdapPassword(QWidget* parent, const QString& url, const QString& bindDn);
};
