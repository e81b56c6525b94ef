// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"

#include "ui/common/SecondTicker.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

class TestSecondTicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneBeatPerWindow();
    void beatsOncePerSecond();
};

void TestSecondTicker::oneBeatPerWindow()
{
    // Issue 13 item 6: the board and the calls, queue and parked panels of one
    // window share one beat instead of four timers.
    MockClock clock;
    QWidget window;
    auto* board = new QWidget(&window);
    auto* panel = new QWidget(&window);
    auto* nested = new QWidget(panel);
    SecondTicker* ticker = SecondTicker::of(board, &clock);
    QVERIFY(ticker);
    QCOMPARE(SecondTicker::of(panel, &clock), ticker);
    QCOMPARE(SecondTicker::of(nested), ticker);
    QCOMPARE(window.findChildren<SecondTicker*>().size(), 1);
    QWidget other;
    QVERIFY(SecondTicker::of(&other, &clock) != ticker);
}

void TestSecondTicker::beatsOncePerSecond()
{
    MockClock clock;
    QWidget window;
    QSignalSpy ticked(SecondTicker::of(&window, &clock), &SecondTicker::ticked);
    clock.advance(999);
    QCOMPARE(ticked.size(), 0);
    clock.advance(1);
    QCOMPARE(ticked.size(), 1);
    clock.advance(5000);
    QCOMPARE(ticked.size(), 6);
}

QTEST_MAIN(TestSecondTicker)
#include "TestSecondTicker.moc"
