// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"

#include <QString>

class QSqlQuery;

// The call history file of one profile: SQLite through Qt SQL (QSQLITE), WAL
// journal, mode 0600, schema version with forward migrations. Not a QObject and
// not thread-safe: one thread (CallHistory's worker) opens and uses it.
//
// A file that is not a history (garbage, a foreign SQLite file, a damaged first
// page) is moved aside, never deleted, and a new one is created. A file from a
// newer Attendant is left alone and refused. A locked file is left alone too.
class HistoryDatabase final
{
public:
    enum class Status
    {
        Opened, // an existing history
        Created, // a new, empty file
        Migrated, // an older history, brought up to date
        MovedAside, // the file was not a usable history: kept as movedTo, a new one created
        TooNew, // written by a newer Attendant (foundVersion): refused, untouched
        Locked, // another program holds it
        Failed, // cannot be created or opened (read-only or full disk, no such folder…)
        InMemory, // no file: kept for this session only
    };

    struct OpenResult
    {
        Status status = Status::Failed;
        QString movedTo; // MovedAside: where the old file is now
        QString error; // the driver's words, for Locked and Failed
        int foundVersion = 0;
    };

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    OpenResult open(const QString& path);
    OpenResult openInMemory();
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Inserts or completes the records (same key = same row) in one
    // transaction; sets their ids. False if nothing was written (lastError()).
    bool write(CallRecords& records);
    CallRecords query(const HistoryQuery& query) const;
    // Missed calls not marked handled (that started at or after sinceMs).
    int unhandledMissedCount(qint64 sinceMs = 0) const;
    // Marks these rows (all unhandled missed calls for an empty list) handled.
    bool markHandled(const QList<qint64>& ids);
    // Calls still in progress in the file: Attendant was not there when they
    // ended. They become UnknownEnd (a resync may complete them again).
    int closeUnfinished();
    // Retention: drops calls that started before cutoffMs; how many.
    int purgeBefore(qint64 cutoffMs);
    bool clear();
    qint64 count() const;
    // Whether searches of three characters or more use the FTS5 trigram index
    // (false when the driver's SQLite has none: they scan, as before).
    bool isSearchIndexed() const { return m_searchIndexed; }
    QString lastError() const { return m_lastError; }

private:
    OpenResult openFile(const QString& path);
    OpenResult prepare(bool fresh);
    bool openConnection(const QString& file);
    bool isForeign(QString* error) const;
    QString moveAside(const QString& path) const;
    bool fail(const QSqlQuery& q) const;
    QString searchCondition(const QString& text, bool* nothing) const;

    QString m_connection;
    QString m_path;
    mutable QString m_lastError;
    bool m_searchIndexed = false;
};
