// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ProfileProblems.h"

#include "core/conference/ConferenceRooms.h"
#include "core/recording/RecordingFileName.h"
#include "core/recording/RecordingSettings.h"
#include "core/settings/Profile.h"
#include "ui/conference/ConferenceText.h"
#include "ui/recording/RecordingText.h"

#include <QCoreApplication>

QStringList profileProblems(const Profile& p)
{
    QStringList problems;
    if (p.name.isEmpty())
        problems << QCoreApplication::translate("SettingsDialog", "The profile needs a name.");
    if (p.operatorDevice.isEmpty())
        problems << QCoreApplication::translate("SettingsDialog",
            "Choose your phone on the Operator tab: calls you place ring it first, so a phone that "
            "is not yours would ring somebody else's desk.");
    else if (!p.operatorDevice.contains(u'/'))
        problems << QCoreApplication::translate(
            "SettingsDialog", "Your phone must be a device such as PJSIP/1000.");
    for (const ServerConfig& s : p.servers) {
        if (s.host.isEmpty() || s.username.isEmpty())
            problems << QCoreApplication::translate(
                "SettingsDialog", "Server “%1” needs a host and an AMI user.")
                            .arg(s.label());
        else if (const QString invalid = s.validationError(); !invalid.isEmpty())
            problems << invalid;
        if (const auto rooms = ConferenceRooms::check(s.conferenceRooms);
            rooms.problem != ConferenceRooms::Problem::None)
            problems << QCoreApplication::translate("SettingsDialog", "Conferences on “%1”: %2")
                            .arg(s.label(), ConferenceText::roomsProblem(rooms));
    }
    for (const DirectorySourceConfig& d : p.directorySources) {
        if (d.location().isEmpty())
            problems << QCoreApplication::translate(
                "SettingsDialog", "Every directory source needs a server address or a file.");
    }
    for (auto it = p.recording.servers.cbegin(); it != p.recording.servers.cend(); ++it) {
        const ServerConfig* server = p.server(it.key());
        const QString name = server ? server->label() : it.key();
        if (const auto problem = RecordingFileName::check(it->fileTemplate);
            problem != RecordingFileName::Problem::None)
            problems << QCoreApplication::translate("SettingsDialog", "Recording on “%1”: %2")
                            .arg(name, RecordingText::templateProblem(problem));
        if (!RecordingSettings::validOptions(it->options))
            problems << QCoreApplication::translate(
                "SettingsDialog", "Recording on “%1”: the MixMonitor options are not valid.")
                            .arg(name);
    }
    return problems;
}
