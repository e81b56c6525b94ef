// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingFileName.h"

#include <QTest>

// Recording file names from the template: plain relative names, whatever the caller ID says.
class TestRecordingFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void make_data();
    void make();
};

void TestRecordingFileName::make_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QString() << QStringLiteral("1001") << QStringLiteral("1002")
                             << QStringLiteral("20261206-181200-1001-1002-1796532128.23.wav");
    QTest::newRow("outside caller with +") << QStringLiteral("{caller}-{date}") << QStringLiteral("+4930123")
                                           << QString() << QStringLiteral("+4930123-20261206.wav");
    QTest::newRow("path in the caller ID")
        << QStringLiteral("{caller}.wav") << QStringLiteral("../../etc/passwd") << QString()
        << QStringLiteral("_._.._etc_passwd.wav");
    QTest::newRow("line break and spaces")
        << QStringLiteral("{callee} {caller}.wav") << QStringLiteral("a\r\nb") << QStringLiteral("Zoë")
        << QStringLiteral("Zo__a__b.wav");
    QTest::newRow("no caller") << QStringLiteral("{caller}-{callee}.wav") << QString() << QString()
                               << QStringLiteral("unknown-unknown.wav");
}

void TestRecordingFileName::make()
{
    QFETCH(QString, pattern);
    QFETCH(QString, caller);
    QFETCH(QString, callee);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2026, 12, 6), QTime(18, 12, 0));
    QCOMPARE(
        RecordingFileName::make(pattern, caller, callee, when, QStringLiteral("1796532128.23")), expected);
}

QTEST_GUILESS_MAIN(TestRecordingFileName)
#include "TestRecordingFileName.moc"
