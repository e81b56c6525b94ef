// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

// The call history's tables and how to bring an older file up to date.
// PRAGMA user_version holds the schema version, PRAGMA application_id marks
// the file as Attendant's (a foreign SQLite file is never written into).
class HistorySchema final
{
public:
    static constexpr int Version = 3;
    static constexpr int ApplicationId = 0x41544e44; // "ATND"

    // Applies every migration from `from` to Version in one transaction.
    // from = 0 is an empty file. False (and the driver's words in *error) on failure.
    static bool migrate(QSqlDatabase& db, int from, QString* error);

    // The first schema, as version 1 files have it (the migration test builds one).
    static bool createVersion1(QSqlDatabase& db, QString* error);

private:
    static bool run(QSqlDatabase& db, const char* const* statements, QString* error);
};
