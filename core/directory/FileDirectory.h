// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory/ContactFileParser.h"
#include "core/directory/DirectorySource.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QTimer>

// Contacts from a CSV or vCard file, reloaded whenever the file changes,
// including editors' atomic "write a temp file, rename it over" saves.
// A malformed row or card is reported (errorOccurred(MalformedEntry) and
// lineErrors()) and skipped; the rest still loads.
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

    explicit FileDirectory(
        const QString& id, const QString& path, Format format = Format::Auto, QObject* parent = nullptr);
    ~FileDirectory() override;
    Q_DISABLE_COPY_MOVE(FileDirectory)

    QString location() const override { return m_path; }
    void start() override;
    // Reads the file now (synchronously: even 100 k rows parse in well under a second).
    void reload() override;

    QList<ContactFileError> lineErrors() const { return m_lineErrors; }

private:
    void handleFileChanged();
    void handleDirectoryChanged();
    void watch();

    QString m_path;
    Format m_format;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // coalesces the bursts of change signals one save produces
    QByteArray m_lastHash;
    QList<ContactFileError> m_lineErrors;
    bool m_started = false;
};
