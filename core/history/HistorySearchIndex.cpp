// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistorySearchIndex.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Q_LOGGING_CATEGORY(lcHistorySearch, "attendant.history.search")

const char* const kTriggers[] = {"calls_search_insert", "calls_search_delete", "calls_search_update"};

// %1 the columns a search looks in (HistoryDatabase's LIKE checks the same),
// %2 and %3 their new and old values.
const char kDeleteTrigger[]
    = "CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN"
      " INSERT INTO calls_search (calls_search, rowid, %1) VALUES ('delete', old.id, %3); END";

// The index and its triggers.
const char* const kCreate[] = {
    // columnsize=0: no per-row size table (nothing is ranked), a write less per call.
    "CREATE VIRTUAL TABLE calls_search USING fts5(%1, content='calls', content_rowid='id',"
    " tokenize='trigram', columnsize=0)",
    "CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN"
    " INSERT INTO calls_search (rowid, %1) VALUES (new.id, %2); END",
    kDeleteTrigger,
    // The worker rewrites a call as it is answered and ends: only a changed
    // name or number touches the index.
    "CREATE TRIGGER calls_search_update AFTER UPDATE OF %1 ON calls"
    " WHEN old.remote_number IS NOT new.remote_number OR old.remote_name IS NOT new.remote_name"
    " OR old.local_number IS NOT new.local_number OR old.local_name IS NOT new.local_name"
    " OR old.detail IS NOT new.detail BEGIN"
    " INSERT INTO calls_search (calls_search, rowid, %1) VALUES ('delete', old.id, %3);"
    " INSERT INTO calls_search (rowid, %1) VALUES (new.id, %2); END",
    "INSERT INTO calls_search (calls_search) VALUES ('rebuild')",
    nullptr,
};

QString createStatement(const char* statement)
{
    return QString::fromLatin1(statement)
        .replace(QLatin1String("%1"),
            QLatin1String("remote_number, remote_name, local_number, local_name, detail"))
        .replace(QLatin1String("%2"),
            QLatin1String("new.remote_number, new.remote_name, new.local_number, new.local_name, new.detail"))
        .replace(QLatin1String("%3"),
            QLatin1String(
                "old.remote_number, old.remote_name, old.local_number, old.local_name, old.detail"));
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// An FTS5 string: the whole text as one phrase, quotes doubled, so nothing
// the operator types is read as query syntax.
QString phrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

bool HistorySearchIndex::isAvailable(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE temp.attendant_fts_probe USING fts5(x, tokenize='trigram')")))
        return false;
    q.exec(QStringLiteral("DROP TABLE temp.attendant_fts_probe"));
    return true;
}

bool HistorySearchIndex::isInSync(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('calls_search',"
                               " 'calls_search_insert', 'calls_search_delete', 'calls_search_update')"))
        || !q.next())
        return false;
    return q.value(0).toInt() == 4;
}

bool HistorySearchIndex::prepare(QSqlDatabase& db, QString* error)
{
    if (!isAvailable(db)) {
        qCWarning(lcHistorySearch,
            "SQLite has no FTS5 trigram tokenizer: searching the call history scans"
            " every call");
        dropTriggers(db, error);
        return false;
    }
    if (isInSync(db))
        return true;
    return build(db, error);
}

bool HistorySearchIndex::dropTriggers(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    for (const char* trigger : kTriggers) {
        if (!exec(q, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)), error))
            return false;
    }
    return true;
}

bool HistorySearchIndex::build(QSqlDatabase& db, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    bool ok = dropTriggers(db, error) && exec(q, QStringLiteral("DROP TABLE IF EXISTS calls_search"), error);
    for (const char* const* s = kCreate; ok && *s; ++s)
        ok = exec(q, createStatement(*s), error);
    q.finish();
    if (ok && db.commit())
        return true;
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

bool HistorySearchIndex::clearWithCalls(QSqlDatabase& db, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Without the row trigger: one 'delete-all' instead of a 'delete' per call
    // (a million calls took seconds), the trigger back in the same transaction.
    QSqlQuery q(db);
    const bool ok = exec(q, QStringLiteral("DROP TRIGGER calls_search_delete"), error)
        && exec(q, QStringLiteral("DELETE FROM calls"), error)
        && exec(q, QStringLiteral("INSERT INTO calls_search (calls_search) VALUES ('delete-all')"), error)
        && exec(q, createStatement(kDeleteTrigger), error);
    q.finish();
    if (ok && db.commit())
        return true;
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

std::optional<QList<qint64>> HistorySearchIndex::candidates(QSqlDatabase& db, const QString& text)
{
    // A trigram index cannot look up fewer than three characters.
    if (text.toUcs4().size() < 3)
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM calls_search WHERE calls_search MATCH ? LIMIT %1")
                  .arg(MaxCandidates + 1));
    q.bindValue(0, phrase(text));
    if (!q.exec()) {
        qCWarning(lcHistorySearch) << "search index:" << q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next()) {
        if (ids.size() == MaxCandidates)
            return std::nullopt;
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}
