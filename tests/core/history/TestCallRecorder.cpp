// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"
#include "core/history/CallHistory.h"
#include "core/history/CallRecorder.h"
#include "core/pbx/PbxState.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

namespace {

QString line(const CallRecord& r)
{
    QString s = QString::fromLatin1(QMetaEnum::fromType<CallRecord::Direction>().valueToKey(int(r.direction)))
        + u' ' + QString::fromLatin1(QMetaEnum::fromType<CallRecord::Outcome>().valueToKey(int(r.outcome)))
        + u' ' + r.localNumber + u'>' + r.remoteNumber;
    if (!r.detail.isEmpty())
        s += QStringLiteral(" to ") + r.detail;
    if (r.confirmed)
        s += QStringLiteral(" (cdr)");
    return s;
}

// One channel snapshot as Asterisk sends it, its keys prefixed ("Target" in Pickup).
void snapshot(AmiMessage& m, QByteArrayView prefix, const QStringList& v)
{
    // channel, state, state desc, caller num, caller name, connected num, connected name, context, exten,
    // uid, linkedid
    const char* keys[] = {"Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "CallerIDName",
        "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten", "Priority",
        "Uniqueid", "Linkedid"};
    const QStringList values {v[0], v[1], v[2], v[3], v[4], v[5], v[6], QStringLiteral("en"), QString(), v[7],
        v[8], QStringLiteral("1"), v[9], v[10]};
    for (int i = 0; i < 14; ++i)
        m.append(QByteArray(prefix.toByteArray() + keys[i]), values[i]);
}

AmiMessage makeEvent(const char* name, const QString& timestamp)
{
    AmiMessage m;
    m.append("Event", QByteArrayView(name));
    m.append("Privilege", QByteArrayView("call,all"));
    m.append("Timestamp", timestamp);
    return m;
}

// Bob's phone (1002) answering: in a pickup, the answer is the picker's.
const QString kAnswer = QStringLiteral("Newstate[Channel=PJSIP/1002-00000014,ChannelStateDesc=Up]#1");
// Carol's phone (1003) dialling the directed pickup code **1002, its own call.
const QStringList kPicker {QStringLiteral("PJSIP/1003-00000015"), QStringLiteral("6"), QStringLiteral("Up"),
    QStringLiteral("1003"), QStringLiteral("Carol"), QStringLiteral("<unknown>"), QStringLiteral("<unknown>"),
    QStringLiteral("phones"), QStringLiteral("**1002"), QStringLiteral("1796532168.35"),
    QStringLiteral("1796532168.35")};
// Bob's phone ringing for the operator's call in 12-cdr-answered, as its Newstate Ringing gives it.
const QStringList kTarget {QStringLiteral("PJSIP/1002-00000014"), QStringLiteral("5"),
    QStringLiteral("Ringing"), QStringLiteral("1002"), QStringLiteral("Bob"), QStringLiteral("1000"),
    QStringLiteral("Operator"), QStringLiteral("phones"), QStringLiteral("s"),
    QStringLiteral("1796532168.34"), QStringLiteral("1796532168.33")};

} // namespace

class TestCallRecorder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcome_data();
    void outcome();
    void pickedUpByFeatureCode_data();
    void pickedUpByFeatureCode();
};

void TestCallRecorder::outcome_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("cdr"); // 0: none (no cdr_manager), 1: as recorded, 2: after the hangups
    QTest::addColumn<QStringList>("records"); // newest first

    const QString answered = QStringLiteral("12-cdr-answered");
    const QString vm = QStringLiteral("12-cdr-noanswer-voicemail");
    const QString busy = QStringLiteral("12-cdr-busy");
    const QString blind = QStringLiteral("12-cdr-blind-transfer");
    const QString attended = QStringLiteral("12-cdr-attended-transfer");
    auto row
        = [](const char* name, const QString& recording, const char* device, int cdr, const char* record) {
              QTest::newRow(name) << recording << QString::fromLatin1(device) << cdr
                                  << (*record ? QStringList {QString::fromUtf8(record)} : QStringList {});
          };
    row("answered, caller", answered, "PJSIP/1000", 1, "Outgoing Answered 1000>1002 (cdr)");
    row("answered, callee", answered, "PJSIP/1002", 1, "Incoming Answered 1002>1000 (cdr)");
    row("answered, no Cdr", answered, "PJSIP/1002", 0, "Incoming Answered 1002>1000");
    row("every extension", answered, "*", 1, "Incoming Answered 1002>1000 (cdr)");
    row("someone else's call", answered, "PJSIP/1005", 1, "");
    row("no answer, voicemail, callee", vm, "PJSIP/1004", 1, "Incoming Voicemail 1004>1001 (cdr)");
    row("no answer, voicemail, caller", vm, "PJSIP/1001", 1, "Outgoing NotAnswered 1001>1004 (cdr)");
    row("no answer, voicemail, no Cdr", vm, "PJSIP/1004", 0, "Incoming Voicemail 1004>1001");
    row("no answer, voicemail, late Cdr", vm, "PJSIP/1004", 2, "Incoming Voicemail 1004>1001 (cdr)");
    // The busy greeting (VoiceMail …,b) says busy even without the Cdr's Disposition.
    row("busy, callee", busy, "PJSIP/1004", 1, "Incoming Busy 1004>1000 (cdr)");
    row("busy, caller", busy, "PJSIP/1000", 1, "Outgoing Busy 1000>1004 (cdr)");
    row("busy, no Cdr", busy, "PJSIP/1004", 0, "Incoming Busy 1004>1000");
    row("blind transfer, transferer", blind, "PJSIP/1000", 1, "Outgoing Transferred 1000>1002 to 1003 (cdr)");
    row("blind transfer, transferee", blind, "PJSIP/1002", 1, "Incoming Transferred 1002>1000 to 1003 (cdr)");
    // Five Cdr, two of them Local legs: one call each, the consultation merged away.
    row("attended transfer, transferer", attended, "PJSIP/1000", 1,
        "Outgoing Transferred 1000>1002 to 1003 (cdr)");
    row("attended transfer, target", attended, "PJSIP/1003", 1, "Incoming Answered 1003>1000 (cdr)");
    // 04-queue-call: the queue rang 1003 and 1002 at once (ringall), 1003 answered.
    const QString queue = QStringLiteral("04-queue-call");
    row("queue, answered here", queue, "PJSIP/1003", 1, "Incoming Answered 1003>1001 (cdr)");
    row("queue, picked up elsewhere", queue, "PJSIP/1002", 1,
        "Incoming PickedUp 1002>1001 to Carol Example (1003) (cdr)");
}

