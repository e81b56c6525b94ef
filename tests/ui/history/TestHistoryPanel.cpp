// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/CallHistory.h"
#include "core/history/HistoryModel.h"
#include "core/history/HistorySchema.h"
#include "ui/history/HistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

CallRecord call(int n, CallRecord::Outcome outcome, const QString& number, const QString& name)
{
    CallRecord r;
    r.serverId = QStringLiteral("pbx1");
    r.linkedid = QString::number(n);
    r.uniqueid = QString::number(n);
    r.localNumber = QStringLiteral("1000");
    r.remoteNumber = number;
    r.remoteName = name;
    r.direction = outcome == CallRecord::Outcome::NotAnswered ? CallRecord::Direction::Outgoing
                                                              : CallRecord::Direction::Incoming;
    r.outcome = outcome;
    r.startMs = QDateTime::currentMSecsSinceEpoch() - (10 - n) * 60000;
    r.endMs = r.startMs + 30000;
    return r;
}

QAction* action(QWidget* panel, const QString& text)
{
    for (QAction* a : panel->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestHistoryPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsWordsAndSymbols();
    void filterAndSearch();
    void callBack_data();
    void callBack();
    void callBackOnDoubleClick_data();
    void callBackOnDoubleClick();
    void pickedUpElsewhereSaysByWhom();
    void markHandled();
    void copyNumber();
    void exportsTheFilteredView();
    void newerFileIsSaid();

private:
    bool waitRows(int rows);

    QTemporaryDir* m_dir = nullptr;
    CallHistory* m_history = nullptr;
    HistoryPanel* m_panel = nullptr;
};

bool TestHistoryPanel::waitRows(int rows)
{
    QSignalSpy loaded(m_panel->model(), &HistoryModel::loaded);
    while (m_panel->model()->rowCount() != rows) {
        if (!loaded.wait(5000))
            return false;
    }
    return true;
}

void TestHistoryPanel::init()
{
    m_dir = new QTemporaryDir;
    m_history = new CallHistory;
    m_history->open(m_dir->filePath(QStringLiteral("h.sqlite")), 90);
    m_panel = new HistoryPanel(m_history);
    using O = CallRecord::Outcome;
    m_history->record(call(1, O::Answered, QStringLiteral("1001"), QStringLiteral("Alice Example")));
    m_history->record(call(2, O::Missed, QStringLiteral("+49 30 1234-567"), QStringLiteral("Bob Builder")));
    m_history->record(
        call(3, O::Voicemail, QStringLiteral("1002&PJSIP/evil"), QStringLiteral("Evil\x1b[31m")));
    m_history->record(call(4, O::NotAnswered, QStringLiteral("1004"), QString()));
    new QAbstractItemModelTester(
        m_panel->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel);
    m_panel->resize(700, 300);
    m_panel->show();
    QVERIFY(waitRows(4));
}

void TestHistoryPanel::cleanup()
{
    delete m_panel;
    delete m_history;
    delete m_dir;
}

void TestHistoryPanel::showsWordsAndSymbols()
{
    const QAbstractItemModel* m = m_panel->view()->model();
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("When"));
    QVERIFY(m->index(0, HistoryModel::WhenColumn).data().toString().startsWith(QStringLiteral("Today ")));
    QCOMPARE(m->index(0, HistoryModel::CallColumn).data().toString(), QStringLiteral("↗ Called, no answer"));
    QCOMPARE(m->index(1, HistoryModel::CallColumn).data().toString(),
        QStringLiteral("✉ Missed, sent to voicemail"));
    QCOMPARE(m->index(2, HistoryModel::CallColumn).data().toString(), QStringLiteral("✗ Missed"));
    QCOMPARE(m->index(3, HistoryModel::DurationColumn).data().toString(), QString());
    // A caller's control characters are shown escaped, never sent to the screen raw.
    const QString evil = m->index(1, HistoryModel::WhoColumn).data().toString();
    QVERIFY(!evil.contains(QChar(0x1b)));
    QVERIFY(evil.contains(QStringLiteral("1002&PJSIP/evil")));
    QVERIFY(m->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    const QString spoken = m->index(2, 1).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("Missed")) && spoken.contains(QStringLiteral("Bob Builder"))
            && spoken.contains(QStringLiteral("not handled yet")),
        qPrintable(spoken));
}

void TestHistoryPanel::filterAndSearch()
{
    m_panel->setFilter(HistoryQuery::Filter::Missed);
    QVERIFY(waitRows(2));
    m_panel->searchEdit()->setText(QStringLiteral("bob"));
    QVERIFY(waitRows(1));
    QCOMPARE(m_panel->model()->index(0, 0).data(HistoryRoles::RemoteName).toString(),
        QStringLiteral("Bob Builder"));
    m_panel->setFilter(HistoryQuery::Filter::Outgoing);
    QVERIFY(waitRows(0));
    m_panel->searchEdit()->clear();
    QVERIFY(waitRows(1));
}

void TestHistoryPanel::callBack_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("dialled"); // empty: refused with a message
    QTest::newRow("separators removed") << 2 << QStringLiteral("+49301234567");
    QTest::newRow("a caller ID that is not a number") << 1 << QString();
    QTest::newRow("internal") << 3 << QStringLiteral("1001");
}

void TestHistoryPanel::callBack()
{
    QFETCH(int, row);
    QFETCH(QString, dialled);
    QSignalSpy calls(m_panel, &HistoryPanel::callBackRequested);
    QSignalSpy messages(m_panel, &HistoryPanel::messageShown);
    m_panel->view()->setCurrentIndex(m_panel->view()->model()->index(row, 0));
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_F3);
    if (dialled.isEmpty()) {
        QCOMPARE(calls.count(), 0);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(1).toBool());
    } else {
        QCOMPARE(calls.count(), 1);
        QCOMPARE(calls.at(0).at(0).toString(), dialled);
    }
}

