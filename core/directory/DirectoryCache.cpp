// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryCache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

QString DirectoryCache::defaultPath(const QString& sourceId)
{
    QString safe = sourceId;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/directory/")
        + safe + QLatin1String(".json");
}

bool DirectoryCache::save(const QString& path, const QList<Contact>& contacts, const QDateTime& savedAt)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonArray array;
    for (const Contact& c : contacts)
        array.append(c.toJson());
    const QJsonObject root {
        {QStringLiteral("version"), 1},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("contacts"), array},
    };
    // QSaveFile: a crash mid-write never leaves a truncated cache behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<DirectoryCache> DirectoryCache::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        return std::nullopt;
    DirectoryCache cache;
    cache.savedAt = QDateTime::fromString(root.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    const QJsonArray array = root.value(QLatin1String("contacts")).toArray();
    cache.contacts.reserve(array.size());
    for (const auto& v : array) // QJsonValueConstRef: no copy per contact
        cache.contacts.append(Contact::fromJson(v.toObject()));
    return cache;
}
