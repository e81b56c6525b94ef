// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/CallHistory.h"
#include "core/history/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

CallRecord call(int n, CallRecord::Outcome outcome, CallRecord::Direction direction)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = QString::number(n);
    r.uniqueid = QString::number(n);
    r.localNumber = QStringLiteral("1000");
    r.remoteNumber = QStringLiteral("10%1").arg(n, 2, 10, QLatin1Char('0'));
    r.remoteName = n == 3 ? QStringLiteral("Zoë Ångström") : QStringLiteral("Caller %1").arg(n);
    r.direction = direction;
    r.outcome = outcome;
    r.startMs = 1796532212000 + n * 1000;
    r.answerMs = outcome == CallRecord::Outcome::Answered ? r.startMs + 2000 : 0;
    r.endMs = r.startMs + 62000;
    return r;
}

} // namespace

class TestHistoryModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rolesOfARow();
    void filterAndSearch_data();
    void filterAndSearch();
    void followsNewCalls();

private:
    QTemporaryDir* m_dir = nullptr;
    CallHistory* m_history = nullptr;
    HistoryModel* m_model = nullptr;
};

void TestHistoryModel::init()
{
    m_dir = new QTemporaryDir;
    m_history = new CallHistory;
    m_history->open(m_dir->filePath(QStringLiteral("h.sqlite")), 0);
    using O = CallRecord::Outcome;
    using D = CallRecord::Direction;
    m_history->record(call(1, O::Answered, D::Incoming));
    m_history->record(call(2, O::Missed, D::Incoming));
    m_history->record(call(3, O::Voicemail, D::Incoming));
    m_history->record(call(4, O::NotAnswered, D::Outgoing));
    m_history->flush();
    m_model = new HistoryModel(m_history);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    QSignalSpy loaded(m_model, &HistoryModel::loaded);
    m_model->setQuery({});
    QVERIFY(loaded.wait(5000));
}

void TestHistoryModel::cleanup()
{
    delete m_model;
    delete m_history;
    delete m_dir;
}

void TestHistoryModel::rolesOfARow()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(HistoryModel::ColumnCount));
    const QModelIndex voicemail = m_model->index(1, HistoryModel::WhoColumn);
    QCOMPARE(voicemail.data(HistoryRoles::RemoteName).toString(), QStringLiteral("Zoë Ångström"));
    QCOMPARE(voicemail.data(HistoryRoles::Outcome).toInt(), int(CallRecord::Outcome::Voicemail));
    QVERIFY(voicemail.data(HistoryRoles::Missed).toBool());
    QVERIFY(!voicemail.data(HistoryRoles::Handled).toBool());
    const QModelIndex answered = m_model->index(3, HistoryModel::DurationColumn);
    QCOMPARE(answered.data(HistoryRoles::DurationMs).toLongLong(), 60000);
    QVERIFY(!answered.data(HistoryRoles::Missed).toBool());
    QVERIFY(m_model->index(3, 0).data(HistoryRoles::Id).toLongLong() > 0);
}

void TestHistoryModel::filterAndSearch_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("missed") << int(HistoryQuery::Filter::Missed) << QString() << QStringList {"1003", "1002"};
    QTest::newRow("outgoing") << int(HistoryQuery::Filter::Outgoing) << QString() << QStringList {"1004"};
    QTest::newRow("search a name") << int(HistoryQuery::Filter::All) << QStringLiteral("caller 1")
                                   << QStringList {"1001"};
    QTest::newRow("search, nothing") << int(HistoryQuery::Filter::Incoming) << QStringLiteral("1004")
                                     << QStringList {};
}

void TestHistoryModel::filterAndSearch()
{
    QFETCH(int, filter);
    QFETCH(QString, text);
    QFETCH(QStringList, numbers);
    QSignalSpy loaded(m_model, &HistoryModel::loaded);
    m_model->setQuery({HistoryQuery::Filter(filter), text, 100});
    QVERIFY(loaded.wait(5000));
    QStringList got;
    for (int r = 0; r < m_model->rowCount(); ++r)
        got << m_model->index(r, 0).data(HistoryRoles::RemoteNumber).toString();
    QCOMPARE(got, numbers);
}

void TestHistoryModel::followsNewCalls()
{
    // Reloads come after every change (the opening's too): wait for the one with the new call.
    m_history->record(call(5, CallRecord::Outcome::Missed, CallRecord::Direction::Incoming));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 5, 5000);
    QCOMPARE(m_model->index(0, 0).data(HistoryRoles::RemoteNumber).toString(), QStringLiteral("1005"));
    m_history->markHandled({m_model->index(0, 0).data(HistoryRoles::Id).toLongLong()});
    QTRY_VERIFY_WITH_TIMEOUT(m_model->index(0, 0).data(HistoryRoles::Handled).toBool(), 5000);
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "TestHistoryModel.moc"
