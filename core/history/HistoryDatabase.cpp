// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"

#include "core/history/HistorySchema.h"
#include "core/history/HistorySearchIndex.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr char kColumns[]
    = "id, server_id, linkedid, uniqueid, direction, outcome, local_number, local_name,"
      " remote_number, remote_name, detail, queue, start_ms, answer_ms, end_ms, handled,"
      " confirmed";

// Primary result codes (the driver reports extended ones as numbers too).
enum SqliteCode
{
    Busy = 5,
    LockedCode = 6,
    Corrupt = 11,
    NotADatabase = 26,
};

int sqliteCode(const QSqlError& e)
{
    return e.nativeErrorCode().toInt() & 0xff;
}

bool hasSqliteHeader(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString missedOutcomes()
{
    using O = CallRecord::Outcome;
    return QStringLiteral("(%1, %2, %3)").arg(int(O::Missed)).arg(int(O::Busy)).arg(int(O::Voicemail));
}

CallRecord fromRow(const QSqlQuery& q)
{
    CallRecord r;
    r.id = q.value(0).toLongLong();
    r.serverId = q.value(1).toString();
    r.linkedid = q.value(2).toString();
    r.uniqueid = q.value(3).toString();
    r.direction = CallRecord::Direction(q.value(4).toInt());
    r.outcome = CallRecord::Outcome(q.value(5).toInt());
    r.localNumber = q.value(6).toString();
    r.localName = q.value(7).toString();
    r.remoteNumber = q.value(8).toString();
    r.remoteName = q.value(9).toString();
    r.detail = q.value(10).toString();
    r.queue = q.value(11).toString();
    r.startMs = q.value(12).toLongLong();
    r.answerMs = q.value(13).toLongLong();
    r.endMs = q.value(14).toLongLong();
    r.handled = q.value(15).toBool();
    r.confirmed = q.value(16).toBool();
    return r;
}

// An empty QString binds as NULL; the columns are NOT NULL ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

HistoryDatabase::HistoryDatabase()
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("attendant-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    m_searchIndexed = false;
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

HistoryDatabase::OpenResult HistoryDatabase::open(const QString& path)
{
    OpenResult r = openFile(path);
    if (r.status != Status::MovedAside)
        return r;
    // Not a history: keep the file aside (nothing is deleted) and start a new one.
    close();
    r.movedTo = moveAside(path);
    if (r.movedTo.isEmpty())
        return {Status::Failed, {}, m_lastError, 0};
    const OpenResult again = openFile(path);
    if (again.status != Status::Created)
        return again;
    return r;
}

HistoryDatabase::OpenResult HistoryDatabase::openInMemory()
{
    close();
    if (!openConnection(QStringLiteral(":memory:")))
        return {Status::Failed, {}, m_lastError, 0};
    OpenResult r = prepare(true);
    if (r.status == Status::Created)
        r.status = Status::InMemory;
    return r;
}

HistoryDatabase::OpenResult HistoryDatabase::openFile(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return {Status::Failed, {}, QStringLiteral("cannot create %1").arg(info.absolutePath()), 0};
    const bool fresh = !info.exists() || info.size() == 0;
    if (!fresh && !hasSqliteHeader(path))
        return {Status::MovedAside, {}, {}, 0};
    QFile file(path);
    if (fresh && !file.open(QIODevice::WriteOnly))
        return {Status::Failed, {}, file.errorString(), 0};
    file.close();
    // The history says who called whom: the owner's alone (SQLite gives -wal and -shm the same mode).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!openConnection(path))
        return {Status::Failed, {}, m_lastError, 0};
    m_path = path;
    OpenResult r = prepare(fresh);
    if (r.status == Status::MovedAside || r.status == Status::TooNew || r.status == Status::Locked
        || r.status == Status::Failed)
        close();
    return r;
}

bool HistoryDatabase::openConnection(const QString& file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (db.open())
        return true;
    m_lastError = db.lastError().text();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    return false;
}

HistoryDatabase::OpenResult HistoryDatabase::prepare(bool fresh)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The first read of the file: a damaged or foreign one shows here, before
    // anything (WAL mode included) is written into it.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const int code = sqliteCode(q.lastError());
        if (code == Corrupt || code == NotADatabase)
            return {Status::MovedAside, {}, q.lastError().text(), 0};
        const Status s = code == Busy || code == LockedCode ? Status::Locked : Status::Failed;
        return {s, {}, q.lastError().text(), 0};
    }
    const int version = q.value(0).toInt();
    QString error;
    if (isForeign(&error))
        return {Status::MovedAside, {}, error, version};
    if (version > HistorySchema::Version)
        return {Status::TooNew, {}, {}, version};
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const int code = sqliteCode(q.lastError());
        const Status s = code == Busy || code == LockedCode ? Status::Locked : Status::Failed;
        return {s, {}, q.lastError().text(), version};
    }
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!HistorySchema::migrate(db, version, &error))
        return {Status::Failed, {}, error, version};
    // Without the index the history still works: searches scan.
    m_searchIndexed = HistorySearchIndex::prepare(db, &error);
    if (fresh)
        return {Status::Created, {}, {}, 0};
    return {version < HistorySchema::Version ? Status::Migrated : Status::Opened, {}, {}, version};
}

