// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/CallHistory.h"

#include "core/common/Clock.h"
#include "core/history/HistoryWorker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

CallHistory::CallHistory(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new HistoryWorker)
    , m_flushTimer(new QTimer(this))
    , m_purgeTimer(new QTimer(this))
    , m_clock(clock ? clock : Clock::system())
{
    m_thread->setObjectName(QStringLiteral("CallHistory"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &CallHistory::flush);
    m_purgeTimer->setInterval(6 * 3600 * 1000);
    connect(m_purgeTimer, &QTimer::timeout, this, &CallHistory::purgeOld);

    connect(m_worker, &HistoryWorker::opened, this,
        [this](const HistoryDatabase::OpenResult& result, bool persistent) {
            m_open = true;
            m_persistent = persistent;
            Q_EMIT opened(result, persistent);
            Q_EMIT changed();
        });
    connect(m_worker, &HistoryWorker::queried, this, &CallHistory::queried);
    connect(m_worker, &HistoryWorker::writeFailed, this, &CallHistory::writeFailed);
    connect(m_worker, &HistoryWorker::changed, this, [this](int unseenMissed) {
        if (unseenMissed != m_unseenMissed) {
            m_unseenMissed = unseenMissed;
            Q_EMIT unseenMissedChanged(unseenMissed);
        }
        Q_EMIT changed();
    });
}

CallHistory::~CallHistory()
{
    flush();
    // The worker's queue runs in order: after the last write, close and go.
    QMetaObject::invokeMethod(m_worker, &HistoryWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

QString CallHistory::defaultPath(const QString& profileId)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString name = profileId;
    // Readable, but a file name it must stay; the hash of the exact name keeps
    // "a/b" and "a_b" (two profiles) in two files.
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QByteArray hash = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha1).toHex();
    return base + QStringLiteral("/history/") + name.left(40) + u'-' + QString::fromLatin1(hash.left(10))
        + QStringLiteral(".sqlite");
}

void CallHistory::open(const QString& path, int retentionDays)
{
    m_retentionDays = retentionDays;
    const qint64 cutoff = retentionDays > 0 ? m_clock->currentMSecsSinceEpoch() - retentionDays * kDayMs : 0;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path, cutoff] { w->open(path, cutoff); });
    if (retentionDays > 0)
        m_purgeTimer->start();
}

void CallHistory::setRetentionDays(int days)
{
    m_retentionDays = days;
    if (days <= 0) {
        m_purgeTimer->stop();
        return;
    }
    m_purgeTimer->start();
    purgeOld();
}

void CallHistory::purgeOld()
{
    if (m_retentionDays <= 0)
        return;
    const qint64 cutoff = m_clock->currentMSecsSinceEpoch() - m_retentionDays * kDayMs;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, cutoff] { w->purge(cutoff); });
}

void CallHistory::record(const CallRecord& call)
{
    // A call changes many times a second in a flood: only its last state is written.
    const QString key = call.serverId + u'\n' + call.linkedid + u'\n' + call.uniqueid;
    const auto known = m_pendingIndex.constFind(key);
    if (known != m_pendingIndex.cend()) {
        m_pending[*known] = call;
        return;
    }
    m_pendingIndex.insert(key, m_pending.size());
    m_pending.append(call);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void CallHistory::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    m_pendingIndex.clear();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, batch = std::exchange(m_pending, {})] { w->write(batch); });
}

int CallHistory::query(const HistoryQuery& query)
{
    const int ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ticket, query] { w->query(ticket, query); });
    return ticket;
}

void CallHistory::markHandled(const QList<qint64>& ids)
{
    flush();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ids] { w->markHandled(ids); });
}

void CallHistory::clear()
{
    m_pending.clear();
    m_pendingIndex.clear();
    m_flushTimer->stop();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->clear(); });
}

void CallHistory::markSeen()
{
    flush();
    const qint64 now = m_clock->currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, now] { w->setSeenBefore(now + 1); });
}
