// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryCsv.h"

#include <QTest>

class TestHistoryCsv final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cell_data();
    void cell();
    void rows();
};

void TestHistoryCsv::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("csv");
    QTest::newRow("plain") << "Alice Example"
                           << "Alice Example";
    QTest::newRow("comma") << "Example, Alice"
                           << "\"Example, Alice\"";
    QTest::newRow("quote") << "Bob \"the boss\""
                           << "\"Bob \"\"the boss\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                             << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus number") << "+4930123"
                                 << "\"'+4930123\"";
    QTest::newRow("at") << "@SUM(A1)"
                        << "\"'@SUM(A1)\"";
    QTest::newRow("empty") << ""
                           << "";
}

void TestHistoryCsv::cell()
{
    QFETCH(QString, value);
    QFETCH(QString, csv);
    QCOMPARE(HistoryCsv::cell(value), csv);
}

void TestHistoryCsv::rows()
{
    CallRecord r;
    r.direction = CallRecord::Direction::Incoming;
    r.outcome = CallRecord::Outcome::Voicemail;
    r.remoteNumber = QStringLiteral("1001");
    r.remoteName = QStringLiteral("Zoë, Ångström");
    r.localNumber = QStringLiteral("1000");
    r.startMs = QDateTime(QDate(2026, 12, 6), QTime(10, 42)).toMSecsSinceEpoch();
    r.answerMs = r.startMs + 1000;
    r.endMs = r.startMs + 43000;
    const QString csv = QString::fromUtf8(HistoryCsv::write({r}));
    QCOMPARE(csv,
        QStringLiteral(
            "start,direction,outcome,number,name,extension,detail,queue,duration_seconds,handled\r\n"
            "2026-12-06T10:42:00,Incoming,Voicemail,1001,\"Zoë, Ångström\",1000,,,42,no\r\n"));
}

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "TestHistoryCsv.moc"
