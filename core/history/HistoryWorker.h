// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"
#include "core/history/HistoryDatabase.h"

#include <QObject>

// CallHistory's thread: owns the HistoryDatabase and does every SQL
// statement, so a slow disk never stalls the window. Slots are called by
// queued connection; answers go back by signal.
class HistoryWorker final : public QObject
{
    Q_OBJECT
public:
    explicit HistoryWorker(QObject* parent = nullptr);

public Q_SLOTS:
    // Opens the file (or, when that is refused, a history in memory), closes
    // calls left in progress, purges calls older than the cutoff.
    void open(const QString& path, qint64 purgeBeforeMs);
    void write(const CallRecords& records);
    void query(int ticket, const HistoryQuery& query);
    void markHandled(const QList<qint64>& ids);
    void purge(qint64 beforeMs);
    void clear();
    void close();
    // Missed calls before this the operator has seen: the count leaves them out.
    void setSeenBefore(qint64 ms);

Q_SIGNALS:
    void opened(const HistoryDatabase::OpenResult& result, bool persistent);
    void written(const CallRecords& records);
    void writeFailed(const QString& error);
    void queried(int ticket, const CallRecords& rows);
    void changed(int unseenMissed);

private:
    HistoryDatabase m_db;
    // A batch the disk refused (full, read-only): kept and written with the next one.
    CallRecords m_unsaved;
    qint64 m_seenBeforeMs = 0;
};
