// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/RecordingRules.h"
#include "core/recording/CallRecording.h"

#include <QTest>

using Action = RecordingRules::Action;
using Refusal = RecordingRules::Refusal;

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Refusal)

// What the tile menu, the keys and the recording panel may offer for a call's
// recording, decided without widgets.
class TestRecordingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void keysSayWhatTheyWillDo();
};

namespace {

enum class Rec
{
    None,
    Running,
    Paused,
};

} // namespace

Q_DECLARE_METATYPE(Rec)

void TestRecordingRules::check_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("hasCall");
    QTest::addColumn<Rec>("rec");
    QTest::addColumn<bool>("permitted");
    QTest::addColumn<Refusal>("expected");

    QTest::newRow("start an unrecorded call") << Action::Start << true << Rec::None << true << Refusal::None;
    QTest::newRow("start without a call") << Action::Start << false << Rec::None << true << Refusal::NoCall;
    QTest::newRow("start a call someone else records")
        << Action::Start << true << Rec::Running << true << Refusal::AlreadyRecording;
    QTest::newRow("start without the write class")
        << Action::Start << true << Rec::None << false << Refusal::NoRights;
    QTest::newRow("pause a running recording")
        << Action::Pause << true << Rec::Running << true << Refusal::None;
    QTest::newRow("pause a paused one")
        << Action::Pause << true << Rec::Paused << true << Refusal::AlreadyPaused;
    QTest::newRow("pause nothing") << Action::Pause << true << Rec::None << true << Refusal::NotRecording;
    QTest::newRow("resume a paused one") << Action::Resume << true << Rec::Paused << true << Refusal::None;
    QTest::newRow("resume a running one")
        << Action::Resume << true << Rec::Running << true << Refusal::NotPaused;
    QTest::newRow("stop a paused one") << Action::Stop << true << Rec::Paused << true << Refusal::None;
    QTest::newRow("stop nothing") << Action::Stop << true << Rec::None << false << Refusal::NotRecording;
    QTest::newRow("stop without the write class")
        << Action::Stop << true << Rec::Running << false << Refusal::NoRights;
}

void TestRecordingRules::check()
{
    QFETCH(Action, action);
    QFETCH(bool, hasCall);
    QFETCH(Rec, rec);
    QFETCH(bool, permitted);
    CallRecording r;
    r.channel = QStringLiteral("PJSIP/1001-0000000d");
    r.paused = rec == Rec::Paused;
    QTEST(RecordingRules::check(action, hasCall, rec == Rec::None ? nullptr : &r, permitted), "expected");
}

void TestRecordingRules::keysSayWhatTheyWillDo()
{
    CallRecording r;
    QCOMPARE(RecordingRules::startStop(nullptr), Action::Start);
    QCOMPARE(RecordingRules::startStop(&r), Action::Stop);
    QCOMPARE(RecordingRules::pauseResume(&r), Action::Pause);
    r.paused = true;
    QCOMPARE(RecordingRules::pauseResume(&r), Action::Resume);
}

QTEST_GUILESS_MAIN(TestRecordingRules)
#include "TestRecordingRules.moc"
