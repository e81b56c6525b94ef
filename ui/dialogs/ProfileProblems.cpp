// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ProfileProblems.h"

#include "core/settings/Profile.h"

#include <QCoreApplication>

QStringList profileProblems(const Profile& p)
{
    QStringList problems;
    if (p.name.isEmpty())
        problems << QCoreApplication::translate("SettingsDialog", "The profile needs a name.");
    if (p.operatorDevice.isEmpty() || !p.operatorDevice.contains(u'/'))
        problems << QCoreApplication::translate(
            "SettingsDialog", "Your phone must be a device such as PJSIP/1000.");
    for (const ServerConfig& s : p.servers) {
        if (s.host.isEmpty() || s.username.isEmpty())
            problems << QCoreApplication::translate(
                "SettingsDialog", "Server “%1” needs a host and an AMI user.")
                            .arg(s.label());
        else if (const QString invalid = s.validationError(); !invalid.isEmpty())
            problems << invalid;
    }
    for (const DirectorySourceConfig& d : p.directorySources) {
        if (d.location().isEmpty())
            problems << QCoreApplication::translate(
                "SettingsDialog", "Every directory source needs a server address or a file.");
    }
    return problems;
}