bool HistoryDatabase::isForeign(QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *error = q.lastError().text();
        return true;
    }
    const int id = q.value(0).toInt();
    if (id == HistorySchema::ApplicationId)
        return false;
    if (id != 0)
        return true;
    // No mark: only an empty file is ours to fill.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        *error = q.lastError().text();
        return true;
    }
    return q.value(0).toInt() > 0;
}

QString HistoryDatabase::moveAside(const QString& path) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target)) {
        m_lastError = QStringLiteral("cannot move %1 aside").arg(path);
        return {};
    }
    // The journal belongs to the broken file: it goes with it.
    for (const char* suffix : {"-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), target + QLatin1String(suffix));
    }
    return target;
}

bool HistoryDatabase::fail(const QSqlQuery& q) const
{
    m_lastError = q.lastError().text();
    return false;
}

bool HistoryDatabase::write(CallRecords& records)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction()) {
        m_lastError = db.isOpen() ? db.lastError().text() : QStringLiteral("not open");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO calls (server_id, linkedid, uniqueid, direction, outcome, local_number, local_name,"
        " remote_number, remote_name, detail, queue, start_ms, answer_ms, end_ms, confirmed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (server_id, linkedid, uniqueid) DO UPDATE SET local_number = excluded.local_number,"
        " direction = excluded.direction, outcome = excluded.outcome, local_name = excluded.local_name,"
        " remote_number = excluded.remote_number, remote_name = excluded.remote_name,"
        " detail = excluded.detail, queue = excluded.queue, answer_ms = excluded.answer_ms,"
        " end_ms = excluded.end_ms, confirmed = max(confirmed, excluded.confirmed),"
        " start_ms = min(start_ms, excluded.start_ms)"
        " RETURNING id"));
    for (CallRecord& r : records) {
        const QVariantList values {text(r.serverId), text(r.linkedid), text(r.uniqueid), int(r.direction),
            int(r.outcome), text(r.localNumber), text(r.localName), text(r.remoteNumber), text(r.remoteName),
            text(r.detail), text(r.queue), r.startMs, r.answerMs, r.endMs, int(r.confirmed)};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec() || !q.next()) {
            fail(q);
            db.rollback();
            return false;
        }
        r.id = q.value(0).toLongLong();
        q.finish();
    }
    if (db.commit())
        return true;
    m_lastError = db.lastError().text();
    db.rollback();
    return false;
}

