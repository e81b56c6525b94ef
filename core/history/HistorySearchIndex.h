// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

// The history's search index: an FTS5 table with the trigram tokenizer over
// the numbers, names and detail of every call (external content: the calls
// table), kept in sync by triggers in the same transaction as every insert,
// update, retention purge and clear. A search of three characters or more
// asks it for the few rows that can match instead of scanning every call.
//
// FTS5 and its trigram tokenizer (SQLite 3.34) depend on how the driver's
// SQLite was built: without them the history works as before, searching by
// scan, and says so once in the log. The triggers are the mark of an index
// in sync: a file written without them (an SQLite without FTS5) gets its
// index rebuilt the next time it is opened with one.
class HistorySearchIndex final
{
public:
    // More candidates than this and the newest-first scan, which stops at the
    // panel's limit, is quicker than sorting them all.
    static constexpr int MaxCandidates = 20000;

    // Whether this connection's SQLite has FTS5 with the trigram tokenizer.
    static bool isAvailable(QSqlDatabase& db);

    // Makes the index usable: creates and fills it when it is missing or was
    // left out of sync. Without FTS5, removes the triggers so writes go on.
    // True when searches can use it; false with *error empty when FTS5 is
    // missing, with the driver's words when building failed.
    static bool prepare(QSqlDatabase& db, QString* error);

    // The ids of the calls that may contain `text` (a superset: the caller
    // still checks with LIKE, as the scan does). nullopt when the index
    // cannot answer better than the scan: text under three characters, more
    // than MaxCandidates candidates, or an error.
    static std::optional<QList<qint64>> candidates(QSqlDatabase& db, const QString& text);

    // Deletes every call and empties the index, in one transaction.
    static bool clearWithCalls(QSqlDatabase& db, QString* error);

    // True when the index and its triggers are in the file (tests, migration).
    static bool isInSync(QSqlDatabase& db);

private:
    static bool build(QSqlDatabase& db, QString* error);
    static bool dropTriggers(QSqlDatabase& db, QString* error);
};
