// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/presence/AvailabilitySettings.h"
#include "core/recording/RecordingSettings.h"
#include "core/settings/BoardGroups.h"
#include "core/settings/DirectorySourceConfig.h"
#include "core/settings/ServerConfig.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// One way of working: which PBX(es), which phone is the operator's, and how
// calls are placed. Several profiles let one person switch between sites.
// Holds no secret.
struct Profile
{
    // How "pick up a ringing extension" is done.
    enum class PickupMethod
    {
        // Redirect the ringing caller's channel to the operator's extension:
        // works without any feature code, shows the caller at once.
        RedirectCaller,
        // Originate the operator's phone into pickupExtenPattern (e.g. "*8%1"
        // for a directed-pickup dialplan): needs that dialplan entry.
        FeatureCode,
    };
    // How a blind transfer is sent.
    enum class BlindTransferMethod
    {
        Redirect, // Redirect of the other party's channel (works on every channel driver)
        BlindTransferAction, // BlindTransfer on the operator's channel (Asterisk ≥ 12; emits BlindTransfer)
    };

    QString name;
    QList<ServerConfig> servers;

    QString operatorDevice = QStringLiteral("PJSIP/1000"); // the operator's phone
    QString operatorExtension = QStringLiteral("1000");
    QString callerIdName = QStringLiteral("Operator");
    QString originateContext = QStringLiteral("phones");
    int originateTimeoutMs = 30000;
    QString dndDevicePattern = QStringLiteral("Custom:DND%1"); // %1 = extension
    QString voicemailExtenPattern = QStringLiteral("*%1"); // %1 = extension
    QString voicemailContext; // empty = originateContext
    QString parkingLot = QStringLiteral("default");
    bool announceParkedSpace = true;
    PickupMethod pickupMethod = PickupMethod::RedirectCaller;
    QString pickupExtenPattern = QStringLiteral("*8%1");
    BlindTransferMethod blindTransferMethod = BlindTransferMethod::Redirect;
    // Write classes the AMI user lacks, as configured by the admin; the rest
    // is learned from "Permission denied" replies.
    QStringList missingWriteClasses;

    BoardGroups groups; // the receptionist's groups and favourites on the board

    QList<DirectorySourceConfig> directorySources; // merged into one directory panel
    VoicemailConfig voicemail;
    AvailabilitySettings availability; // presence, DND, forwarding, switches (issue 14)
    RecordingSettings recording; // per server: monitor folder, file names, MixMonitor options (issue 15)

    // `"Operator" <1000>`, the form the transcripts use.
    QString callerId() const;
    const ServerConfig* server(const QString& id) const;

    void write(QSettings& settings) const;
    static Profile read(QSettings& settings);

    // A profile travels as an ini file, without secrets. Returns an empty
    // string on success, else why it failed.
    QString exportToFile(const QString& path) const;
    static std::optional<Profile> importFromFile(const QString& path, QString* error = nullptr);
};
