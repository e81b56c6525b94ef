// SPDX-License-Identifier: GPL-3.0-or-later
// The incoming-call banner as a screen reader meets it: its accessible name
// and description are what the screen shows, the caller first. (The alert it
// raises reaches a screen reader through the platform's AT-SPI bridge, which
// the offscreen tests do not have: QAccessible::isActive() is false there.)
#include "ui/calls/IncomingCallBanner.h"

#include <QAccessible>
#include <QTest>

class TestIncomingCallBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newCallIsNamedForScreenReaders();
};

void TestIncomingCallBanner::newCallIsNamedForScreenReaders()
{
    QWidget window;
    auto* banner = new IncomingCallBanner(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(banner->accessibleName(), QStringLiteral("Incoming call"));
    banner->showCall(QStringLiteral("c1"), QStringLiteral("+15551234567"), QStringLiteral("ACME Corp"),
        QStringLiteral("queue support"));
    QCOMPARE(banner->accessibleName(), QStringLiteral("Incoming call: ACME Corp (+15551234567)"));
    QVERIFY2(banner->accessibleDescription().contains(QStringLiteral("via queue support")),
        qPrintable(banner->accessibleDescription()));
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(a);
    QCOMPARE(a->text(QAccessible::Name), banner->accessibleName());
    QCOMPARE(a->text(QAccessible::Description), banner->accessibleDescription());

    // The next call is named anew; a cleared banner goes back to its plain name.
    banner->showCall(QStringLiteral("c2"), QStringLiteral("1002"), QString(), QString());
    QCOMPARE(banner->accessibleName(), QStringLiteral("Incoming call: 1002"));
    banner->clearCall(QStringLiteral("c2"));
    QCOMPARE(banner->accessibleName(), QStringLiteral("Incoming call"));
    QVERIFY(banner->accessibleDescription().isEmpty());
}

QTEST_MAIN(TestIncomingCallBanner)
#include "TestIncomingCallBanner.moc"
