// SPDX-License-Identifier: GPL-3.0-or-later
// The call log's call back: CallerIDNum is whatever the caller sent, so only
// a dialable number is called back, and a bad one is shown escaped with the
// reason instead.
#include "ui/calls/CallLogPanel.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

class TestCallLogPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callBack_data();
    void callBack();
};

void TestCallLogPanel::callBack_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("calledBack"); // empty = nothing
    QTest::addColumn<bool>("reasonShown");
    QTest::newRow("external number") << QStringLiteral("+1 555 0100") << QStringLiteral("+15550100") << false;
    QTest::newRow("extension") << QStringLiteral("1003") << QStringLiteral("1003") << false;
    QTest::newRow("second channel in the caller ID")
        << QStringLiteral("1234&PJSIP/evil@trunk") << QString() << true;
    QTest::newRow("line break in the caller ID")
        << QStringLiteral("1234\r\nAction: Command") << QString() << true;
    QTest::newRow("anonymous") << QString() << QString() << false;
}

void TestCallLogPanel::callBack()
{
    QFETCH(QString, number);
    QFETCH(QString, calledBack);
    QFETCH(bool, reasonShown);
    CallLogPanel panel;
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.addEntry(CallLogPanel::Kind::Missed, number, QStringLiteral("Caller"), 1795737600000);
    QSignalSpy callBack(&panel, &CallLogPanel::callBackRequested);
    auto* view = panel.findChild<QTreeView*>(QStringLiteral("callLogView"));
    QVERIFY(view);
    const QModelIndex who = panel.model()->index(0, 2);
    QVERIFY(!who.data().toString().contains(u'\n'));
    QCOMPARE(
        who.data(Qt::ToolTipRole).toString().contains(QLatin1String("not a dialable number")), reasonShown);
    const QRect rect = view->visualRect(who);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    if (calledBack.isEmpty()) {
        QCOMPARE(callBack.size(), 0);
    } else {
        QCOMPARE(callBack.size(), 1);
        QCOMPARE(callBack.first().at(0).toString(), calledBack);
    }
}

QTEST_MAIN(TestCallLogPanel)
#include "TestCallLogPanel.moc"
