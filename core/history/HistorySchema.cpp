// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Version 1: one row per call and extension. Outcome and direction are the
// CallRecord enums' values: append only, never renumber.
const char* const kVersion1[] = {
    "CREATE TABLE calls ("
    " id INTEGER PRIMARY KEY,"
    " server_id TEXT NOT NULL, linkedid TEXT NOT NULL, local_number TEXT NOT NULL,"
    " uniqueid TEXT NOT NULL DEFAULT '',"
    " direction INTEGER NOT NULL, outcome INTEGER NOT NULL,"
    " local_name TEXT NOT NULL DEFAULT '',"
    " remote_number TEXT NOT NULL DEFAULT '', remote_name TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '', queue TEXT NOT NULL DEFAULT '',"
    " start_ms INTEGER NOT NULL, answer_ms INTEGER NOT NULL DEFAULT 0, end_ms INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (server_id, linkedid, uniqueid))",
    "CREATE INDEX calls_start ON calls (start_ms)",
    nullptr,
};

// Version 2: a missed call can be marked handled; a Cdr can confirm a row.
const char* const kVersion2[] = {
    "ALTER TABLE calls ADD COLUMN handled INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE calls ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX calls_unhandled ON calls (start_ms) WHERE handled = 0 AND direction = 0",
    nullptr,
};

// Version 3: the search index. It exists only where the driver's SQLite has
// FTS5 with the trigram tokenizer, so HistorySearchIndex builds it after the
// migrations (and rebuilds it whenever a file comes back without it).
const char* const kVersion3[] = {
    nullptr,
};

const char* const* const kMigrations[] = {kVersion1, kVersion2, kVersion3};

} // namespace

bool HistorySchema::run(QSqlDatabase& db, const char* const* statements, QString* error)
{
    QSqlQuery q(db);
    for (; *statements; ++statements) {
        if (!q.exec(QString::fromLatin1(*statements))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool HistorySchema::createVersion1(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    return run(db, kVersion1, error)
        && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
        && q.exec(QStringLiteral("PRAGMA user_version = 1"));
}

bool HistorySchema::migrate(QSqlDatabase& db, int from, QString* error)
{
    static_assert(std::size(kMigrations) == Version);
    if (from >= Version)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    bool ok = true;
    for (int v = from; ok && v < Version; ++v)
        ok = run(db, kMigrations[v], error);
    // PRAGMAs take no bound values; both are integers we wrote ourselves.
    ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Version));
    if (!ok) {
        if (error->isEmpty())
            *error = q.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}
