// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/FileDirectory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

FileDirectory::FileDirectory(const QString& id, const QString& path, Format format, QObject* parent)
    : DirectorySource(id, parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_format(format)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &FileDirectory::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileDirectory::handleFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileDirectory::handleDirectoryChanged);
}

FileDirectory::~FileDirectory() = default;

void FileDirectory::start()
{
    if (m_started)
        return;
    m_started = true;
    watch();
    reload();
}

void FileDirectory::watch()
{
    // The directory too: an atomic save replaces the file, and the watch on
    // the old inode dies with it.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void FileDirectory::handleFileChanged()
{
    watch();
    m_settle.start();
}

void FileDirectory::handleDirectoryChanged()
{
    watch();
    m_settle.start();
}

void FileDirectory::reload()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastHash.clear();
        Q_EMIT errorOccurred(id(), Error::FileUnreadable, m_path + QLatin1String(": ") + file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    if (hash == m_lastHash)
        return; // a change elsewhere in the directory
    m_lastHash = hash;

    setLoading(true);
    const QString text = decodeContactFile(bytes);
    Format format = m_format;
    if (format == Format::Auto) {
        const bool vcard = m_path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)
            || m_path.endsWith(QLatin1String(".vcard"), Qt::CaseInsensitive)
            || text.left(64).trimmed().startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
        format = vcard ? Format::VCard : Format::Csv;
    }
    const ContactFileResult result
        = format == Format::VCard ? parseVCardContacts(text, id()) : parseCsvContacts(text, id());
    m_lineErrors = result.errors;
    setLoading(false);
    for (const ContactFileError& e : result.errors)
        Q_EMIT errorOccurred(id(), Error::MalformedEntry, m_path + QLatin1String(": ") + e.toString());
    publish(result.contacts, false, QDateTime::currentDateTimeUtc());
}
