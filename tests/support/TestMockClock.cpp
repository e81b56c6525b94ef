// SPDX-License-Identifier: GPL-3.0-or-later
// MockClock drives every keepalive, backoff, timeout and coalescing test, so
// its own rules are checked here: deadlines in order, repeats, stop, epoch.
#include "MockClock.h"

#include <QSignalSpy>
#include <QTest>

class TestMockClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeOnlyMovesWhenAdvanced();
    void timersFireInDeadlineOrder();
    void repeatingTimerFiresEveryInterval();
    void stoppedAndDeletedTimersNeverFire();
    void timerStartedFromATimeoutFiresInTheSameAdvance();
};

void TestMockClock::timeOnlyMovesWhenAdvanced()
{
    MockClock clock(1000);
    QCOMPARE(clock.monotonicMSecs(), 0);
    QCOMPARE(clock.currentMSecsSinceEpoch(), 1000);
    clock.advance(250);
    QCOMPARE(clock.monotonicMSecs(), 250);
    QCOMPARE(clock.currentMSecsSinceEpoch(), 1250);
    QCOMPARE(clock.nextDeadline(), -1);
}

void TestMockClock::timersFireInDeadlineOrder()
{
    MockClock clock;
    QObject owner;
    QList<QPair<QString, qint64>> fired;
    ClockTimer* late = clock.createTimer(&owner);
    ClockTimer* early = clock.createTimer(&owner);
    late->setSingleShot(true);
    early->setSingleShot(true);
    connect(late, &ClockTimer::timeout, &owner, [&] {
        fired.append({QStringLiteral("late"), clock.monotonicMSecs()});
    });
    connect(early, &ClockTimer::timeout, &owner, [&] {
        fired.append({QStringLiteral("early"), clock.monotonicMSecs()});
    });
    late->start(300);
    early->start(100);
    QCOMPARE(clock.nextDeadline(), 100);

    clock.advance(99);
    QVERIFY(fired.isEmpty());
    clock.advance(1000);
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired[0], qMakePair(QStringLiteral("early"), qint64(100)));
    QCOMPARE(fired[1], qMakePair(QStringLiteral("late"), qint64(300)));
    QCOMPARE(clock.monotonicMSecs(), 1099);
    QVERIFY(!early->isActive());
    QVERIFY(!late->isActive());
}

void TestMockClock::repeatingTimerFiresEveryInterval()
{
    MockClock clock;
    QObject owner;
    ClockTimer* timer = clock.createTimer(&owner);
    timer->setSingleShot(false);
    QSignalSpy spy(timer, &ClockTimer::timeout);
    timer->start(16);
    clock.advance(100); // 16, 32, 48, 64, 80, 96
    QCOMPARE(spy.count(), 6);
    QVERIFY(timer->isActive());
    QCOMPARE(clock.nextDeadline(), 112);
}

void TestMockClock::stoppedAndDeletedTimersNeverFire()
{
    MockClock clock;
    QObject owner;
    ClockTimer* stopped = clock.createTimer(&owner);
    QSignalSpy spy(stopped, &ClockTimer::timeout);
    stopped->start(10);
    stopped->stop();
    QVERIFY(!stopped->isActive());

    ClockTimer* deleted = clock.createTimer(&owner);
    deleted->start(5);
    delete deleted;

    clock.advance(100);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(clock.nextDeadline(), -1);
}

void TestMockClock::timerStartedFromATimeoutFiresInTheSameAdvance()
{
    // Backoff: a reconnect timer restarts itself with a longer delay.
    MockClock clock;
    QObject owner;
    ClockTimer* timer = clock.createTimer(&owner);
    timer->setSingleShot(true);
    QList<qint64> at;
    connect(timer, &ClockTimer::timeout, &owner, [&] {
        at.append(clock.monotonicMSecs());
        if (at.size() < 3)
            timer->start(100 * (at.size() + 1));
    });
    timer->start(100);
    clock.advance(1000);
    QCOMPARE(at, (QList<qint64> {100, 300, 600}));
}

QTEST_GUILESS_MAIN(TestMockClock)
#include "TestMockClock.moc"
