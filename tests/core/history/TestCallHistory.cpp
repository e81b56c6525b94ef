// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/CallHistory.h"
#include "core/history/HistorySchema.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

CallRecord call(int n, CallRecord::Outcome outcome = CallRecord::Outcome::Missed)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = QStringLiteral("1796532212.%1").arg(n);
    r.localNumber = QStringLiteral("1000");
    r.remoteNumber = QStringLiteral("1001");
    r.outcome = outcome;
    r.startMs = 1796532212000 + n;
    return r;
}

// Asks and waits for the answer with this ticket.
CallRecords ask(CallHistory& history, const HistoryQuery& query = {})
{
    QSignalSpy spy(&history, &CallHistory::queried);
    const int ticket = history.query(query);
    while (spy.isEmpty() || spy.last().at(0).toInt() != ticket) {
        if (!spy.wait(5000))
            return {};
    }
    return spy.last().at(1).value<CallRecords>();
}

bool waitOpened(CallHistory& history, HistoryDatabase::Status* status, bool* persistent)
{
    QSignalSpy spy(&history, &CallHistory::opened);
    if (!spy.wait(5000))
        return false;
    *status = spy.at(0).at(0).value<HistoryDatabase::OpenResult>().status;
    *persistent = spy.at(0).at(1).toBool();
    return true;
}

} // namespace

class TestCallHistory final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floodIsBatchedAndSurvivesRestart();
    void callInProgressAtQuitEndsUnknown();
    void newerFileKeepsSessionInMemory();
    void markHandledCountsDown();
    void seenMissedCallsLeaveTheCounter();
    void shorterRetentionPurgesAtOnce();
    void profilesNeverShareAFile();
};

void TestCallHistory::floodIsBatchedAndSurvivesRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        CallHistory history;
        history.open(path, 0);
        HistoryDatabase::Status status;
        bool persistent = false;
        QVERIFY(waitOpened(history, &status, &persistent));
        QCOMPARE(status, HistoryDatabase::Status::Created);
        QVERIFY(persistent);
        // 2,000 updates of 200 calls: one row per call, the last state wins.
        for (int round = 0; round < 10; ++round) {
            for (int n = 0; n < 200; ++n) {
                CallRecord r
                    = call(n, round < 9 ? CallRecord::Outcome::InProgress : CallRecord::Outcome::Answered);
                r.endMs = round;
                history.record(r);
            }
        }
        history.flush();
        const CallRecords rows = ask(history, {HistoryQuery::Filter::All, {}, 1000});
        QCOMPARE(rows.size(), 200);
        QCOMPARE(rows.first().outcome, CallRecord::Outcome::Answered);
        QCOMPARE(rows.first().endMs, 9);
        history.record(call(500)); // pending at quit: the destructor writes it
    }
    CallHistory again;
    again.open(path, 0);
    const CallRecords rows = ask(again, {HistoryQuery::Filter::All, {}, 1000});
    QCOMPARE(rows.size(), 201);
    QCOMPARE(rows.first().linkedid, call(500).linkedid);
    QCOMPARE(again.unseenMissed(), 1);
}

void TestCallHistory::callInProgressAtQuitEndsUnknown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        CallHistory history;
        history.open(path, 0);
        history.record(call(1, CallRecord::Outcome::InProgress));
    }
    CallHistory again;
    again.open(path, 0);
    const CallRecords rows = ask(again);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().outcome, CallRecord::Outcome::UnknownEnd);
}

void TestCallHistory::newerFileKeepsSessionInMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY(HistorySchema::createVersion1(db, &error));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 7"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    CallHistory history;
    history.open(path, 0);
    HistoryDatabase::Status status;
    bool persistent = true;
    QVERIFY(waitOpened(history, &status, &persistent));
    QCOMPARE(status, HistoryDatabase::Status::TooNew);
    QVERIFY(!persistent);
    history.record(call(1));
    history.flush();
    QCOMPARE(ask(history).size(), 1); // the panel keeps working, in memory
}

void TestCallHistory::markHandledCountsDown()
{
    QTemporaryDir dir;
    CallHistory history;
    history.open(dir.filePath(QStringLiteral("h.sqlite")), 0);
    QSignalSpy missed(&history, &CallHistory::unseenMissedChanged);
    history.record(call(1));
    history.record(call(2));
    history.record(call(3, CallRecord::Outcome::Answered));
    QVERIFY(missed.wait(5000));
    QCOMPARE(history.unseenMissed(), 2);
    const CallRecords rows = ask(history);
    history.markHandled({rows.at(1).id});
    QVERIFY(missed.wait(5000));
    QCOMPARE(history.unseenMissed(), 1);
    history.markHandled({});
    QVERIFY(missed.wait(5000));
    QCOMPARE(history.unseenMissed(), 0);
}

void TestCallHistory::seenMissedCallsLeaveTheCounter()
{
    QTemporaryDir dir;
    CallHistory history;
    history.open(dir.filePath(QStringLiteral("h.sqlite")), 0);
    QSignalSpy missed(&history, &CallHistory::unseenMissedChanged);
    CallRecord old = call(1);
    old.startMs = QDateTime::currentMSecsSinceEpoch() - 60000;
    history.record(old);
    QVERIFY(missed.wait(5000));
    QCOMPARE(history.unseenMissed(), 1);
    history.markSeen();
    QVERIFY(missed.wait(5000));
    QCOMPARE(history.unseenMissed(), 0);
    CallRecord later = call(2);
    later.startMs = QDateTime::currentMSecsSinceEpoch() + 60000;
    history.record(later);
    QVERIFY(missed.wait(5000));
    QCOMPARE(history.unseenMissed(), 1);
    // Seen is not handled: both stay unhandled in the file.
    const CallRecords rows = ask(history, {HistoryQuery::Filter::Missed, {}, 10});
    QCOMPARE(rows.size(), 2);
    QVERIFY(!rows.at(0).handled && !rows.at(1).handled);
}

void TestCallHistory::shorterRetentionPurgesAtOnce()
{
    QTemporaryDir dir;
    CallHistory history;
    history.open(dir.filePath(QStringLiteral("h.sqlite")), 0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CallRecord old = call(1);
    old.startMs = now - 10 * 24 * 3600 * 1000LL;
    CallRecord recent = call(2);
    recent.startMs = now - 3600 * 1000LL;
    history.record(old);
    history.record(recent);
    history.flush();
    QCOMPARE(ask(history, {}).size(), 2);
    history.setRetentionDays(7); // the settings were saved
    const CallRecords rows = ask(history, {});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).linkedid, recent.linkedid);
    history.setRetentionDays(0); // keep everything from now on: nothing else goes
    history.record(old);
    history.flush();
    QCOMPARE(ask(history, {}).size(), 2);
}

void TestCallHistory::profilesNeverShareAFile()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString a = CallHistory::defaultPath(QStringLiteral("office"));
    const QString b = CallHistory::defaultPath(QStringLiteral("home"));
    QVERIFY(a != b);
    QVERIFY(a.contains(QStringLiteral("/history/office-")));
    QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
    const QString odd = CallHistory::defaultPath(QStringLiteral("../../etc/x"));
    QVERIFY(odd.contains(QStringLiteral("/history/.._.._etc_x-")));
    QVERIFY(
        CallHistory::defaultPath(QStringLiteral("a/b")) != CallHistory::defaultPath(QStringLiteral("a_b")));
}

QTEST_GUILESS_MAIN(TestCallHistory)
#include "TestCallHistory.moc"
