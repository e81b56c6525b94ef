// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "RecordedSession.h"

#include "core/ami/AmiClient.h"
#include "core/recording/RecordingStore.h"

#include <QSignalSpy>
#include <QTest>

// RecordingStore against the recorded MixMonitor sessions (09-mixmonitor-*),
// replayed over loopback TCP.
class TestRecordingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startPauseStop();
    void hangupEndsTheRecording();
};

namespace {

struct Replay
{
    FakeAmiServer server;
    AmiClient client;
    RecordingStore store;
    RecordedSession session;

    explicit Replay(const QString& name)
        : session(name, server, client)
    {
        QObject::connect(&client, &AmiClient::eventReceived, &store, &RecordingStore::apply);
    }
};

} // namespace

void TestRecordingStore::startPauseStop()
{
    Replay r(QStringLiteral("09-mixmonitor-actions"));
    QSignalSpy started(&r.store, &RecordingStore::recordingStarted);
    QSignalSpy stopped(&r.store, &RecordingStore::recordingStopped);
    QVERIFY(r.session.loggedIn());
    QVERIFY(r.session.play(2)); // the call 1001↔1002, MixMonitor on 1001's channel
    QTRY_COMPARE(started.size(), 1);
    const QString alice = QStringLiteral("PJSIP/1001-0000000d");
    const CallRecording* rec = r.store.recording(alice);
    QVERIFY(rec);
    QCOMPARE(rec->uniqueid, QStringLiteral("1796532128.23"));
    QCOMPARE(rec->startedAtMs, qint64(1796532129709));
    QCOMPARE(rec->file, QStringLiteral("/var/spool/asterisk/monitor/lab-rec-1001-1002.wav"));
    QVERIFY(!rec->paused);

    QVERIFY(r.session.play(3)); // two Getvar, then MixMonitorMute both 1 = paused
    QTRY_VERIFY(r.store.recording(alice)->paused);
    QVERIFY(r.session.play(1)); // both 0
    QTRY_VERIFY(!r.store.recording(alice)->paused);
    QVERIFY(r.session.play(2)); // read 1, read 0: one direction only, not a pause
    QVERIFY(!r.store.recording(alice)->paused);

    QVERIFY(r.session.play(1)); // a second recording on 1002's channel
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(r.store.recordings().size(), 2);
    QVERIFY(r.session.play(2)); // StopMixMonitor by id (1002), then 1001's
    QTRY_COMPARE(stopped.size(), 2);
    QCOMPARE(
        stopped.at(1).at(1).toString(), QStringLiteral("/var/spool/asterisk/monitor/lab-rec-1001-1002.wav"));
    QVERIFY(!r.store.recording(alice));
    QVERIFY(r.session.playAll()); // errors and the removed Monitor actions change nothing
    QCOMPARE(r.store.recordings().size(), 0);
}

void TestRecordingStore::hangupEndsTheRecording()
{
    Replay r(QStringLiteral("09-mixmonitor-stopped-by-hangup"));
    QSignalSpy started(&r.store, &RecordingStore::recordingStarted);
    QSignalSpy stopped(&r.store, &RecordingStore::recordingStopped);
    QVERIFY(r.session.loggedIn());
    // The call, MixMonitor on the callee, then the caller hangs up: no MixMonitorStop, only Hangup.
    QVERIFY(r.session.playAll());
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("1796532143.26"));
    QCOMPARE(stopped.at(0).at(0).toString(), QStringLiteral("1796532143.26"));
    QCOMPARE(
        stopped.at(0).at(1).toString(), QStringLiteral("/var/spool/asterisk/monitor/lab-rec-hangup.wav"));
    QCOMPARE(r.store.recordings().size(), 0);
}

QTEST_GUILESS_MAIN(TestRecordingStore)
#include "TestRecordingStore.moc"