CallRecords HistoryDatabase::query(const HistoryQuery& query) const
{
    QStringList where;
    switch (query.filter) {
    case HistoryQuery::Filter::All:
        break;
    case HistoryQuery::Filter::Missed:
        where << QStringLiteral("direction = 0 AND outcome IN ") + missedOutcomes();
        break;
    case HistoryQuery::Filter::Incoming:
        where << QStringLiteral("direction = 0");
        break;
    case HistoryQuery::Filter::Outgoing:
        where << QStringLiteral("direction = 1");
        break;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        bool nothing = false;
        where << searchCondition(text, &nothing);
        if (nothing)
            return {};
    }
    QString sql = QStringLiteral("SELECT %1 FROM calls").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY start_ms DESC, id DESC LIMIT %1").arg(qMax(1, query.limit));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!text.isEmpty())
        q.bindValue(QStringLiteral(":t"), likePattern(text));
    CallRecords rows;
    if (!q.exec()) {
        fail(q);
        return rows;
    }
    while (q.next())
        rows.append(fromRow(q));
    return rows;
}

// The search's WHERE term. With the index, the few calls that can match are
// named by id and checked with LIKE (so both ways find exactly the same calls);
// *nothing when the index knows none can. Without it, or when so many calls may
// match that the newest-first scan stops sooner, LIKE alone. Comes after the
// filter's terms, which are cheaper to check.
QString HistoryDatabase::searchCondition(const QString& text, bool* nothing) const
{
    const QString like
        = QStringLiteral("(remote_number LIKE :t ESCAPE '\\' OR remote_name LIKE :t ESCAPE '\\'"
                         " OR local_number LIKE :t ESCAPE '\\' OR local_name LIKE :t ESCAPE '\\'"
                         " OR detail LIKE :t ESCAPE '\\')");
    if (!m_searchIndexed)
        return like;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const std::optional<QList<qint64>> ids = HistorySearchIndex::candidates(db, text);
    if (!ids)
        return like;
    if (ids->isEmpty()) {
        *nothing = true;
        return like;
    }
    QStringList list;
    list.reserve(ids->size());
    for (qint64 id : *ids)
        list << QString::number(id);
    // Our own integers, inline: a bound list of thousands would be slower.
    return QStringLiteral("id IN (%1) AND ").arg(list.join(u',')) + like;
}

int HistoryDatabase::unhandledMissedCount(qint64 sinceMs) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT count(*) FROM calls WHERE handled = 0 AND direction = 0 AND start_ms >= ?"
                       " AND outcome IN ")
        + missedOutcomes());
    q.bindValue(0, sinceMs);
    if (!q.exec() || !q.next()) {
        fail(q);
        return 0;
    }
    return q.value(0).toInt();
}

bool HistoryDatabase::markHandled(const QList<qint64>& ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (ids.isEmpty()) {
        return q.exec(QStringLiteral("UPDATE calls SET handled = 1 WHERE handled = 0 AND direction = 0"))
            || fail(q);
    }
    if (!db.transaction())
        return false;
    q.prepare(QStringLiteral("UPDATE calls SET handled = 1 WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec()) {
            fail(q);
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

int HistoryDatabase::closeUnfinished()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("UPDATE calls SET outcome = %1 WHERE outcome = %2")
                    .arg(int(CallRecord::Outcome::UnknownEnd))
                    .arg(int(CallRecord::Outcome::InProgress)))) {
        fail(q);
        return 0;
    }
    return q.numRowsAffected();
}

int HistoryDatabase::purgeBefore(qint64 cutoffMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM calls WHERE start_ms < ?"));
    q.bindValue(0, cutoffMs);
    if (!q.exec()) {
        fail(q);
        return 0;
    }
    return q.numRowsAffected();
}

bool HistoryDatabase::clear()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_searchIndexed)
        return HistorySearchIndex::clearWithCalls(db, &m_lastError);
    QSqlQuery q(db);
    return q.exec(QStringLiteral("DELETE FROM calls")) || fail(q);
}

qint64 HistoryDatabase::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM calls")) || !q.next()) {
        fail(q);
        return 0;
    }
    return q.value(0).toLongLong();
}
