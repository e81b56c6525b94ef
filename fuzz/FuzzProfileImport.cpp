// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the profile import (Profile::importFromFile): an ini
// file someone mailed to the receptionist.
//
// Properties: what imports exports again and imports again, and the second
// export is the same bytes as the first (nothing drifts, nothing is lost on
// the way); and no secret travels: secret-looking keys are added to the
// file (a password typed in by hand, at the top level and in the first server and
// directory entries), and the exported file never contains their value.
#include "FuzzCheck.h"
#include "FuzzTempDir.h"

#include "core/settings/Profile.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

constexpr QByteArrayView Marker = "FuzzSecret9d2c71";

// Keys that people use for a secret, where a profile has entries. They go
// before the input: a quote the input leaves open would swallow lines after it.
QByteArray secretLines()
{
    QByteArray lines = "[profile]\n";
    for (const char* key : {"secret", "password", "bindPassword", "Secret", "key", "amiSecret"}) {
        for (const char* group :
            {"", "servers\\1\\", "servers\\2\\", "directory\\1\\", "directory\\2\\", "voicemail\\"}) {
            lines += QByteArray(group) + key + '=' + Marker + '\n';
        }
    }
    return lines + '\n';
}

QByteArray exportOf(FuzzTempDir& dir, const Profile& profile)
{
    const QString path = dir.newPath(QStringLiteral(".ini"));
    FUZZ_CHECK(profile.exportToFile(path).isEmpty());
    QByteArray written = FuzzTempDir::read(path);
    QFile::remove(path);
    return written;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_profile_import";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QSettings' ini codec needs one
    static FuzzTempDir dir;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (input.contains(Marker))
        return 0; // the marker must come from the added keys only
    static const QByteArray secrets = secretLines();
    const QString path = dir.write(secrets + input, QStringLiteral(".ini"));
    const std::optional<Profile> imported = Profile::importFromFile(path);
    QFile::remove(path);
    if (!imported)
        return 0;

    const QByteArray first = exportOf(dir, *imported);
    FUZZ_CHECK(!first.contains(Marker));
    const QString again = dir.write(first, QStringLiteral(".ini"));
    QString error;
    const std::optional<Profile> reimported = Profile::importFromFile(again, &error);
    QFile::remove(again);
    FUZZ_CHECK(reimported.has_value());
    FUZZ_CHECK(reimported->servers == imported->servers);
    FUZZ_CHECK(exportOf(dir, *reimported) == first);
    return 0;
}
