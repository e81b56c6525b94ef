// SPDX-License-Identifier: GPL-3.0-or-later
// The call history on a real SQLite file (QSQLITE, WAL) in /tmp:
//  - Insert: 100,000 calls written as CallHistory's worker writes them, one
//    transaction per batch of 500 (a 250 ms flush in a flood).
//  - Open / Missed / Search* on a file of 1,000,000 calls: what the panel asks
//    (newest 500, the missed filter, search as you type over names and
//    numbers), the time the worker thread spends per question.
//  - BuildIndexMillion: the one-time search index of an older file of 1,000,000 calls.
//  - RecordFlood: the GUI thread's share of 2,000 call updates (record() and
//    the flush that hands the batch to the worker): what a flood costs the window.
#include "core/history/CallHistory.h"
#include "core/history/HistoryDatabase.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QStringList kNames {QStringLiteral("Alice Example"), QStringLiteral("Jürgen Müller"),
    QStringLiteral("Дмитрий Иванов"), QStringLiteral("李小龍"), QStringLiteral("Bob Builder"),
    QStringLiteral("Zoë Ångström"), QStringLiteral("Carol Danvers"), QStringLiteral("Dave Grohl")};

CallRecord call(qint64 n)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = QStringLiteral("1796532212.%1").arg(n);
    r.uniqueid = r.linkedid;
    r.direction = n % 3 == 0 ? CallRecord::Direction::Outgoing : CallRecord::Direction::Incoming;
    r.outcome = n % 7 == 0 ? CallRecord::Outcome::Missed : CallRecord::Outcome::Answered;
    r.localNumber = QStringLiteral("1000");
    r.localName = QStringLiteral("Operator");
    r.remoteNumber = QStringLiteral("+49301%1").arg(n % 100000, 5, 10, QLatin1Char('0'));
    r.remoteName = kNames.at(n % kNames.size()) + u' ' + QString::number(n % 997);
    r.startMs = 1796532212000 + n * 1000;
    r.answerMs = r.outcome == CallRecord::Outcome::Answered ? r.startMs + 3000 : 0;
    r.endMs = r.startMs + 60000;
    return r;
}

void fill(HistoryDatabase& db, qint64 from, qint64 count, int batch)
{
    for (qint64 n = from; n < from + count; n += batch) {
        CallRecords rows;
        rows.reserve(batch);
        for (qint64 i = n; i < qMin(from + count, n + batch); ++i)
            rows.append(call(i));
        if (!db.write(rows))
            qFatal("write failed: %s", qPrintable(db.lastError()));
    }
}

// One 1,000,000-call file for every query benchmark.
HistoryDatabase& million()
{
    static QTemporaryDir dir;
    static HistoryDatabase db;
    if (!db.isOpen()) {
        db.open(dir.filePath(QStringLiteral("million.sqlite")));
        fill(db, 0, 1000000, 5000);
    }
    return db;
}

void BM_Insert100k(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        HistoryDatabase db;
        db.open(dir.filePath(QStringLiteral("h.sqlite")));
        state.ResumeTiming();
        fill(db, 0, 100000, 500);
    }
    state.counters["calls/s"]
        = benchmark::Counter(100000.0 * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Insert100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Query(benchmark::State& state, HistoryQuery query)
{
    HistoryDatabase& db = million();
    qsizetype rows = 0;
    for (auto _ : state) {
        rows = db.query(query).size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK_CAPTURE(BM_Query, Open, HistoryQuery {HistoryQuery::Filter::All, {}, 500})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Query, Missed, HistoryQuery {HistoryQuery::Filter::Missed, {}, 500})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(
    BM_Query, SearchCommonName, HistoryQuery {HistoryQuery::Filter::All, QStringLiteral("müller"), 500})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(
    BM_Query, SearchRareNumber, HistoryQuery {HistoryQuery::Filter::All, QStringLiteral("0142"), 500})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(
    BM_Query, SearchNothing, HistoryQuery {HistoryQuery::Filter::All, QStringLiteral("zzzz"), 500})
    ->Unit(benchmark::kMillisecond);
// A whole number as the caller sent it: ten calls, every trigram of its prefix in every row.
BENCHMARK_CAPTURE(
    BM_Query, SearchFullNumber, HistoryQuery {HistoryQuery::Filter::All, QStringLiteral("+4930100001"), 500})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Query, SearchMissedCommonName,
    HistoryQuery {HistoryQuery::Filter::Missed, QStringLiteral("müller"), 500})
    ->Unit(benchmark::kMillisecond);

// Opening a file of 1,000,000 calls that has no search index yet (a version 2
// history): the migration builds it once, on the worker thread.
void BM_BuildIndexMillion(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            HistoryDatabase db;
            db.open(path);
            fill(db, 0, 1000000, 5000);
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            raw.open();
            QSqlQuery q(raw);
            for (const char* drop : {"DROP TRIGGER calls_search_insert", "DROP TRIGGER calls_search_delete",
                     "DROP TRIGGER calls_search_update", "DROP TABLE calls_search"})
                q.exec(QString::fromLatin1(drop));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        HistoryDatabase db;
        state.ResumeTiming();
        db.open(path);
        benchmark::DoNotOptimize(db.isSearchIndexed());
    }
}
BENCHMARK(BM_BuildIndexMillion)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_RecordFlood(benchmark::State& state)
{
    QTemporaryDir dir;
    CallHistory history;
    history.open(dir.filePath(QStringLiteral("h.sqlite")), 0);
    qint64 n = 0;
    for (auto _ : state) {
        for (int i = 0; i < 2000; ++i)
            history.record(call(n + i % 200)); // 200 calls, 10 updates each
        history.flush();
        n += 200;
    }
    state.counters["updates/s"]
        = benchmark::Counter(2000.0 * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RecordFlood)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
