// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "ui/main/StatusMessage.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QToolButton>

// A red error once stayed in the status bar for minutes, with no time and no
// way to close it.
class TestStatusMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void informationGoesAway();
    void errorSaysWhenAndGoesAwayAfterAMinute();
    void errorCanBeDismissed();
    void newMessageRestartsTheTime();
};

void TestStatusMessage::informationGoesAway()
{
    MockClock clock;
    StatusMessage status(nullptr, &clock);
    status.showMessage(QStringLiteral("Transferred ACME Corp to Zoë Müller"), false);
    QCOMPARE(status.text(), QStringLiteral("Transferred ACME Corp to Zoë Müller"));
    QVERIFY(status.dismissButton()->isHidden());
    clock.advance(StatusMessage::InfoShownMs - 1);
    QVERIFY(!status.text().isEmpty());
    clock.advance(1);
    QVERIFY(status.text().isEmpty());
}

void TestStatusMessage::errorSaysWhenAndGoesAwayAfterAMinute()
{
    MockClock clock;
    StatusMessage status(nullptr, &clock);
    clock.advance(10 * 3600 * 1000 + 42 * 60 * 1000); // 10:42 UTC
    status.showMessage(QStringLiteral("Could not park ACME Corp: Park failed"), true);
    const QString at = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(clock.currentMSecsSinceEpoch()).time(), QLocale::ShortFormat);
    QCOMPARE(status.text(), at + QStringLiteral(" Could not park ACME Corp: Park failed"));
    QVERIFY(status.isError());
    QVERIFY(!status.dismissButton()->isHidden());
    QVERIFY(!status.dismissButton()->accessibleName().isEmpty());
    clock.advance(StatusMessage::ErrorShownMs - 1);
    QVERIFY(!status.text().isEmpty());
    clock.advance(1);
    QVERIFY(status.text().isEmpty());
    QVERIFY(status.dismissButton()->isHidden());
}

void TestStatusMessage::errorCanBeDismissed()
{
    MockClock clock;
    StatusMessage status(nullptr, &clock);
    status.show();
    status.showMessage(QStringLiteral("Could not call Bob: the phone is busy"), true);
    QTest::mouseClick(status.dismissButton(), Qt::LeftButton);
    QVERIFY(status.text().isEmpty());
    QVERIFY(!status.isError());
}

void TestStatusMessage::newMessageRestartsTheTime()
{
    MockClock clock;
    StatusMessage status(nullptr, &clock);
    status.showMessage(QStringLiteral("first"), true);
    clock.advance(StatusMessage::ErrorShownMs - 10);
    status.showMessage(QStringLiteral("Calling Bob from your phone"), false);
    clock.advance(100); // the error's minute is over; the new message stays its own time
    QCOMPARE(status.text(), QStringLiteral("Calling Bob from your phone"));
    QVERIFY(status.dismissButton()->isHidden());
}

QTEST_MAIN(TestStatusMessage)
#include "TestStatusMessage.moc"
