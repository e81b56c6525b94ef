// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistorySchema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

CallRecord record(const QString& linkedid, CallRecord::Outcome outcome, qint64 startMs,
    CallRecord::Direction direction = CallRecord::Direction::Incoming)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = linkedid;
    r.uniqueid = linkedid;
    r.direction = direction;
    r.outcome = outcome;
    r.localNumber = QStringLiteral("1000");
    r.localName = QStringLiteral("Operator");
    r.remoteNumber = QStringLiteral("1001");
    r.remoteName = QStringLiteral("Alice Example");
    r.startMs = startMs;
    r.endMs = startMs + 5000;
    return r;
}

// Runs SQL on a file outside HistoryDatabase (building old or foreign files).
void execOn(const QString& path, const QStringList& statements, bool version1 = false)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        if (version1)
            QVERIFY2(HistorySchema::createVersion1(db, &error), qPrintable(error));
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestHistoryDatabase final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsPrivateWalFile();
    void survivesReopen();
    void rewritingCompletesTheSameRow();
    void query_data();
    void query();
    void searchTakesWildcardsLiterally();
    void markHandled();
    void unfinishedCallsEndUnknownAtNextStart();
    void retentionPurgesOldCalls();
    void clearEmptiesTheFile();
    void migratesVersion1();
    void unusableFileIsMovedAside_data();
    void unusableFileIsMovedAside();
    void newerVersionIsRefusedUntouched();
    void unwritableFolderFails();
    void controlCharactersAreStoredAsGiven();
};

void TestHistoryDatabase::createsPrivateWalFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile/history.sqlite"));
    HistoryDatabase db;
    const auto r = db.open(path);
    QCOMPARE(r.status, HistoryDatabase::Status::Created);
    QVERIFY(db.isOpen());
    CallRecords rows {record(QStringLiteral("1.1"), CallRecord::Outcome::Answered, 1000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& file : QStringList {path, path + QStringLiteral("-wal")}) {
        QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(file).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
}

void TestHistoryDatabase::survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    CallRecords rows {record(QStringLiteral("1.1"), CallRecord::Outcome::Answered, 1000),
        record(QStringLiteral("1.2"), CallRecord::Outcome::Missed, 2000)};
    {
        HistoryDatabase db;
        QCOMPARE(db.open(path).status, HistoryDatabase::Status::Created);
        QVERIFY2(db.write(rows), qPrintable(db.lastError()));
        QVERIFY(rows.at(0).id > 0 && rows.at(1).id > rows.at(0).id);
    }
    HistoryDatabase db;
    QCOMPARE(db.open(path).status, HistoryDatabase::Status::Opened);
    const CallRecords back = db.query({});
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0), rows.at(1)); // newest first
    QCOMPARE(back.at(1), rows.at(0));
}

void TestHistoryDatabase::rewritingCompletesTheSameRow()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecord r = record(QStringLiteral("1.1"), CallRecord::Outcome::InProgress, 1000);
    r.endMs = 0;
    CallRecords first {r};
    QVERIFY2(db.write(first), qPrintable(db.lastError()));
    r.outcome = CallRecord::Outcome::Voicemail;
    r.endMs = 9000;
    r.confirmed = true;
    r.startMs = 1500; // a later snapshot never moves the start forward
    CallRecords second {r};
    QVERIFY2(db.write(second), qPrintable(db.lastError()));
    QCOMPARE(second.at(0).id, first.at(0).id);
    const CallRecords back = db.query({});
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).outcome, CallRecord::Outcome::Voicemail);
    QCOMPARE(back.at(0).startMs, 1000);
    QCOMPARE(back.at(0).endMs, 9000);
    QVERIFY(back.at(0).confirmed);
}

