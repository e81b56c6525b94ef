// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/voicemail/ListeningProgress.h"

#include "MockClock.h"

#include <QSignalSpy>
#include <QTest>

class TestListeningProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void playingAloneIsNotHeard();
    void heardAfterASecondOfAudio();
    void shortMessageHeardAtHalf();
    void seekingIsNotListening();
    void endAfterSomeAudioIsHeard();
    void endAtZeroIsNotHeard();
    void stallWhenPositionDoesNotMove();
    void noStallWhilePausedOrProgressing();
    void resetForTheNextMessage();
};

void TestListeningProgress::playingAloneIsNotHeard()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    p.reset(3000);
    p.setPlaying(true);
    p.setPosition(0);
    QCOMPARE(heard.size(), 0);
    QVERIFY(!p.isHeard());
}

void TestListeningProgress::heardAfterASecondOfAudio()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    p.reset(3000);
    p.setPlaying(true);
    for (qint64 pos = 100; pos < 1000; pos += 100)
        p.setPosition(pos);
    QCOMPARE(heard.size(), 0);
    p.setPosition(1000);
    QCOMPARE(heard.size(), 1);
    p.setPosition(2000);
    QCOMPARE(heard.size(), 1); // once per message
}

void TestListeningProgress::shortMessageHeardAtHalf()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    p.reset(600);
    p.setPlaying(true);
    p.setPosition(200);
    QCOMPARE(heard.size(), 0);
    p.setPosition(300);
    QCOMPARE(heard.size(), 1);
}

void TestListeningProgress::seekingIsNotListening()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    p.reset(10000);
    p.setPosition(5000); // Right arrow while paused
    p.setPlaying(true);
    p.setPosition(8000); // a jump while playing
    QCOMPARE(heard.size(), 0);
    QCOMPARE(p.playedMs(), 0);
    p.setPosition(8100);
    QCOMPARE(p.playedMs(), 100);
}

void TestListeningProgress::endAfterSomeAudioIsHeard()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    p.reset(); // length unknown
    p.setPlaying(true);
    p.setPosition(150);
    p.reachedEnd();
    QCOMPARE(heard.size(), 1);
}

void TestListeningProgress::endAtZeroIsNotHeard()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    p.reset(3000);
    p.setPlaying(true);
    p.reachedEnd();
    QCOMPARE(heard.size(), 0);
}

void TestListeningProgress::stallWhenPositionDoesNotMove()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy stalled(&p, &ListeningProgress::stalled);
    p.reset(3000);
    p.setPlaying(true);
    clock.advance(ListeningProgress::kStallTimeoutMs - 1);
    QCOMPARE(stalled.size(), 0);
    clock.advance(1);
    QCOMPARE(stalled.size(), 1);
}

void TestListeningProgress::noStallWhilePausedOrProgressing()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy stalled(&p, &ListeningProgress::stalled);
    p.reset(60000);
    p.setPlaying(true);
    for (qint64 pos = 100; pos <= 10000; pos += 100) {
        clock.advance(100);
        p.setPosition(pos);
    }
    QCOMPARE(stalled.size(), 0);
    p.setPlaying(false);
    clock.advance(60000);
    QCOMPARE(stalled.size(), 0);
    // Stuck in the middle (a share that stops answering) is a stall too.
    p.setPlaying(true);
    clock.advance(ListeningProgress::kStallTimeoutMs);
    QCOMPARE(stalled.size(), 1);
}

void TestListeningProgress::resetForTheNextMessage()
{
    MockClock clock;
    ListeningProgress p(&clock);
    QSignalSpy heard(&p, &ListeningProgress::heard);
    QSignalSpy stalled(&p, &ListeningProgress::stalled);
    p.reset(1000);
    p.setPlaying(true);
    p.setPosition(600);
    QCOMPARE(heard.size(), 1);
    p.reset(1000);
    QVERIFY(!p.isHeard());
    clock.advance(ListeningProgress::kStallTimeoutMs);
    QCOMPARE(stalled.size(), 0); // not playing any more
    p.setPlaying(true);
    p.setPosition(600);
    QCOMPARE(heard.size(), 2);
}

QTEST_GUILESS_MAIN(TestListeningProgress)
#include "TestListeningProgress.moc"
