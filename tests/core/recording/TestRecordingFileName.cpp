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
    void parseBack_data();
    void parseBack();
    void check_data();
    void check();
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

void TestRecordingFileName::parseBack_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<QString>("uniqueid");
    QTest::newRow("default") << QString() << "20261206-181200-1001-1002-1796532128.23.wav" << true << "1001"
                             << "1002"
                             << "1796532128.23";
    QTest::newRow("wav49 extension") << QString() << "20261206-181200-1001-1002-1796532128.23.WAV" << true
                                     << "1001"
                                     << "1002"
                                     << "1796532128.23";
    QTest::newRow("literal text and dots") << "rec.{caller}.to.{callee}.wav"
                                           << "rec.201.to.0612.wav" << true << "201"
                                           << "0612"
                                           << "";
    QTest::newRow("another name") << QString() << "q-1001.wav" << false << ""
                                  << ""
                                  << "";
    QTest::newRow("impossible date") << QString() << "20261399-181200-1001-1002-1.2.wav" << false << ""
                                     << ""
                                     << "";
}

void TestRecordingFileName::parseBack()
{
    QFETCH(QString, pattern);
    QFETCH(QString, fileName);
    QFETCH(bool, matches);
    const auto parts = RecordingFileName::parse(pattern, fileName);
    QCOMPARE(parts.has_value(), matches);
    if (!parts)
        return;
    QTEST(parts->caller, "caller");
    QTEST(parts->callee, "callee");
    QTEST(parts->uniqueid, "uniqueid");
    // What make() writes, parse() reads back.
    const QDateTime when(QDate(2026, 12, 6), QTime(18, 12, 0));
    const QString made
        = RecordingFileName::make(pattern, parts->caller, parts->callee, when, parts->uniqueid);
    const auto again = RecordingFileName::parse(pattern, made);
    QVERIFY(again);
    QCOMPARE(again->caller, parts->caller);
    QCOMPARE(again->uniqueid, parts->uniqueid);
}

void TestRecordingFileName::check_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("problem");
    QTest::newRow("default") << QString::fromLatin1(RecordingFileName::DefaultTemplate)
                             << int(RecordingFileName::Problem::None);
    QTest::newRow("empty") << " " << int(RecordingFileName::Problem::Empty);
    QTest::newRow("no placeholder") << "call.wav" << int(RecordingFileName::Problem::NoPlaceholder);
    QTest::newRow("typo") << "{calller}.wav" << int(RecordingFileName::Problem::UnknownPlaceholder);
    QTest::newRow("folder") << "{date}/{uniqueid}.wav" << int(RecordingFileName::Problem::Directory);
}

void TestRecordingFileName::check()
{
    QFETCH(QString, pattern);
    QFETCH(int, problem);
    QCOMPARE(int(RecordingFileName::check(pattern)), problem);
}

QTEST_GUILESS_MAIN(TestRecordingFileName)
#include "TestRecordingFileName.moc"
