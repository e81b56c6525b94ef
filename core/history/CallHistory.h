// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"
#include "core/history/HistoryDatabase.h"

#include <QHash>
#include <QList>
#include <QObject>

class Clock;
class HistoryWorker;
class QThread;
class QTimer;

// The persistent call history of one profile, on the GUI thread's side.
// Records are batched (one transaction per flush, at most every 250 ms) and
// every SQL statement runs on a worker thread, so an event flood never stalls
// the window. Queries are answered asynchronously by ticket.
class CallHistory final : public QObject
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 250;

    explicit CallHistory(QObject* parent = nullptr, Clock* clock = nullptr);
    // Writes what is pending and waits for the worker.
    ~CallHistory() override;

    // The profile's file (empty: memory only). Calls older than retentionDays
    // (0 = keep all) are purged now and every six hours.
    void open(const QString& path, int retentionDays);
    // One file per profile: <AppDataLocation>/history/<profile name>-<hash of it>.sqlite.
    static QString defaultPath(const QString& profileId);
    // A new retention (the settings changed): older calls go now.
    void setRetentionDays(int days);

    // Adds or completes a record (same server, linkedid and local channel).
    void record(const CallRecord& call);
    void flush();
    int query(const HistoryQuery& query);
    void markHandled(const QList<qint64>& ids);
    void clear();

    // The operator looked at the history: the missed calls so far are seen
    // (they stay unhandled, and bold, until marked handled).
    void markSeen();

    bool isOpen() const { return m_open; }
    bool isPersistent() const { return m_persistent; }
    // Missed calls neither handled nor seen yet: the counter on the tab and in the tray.
    int unseenMissed() const { return m_unseenMissed; }

Q_SIGNALS:
    // How the file was found; persistent = false: this session is kept in memory only.
    void opened(const HistoryDatabase::OpenResult& result, bool persistent);
    void queried(int ticket, const CallRecords& rows);
    // Rows were written, marked, purged or cleared: views ask again.
    void changed();
    void writeFailed(const QString& error);
    void unseenMissedChanged(int count);

private:
    void purgeOld();

    QThread* m_thread;
    HistoryWorker* m_worker;
    QTimer* m_flushTimer;
    QTimer* m_purgeTimer;
    Clock* m_clock;
    CallRecords m_pending;
    QHash<QString, qsizetype> m_pendingIndex; // server, linkedid, uniqueid → m_pending
    int m_retentionDays = 0;
    int m_nextTicket = 0;
    int m_unseenMissed = 0;
    bool m_open = false;
    bool m_persistent = false;
};
