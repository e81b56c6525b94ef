// SPDX-License-Identifier: GPL-3.0-or-later
// ServerRows: the row index stays right through appends, inserts and
// removals (moved in place near the end, rebuilt after many), for two servers.
#include "core/models/ServerRows.h"

#include <QTest>

namespace {
struct Row
{
    const PbxState* state = nullptr;
    QString key;
};
// Two distinct server identities; ServerRows only compares the pointers.
const auto* const First = reinterpret_cast<const PbxState*>(quintptr(0x10));
const auto* const Second = reinterpret_cast<const PbxState*>(quintptr(0x20));
} // namespace

class TestServerRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexFollowsEveryChange_data();
    void indexFollowsEveryChange();
};

void TestServerRows::indexFollowsEveryChange_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("removeAt");
    QTest::addColumn<int>("removeCount");
    QTest::newRow("near the end: moved in place") << 3000 << 2990 << 3;
    QTest::newRow("the last row") << 3000 << 2999 << 1;
    QTest::newRow("at the start: rebuilt") << 3000 << 0 << 2;
    QTest::newRow("in the middle") << 3000 << 1200 << 40;
}

void TestServerRows::indexFollowsEveryChange()
{
    QFETCH(int, rows);
    QFETCH(int, removeAt);
    QFETCH(int, removeCount);
    ServerRows<Row> table;
    QList<Row> expected;
    for (int i = 0; i < rows; ++i) {
        const Row row {i % 3 == 0 ? Second : First, QString::number(1000 + i)};
        table.append(row);
        expected.append(row);
    }
    QCOMPARE(table.indexOf(First, QStringLiteral("1001")), 1);
    table.removeRange(removeAt, removeCount);
    expected.remove(removeAt, removeCount);
    table.insert(5, Row {First, QStringLiteral("inserted")});
    expected.insert(5, Row {First, QStringLiteral("inserted")});
    table.removeAt(table.size() - 1);
    expected.removeLast();
    QCOMPARE(table.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(table.at(i).key, expected.at(i).key);
        QCOMPARE(table.indexOf(expected.at(i).state, expected.at(i).key), int(i));
        // The same key under the other server is another row, or none.
        const PbxState* other = expected.at(i).state == First ? Second : First;
        QCOMPARE(table.indexOf(other, expected.at(i).key), -1);
    }
    for (int i = removeAt; i < removeAt + removeCount; ++i)
        QCOMPARE(table.indexOf(i % 3 == 0 ? Second : First, QString::number(1000 + i)), -1);
}

QTEST_GUILESS_MAIN(TestServerRows)
#include "TestServerRows.moc"
