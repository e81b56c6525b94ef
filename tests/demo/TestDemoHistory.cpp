// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "core/history/CallHistory.h"
#include "core/history/CallRecorder.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSync.h"
#include "demo/DemoPbx.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The call history fed by the demo PBX as attendant --demo feeds it: the demo's
// generated calls end up in the file with an outcome, and its Cdr events
// (cdr_manager's fields, as recorded in 12-cdr-*) confirm them.
class TestDemoHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoCallsAreRecordedAndConfirmed();
};

void TestDemoHistory::demoCallsAreRecordedAndConfirmed()
{
    MockClock clock;
    DemoPbx pbx(nullptr, &clock);
    pbx.setCredentials(QStringLiteral("panel"), QStringLiteral("panelpass"));
    QVERIFY2(pbx.start(), qPrintable(pbx.errorString()));
    PbxServerConfig config;
    config.id = QStringLiteral("demo");
    config.connection.port = pbx.serverPort();
    config.connection.username = QStringLiteral("panel");
    PbxServer server(config, nullptr, &clock);
    server.setSecret(QStringLiteral("panelpass"));
    QTemporaryDir dir;
    CallHistory history(nullptr, &clock);
    history.open(dir.filePath(QStringLiteral("h.sqlite")), 0);
    CallRecorder recorder(server.state(), &history, nullptr, &clock);
    recorder.setRecordAll(true);
    connect(server.client(), &AmiClient::eventReceived, &recorder, &CallRecorder::applyEvent);
    QSignalSpy synced(server.sync(), &PbxSync::finished);
    server.start();
    QVERIFY(synced.wait(10000));

    // Let the demo office make calls until one has ended and its Cdr came.
    CallRecords rows;
    for (int step = 0; step < 1200; ++step) {
        QTest::qWait(5);
        clock.advance(250);
        if (step % 40 != 39)
            continue;
        history.flush();
        QSignalSpy answer(&history, &CallHistory::queried);
        history.query({HistoryQuery::Filter::All, {}, 1000});
        QVERIFY(answer.wait(5000));
        rows = answer.at(0).at(1).value<CallRecords>();
        const bool done = std::any_of(rows.cbegin(), rows.cend(),
            [](const CallRecord& r) { return r.confirmed && r.outcome != CallRecord::Outcome::InProgress; });
        if (done)
            break;
    }
    QVERIFY(!rows.isEmpty());
    const auto ended = std::find_if(rows.cbegin(), rows.cend(),
        [](const CallRecord& r) { return r.confirmed && r.outcome != CallRecord::Outcome::InProgress; });
    QVERIFY2(ended != rows.cend(), "no demo call ended with a Cdr");
    QCOMPARE(ended->serverId, QStringLiteral("demo"));
    QVERIFY(!ended->remoteNumber.isEmpty());
    QVERIFY(!ended->localNumber.isEmpty());
    QVERIFY(ended->endMs >= ended->startMs);
}

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "TestDemoHistory.moc"
