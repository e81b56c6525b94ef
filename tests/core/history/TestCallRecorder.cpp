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

} // namespace

class TestCallRecorder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcome_data();
    void outcome();
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

QTEST_GUILESS_MAIN(TestCallRecorder)
#include "TestCallRecorder.moc"
