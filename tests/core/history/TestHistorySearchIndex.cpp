// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistorySchema.h"
#include "core/history/HistorySearchIndex.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

CallRecord record(int n, const QString& name, const QString& number)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = QString::number(n);
    r.uniqueid = r.linkedid;
    r.direction = n % 2 ? CallRecord::Direction::Incoming : CallRecord::Direction::Outgoing;
    r.outcome = n % 2 ? CallRecord::Outcome::Missed : CallRecord::Outcome::Answered;
    r.localNumber = QStringLiteral("1000");
    r.localName = QStringLiteral("Operator");
    r.remoteNumber = number;
    r.remoteName = name;
    r.startMs = 1000 * n;
    r.endMs = r.startMs + 5000;
    return r;
}

QStringList linkedids(const CallRecords& rows)
{
    QStringList ids;
    for (const CallRecord& r : rows)
        ids << r.linkedid;
    return ids;
}

QStringList search(const HistoryDatabase& db, const QString& text, int limit = 100,
    HistoryQuery::Filter filter = HistoryQuery::Filter::All)
{
    return linkedids(db.query({filter, text, limit}));
}

// A second connection to the file, beside HistoryDatabase's (WAL allows it).
class RawFile final
{
public:
    explicit RawFile(const QString& path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawFile()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    RawFile(const RawFile&) = delete;
    RawFile& operator=(const RawFile&) = delete;
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace

class TestHistorySearchIndex final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debianSqliteHasTheIndex();
    void findsWhatTheScanFinds_data();
    void findsWhatTheScanFinds();
    void searchesTheIndex();
    void followsRewritesPurgesAndClear();
    void migrationBuildsTheIndex();
    void fileWrittenWithoutTriggersIsReindexed();
    void tooManyCandidatesScanNewestFirst();
};

void TestHistorySearchIndex::debianSqliteHasTheIndex()
{
    // Debian 12's SQLite is 3.40; the trigram tokenizer came with 3.34.
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.isSearchIndexed());
    RawFile raw(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(HistorySearchIndex::isAvailable(raw.db()));
    QVERIFY(HistorySearchIndex::isInSync(raw.db()));
}

void TestHistorySearchIndex::findsWhatTheScanFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("non-ASCII case is exact, as in the scan") << QStringLiteral("MÜLLER") << QStringList {};
    QTest::newRow("name with umlaut") << QStringLiteral("müller") << QStringList {"3", "1"};
    QTest::newRow("name and number part") << QStringLiteral("Müller 1") << QStringList {"1"};
    QTest::newRow("part of a number") << QStringLiteral("0142") << QStringList {"4", "2"};
    QTest::newRow("two characters: scan") << QStringLiteral("42") << QStringList {"4", "2"};
    QTest::newRow("CJK, three characters") << QStringLiteral("李小龍") << QStringList {"5"};
    QTest::newRow("percent is literal") << QStringLiteral("100%") << QStringList {"6"};
    QTest::newRow("underscore is literal") << QStringLiteral("s_d") << QStringList {"6"};
    QTest::newRow("quote is literal") << QStringLiteral("\"The") << QStringList {"7"};
    QTest::newRow("query syntax is literal") << QStringLiteral("Bob OR Alice") << QStringList {};
    QTest::newRow("local name") << QStringLiteral("operat")
                                << QStringList {"7", "6", "5", "4", "3", "2", "1"};
    QTest::newRow("no match") << QStringLiteral("zzzz") << QStringList {};
}

void TestHistorySearchIndex::findsWhatTheScanFinds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(1, QStringLiteral("Jürgen Müller 1"), QStringLiteral("+4930100001")),
        record(2, QStringLiteral("Alice Example"), QStringLiteral("+4930101420")),
        record(3, QStringLiteral("Anna Müller"), QStringLiteral("+4930100003")),
        record(4, QStringLiteral("Bob Builder"), QStringLiteral("0142")),
        record(5, QStringLiteral("李小龍"), QStringLiteral("+8610555")),
        record(6, QStringLiteral("100% Sales_Desk"), QStringLiteral("2000")),
        record(7, QStringLiteral("\"The\" Company"), QStringLiteral("2001"))};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(search(db, text), expected);
}

void TestHistorySearchIndex::searchesTheIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    HistoryDatabase db;
    db.open(path);
    CallRecords rows {record(1, QStringLiteral("Alice Example"), QStringLiteral("+4930100001")),
        record(2, QStringLiteral("Alice Example"), QStringLiteral("+4930100002"))};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(search(db, QStringLiteral("Alice")), (QStringList {"2", "1"}));
    // Take call 2 out of the index behind HistoryDatabase's back: a search of
    // three characters or more no longer finds it (it asked the index); two
    // characters still scan.
    RawFile raw(path);
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO calls_search (calls_search, rowid, remote_number, remote_name, local_number, local_name,"
        " detail) SELECT 'delete', id, remote_number, remote_name, local_number, local_name, detail"
        " FROM calls WHERE linkedid = '2'")));
    QCOMPARE(search(db, QStringLiteral("Alice")), QStringList {"1"});
    QCOMPARE(search(db, QStringLiteral("Al")), (QStringList {"2", "1"}));
}

