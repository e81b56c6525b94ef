// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTestClient.h"
#include "DemoTestOffice.h"
#include "MockClock.h"
#include "core/recording/RecordingScan.h"
#include "demo/DemoPbx.h"
#include "demo/DemoRecording.h"
#include "demo/DemoWorld.h"

#include <QFile>
#include <QTest>

#include <memory>

// The demo PBX records calls like Asterisk 22's MixMonitor (09-mixmonitor-*): the
// recorded answers and errors, the events with the recorded headers, and no
// MixMonitorStop when a recorded channel hangs up.
namespace {

const QString Transcripts = QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/");

QStringList recordedKeys(const QString& transcript, QByteArrayView event)
{
    QFile f(Transcripts + transcript + QStringLiteral(".recv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    AmiParser parser;
    parser.feed(f.readAll());
    QList<AmiMessage> all;
    parser.takeMessages(all);
    for (const AmiMessage& m : all) {
        if (m.eventName() == event) {
            QStringList keys;
            for (qsizetype i = 0; i < m.size(); ++i)
                keys.append(QString::fromLatin1(m.keyAt(i)));
            return keys;
        }
    }
    return {};
}

QStringList keys(const AmiMessage& m)
{
    QStringList out;
    for (qsizetype i = 0; i < m.size(); ++i)
        out.append(QString::fromLatin1(m.keyAt(i)));
    return out;
}

AmiMessage action(QByteArrayView name, const QList<std::pair<QByteArrayView, QString>>& headers)
{
    AmiMessage m;
    m.append("Action", name);
    m.append("ActionID", QByteArrayView("rec-1"));
    for (const auto& [key, value] : headers)
        m.append(key, value);
    return m;
}

} // namespace

class TestDemoRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startMuteStopAsRecorded();
    void errorsAsRecorded();
    void hangupSendsNoStop();
    void officeHasRecordedCalls();
    void recordingWritesARealFile();

private:
    AmiMessage ask(const AmiMessage& a);
    int count(QByteArrayView name);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
    std::unique_ptr<DemoTestClient> m_clientPtr;
    DemoTestClient& client() { return *m_clientPtr; }
    QString m_callId;
    QString m_caller;
};

void TestDemoRecording::init()
{
    m_clock = std::make_unique<MockClock>();
    m_pbx = startScriptedDemo(m_clock.get());
    QVERIFY(m_pbx);
    m_clientPtr = std::make_unique<DemoTestClient>();
    QVERIFY(loginAsPanel(client(), *m_pbx, true));
    m_callId = m_pbx->startCall(QStringLiteral("1001"), QStringLiteral("1002"));
    QVERIFY(m_pbx->answer(m_callId));
    m_caller = m_pbx->world()->channel(m_callId)->name;
}

void TestDemoRecording::cleanup()
{
    m_clientPtr.reset();
    m_pbx.reset();
    m_clock.reset();
}

AmiMessage TestDemoRecording::ask(const AmiMessage& a)
{
    client().send(a);
    return client().nextResponse();
}

int TestDemoRecording::count(QByteArrayView name)
{
    if (!client().sync())
        return -1;
    int n = 0;
    for (const AmiMessage& m : client().received())
        n += m.eventName() == name ? 1 : 0;
    return n;
}

void TestDemoRecording::startMuteStopAsRecorded()
{
    const AmiMessage r = ask(action("MixMonitor",
        {{"Channel", m_caller}, {"File", QStringLiteral("lab-rec.wav")},
            {"Options", QStringLiteral("bi(MIXID)")}}));
    QCOMPARE(r.response(), QByteArrayView("Success"));
    QVERIFY(r.value("MixMonitorID").startsWith(QStringLiteral("0x")));
    QVERIFY(!r.contains("Message"));
    AmiMessage started;
    QVERIFY(
        client().waitFor([](const AmiMessage& m) { return m.eventName() == "MixMonitorStart"; }, &started));
    QCOMPARE(keys(started), recordedKeys(QStringLiteral("09-mixmonitor-actions"), "MixMonitorStart"));
    const auto file = std::find_if(client().received().cbegin(), client().received().cend(),
        [](const AmiMessage& m) { return m.valueIs("Variable", "MIXMONITOR_FILENAME"); });
    QVERIFY(file != client().received().cend());
    QCOMPARE(file->value("Value"), QStringLiteral("/var/spool/asterisk/monitor/lab-rec.wav"));

    const AmiMessage muted = ask(action("MixMonitorMute",
        {{"Channel", m_caller}, {"Direction", QStringLiteral("both")}, {"State", QStringLiteral("1")}}));
    QCOMPARE(muted.response(), QByteArrayView("Success"));
    AmiMessage muteEvent;
    QVERIFY(
        client().waitFor([](const AmiMessage& m) { return m.eventName() == "MixMonitorMute"; }, &muteEvent));
    QCOMPARE(keys(muteEvent), recordedKeys(QStringLiteral("09-mixmonitor-actions"), "MixMonitorMute"));
    QCOMPARE(muteEvent.value("State"), QStringLiteral("1"));

    QCOMPARE(ask(action("StopMixMonitor", {{"Channel", m_caller}})).response(), QByteArrayView("Success"));
    QCOMPARE(count("MixMonitorStop"), 1);
    QCOMPARE(ask(action("StopMixMonitor", {{"Channel", m_caller}})).message(),
        QStringLiteral("Could not stop monitoring channel"));
}

void TestDemoRecording::errorsAsRecorded()
{
    QCOMPARE(ask(action("MixMonitor",
                     {{"Channel", QStringLiteral("PJSIP/1099-00000000")}, {"File", QStringLiteral("x.wav")}}))
                 .message(),
        QStringLiteral("No such channel"));
    QCOMPARE(ask(action("MixMonitor", {{"File", QStringLiteral("x.wav")}})).message(),
        QStringLiteral("No channel specified"));
    QCOMPARE(ask(action("MixMonitorMute", {{"Channel", m_caller}, {"State", QStringLiteral("1")}})).message(),
        QStringLiteral("No direction specified. Must be read, write or both"));
    QCOMPARE(ask(action("PauseMonitor", {{"Channel", m_caller}})).message(),
        QStringLiteral(
            "Invalid/unknown command: PauseMonitor. Use Action: ListCommands to show available commands."));
}

void TestDemoRecording::hangupSendsNoStop()
{
    QCOMPARE(ask(action("MixMonitor",
                     {{"Channel", m_caller}, {"File", QStringLiteral("lab-rec-hangup.wav")},
                         {"Options", QStringLiteral("b")}}))
                 .response(),
        QByteArrayView("Success"));
    QVERIFY(m_pbx->recording()->isRecording(m_callId));
    QVERIFY(m_pbx->hangup(m_callId, true));
    m_clock->advance(0);
    QCOMPARE(count("Hangup"), 2);
    QCOMPARE(count("MixMonitorStop"), 0);
    QCOMPARE(m_pbx->recording()->count(), 0);
}

void TestDemoRecording::officeHasRecordedCalls()
{
    // Read as the desk reads them: complete WAVs whose names follow the default template.
    const RecordingScan::Result r = RecordingScan::scan(m_pbx->monitorPath(), {});
    QCOMPARE(r.problem, RecordingScan::Problem::None);
    QCOMPARE(r.files.size(), 2);
    for (const RecordingFile& f : r.files) {
        QCOMPARE(f.state, RecordingFile::State::Complete);
        QVERIFY(f.namedByTemplate);
        QVERIFY(!f.uniqueid.isEmpty());
    }
    QCOMPARE(r.files[0].caller, QStringLiteral("+15551234567"));
    QCOMPARE(r.files[0].durationMs, qint64(47000));
    QCOMPARE(r.files[1].durationMs, qint64(12000));
    QVERIFY(r.files[0].when > r.files[1].when);
}

void TestDemoRecording::recordingWritesARealFile()
{
    const QString file = QStringLiteral("20261206-120000-1001-1002-%1.wav").arg(m_callId);
    QCOMPARE(
        ask(action("MixMonitor", {{"Channel", m_caller}, {"File", file}, {"Options", QStringLiteral("b")}}))
            .response(),
        QByteArrayView("Success"));
    const QString path = m_pbx->monitorPath() + u'/' + file;
    RecordingFile live = RecordingScan::readFile(m_pbx->monitorPath(), file, {});
    QCOMPARE(live.state, RecordingFile::State::Growing); // format_wav's lengths are still 0
    QCOMPARE(live.caller, QStringLiteral("1001"));
    m_clock->advance(9000);
    QCOMPARE(ask(action("StopMixMonitor", {{"Channel", m_caller}})).response(), QByteArrayView("Success"));
    const RecordingFile done = RecordingScan::readFile(m_pbx->monitorPath(), file, {});
    QCOMPARE(done.state, RecordingFile::State::Complete);
    QCOMPARE(done.durationMs, qint64(9000));
    QCOMPARE(done.path, path);

    // Ended by the hangup (no MixMonitorStop): complete too.
    const QString second = QStringLiteral("second.wav");
    QCOMPARE(ask(action("MixMonitor", {{"Channel", m_caller}, {"File", second}})).response(),
        QByteArrayView("Success"));
    m_clock->advance(3000);
    QVERIFY(m_pbx->hangup(m_callId, true));
    m_clock->advance(0);
    const RecordingFile ended = RecordingScan::readFile(m_pbx->monitorPath(), second, {});
    QCOMPARE(ended.state, RecordingFile::State::Complete);
    QCOMPARE(ended.durationMs, qint64(3000));
}

QTEST_GUILESS_MAIN(TestDemoRecording)
#include "TestDemoRecording.moc"
