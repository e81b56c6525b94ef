// SPDX-License-Identifier: GPL-3.0-or-later
// The time fields the PBX sends (Timestamp, CoreShowChannel Duration): read as
// Asterisk writes them, and absurd values read as "unknown" instead of
// overflowing (fuzz_pbx_state finding, issue 19).
#include "core/pbx/PbxStateUtil.h"

#include <QTest>

class TestPbxStateUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duration_data();
    void duration();
    void timestamp_data();
    void timestamp();
};

void TestPbxStateUtil::duration_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("recorded") << QByteArray("00:01:05") << qint64(65'000);
    QTest::newRow("plain seconds") << QByteArray("42") << qint64(42'000);
    QTest::newRow("hours") << QByteArray("26:00:00") << qint64(93'600'000);
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("letters") << QByteArray("00:0x:05") << qint64(0);
    QTest::newRow("20 digits (overflowed)") << QByteArray("33333333333333333333") << qint64(0);
    QTest::newRow("many colons (overflowed)") << QByteArray("999999:999999:999999:999999:99") << qint64(0);
}

void TestPbxStateUtil::duration()
{
    QFETCH(QByteArray, raw);
    QFETCH(qint64, ms);
    QCOMPARE(PbxStateUtil::parseDurationMs(raw), ms);
}

void TestPbxStateUtil::timestamp_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("recorded") << QByteArray("1795737750.600926") << qint64(1'795'737'750'600);
    QTest::newRow("no fraction") << QByteArray("1795737750") << qint64(1'795'737'750'000);
    QTest::newRow("short fraction") << QByteArray("1795737750.6") << qint64(1'795'737'750'600);
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("negative") << QByteArray("-5.0") << qint64(0);
    QTest::newRow("19 digits (overflowed)") << QByteArray("9223372036854775807.5") << qint64(0);
    QTest::newRow("letters in the fraction") << QByteArray("1795737750.6a") << qint64(0);
}

void TestPbxStateUtil::timestamp()
{
    QFETCH(QByteArray, raw);
    QFETCH(qint64, ms);
    QCOMPARE(PbxStateUtil::parseTimestampMs(raw), ms);
}

QTEST_GUILESS_MAIN(TestPbxStateUtil)
#include "TestPbxStateUtil.moc"
