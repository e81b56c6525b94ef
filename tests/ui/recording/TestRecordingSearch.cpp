// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recording/RecordingSearch.h"

#include <QTest>

// The recordings browser's filter: every word, folded like the directory, in
// the parties, the file name, the uniqueid or the date.
class TestRecordingSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
};

namespace {

RecordingFile file(const QString& name, const QString& caller, const QString& callee, const QDateTime& when)
{
    RecordingFile f;
    f.fileName = name;
    f.caller = caller;
    f.callee = callee;
    f.uniqueid = QStringLiteral("1796548500.7");
    f.when = when;
    return f;
}

} // namespace

void TestRecordingSearch::matches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("templated"); // the Attendant-named call, else the dialplan's "Zoë" file
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty keeps all") << QStringLiteral("  ") << true << true;
    QTest::newRow("the caller") << QStringLiteral("1001") << true << true;
    QTest::newRow("part of the callee's number") << QStringLiteral("12345") << true << true;
    QTest::newRow("both parties, any order") << QStringLiteral("0612345678 1001") << true << true;
    QTest::newRow("one word missing") << QStringLiteral("1001 1009") << true << false;
    QTest::newRow("the stored date") << QStringLiteral("2026-12-06") << true << true;
    QTest::newRow("date and hour") << QStringLiteral("2026-12-06 09:15") << true << true;
    QTest::newRow("another day") << QStringLiteral("2026-12-05") << true << false;
    QTest::newRow("the date as shown") << QStringLiteral("06.12.26") << true << true;
    QTest::newRow("the uniqueid") << QStringLiteral("1796548500") << true << true;
    QTest::newRow("a name without its accent") << QStringLiteral("zoe") << false << true;
    QTest::newRow("an accent typed, none in the name") << QStringLiteral("MÜLLER") << false << true;
    QTest::newRow("case ignored") << QStringLiteral("ZOË") << false << true;
}

void TestRecordingSearch::matches()
{
    QFETCH(QString, search);
    QFETCH(bool, templated);
    const QDateTime when(QDate(2026, 12, 6), QTime(9, 15));
    const RecordingFile f = templated
        ? file(QStringLiteral("20261206-091500-1001-0612345678-1796548500.7.wav"), QStringLiteral("1001"),
            QStringLiteral("0612345678"), when)
        : file(QStringLiteral("Zoë-Muller-call.wav"), QString(), QString(), when);
    QTEST(RecordingSearch(search).matches(f, QStringLiteral("06.12.26 09:15")), "expected");
}

QTEST_GUILESS_MAIN(TestRecordingSearch)
#include "TestRecordingSearch.moc"