void TestCallRecorder::outcome()
{
    QFETCH(QString, recording);
    QFETCH(QString, device);
    QFETCH(int, cdr);
    QFETCH(QStringList, records);

    PbxState pbx(QStringLiteral("pbx1"));
    Transcript::seedPresenceHints(pbx);
    CallHistory history;
    history.open(QString(), 0);
    CallRecorder recorder(&pbx, &history);
    recorder.setOperatorDevice(device == QLatin1String("*") ? QString() : device);
    recorder.setRecordAll(device == QLatin1String("*"));
    QList<AmiMessage> late;
    for (const AmiMessage& m : Transcript::liveEvents(recording)) {
        pbx.apply(m);
        if (cdr == 1)
            recorder.applyEvent(m);
        else if (cdr == 2 && m.valueIs("Event", "Cdr"))
            late << m;
    }
    for (const AmiMessage& m : late)
        recorder.applyEvent(m);
    history.flush();
    QSignalSpy answer(&history, &CallHistory::queried);
    history.query({});
    QVERIFY(answer.wait(5000));
    QStringList got;
    for (const CallRecord& r : answer.at(0).at(1).value<CallRecords>())
        got << line(r);
    QCOMPARE(got, records);
}

// There is no recording of a pickup in tests/data/ami/22.10.1: the Pickup event
// is built from its documentation (docs.asterisk.org AMI_Events/Pickup, Asterisk
// 12+), the other events are 12-cdr-answered's (the operator 1000 calls 1002,
// Bob's phone rings, then it is answered, bridged and hung up, with its Cdr).
// Recorded for 1002, Carol (1003) dials **1002 while it rings: her Newchannel
// (shaped like 03-call-phone-dials-1001-to-1003's) goes in before the answer,
// the Pickup before it or, since Asterisk publishes Pickup once it has swapped
// the two channels, after it. That swap (the masquerade's renames) is left
// out; the picker's channel hangs up last.
void TestCallRecorder::pickedUpByFeatureCode_data()
{
    QTest::addColumn<QString>("before"); // the event Pickup goes before
    QTest::newRow("before the answer") << kAnswer;
    QTest::newRow("after the answer") << QStringLiteral("BridgeCreate#1");
}

void TestCallRecorder::pickedUpByFeatureCode()
{
    QFETCH(QString, before);
    PbxState pbx(QStringLiteral("pbx1"));
    Transcript::seedPresenceHints(pbx);
    CallHistory history;
    history.open(QString(), 0);
    CallRecorder recorder(&pbx, &history);
    recorder.setOperatorDevice(QStringLiteral("PJSIP/1002"));
    QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("12-cdr-answered"));
    const qsizetype answer = Transcript::find(events, kAnswer);
    const qsizetype at = Transcript::find(events, before);
    QVERIFY(answer > 0 && at >= answer);
    AmiMessage dial = makeEvent("Newchannel", QStringLiteral("1796532168.597900"));
    QStringList ringing = kPicker;
    ringing[1] = QStringLiteral("4");
    ringing[2] = QStringLiteral("Ring");
    snapshot(dial, "", ringing);
    AmiMessage pickup = makeEvent("Pickup", QStringLiteral("1796532168.598600"));
    snapshot(pickup, "", kPicker);
    snapshot(pickup, "Target", kTarget);
    AmiMessage hangup = makeEvent("Hangup", QStringLiteral("1796532170.100000"));
    snapshot(hangup, "", kPicker);
    hangup.append("Cause", QByteArrayView("16"));
    hangup.append("Cause-txt", QByteArrayView("Normal Clearing"));
    events.insert(at, pickup);
    events.insert(answer, dial); // Carol dialled **1002 before the answer
    events.append(hangup);
    for (const AmiMessage& m : events) {
        pbx.apply(m);
        recorder.applyEvent(m);
    }
    history.flush();
    QSignalSpy answered(&history, &CallHistory::queried);
    history.query({});
    QVERIFY(answered.wait(5000));
    QStringList got;
    for (const CallRecord& r : answered.at(0).at(1).value<CallRecords>())
        got << line(r);
    QCOMPARE(got, QStringList {QStringLiteral("Incoming PickedUp 1002>1000 to Carol (1003) (cdr)")});
}

QTEST_GUILESS_MAIN(TestCallRecorder)
#include "TestCallRecorder.moc"
