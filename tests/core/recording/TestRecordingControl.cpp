// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "RecordedSession.h"

#include "core/ami/AmiClient.h"
#include "core/recording/RecordingControl.h"
#include "core/recording/RecordingStore.h"

#include <QSignalSpy>
#include <QTest>

using Op = RecordingControl::Operation;

// RecordingControl's packets at FakeAmiServer and its outcomes from the recorded
// answers of Asterisk 22 (09-mixmonitor-actions).
class TestRecordingControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startPauseResumeStop();
    void secondStopIsRefused();
    void lineBreaksAreNotSent();
};

namespace {

struct Desk
{
    FakeAmiServer server;
    AmiClient client;
    RecordingStore store;
    RecordingControl control {&client, &store};
    RecordedSession session;
    QSignalSpy ok {&control, &RecordingControl::succeeded};
    QSignalSpy failed {&control, &RecordingControl::failed};

    Desk()
        : session(QStringLiteral("09-mixmonitor-actions"), server, client)
    {
        QObject::connect(&client, &AmiClient::eventReceived, &store, &RecordingStore::apply);
    }
    AmiMessage last(QByteArrayView action) const
    {
        const QList<AmiMessage> all = server.receivedActions(action);
        return all.value(all.size() - 1);
    }
};

const QString Alice = QStringLiteral("PJSIP/1001-0000000d");

} // namespace

void TestRecordingControl::startPauseResumeStop()
{
    Desk d;
    QVERIFY(d.session.loggedIn());
    QVERIFY(d.session.play(1)); // the call comes up
    d.control.setOptions(QStringLiteral("b"));
    d.control.start(Alice, QStringLiteral("20261206-181200-1001-1002-1796532128.23.wav"));
    QTRY_COMPARE(d.ok.size(), 1);
    const AmiMessage start = d.last("MixMonitor");
    QCOMPARE(start.value("Channel"), Alice);
    QCOMPARE(start.value("File"), QStringLiteral("20261206-181200-1001-1002-1796532128.23.wav"));
    QCOMPARE(start.value("Options"), QStringLiteral("b"));
    QTRY_VERIFY(d.store.recording(Alice));

    d.control.pause(Alice);
    QTRY_COMPARE(d.ok.size(), 2);
    QCOMPARE(d.last("MixMonitorMute").value("Direction"), QStringLiteral("both"));
    QCOMPARE(d.last("MixMonitorMute").value("State"), QStringLiteral("1"));
    QTRY_VERIFY(d.store.recording(Alice)->paused);
    d.control.resume(Alice);
    QTRY_COMPARE(d.ok.size(), 3);
    QCOMPARE(d.last("MixMonitorMute").value("State"), QStringLiteral("0"));
    QTRY_VERIFY(!d.store.recording(Alice)->paused);
    QCOMPARE(d.failed.size(), 0);
    QCOMPARE(RecordingControl::actionOf(Op::Pause), QByteArray("MixMonitorMute"));
}

void TestRecordingControl::secondStopIsRefused()
{
    Desk d;
    QVERIFY(d.session.loggedIn());
    // The first two recorded StopMixMonitor succeed, the third is refused.
    d.control.stop(QStringLiteral("PJSIP/1002-0000000e"));
    d.control.stop(Alice);
    d.control.stop(Alice);
    QTRY_COMPARE(d.failed.size(), 1);
    QCOMPARE(d.ok.size(), 2);
    QCOMPARE(d.failed.at(0).at(1).value<Op>(), Op::Stop);
    QCOMPARE(d.failed.at(0).at(3).toString(), QStringLiteral("Could not stop monitoring channel"));
}

void TestRecordingControl::lineBreaksAreNotSent()
{
    Desk d;
    QVERIFY(d.session.loggedIn());
    d.control.start(Alice, QStringLiteral("x.wav\r\nAction: Hangup"));
    d.control.stop(QString());
    QTRY_COMPARE(d.failed.size(), 2);
    QVERIFY(d.server.receivedActions("MixMonitor").isEmpty());
    QVERIFY(d.server.receivedActions("StopMixMonitor").isEmpty());
    QVERIFY(d.server.receivedActions("Hangup").isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordingControl)
#include "TestRecordingControl.moc"
