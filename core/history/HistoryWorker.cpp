// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryWorker.h"

HistoryWorker::HistoryWorker(QObject* parent)
    : QObject(parent)
{ }

void HistoryWorker::open(const QString& path, qint64 purgeBeforeMs)
{
    HistoryDatabase::OpenResult result = path.isEmpty() ? m_db.openInMemory() : m_db.open(path);
    bool persistent = m_db.isOpen() && !path.isEmpty();
    if (!m_db.isOpen()) {
        // Refused, locked or unwritable: this session's calls are kept in memory.
        m_db.openInMemory();
        persistent = false;
    }
    m_db.closeUnfinished();
    if (purgeBeforeMs > 0)
        m_db.purgeBefore(purgeBeforeMs);
    Q_EMIT opened(result, persistent);
    Q_EMIT changed(m_db.unhandledMissedCount(m_seenBeforeMs));
}

void HistoryWorker::write(const CallRecords& records)
{
    CallRecords batch = m_unsaved + records;
    if (!m_db.write(batch)) {
        m_unsaved = batch;
        Q_EMIT writeFailed(m_db.lastError());
        return;
    }
    m_unsaved.clear();
    Q_EMIT written(batch);
    Q_EMIT changed(m_db.unhandledMissedCount(m_seenBeforeMs));
}

void HistoryWorker::query(int ticket, const HistoryQuery& query)
{
    Q_EMIT queried(ticket, m_db.query(query));
}

void HistoryWorker::markHandled(const QList<qint64>& ids)
{
    if (!m_db.markHandled(ids))
        Q_EMIT writeFailed(m_db.lastError());
    Q_EMIT changed(m_db.unhandledMissedCount(m_seenBeforeMs));
}

void HistoryWorker::purge(qint64 beforeMs)
{
    if (m_db.purgeBefore(beforeMs) > 0)
        Q_EMIT changed(m_db.unhandledMissedCount(m_seenBeforeMs));
}

void HistoryWorker::clear()
{
    if (!m_db.clear())
        Q_EMIT writeFailed(m_db.lastError());
    m_unsaved.clear();
    Q_EMIT changed(m_db.unhandledMissedCount(m_seenBeforeMs));
}

void HistoryWorker::close()
{
    m_db.close();
}

void HistoryWorker::setSeenBefore(qint64 ms)
{
    m_seenBeforeMs = ms;
    Q_EMIT changed(m_db.unhandledMissedCount(m_seenBeforeMs));
}
