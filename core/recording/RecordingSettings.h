// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/RecordingFileName.h"

#include <QMap>
#include <QString>

class QSettings;

// The profile's [recording] group: per server, where Asterisk's monitor
// folder is reached from this computer (MixMonitor's spool, e.g.
// /var/spool/asterisk/monitor, on this host or a mounted share; empty = no
// recordings browser), the file-name template of recordings started here,
// the MixMonitor options and an optional periodic beep that tells the
// parties they are recorded (MixMonitor B(n)).
struct RecordingSettings
{
    struct Server
    {
        QString monitorDirectory = QStringLiteral("/var/spool/asterisk/monitor");
        QString fileTemplate = QString::fromLatin1(RecordingFileName::DefaultTemplate);
        QString options = QStringLiteral("b"); // record only while bridged
        int beepSeconds = 0; // 0: no beep

        // What goes into MixMonitor's Options: the options with the beep's B(n) (a B(..) typed
        // into the options gives way to the beep setting).
        QString mixMonitorOptions() const;
        friend bool operator==(const Server&, const Server&) = default;
    };

    QMap<QString, Server> servers; // server id → settings; a server not listed has the defaults

    Server forServer(const QString& serverId) const { return servers.value(serverId); }
    // MixMonitor options as Asterisk reads them: option letters, arguments in
    // parentheses, no line breaks or spaces.
    static bool validOptions(const QString& options);

    void write(QSettings& settings) const;
    static RecordingSettings read(QSettings& settings);

    friend bool operator==(const RecordingSettings&, const RecordingSettings&) = default;
};