// Moved from the session call log's test when that panel went: a double
// click calls back only a dialable caller ID, a bad one is refused with the
// reason, an anonymous call has nothing to call.
void TestHistoryPanel::callBackOnDoubleClick_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("calledBack"); // empty = nothing
    QTest::addColumn<bool>("refused");
    QTest::newRow("external number") << QStringLiteral("+1 555 0100") << QStringLiteral("+15550100") << false;
    QTest::newRow("extension") << QStringLiteral("1003") << QStringLiteral("1003") << false;
    QTest::newRow("second channel in the caller ID")
        << QStringLiteral("1234&PJSIP/evil@trunk") << QString() << true;
    QTest::newRow("line break in the caller ID")
        << QStringLiteral("1234\r\nAction: Command") << QString() << true;
    QTest::newRow("anonymous") << QString() << QString() << false;
}

void TestHistoryPanel::callBackOnDoubleClick()
{
    QFETCH(QString, number);
    QFETCH(QString, calledBack);
    QFETCH(bool, refused);
    m_history->record(call(5, CallRecord::Outcome::Missed, number, QStringLiteral("Caller")));
    QVERIFY(waitRows(5));
    QTreeView* view = m_panel->view();
    const QModelIndex who = view->model()->index(0, HistoryModel::WhoColumn);
    QCOMPARE(who.data(HistoryRoles::RemoteNumber).toString(), number);
    QVERIFY(!who.data().toString().contains(u'\n'));
    QSignalSpy calls(m_panel, &HistoryPanel::callBackRequested);
    QSignalSpy messages(m_panel, &HistoryPanel::messageShown);
    const QRect rect = view->visualRect(who);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(calls.size(), calledBack.isEmpty() ? 0 : 1);
    if (!calledBack.isEmpty())
        QCOMPARE(calls.first().at(0).toString(), calledBack);
    QCOMPARE(messages.size(), refused ? 1 : 0);
    if (refused)
        QVERIFY(messages.first().at(0).toString().contains(QLatin1String("not a dialable number")));
}

void TestHistoryPanel::pickedUpElsewhereSaysByWhom()
{
    // 04-queue-call as CallRecorder records it for the phone that rang but did not answer.
    CallRecord taken
        = call(5, CallRecord::Outcome::PickedUp, QStringLiteral("1001"), QStringLiteral("Alice"));
    taken.detail = QStringLiteral("Carol Example (1003)");
    m_history->record(taken);
    QVERIFY(waitRows(5));
    const QAbstractItemModel* m = m_panel->view()->model();
    QCOMPARE(m->index(0, HistoryModel::CallColumn).data().toString(),
        QStringLiteral("⤴ Picked up by Carol Example (1003)"));
    QVERIFY(m->index(0, 1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Carol Example")));
    // Someone took it: not a missed call, not bold, not counted.
    QVERIFY(!m->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m->index(0, 0).data(HistoryRoles::Missed).toBool());
}

void TestHistoryPanel::markHandled()
{
    QTreeView* view = m_panel->view();
    view->setCurrentIndex(view->model()->index(2, 0));
    view->selectionModel()->select(
        view->model()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction* mark = action(m_panel, QStringLiteral("Mark as handled"));
    QVERIFY(mark && mark->isEnabled());
    mark->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(2, 0).data(HistoryRoles::Handled).toBool(), 5000);
    QVERIFY(!view->model()->index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(view->model()->index(2, HistoryModel::CallColumn).data().toString(),
        QStringLiteral("✗ Missed, ✓ handled"));
    // Still there after a restart.
    delete m_panel;
    delete m_history;
    m_history = new CallHistory;
    m_history->open(m_dir->filePath(QStringLiteral("h.sqlite")), 90);
    m_panel = new HistoryPanel(m_history);
    QVERIFY(waitRows(4));
    QVERIFY(m_panel->model()->index(2, 0).data(HistoryRoles::Handled).toBool());
}

void TestHistoryPanel::copyNumber()
{
    m_panel->view()->setCurrentIndex(m_panel->view()->model()->index(2, 0));
    action(m_panel, QStringLiteral("Copy number"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("+49 30 1234-567"));
}

void TestHistoryPanel::exportsTheFilteredView()
{
    m_panel->setFilter(HistoryQuery::Filter::Missed);
    QVERIFY(waitRows(2));
    QSignalSpy messages(m_panel, &HistoryPanel::messageShown);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    m_panel->exportTo(path);
    QVERIFY(messages.wait(5000));
    QVERIFY(!messages.at(0).at(1).toBool());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two calls, and the final line end
    QVERIFY(lines.at(1).contains("Voicemail"));
    QVERIFY(lines.at(2).contains("Bob Builder"));
}

void TestHistoryPanel::newerFileIsSaid()
{
    const QString path = m_dir->filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY(HistorySchema::createVersion1(db, &error));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 9"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    CallHistory history;
    QSignalSpy opened(&history, &CallHistory::opened);
    history.open(path, 90);
    HistoryPanel panel(&history);
    QVERIFY(opened.wait(5000));
    QVERIFY(panel.noticeText().contains(QStringLiteral("newer Attendant (version 9)")));
    QVERIFY(panel.noticeText().contains(QStringLiteral("this session only")));
}

QTEST_MAIN(TestHistoryPanel)
#include "TestHistoryPanel.moc"
