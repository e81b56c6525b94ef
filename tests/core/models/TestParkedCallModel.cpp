// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/ModelRoles.h"
#include "core/models/ParkedCallModel.h"
#include "core/pbx/PbxState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestParkedCallModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parkedRows_data();
    void parkedRows();
    void relistingChangesNothing();
    void serverRemovedTakesItsRows();
};

void TestParkedCallModel::parkedRows_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("space");
    QTest::addColumn<qint64>("parkedAtMs");
    QTest::addColumn<qint64>("timeoutMs");

    QTest::newRow("Bob parked on 701 by the operator")
        << "04-park-and-retrieve"
        << "ParkedCall#1" << 1 << "701" << qint64(1795737834315) << qint64(1795737954315);
    QTest::newRow("Carol retrieved 701") << "04-park-and-retrieve"
                                         << "UnParkedCall#1" << 0 << "" << qint64(0) << qint64(0);
    QTest::newRow("Bob parked on 702 for 6 s")
        << "04-park-timeout"
        << "ParkedCall#1" << 1 << "702" << qint64(1795737846447) << qint64(1795737852447);
    QTest::newRow("702 timed out") << "04-park-timeout"
                                   << "ParkedCallTimeOut#1" << 0 << "" << qint64(0) << qint64(0);
}

void TestParkedCallModel::parkedRows()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(int, rows);
    QFETCH(QString, space);
    QFETCH(qint64, parkedAtMs);
    QFETCH(qint64, timeoutMs);

    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    ParkedCallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    QCOMPARE(model.rowCount(), rows);
    if (rows == 0)
        return;
    using namespace ParkedCallRoles;
    const QModelIndex idx = model.index(0, 0);
    QCOMPARE(idx.data(Space).toString(), space);
    QCOMPARE(idx.data(Lot).toString(), QStringLiteral("default"));
    QCOMPARE(idx.data(CallerNumber).toString(), QStringLiteral("1002"));
    QCOMPARE(idx.data(CallerName).toString(), QStringLiteral("Bob"));
    QCOMPARE(idx.data(ParkerNumber).toString(), QStringLiteral("1000"));
    QCOMPARE(idx.data(ConnectedName).toString(), QStringLiteral("Operator"));
    QCOMPARE(idx.data(ParkedAtMs).toLongLong(), parkedAtMs);
    QCOMPARE(idx.data(TimeoutMs).toLongLong(), timeoutMs);
    QCOMPARE(idx.data(Channel).toString().section(QLatin1Char('-'), 0, 0), QStringLiteral("PJSIP/1002"));
    QCOMPARE(idx.data(Key).toString(), QStringLiteral("lab/") + space + QStringLiteral("@default"));
}

void TestParkedCallModel::relistingChangesNothing()
{
    // The ParkedCalls list repeats the parked call: no new row, no change.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    ParkedCallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-park-and-retrieve"));
    pbx.apply(messages[Transcript::find(messages, QStringLiteral("ParkedCall#2"))]);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestParkedCallModel::serverRemovedTakesItsRows()
{
    MockClock clock;
    PbxState a(QStringLiteral("a"));
    PbxState b(QStringLiteral("b"));
    QVERIFY(Transcript::replay(a, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    QVERIFY(Transcript::replay(b, QStringLiteral("04-park-timeout"), QStringLiteral("ParkedCall#1")));
    ParkedCallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&a);
    model.addServer(&b);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.indexOf(&b, QStringLiteral("702@default")).isValid());
    model.removeServer(&b);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ParkedCallRoles::Space).toString(), QStringLiteral("701"));
}

QTEST_GUILESS_MAIN(TestParkedCallModel)
#include "TestParkedCallModel.moc"
