// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/FileDirectory.h"

#include "core/directory/ContactFileWorker.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

FileDirectory::FileDirectory(const QString& id, const QString& path, Format format, QObject* parent)
    : DirectorySource(id, parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_format(format)
{
    qRegisterMetaType<ContactFileRead>();
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &FileDirectory::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileDirectory::handleFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileDirectory::handleDirectoryChanged);

    m_worker = new ContactFileWorker;
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ContactFileWorker::parsing, this, &FileDirectory::handleParsing);
    connect(m_worker, &ContactFileWorker::finished, this, &FileDirectory::handleFinished);
    m_thread.setObjectName(QStringLiteral("contacts-") + id);
    m_thread.start();
}

FileDirectory::~FileDirectory()
{
    // A running parse stops at its next thousand rows.
    m_cancel.store(true);
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void FileDirectory::setLimits(qint64 maxBytes, int maxEntries)
{
    m_maxBytes = maxBytes;
    m_maxEntries = maxEntries;
}

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

FileDirectory::Stamp FileDirectory::currentStamp() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return {};
    return {true, info.size(), info.lastModified(), info.metadataChangeTime()};
}

void FileDirectory::handleFileChanged()
{
    watch();
    m_settle.start();
}

void FileDirectory::handleDirectoryChanged()
{
    watch();
    // Another file of the folder came, went or was renamed: nothing to read
    // unless ours is another file now (created, replaced, removed).
    if (currentStamp() == m_stamp)
        return;
    m_settle.start();
}

void FileDirectory::reload()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_stamp = currentStamp();
    ContactFileRead::Request request;
    request.path = m_path;
    request.sourceId = id();
    request.format = ContactFileRead::Format(int(m_format));
    request.lastHash = m_lastHash;
    request.maxBytes = m_maxBytes;
    request.limits = {m_maxEntries, &m_cancel};
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, request] { worker->read(generation, request); },
        Qt::QueuedConnection);
}

void FileDirectory::handleParsing(quint64 generation)
{
    if (generation == m_generation)
        setLoading(true);
}

void FileDirectory::handleFinished(quint64 generation, const ContactFileRead& read)
{
    if (generation != m_generation)
        return;
    m_reading = false;
    setLoading(false);
    switch (read.status) {
    case ContactFileRead::Status::Unreadable:
        m_lastHash.clear();
        Q_EMIT errorOccurred(id(), Error::FileUnreadable, m_path + QLatin1String(": ") + read.errorText);
        break;
    case ContactFileRead::Status::TooLarge:
    case ContactFileRead::Status::TooManyEntries:
        m_lastHash = read.hash;
        reportLimit(read);
        break;
    case ContactFileRead::Status::Unchanged:
    case ContactFileRead::Status::Cancelled:
        break;
    case ContactFileRead::Status::Parsed:
        m_lastHash = read.hash;
        m_lastParserThread = read.parsedOn;
        m_lineErrors = read.result.errors;
        for (const ContactFileError& e : read.result.errors)
            Q_EMIT errorOccurred(id(), Error::MalformedEntry, m_path + QLatin1String(": ") + e.toString());
        publish(read.result.contacts, false, QDateTime::currentDateTimeUtc());
        break;
    }
    if (m_readAgain) {
        m_readAgain = false;
        reload();
    }
}

void FileDirectory::reportLimit(const ContactFileRead& read)
{
    const QLocale locale;
    const QString why = read.status == ContactFileRead::Status::TooLarge
        ? tr("%1 is larger than the %2 a contact file may have")
              .arg(locale.formattedDataSize(read.size, 1, QLocale::DataSizeSIFormat),
                  locale.formattedDataSize(m_maxBytes, 0, QLocale::DataSizeSIFormat))
        : tr("more than %1 contacts").arg(locale.toString(m_maxEntries));
    Q_EMIT errorOccurred(id(), Error::FileTooLarge,
        m_path + QLatin1String(": ") + why + QLatin1String("; ") + tr("the contacts read before are kept"));
}
