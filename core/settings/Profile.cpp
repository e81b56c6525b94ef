// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <algorithm>

namespace {

// More servers or directory sources than any office has. A hand-edited or
// damaged file may claim any size (fuzz_profile_import: "directory\size=60604"
// made 60,604 empty sources, 2 GB on export): read at most this many, and
// only the entries that are there.
constexpr int MaxArrayEntries = 256;

template <typename T>
QList<T> readArray(QSettings& settings, const QString& name)
{
    QList<T> entries;
    const int n = std::min(settings.beginReadArray(name), MaxArrayEntries);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        if (!settings.childKeys().isEmpty() || !settings.childGroups().isEmpty())
            entries.append(T::read(settings));
    }
    settings.endArray();
    return entries;
}

} // namespace

QString Profile::callerId() const
{
    if (callerIdName.isEmpty())
        return u'<' + operatorExtension + u'>';
    return u'"' + callerIdName + QStringLiteral("\" <") + operatorExtension + u'>';
}

const ServerConfig* Profile::server(const QString& id) const
{
    for (const ServerConfig& s : servers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void Profile::write(QSettings& settings) const
{
    settings.setValue(QStringLiteral("name"), name);
    settings.setValue(QStringLiteral("operatorDevice"), operatorDevice);
    settings.setValue(QStringLiteral("operatorExtension"), operatorExtension);
    settings.setValue(QStringLiteral("callerIdName"), callerIdName);
    settings.setValue(QStringLiteral("originateContext"), originateContext);
    settings.setValue(QStringLiteral("originateTimeoutMs"), originateTimeoutMs);
    settings.setValue(QStringLiteral("dndDevicePattern"), dndDevicePattern);
    settings.setValue(QStringLiteral("voicemailExtenPattern"), voicemailExtenPattern);
    settings.setValue(QStringLiteral("voicemailContext"), voicemailContext);
    settings.setValue(QStringLiteral("parkingLot"), parkingLot);
    settings.setValue(QStringLiteral("announceParkedSpace"), announceParkedSpace);
    settings.setValue(QStringLiteral("pickupMethod"),
        pickupMethod == PickupMethod::FeatureCode ? QStringLiteral("featureCode")
                                                  : QStringLiteral("redirect"));
    settings.setValue(QStringLiteral("pickupExtenPattern"), pickupExtenPattern);
    settings.setValue(QStringLiteral("blindTransferMethod"),
        blindTransferMethod == BlindTransferMethod::BlindTransferAction ? QStringLiteral("blindTransfer")
                                                                        : QStringLiteral("redirect"));
    settings.setValue(QStringLiteral("missingWriteClasses"), missingWriteClasses);
    groups.write(settings);

    settings.remove(QStringLiteral("servers"));
    settings.beginWriteArray(QStringLiteral("servers"), int(servers.size()));
    for (int i = 0; i < servers.size(); ++i) {
        settings.setArrayIndex(i);
        servers.at(i).write(settings);
    }
    settings.endArray();

    settings.remove(QStringLiteral("directory"));
    settings.beginWriteArray(QStringLiteral("directory"), int(directorySources.size()));
    for (int i = 0; i < directorySources.size(); ++i) {
        settings.setArrayIndex(i);
        directorySources.at(i).write(settings);
    }
    settings.endArray();

    settings.beginGroup(QStringLiteral("voicemail"));
    voicemail.write(settings);
    settings.endGroup();
    availability.write(settings);
    recording.write(settings);
}

Profile Profile::read(QSettings& settings)
{
    Profile p;
    p.name = settings.value(QStringLiteral("name")).toString();
    p.operatorDevice = settings.value(QStringLiteral("operatorDevice"), p.operatorDevice).toString();
    p.operatorExtension = settings.value(QStringLiteral("operatorExtension"), p.operatorExtension).toString();
    p.callerIdName = settings.value(QStringLiteral("callerIdName"), p.callerIdName).toString();
    p.originateContext = settings.value(QStringLiteral("originateContext"), p.originateContext).toString();
    p.originateTimeoutMs = settings.value(QStringLiteral("originateTimeoutMs"), p.originateTimeoutMs).toInt();
    p.dndDevicePattern = settings.value(QStringLiteral("dndDevicePattern"), p.dndDevicePattern).toString();
    p.voicemailExtenPattern
        = settings.value(QStringLiteral("voicemailExtenPattern"), p.voicemailExtenPattern).toString();
    p.voicemailContext = settings.value(QStringLiteral("voicemailContext")).toString();
    p.parkingLot = settings.value(QStringLiteral("parkingLot"), p.parkingLot).toString();
    p.announceParkedSpace = settings.value(QStringLiteral("announceParkedSpace"), true).toBool();
    p.pickupMethod = settings.value(QStringLiteral("pickupMethod")).toString() == QLatin1String("featureCode")
        ? PickupMethod::FeatureCode
        : PickupMethod::RedirectCaller;
    p.pickupExtenPattern
        = settings.value(QStringLiteral("pickupExtenPattern"), p.pickupExtenPattern).toString();
    p.blindTransferMethod
        = settings.value(QStringLiteral("blindTransferMethod")).toString() == QLatin1String("blindTransfer")
        ? BlindTransferMethod::BlindTransferAction
        : BlindTransferMethod::Redirect;
    p.missingWriteClasses = settings.value(QStringLiteral("missingWriteClasses")).toStringList();
    p.groups = BoardGroups::read(settings);

    p.servers = readArray<ServerConfig>(settings, QStringLiteral("servers"));
    p.directorySources = readArray<DirectorySourceConfig>(settings, QStringLiteral("directory"));

    settings.beginGroup(QStringLiteral("voicemail"));
    p.voicemail = VoicemailConfig::read(settings);
    settings.endGroup();
    p.availability = AvailabilitySettings::read(settings);
    p.recording = RecordingSettings::read(settings);
    return p;
}

QString Profile::exportToFile(const QString& path) const
{
    QFile::remove(path);
    QSettings out(path, QSettings::IniFormat);
    out.beginGroup(QStringLiteral("profile"));
    write(out);
    out.endGroup();
    out.sync();
    if (out.status() != QSettings::NoError)
        return QCoreApplication::translate("Profile", "Could not write %1.").arg(path);
    return {};
}

std::optional<Profile> Profile::importFromFile(const QString& path, QString* error)
{
    if (!QFile::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("Profile", "%1 does not exist.").arg(path);
        return std::nullopt;
    }
    QSettings in(path, QSettings::IniFormat);
    if (in.status() != QSettings::NoError || !in.childGroups().contains(QStringLiteral("profile"))) {
        if (error)
            *error = QCoreApplication::translate("Profile", "%1 is not an Attendant profile.").arg(path);
        return std::nullopt;
    }
    in.beginGroup(QStringLiteral("profile"));
    // read() only knows the typed keys, so a "secret" someone typed into the
    // file by hand is never carried over into our settings.
    Profile p = read(in);
    in.endGroup();
    if (p.name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Profile", "The profile in %1 has no name.").arg(path);
        return std::nullopt;
    }
    for (const ServerConfig& s : std::as_const(p.servers)) {
        if (const QString invalid = s.validationError(); !invalid.isEmpty()) {
            if (error)
                *error = invalid;
            return std::nullopt;
        }
    }
    return p;
}
