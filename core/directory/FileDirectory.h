// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/ContactFileReader.h"
#include "core/directory/DirectorySource.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

#include <atomic>

class ContactFileWorker;

// Contacts from a CSV or vCard file, reloaded whenever the file changes,
// including editors' atomic "write a temp file, rename it over" saves.
// The file is read and parsed on a worker thread. A malformed row or card is
// reported (errorOccurred(MalformedEntry) and lineErrors()) and skipped; the
// rest still loads. A file over the limits (maxBytes, maxEntries) is reported
// (FileTooLarge) and the contacts loaded before are kept.
class FileDirectory final : public DirectorySource
{
    Q_OBJECT
public:
    enum class Format
    {
        Auto, // vCard for .vcf/.vcard or a file starting with BEGIN:VCARD, else CSV
        Csv,
        VCard,
    };
    Q_ENUM(Format)

    static constexpr qint64 DefaultMaxBytes = 50 * 1000 * 1000;
    static constexpr int DefaultMaxEntries = 200'000;

    explicit FileDirectory(
        const QString& id, const QString& path, Format format = Format::Auto, QObject* parent = nullptr);
    ~FileDirectory() override;
    Q_DISABLE_COPY_MOVE(FileDirectory)

    QString location() const override { return m_path; }
    void start() override;
    // Reads the file again on the worker thread; results arrive by signal.
    void reload() override;

    void setLimits(qint64 maxBytes, int maxEntries);
    QList<ContactFileError> lineErrors() const { return m_lineErrors; }
    // The thread that parsed the file last (never this object's): for diagnostics.
    const QThread* lastParserThread() const { return m_lastParserThread; }

private:
    struct Stamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QDateTime changed;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };
    Stamp currentStamp() const;
    void handleFileChanged();
    void handleDirectoryChanged();
    void handleParsing(quint64 generation);
    void handleFinished(quint64 generation, const ContactFileRead& read);
    void reportLimit(const ContactFileRead& read);
    void watch();

    QString m_path;
    Format m_format;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // coalesces the bursts of change signals one save produces
    QThread m_thread;
    ContactFileWorker* m_worker = nullptr;
    std::atomic_bool m_cancel {false};
    quint64 m_generation = 0;
    bool m_reading = false;
    bool m_readAgain = false; // a change arrived while a read was under way
    qint64 m_maxBytes = DefaultMaxBytes;
    int m_maxEntries = DefaultMaxEntries;
    Stamp m_stamp; // the file as the last read found it
    QByteArray m_lastHash;
    QList<ContactFileError> m_lineErrors;
    const QThread* m_lastParserThread = nullptr;
    bool m_started = false;
};
