// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"

#include "core/models/CoalescedListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// Rows holding one number each; set() marks the row dirty as the PBX models do.
class Numbers final : public CoalescedListModel
{
public:
    Numbers(int rows, Clock* clock)
        : CoalescedListModel(nullptr, clock)
        , m_values(rows, 0)
    {
        // The values views start from.
        beginResetModel();
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_values.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return index.isValid() && role == Qt::DisplayRole ? QVariant(m_values.at(index.row())) : QVariant();
    }
    void set(int row, int value)
    {
        m_values[row] = value;
        markRowDirty(row);
    }

private:
    QList<int> m_values;
};

// Rows told by dataChanged, in the order told.
QList<int> toldRows(const QSignalSpy& spy)
{
    QList<int> rows;
    for (const QList<QVariant>& signal : spy) {
        for (int r = signal.at(0).toModelIndex().row(); r <= signal.at(1).toModelIndex().row(); ++r)
            rows.append(r);
    }
    return rows;
}

} // namespace

class TestCoalescedListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyChangesGoOutInSlices();
    void flushNowSaysEverything();
};

// A resync that changes every row of a large board: each frame compares at
// most MaxRowsPerFrame rows, lowest first, and the next frames say the rest.
void TestCoalescedListModel::manyChangesGoOutInSlices()
{
    MockClock clock;
    const int rows = 2 * CoalescedListModel::MaxRowsPerFrame + 5;
    Numbers model(rows, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int r = rows - 1; r >= 0; --r)
        model.set(r, r + 1);

    QList<int> expected;
    for (int r = 0; r < CoalescedListModel::MaxRowsPerFrame; ++r)
        expected.append(r);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(toldRows(changed), expected);
    QVERIFY(model.hasPendingChanges());

    clock.advance(CoalescedListModel::FlushIntervalMs);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QVERIFY(!model.hasPendingChanges());
    expected.clear();
    for (int r = 0; r < rows; ++r)
        expected.append(r);
    QCOMPARE(toldRows(changed), expected);
    QCOMPARE(model.index(rows - 1, 0).data().toInt(), rows);
}

void TestCoalescedListModel::flushNowSaysEverything()
{
    MockClock clock;
    const int rows = CoalescedListModel::MaxRowsPerFrame + 10;
    Numbers model(rows, &clock);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int r = 0; r < rows; ++r)
        model.set(r, 7);
    model.flushNow();
    QCOMPARE(toldRows(changed).size(), rows);
    QVERIFY(!model.hasPendingChanges());
}

QTEST_GUILESS_MAIN(TestCoalescedListModel)
#include "TestCoalescedListModel.moc"