void TestHistorySearchIndex::followsRewritesPurgesAndClear()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows {record(1, QStringLiteral("Alice Example"), QStringLiteral("+4930100001")),
        record(2, QStringLiteral("Bob Builder"), QStringLiteral("+4930100002")),
        record(3, QStringLiteral("Carol Danvers"), QStringLiteral("+4930100003"))};
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    // The same call again, the name now known (a directory lookup, a Cdr).
    rows[0].remoteName = QStringLiteral("Alicia Keys");
    rows[0].detail = QStringLiteral("Anna (1002)");
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    QCOMPARE(search(db, QStringLiteral("Alice")), QStringList {});
    QCOMPARE(search(db, QStringLiteral("Alicia")), QStringList {"1"});
    QCOMPARE(search(db, QStringLiteral("Anna")), QStringList {"1"});
    QCOMPARE(db.purgeBefore(2000), 1);
    QCOMPARE(search(db, QStringLiteral("Alicia")), QStringList {});
    QCOMPARE(search(db, QStringLiteral("Builder")), QStringList {"2"});
    QVERIFY(db.clear());
    QCOMPARE(search(db, QStringLiteral("Builder")), QStringList {});
    QCOMPARE(search(db, QStringLiteral("+49301")), QStringList {});
    CallRecords again {record(4, QStringLiteral("Bob Builder"), QStringLiteral("+4930100004"))};
    QVERIFY2(db.write(again), qPrintable(db.lastError()));
    QCOMPARE(search(db, QStringLiteral("Builder")), QStringList {"4"});
    // Clearing kept the triggers: a purge still takes the call out of the index.
    RawFile raw(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(HistorySearchIndex::isInSync(raw.db()));
    QCOMPARE(db.purgeBefore(5000), 1);
    QCOMPARE(search(db, QStringLiteral("Builder")), QStringList {});
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM calls_search WHERE calls_search MATCH '\"Builder\"'"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestHistorySearchIndex::migrationBuildsTheIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        RawFile raw(path);
        QString error;
        QVERIFY2(HistorySchema::createVersion1(raw.db(), &error), qPrintable(error));
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO calls (server_id, linkedid, local_number, direction,"
                                    " outcome, remote_number, remote_name, start_ms)"
                                    " VALUES ('pbx1', '1.1', '1000', 0, 2, '1001', 'Alice Example', 1000)")));
        QVERIFY(!HistorySearchIndex::isInSync(raw.db()));
    }
    HistoryDatabase db;
    const auto r = db.open(path);
    QCOMPARE(r.status, HistoryDatabase::Status::Migrated);
    QCOMPARE(r.foundVersion, 1);
    QVERIFY(db.isSearchIndexed());
    QCOMPARE(search(db, QStringLiteral("example")), QStringList {"1.1"});
    RawFile raw(path);
    QVERIFY(HistorySearchIndex::isInSync(raw.db()));
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), HistorySchema::Version);
}

void TestHistorySearchIndex::fileWrittenWithoutTriggersIsReindexed()
{
    // As an SQLite without FTS5 leaves a file: no triggers, calls the index never saw.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryDatabase db;
        db.open(path);
        CallRecords rows {record(1, QStringLiteral("Alice Example"), QStringLiteral("+4930100001"))};
        QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    }
    {
        RawFile raw(path);
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER calls_search_insert")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO calls (server_id, linkedid, local_number, direction,"
                                        " outcome, remote_number, remote_name, start_ms)"
                                        " VALUES ('pbx1', '2', '1000', 0, 2, '1002', 'Bob Builder', 2000)")));
        QVERIFY(!HistorySearchIndex::isInSync(raw.db()));
    }
    HistoryDatabase db;
    QCOMPARE(db.open(path).status, HistoryDatabase::Status::Opened);
    QVERIFY(db.isSearchIndexed());
    QCOMPARE(search(db, QStringLiteral("Builder")), QStringList {"2"});
    QCOMPARE(search(db, QStringLiteral("Example")), QStringList {"1"});
}

void TestHistorySearchIndex::tooManyCandidatesScanNewestFirst()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    db.open(dir.filePath(QStringLiteral("h.sqlite")));
    CallRecords rows;
    const int count = HistorySearchIndex::MaxCandidates + 10;
    for (int n = 1; n <= count; ++n)
        rows.append(record(n, QStringLiteral("Caller %1").arg(n), QStringLiteral("+49301%1").arg(n)));
    QVERIFY2(db.write(rows), qPrintable(db.lastError()));
    const QString last = QString::number(count);
    const QString before = QString::number(count - 1);
    const QString third = QString::number(count - 2);
    QCOMPARE(search(db, QStringLiteral("Caller"), 3), (QStringList {last, before, third}));
    // Missed are the odd ones: the filter still applies on the scan.
    QCOMPARE(search(db, QStringLiteral("Caller"), 2, HistoryQuery::Filter::Missed),
        (QStringList {before, QString::number(count - 3)}));
    RawFile raw(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(!HistorySearchIndex::candidates(raw.db(), QStringLiteral("Caller")).has_value());
    QCOMPARE(HistorySearchIndex::candidates(raw.db(), QStringLiteral("Caller 20001"))->size(), 1);
}

QTEST_GUILESS_MAIN(TestHistorySearchIndex)
#include "TestHistorySearchIndex.moc"