void TestHistoryDatabase::query_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("linkedids");
    QTest::newRow("all, newest first")
        << int(HistoryQuery::Filter::All) << QString() << QStringList {"5", "4", "3", "2", "1"};
    QTest::newRow("missed: missed, busy, voicemail")
        << int(HistoryQuery::Filter::Missed) << QString() << QStringList {"4", "3", "2"};
    QTest::newRow("incoming") << int(HistoryQuery::Filter::Incoming) << QString()
                              << QStringList {"4", "3", "2", "1"};
    QTest::newRow("outgoing") << int(HistoryQuery::Filter::Outgoing) << QString() << QStringList {"5"};
    QTest::newRow("name, any case") << int(HistoryQuery::Filter::All) << QStringLiteral("bob")
                                    << QStringList {"3"};
    QTest::newRow("part of a number")
        << int(HistoryQuery::Filter::All) << QStringLiteral("555") << QStringList {"5", "3"};
    QTest::newRow("search within missed")
        << int(HistoryQuery::Filter::Missed) << QStringLiteral("555") << QStringList {"3"};
    QTest::newRow("no match") << int(HistoryQuery::Filter::All) << QStringLiteral("zzz") << QStringList {};
}

void TestHistoryDatabase::query()
{
    QFETCH(int, filter);
    QFETCH(QString, text);
    QFETCH(QStringList, linkedids);
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    using O = CallRecord::Outcome;
    CallRecords rows {record(QStringLiteral("1"), O::Answered, 1000),
        record(QStringLiteral("2"), O::Missed, 2000), record(QStringLiteral("3"), O::Busy, 3000),
        record(QStringLiteral("4"), O::Voicemail, 4000),
        record(QStringLiteral("5"), O::NotAnswered, 5000, CallRecord::Direction::Outgoing)};
    rows[2].remoteName = QStringLiteral("Bob Builder");
    rows[2].remoteNumber = QStringLiteral("+4930555123");
    rows[4].remoteNumber = QStringLiteral("0555777");
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QStringList got;
    for (const CallRecord& r : db.query({HistoryQuery::Filter(filter), text, 100}))
        got << r.linkedid;
    QCOMPARE(got, linkedids);
}

void TestHistoryDatabase::searchTakesWildcardsLiterally()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::Answered, 1000),
        record(QStringLiteral("2"), CallRecord::Outcome::Answered, 2000)};
    rows[0].remoteName = QStringLiteral("100% Sales_Desk");
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.query({HistoryQuery::Filter::All, QStringLiteral("%"), 10}).size(), 1);
    QCOMPARE(db.query({HistoryQuery::Filter::All, QStringLiteral("s_d"), 10}).size(), 1);
    QCOMPARE(db.query({HistoryQuery::Filter::All, QStringLiteral("e_x"), 10}).size(), 0);
}

void TestHistoryDatabase::markHandled()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::Missed, 1000),
        record(QStringLiteral("2"), CallRecord::Outcome::Voicemail, 2000),
        record(QStringLiteral("3"), CallRecord::Outcome::Answered, 3000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.unhandledMissedCount(), 2);
    QVERIFY(db.markHandled({rows.at(0).id}));
    QCOMPARE(db.unhandledMissedCount(), 1);
    // Completing the row again (a late Cdr) keeps what the operator did.
    rows[0].confirmed = true;
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.unhandledMissedCount(), 1);
    QVERIFY(db.query({}).last().handled);
    QVERIFY(db.markHandled({}));
    QCOMPARE(db.unhandledMissedCount(), 0);
}

void TestHistoryDatabase::unfinishedCallsEndUnknownAtNextStart()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::InProgress, 1000),
        record(QStringLiteral("2"), CallRecord::Outcome::Answered, 2000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.closeUnfinished(), 1);
    QCOMPARE(db.query({}).last().outcome, CallRecord::Outcome::UnknownEnd);
    QCOMPARE(db.query({}).first().outcome, CallRecord::Outcome::Answered);
}

void TestHistoryDatabase::retentionPurgesOldCalls()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::Answered, 1000),
        record(QStringLiteral("2"), CallRecord::Outcome::Answered, 2000),
        record(QStringLiteral("3"), CallRecord::Outcome::Answered, 3000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.purgeBefore(2000), 1);
    QCOMPARE(db.count(), 2);
    QCOMPARE(db.query({}).last().linkedid, QStringLiteral("2"));
}

