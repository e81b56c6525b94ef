// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "Transcript.h"
#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiParser.h"
#include "core/ami/AmiRequest.h"
#include "core/history/CallHistory.h"
#include "core/history/CallRecorder.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSync.h"
#include "demo/DemoCalls.h"
#include "demo/DemoPbx.h"

#include <QFile>
#include <QRegularExpression>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The end of a call as the channels and cdr_manager tell it, in order:
// DialEnd, HangupRequest, SoftHangupRequest, Hangup and Cdr, each channel
// named by its role (caller, callee; "-" for none).
QStringList endTrace(const QList<AmiMessage>& all, const QString& caller, const QString& callee)
{
    const QString a = QStringLiteral("PJSIP/") + caller + QLatin1Char('-');
    const QString b = QStringLiteral("PJSIP/") + callee + QLatin1Char('-');
    auto role = [&](const QString& channel) {
        if (channel.startsWith(a))
            return QStringLiteral("caller");
        if (channel.startsWith(b))
            return QStringLiteral("callee");
        return channel.isEmpty() ? QStringLiteral("-") : QStringLiteral("other");
    };
    QString linkedid;
    for (const AmiMessage& m : all) {
        if (m.eventName() == "Newchannel" && m.value("Channel").startsWith(a)) {
            linkedid = m.value("Linkedid");
            break;
        }
    }
    static const QList<QByteArrayView> Names {
        "DialEnd", "HangupRequest", "SoftHangupRequest", "Hangup", "Cdr"};
    QStringList trace;
    for (const AmiMessage& m : all) {
        const QByteArrayView name = m.eventName();
        if (linkedid.isEmpty() || !Names.contains(name))
            continue;
        if (name == "Cdr") {
            if (m.value("UniqueID") == linkedid) {
                trace << QStringLiteral("Cdr %1 → %2: %3, %4")
                             .arg(role(m.value("Channel")), role(m.value("DestinationChannel")),
                                 m.value("Disposition"), m.value("LastApplication"));
            }
        } else if (m.value("Linkedid") == linkedid) {
            QString line = QString::fromLatin1(name) + u' ' + role(m.value("Channel"));
            if (name == "DialEnd")
                line += u' ' + m.value("DialStatus");
            trace << line;
        }
    }
    return trace;
}

// The Originate action a recording's client sent, as an AmiRequest.
AmiRequest recordedOriginate(const QString& name)
{
    QFile f(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + name + QStringLiteral(".sent"));
    AmiParser parser;
    if (f.open(QIODevice::ReadOnly))
        parser.feed(f.readAll());
    QList<AmiMessage> sent;
    parser.takeMessages(sent);
    AmiRequest request("Originate");
    for (const AmiMessage& m : sent) {
        if (!m.valueIs("Action", "Originate"))
            continue;
        for (qsizetype i = 0; i < m.size(); ++i) {
            const QByteArray key = m.keyAt(i).toByteArray();
            if (key != "Action" && key != "ActionID")
                request.set(key, m.valueAt(i));
        }
    }
    return request;
}

} // namespace

// The call history fed by the demo PBX as attendant --demo feeds it: the demo's
// generated calls end up in the file with an outcome, and its Cdr events
// (cdr_manager's fields, as recorded in 12-cdr-*) confirm them.
class TestDemoHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoCallsAreRecordedAndConfirmed();
    void noAnswerToVoicemailCdrs();
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

// 04-voicemail-no-answer-mwi: 1000 is originated to 1004, nobody answers, Dial
// gives up and the caller leaves a message. cdr_manager then sends two records,
// the Dial's (NO ANSWER) and the VoiceMail's, before the caller's Hangup.
// (Asterisk's CDR engine runs on its own thread: 12-cdr-noanswer-voicemail has
// the same two records after the Hangup; the demo follows the recording its
// flow is taken from, CallRecorder reads either order.)
void TestDemoHistory::noAnswerToVoicemailCdrs()
{
    MockClock clock;
    DemoPbx pbx(nullptr, &clock);
    pbx.setEventRate(0); // only the recorded call
    pbx.setCredentials(QStringLiteral("panel"), QStringLiteral("panelpass"));
    QVERIFY2(pbx.start(), qPrintable(pbx.errorString()));
    PbxServerConfig config;
    config.id = QStringLiteral("demo");
    config.connection.port = pbx.serverPort();
    config.connection.username = QStringLiteral("panel");
    PbxServer server(config, nullptr, &clock);
    server.setSecret(QStringLiteral("panelpass"));
    QSignalSpy synced(server.sync(), &PbxSync::finished);
    server.start();
    QVERIFY(synced.wait(10000));
    QList<AmiMessage> events;
    connect(server.client(), &AmiClient::eventReceived, this,
        [&events](const AmiMessage& m) { events.append(m); });
    QSignalSpy arrived(server.client(), &AmiClient::eventReceived);
    auto waitFor = [&](const QString& name, const QString& channelPrefix) {
        const auto seen = [&] {
            return std::any_of(events.cbegin(), events.cend(), [&](const AmiMessage& m) {
                return m.eventName() == name.toLatin1() && m.value("Channel").startsWith(channelPrefix);
            });
        };
        while (!seen() && arrived.wait(5000))
            continue;
        return seen();
    };
    AmiAction* originate
        = server.client()->send(recordedOriginate(QStringLiteral("04-voicemail-no-answer-mwi")));
    QSignalSpy queued(originate, &AmiAction::finished);
    QVERIFY(queued.wait(5000));
    clock.advance(0);
    QVERIFY(waitFor(QStringLiteral("Newchannel"), QStringLiteral("PJSIP/1004-")));
    clock.advance(DemoCalls::DialTimeoutMs); // nobody answers
    QVERIFY(waitFor(QStringLiteral("DialEnd"), QStringLiteral("PJSIP/1000-")));
    clock.advance(10000); // the caller speaks for 3 to 8 seconds
    QVERIFY(waitFor(QStringLiteral("Hangup"), QStringLiteral("PJSIP/1000-")));

    const QString caller = QStringLiteral("1000");
    const QString callee = QStringLiteral("1004");
    const QStringList expected
        = endTrace(Transcript::load(QStringLiteral("04-voicemail-no-answer-mwi")), caller, callee);
    QVERIFY(expected.contains(QStringLiteral("Cdr caller → callee: NO ANSWER, Dial")));
    QCOMPARE(endTrace(events, caller, callee), expected);
    // The records themselves as 12-cdr-noanswer-voicemail (1001 to 1004) has them.
    const QRegularExpression cdr(QStringLiteral("^Cdr "));
    const QStringList recorded = endTrace(
        Transcript::load(QStringLiteral("12-cdr-noanswer-voicemail")), QStringLiteral("1001"), callee)
                                     .filter(cdr);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(endTrace(events, caller, callee).filter(cdr), recorded);
}

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "TestDemoHistory.moc"
