// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/Contact.h"

#include <QDateTime>
#include <optional>

// The last good result of a source, kept on disk so the attendant still finds
// people while the server is down. JSON; holds contacts only, never a secret.
struct DirectoryCache
{
    QList<Contact> contacts;
    QDateTime savedAt;

    // <CacheLocation>/directory/<sourceId>.json
    static QString defaultPath(const QString& sourceId);
    static bool save(const QString& path, const QList<Contact>& contacts, const QDateTime& savedAt);
    static std::optional<DirectoryCache> load(const QString& path);
};
