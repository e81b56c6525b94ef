// SPDX-License-Identifier: GPL-3.0-or-later
// The parked calls panel: the countdown to the call's return is what the receptionist acts on, so a
// long name or a narrow dock cuts the name and the parker, never "returns in m:ss".
#include "core/models/ModelRoles.h"
#include "ui/calls/ParkedPanel.h"
#include "ui/common/TwoLineDelegate.h"

#include "MockClock.h"

#include <QListView>
#include <QStandardItemModel>
#include <QTest>

class TestParkedPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countdownIsNeverCut_data();
    void countdownIsNeverCut();
    void rowsSpeakTheirWords();
};

void TestParkedPanel::countdownIsNeverCut_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("chars"); // the row's width in average characters
    QTest::newRow("short name, the dock at its narrowest (1366x768)") << QStringLiteral("Ann") << 30;
    QTest::newRow("long name, narrow") << QStringLiteral("Maximiliane Hohenzollern-Sigmaringen") << 30;
    QTest::newRow("long name, very narrow") << QStringLiteral("Maximiliane Hohenzollern-Sigmaringen") << 20;
    QTest::newRow("long name, wide") << QStringLiteral("Maximiliane Hohenzollern-Sigmaringen") << 80;
}

void TestParkedPanel::countdownIsNeverCut()
{
    QFETCH(QString, name);
    QFETCH(int, chars);
    MockClock clock;
    const qint64 now = clock.currentMSecsSinceEpoch();
    QStandardItemModel model;
    auto* row = new QStandardItem;
    row->setData(QStringLiteral("701"), ParkedCallRoles::Space);
    row->setData(name, ParkedCallRoles::CallerName);
    row->setData(QStringLiteral("+15551234567"), ParkedCallRoles::CallerNumber);
    row->setData(QStringLiteral("Reception desk 1000"), ParkedCallRoles::ParkerNumber);
    row->setData(now - 5000, ParkedCallRoles::ParkedAtMs);
    row->setData(now + 42000, ParkedCallRoles::TimeoutMs);
    model.appendRow(row);
    ParkedPanel panel(nullptr, &clock);
    panel.setParkedModel(&model);

    auto* delegate = qobject_cast<TwoLineDelegate*>(panel.view()->itemDelegate());
    QVERIFY(delegate);
    const TwoLineDelegate::Lines lines = delegate->lines(model.index(0, 0));
    QCOMPARE(lines.subtitleTail, QStringLiteral("returns in 0:42"));
    QVERIFY(lines.subtitle.contains(QLatin1String("Reception desk 1000")));

    const QFontMetrics fm(panel.view()->font());
    const int width = fm.averageCharWidth() * chars;
    const TwoLineDelegate::SecondLine second = TwoLineDelegate::secondLine(fm, lines, width);
    QVERIFY2(second.tail.endsWith(QLatin1String("returns in 0:42")), qPrintable(second.tail));
    QVERIFY(fm.horizontalAdvance(second.head + second.tail) <= width);
    const bool fits = fm.horizontalAdvance(lines.subtitle + second.tail) <= width;
    QCOMPARE(second.head,
        fits ? lines.subtitle
             : fm.elidedText(lines.subtitle, Qt::ElideRight, width - fm.horizontalAdvance(second.tail)));

    // Time passes: the countdown follows the clock.
    clock.advance(30000);
    QCOMPARE(delegate->lines(model.index(0, 0)).subtitleTail, QStringLiteral("returns in 0:12"));
}

void TestParkedPanel::rowsSpeakTheirWords()
{
    // A screen reader heard "701" (the model's display text) and nothing else; a cut name had no tool tip.
    MockClock clock;
    const qint64 now = clock.currentMSecsSinceEpoch();
    QStandardItemModel model;
    auto* row = new QStandardItem(QStringLiteral("701"));
    row->setData(QStringLiteral("701"), ParkedCallRoles::Space);
    row->setData(QStringLiteral("ACME Corp"), ParkedCallRoles::CallerName);
    row->setData(QStringLiteral("+15551234567"), ParkedCallRoles::CallerNumber);
    row->setData(QStringLiteral("1000"), ParkedCallRoles::ParkerNumber);
    row->setData(now - 7000, ParkedCallRoles::ParkedAtMs);
    row->setData(now + 292000, ParkedCallRoles::TimeoutMs);
    model.appendRow(row);
    ParkedPanel panel(nullptr, &clock);
    panel.setParkedModel(&model);
    const QModelIndex shown = panel.view()->model()->index(0, 0);
    const QString spoken = shown.data(Qt::AccessibleTextRole).toString();
    QCOMPARE(spoken,
        QStringLiteral(
            "Space 701: ACME Corp +15551234567, Parked by 1000, returns in 4:52, parked for 0:07"));
    QCOMPARE(shown.data(Qt::ToolTipRole).toString(), spoken);
    // The rest of the row is the model's: Retrieve reads the space from the shown index.
    QCOMPARE(shown.data(ParkedCallRoles::Space).toString(), QStringLiteral("701"));
}

QTEST_MAIN(TestParkedPanel)
#include "TestParkedPanel.moc"