void TestHistoryDatabase::clearEmptiesTheFile()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::Answered, 1000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QVERIFY(db.clear());
    QCOMPARE(db.count(), 0);
}

void TestHistoryDatabase::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    execOn(path,
        {QStringLiteral("INSERT INTO calls (server_id, linkedid, local_number, direction, outcome,"
                        " remote_number, start_ms) VALUES ('pbx1', '1.1', '1000', 0, 2, '1001', 1000)")},
        true);
    HistoryDatabase db;
    const auto r = db.open(path);
    QCOMPARE(r.status, HistoryDatabase::Status::Migrated);
    QCOMPARE(r.foundVersion, 1);
    const CallRecords rows = db.query({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).outcome, CallRecord::Outcome::Missed);
    QCOMPARE(rows.at(0).remoteNumber, QStringLiteral("1001"));
    QVERIFY(!rows.at(0).handled);
    QCOMPARE(db.unhandledMissedCount(), 1);
    db.close();
    QCOMPARE(db.open(path).status, HistoryDatabase::Status::Opened);
}

void TestHistoryDatabase::unusableFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("foreignTable");
    QTest::newRow("not SQLite") << QByteArray("this is a text file, not a database\n") << QString();
    QTest::newRow("foreign SQLite") << QByteArray() << QStringLiteral("CREATE TABLE invoices (id INTEGER)");
    QTest::newRow("damaged first page") << QByteArray("damage") << QString();
}

void TestHistoryDatabase::unusableFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, foreignTable);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    QByteArray original;
    if (!foreignTable.isEmpty() || content == "damage") {
        if (!foreignTable.isEmpty())
            execOn(path, {foreignTable});
        else {
            HistoryDatabase good;
            good.open(path);
            CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::Answered, 1000)};
            QVERIFY2(good.write(rows), qPrintable(good.lastError()));
        }
        if (content == "damage") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(16); // keep the magic, break the header's page size and everything after
            f.write(QByteArray(4000, '\xff'));
        }
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    original = f.readAll();
    f.close();

    HistoryDatabase db;
    const auto r = db.open(path);
    QCOMPARE(r.status, HistoryDatabase::Status::MovedAside);
    QVERIFY(r.movedTo.startsWith(path + QStringLiteral(".broken-")));
    QFile moved(r.movedTo);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), original); // nothing lost
    QVERIFY(db.isOpen());
    QCOMPARE(db.count(), 0);
    CallRecords rows {record(QStringLiteral("2"), CallRecord::Outcome::Missed, 2000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
}

void TestHistoryDatabase::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    execOn(path, {QStringLiteral("PRAGMA user_version = 99")}, true);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    HistoryDatabase db;
    const auto r = db.open(path);
    QCOMPARE(r.status, HistoryDatabase::Status::TooNew);
    QCOMPARE(r.foundVersion, 99);
    QVERIFY(!db.isOpen());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(db.openInMemory().status, HistoryDatabase::Status::InMemory);
    CallRecords rows {record(QStringLiteral("1"), CallRecord::Outcome::Missed, 1000)};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.count(), 1);
}

void TestHistoryDatabase::unwritableFolderFails()
{
    // A file where the folder should be: no permission trick, so it fails as root too.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    HistoryDatabase db;
    const auto r = db.open(blocker + QStringLiteral("/history/h.sqlite"));
    QCOMPARE(r.status, HistoryDatabase::Status::Failed);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!db.isOpen());
}

void TestHistoryDatabase::controlCharactersAreStoredAsGiven()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecord r = record(QStringLiteral("1"), CallRecord::Outcome::Missed, 1000);
    r.remoteName = QStringLiteral("Evil\r\nName\x1b[31m'; DROP TABLE calls; --");
    r.remoteName.append(QChar(0));
    CallRecords rows {r};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(db.query({}).at(0).remoteName, r.remoteName);
    QCOMPARE(db.count(), 1);
}

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "TestHistoryDatabase.moc"
