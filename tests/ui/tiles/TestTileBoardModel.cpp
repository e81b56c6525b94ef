// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "ui/tiles/TileBoardModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using UiFixtures::Ext;
using S = Pbx::ExtensionState;

namespace {

// "H:Sales" for headers, numbers for tiles, in display order.
QStringList layout(const TileBoardModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        const QModelIndex i = m.index(r, 0);
        out << (m.isHeader(i) ? QStringLiteral("H:") + i.data(Qt::DisplayRole).toString()
                              : i.data(ExtensionRoles::Number).toString());
    }
    return out;
}

QStandardItemModel* smallOffice(QObject* parent)
{
    auto* m = new QStandardItemModel(parent);
    // Deliberately unsorted, numbers of different lengths.
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1010"), QStringLiteral("Zed"), S::Idle, QStringLiteral("Sales")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("200"), QStringLiteral("Yan"), S::Idle, QStringLiteral("Support")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1002"), QStringLiteral("Bob Brown"), S::InUse, QStringLiteral("Sales")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("99"), QStringLiteral("Alice Adams"), S::Busy, QStringLiteral("Sales")}));
    m->appendRow(UiFixtures::extensionItem({QStringLiteral("300"), QString(), S::Unknown, QString()}));
    return m;
}

// The receptionist's groups for smallOffice: the same order a board sorted by
// context once had (the contexts themselves are never shown).
BoardGroups officeGroups()
{
    BoardGroups g;
    g.moveToGroup(QStringLiteral("300"), QStringLiteral("Other"));
    for (const char* n : {"1010", "1002", "99"})
        g.moveToGroup(QString::fromLatin1(n), QStringLiteral("Sales"));
    g.moveToGroup(QStringLiteral("200"), QStringLiteral("Support"));
    return g;
}

} // namespace

class TestTileBoardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsAndOrder();
    void staleTileSaysSoToScreenReaders();
    void parkingSpacesLastAndContextsNeverShown();
    void ownGroupsInTheirOrderEmptyOnesToo();
    void filter_data();
    void filter();
    void favouritesAndOverrides();
    void forwardsValueChangesWithoutRebuild();
    void forwardsOnlyTheChangedTilesAndRoles();
    void renameInPlaceMovesNothing();
    void filterIgnoresAccents_data();
    void filterIgnoresAccents();
    void groupChangeMovesTileAndKeepsSelection();
    void rowsInsertedAndRemoved();
    void headersAreNotSelectableOrDraggable();
    void mimeDataCarriesKey();
};

void TestTileBoardModel::groupsAndOrder()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Other"), QStringLiteral("300"), QStringLiteral("H:Sales"),
            QStringLiteral("99"), QStringLiteral("1002"), QStringLiteral("1010"), QStringLiteral("H:Support"),
            QStringLiteral("200")}));
    QCOMPARE(m.tileCount(), 5);
    QCOMPARE(m.index(2, 0).data(TileBoardModel::GroupSizeRole).toInt(), 3);
    // Tiles forward the source's roles.
    const QModelIndex bob = m.index(4, 0);
    QCOMPARE(bob.data(ExtensionRoles::Name).toString(), QStringLiteral("Bob Brown"));
    QCOMPARE(S(bob.data(ExtensionRoles::State).toInt()), S::InUse);
    QCOMPARE(m.mapToSource(bob), source->index(2, 0));
    QCOMPARE(m.mapFromSource(source->index(2, 0)), bob);
}

void TestTileBoardModel::parkingSpacesLastAndContextsNeverShown()
{
    QStandardItemModel source;
    source.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("701"), QString(), S::Idle, QStringLiteral("parkedcalls")}));
    source.appendRow(
        UiFixtures::extensionItem({QStringLiteral("1001"), QString(), S::Idle, QStringLiteral("phones")}));
    source.appendRow(
        UiFixtures::extensionItem({QStringLiteral("8000"), QString(), S::Idle, QStringLiteral("queues")}));
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(&source);
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Extensions"), QStringLiteral("1001"), QStringLiteral("8000"),
            QStringLiteral("H:Parking spaces"), QStringLiteral("701")}));
}

void TestTileBoardModel::ownGroupsInTheirOrderEmptyOnesToo()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    // Nobody grouped anything: one translated group, whatever the contexts.
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Extensions"), QStringLiteral("99"), QStringLiteral("200"),
            QStringLiteral("300"), QStringLiteral("1002"), QStringLiteral("1010")}));
    BoardGroups g;
    g.addGroup(QStringLiteral("Reception"));
    g.moveToGroup(QStringLiteral("200"), QStringLiteral("Support"));
    g.moveToGroup(QStringLiteral("1010"), QStringLiteral("Accounts"));
    g.setFavourite(QStringLiteral("1002"), true);
    m.setBoardGroups(g);
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Favourites"), QStringLiteral("1002"), QStringLiteral("H:Reception"),
            QStringLiteral("H:Support"), QStringLiteral("200"), QStringLiteral("H:Accounts"),
            QStringLiteral("1010"), QStringLiteral("H:Extensions"), QStringLiteral("99"),
            QStringLiteral("300")}));
    QCOMPARE(m.index(2, 0).data(TileBoardModel::GroupSizeRole).toInt(), 0);
    QVERIFY(m.index(2, 0).data(TileBoardModel::OwnGroupRole).toBool());
    QVERIFY(!m.index(7, 0).data(TileBoardModel::OwnGroupRole).toBool());
    QVERIFY(m.index(3, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("Group Support, 1 ")));
    // The order is the receptionist's, not the alphabet's.
    g.moveGroup(QStringLiteral("Accounts"), -2);
    m.setBoardGroups(g);
    QCOMPARE(layout(m).mid(2, 3),
        (QStringList {QStringLiteral("H:Accounts"), QStringLiteral("1010"), QStringLiteral("H:Reception")}));
    // While filtering, an empty group is no match.
    m.setFilterText(QStringLiteral("99"));
    QCOMPARE(layout(m), (QStringList {QStringLiteral("H:Extensions"), QStringLiteral("99")}));
}

void TestTileBoardModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by name, any case")
        << QStringLiteral("bob") << QStringList {QStringLiteral("H:Sales"), QStringLiteral("1002")};
    QTest::newRow("by number part") << QStringLiteral("00")
                                    << QStringList {QStringLiteral("H:Other"), QStringLiteral("300"),
                                           QStringLiteral("H:Sales"), QStringLiteral("1002"),
                                           QStringLiteral("H:Support"), QStringLiteral("200")};
    QTest::newRow("name across groups") << QStringLiteral("a")
                                        << QStringList {QStringLiteral("H:Sales"), QStringLiteral("99"),
                                               QStringLiteral("H:Support"), QStringLiteral("200")};
    QTest::newRow("nothing matches") << QStringLiteral("xyz") << QStringList {};
}

void TestTileBoardModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    m.setFilterText(text);
    QCOMPARE(layout(m), expected);
    m.setFilterText(QString());
    QCOMPARE(m.tileCount(), 5);
}

void TestTileBoardModel::favouritesAndOverrides()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    BoardGroups g = officeGroups();
    g.setFavourite(QStringLiteral("200"), true);
    g.renameGroup(QStringLiteral("Other"), QStringLiteral("Lobby"));
    m.setBoardGroups(g);
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Favourites"), QStringLiteral("200"), QStringLiteral("H:Lobby"),
            QStringLiteral("300"), QStringLiteral("H:Sales"), QStringLiteral("99"), QStringLiteral("1002"),
            QStringLiteral("1010"), QStringLiteral("H:Support")}));
}

void TestTileBoardModel::forwardsValueChangesWithoutRebuild()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy rebuilt(&m, &TileBoardModel::layoutRebuilt);
    source->item(2)->setData(int(S::Ringing), ExtensionRoles::State);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m.index(4, 0));
    QCOMPARE(S(m.index(4, 0).data(ExtensionRoles::State).toInt()), S::Ringing);
    QCoreApplication::processEvents();
    QCOMPARE(rebuilt.size(), 0); // a state change never re-sorts
}

void TestTileBoardModel::forwardsOnlyTheChangedTilesAndRoles()
{
    // Issue 13 item 6: a frame of the core model names rows 0–3 and the State
    // role; the board repaints those four tiles (rows 5, 7, 4, 3 on the board)
    // and says which roles, never the whole board.
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&m, &QAbstractItemModel::layoutChanged);
    Q_EMIT source->dataChanged(source->index(0, 0), source->index(3, 0), {ExtensionRoles::State});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 7);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(ExtensionRoles::State));
    QVERIFY(roles.contains(Qt::AccessibleTextRole)); // the spoken words include the state
    QVERIFY(roles.contains(Qt::ToolTipRole));
    QVERIFY(!roles.contains(Qt::DisplayRole)); // the name did not change
    QCoreApplication::processEvents();
    QCOMPARE(layouts.size(), 0);
}

void TestTileBoardModel::renameInPlaceMovesNothing()
{
    // Zed becomes "Zed Zulu": still 1010, still Sales, the same place. The
    // board checks (a rebuild) but tells views no layout change.
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&m, &QAbstractItemModel::layoutChanged);
    QSignalSpy rebuilt(&m, &TileBoardModel::layoutRebuilt);
    source->item(0)->setData(QStringLiteral("Zed Zulu"), ExtensionRoles::Name);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(m.index(5, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Zed Zulu (1010)"));
    QVERIFY(rebuilt.wait());
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(m.index(5, 0).data(ExtensionRoles::Number).toString(), QStringLiteral("1010"));
}

void TestTileBoardModel::filterIgnoresAccents_data()
{
    // Issue 17: the board folds like the directory does.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("jose finds José") << QStringLiteral("jose")
                                     << QStringList {QStringLiteral("H:Extensions"), QStringLiteral("1020")};
    QTest::newRow("NUNEZ finds Núñez")
        << QStringLiteral("NUNEZ") << QStringList {QStringLiteral("H:Extensions"), QStringLiteral("1020")};
    QTest::newRow("accents typed find plain names")
        << QStringLiteral("Zoé") << QStringList {QStringLiteral("H:Extensions"), QStringLiteral("1021")};
    QTest::newRow("çelik finds Celik")
        << QStringLiteral("çelik") << QStringList {QStringLiteral("H:Extensions"), QStringLiteral("1022")};
}

void TestTileBoardModel::filterIgnoresAccents()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStandardItemModel source;
    source.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1020"), QStringLiteral("José Núñez"), S::Idle, QStringLiteral("Sales")}));
    source.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1021"), QStringLiteral("Zoe Adams"), S::Idle, QStringLiteral("Sales")}));
    source.appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1022"), QStringLiteral("Ayşe Celik"), S::Idle, QStringLiteral("Sales")}));
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(&source);
    m.setFilterText(text);
    QCOMPARE(layout(m), expected);
}

void TestTileBoardModel::staleTileSaysSoToScreenReaders()
{
    // Item 7: what a screen reader says for a tile of an unreachable server.
    auto* source = smallOffice(this);
    TileBoardModel m;
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    const QModelIndex tile = m.index(4, 0);
    QVERIFY(!tile.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("last known")));
    const qint64 lostAt = QDateTime(QDate(2026, 12, 6), QTime(10, 42)).toMSecsSinceEpoch();
    source->item(2)->setData(lostAt, ExtensionRoles::StaleSinceMs);
    const QString spoken = tile.data(Qt::AccessibleTextRole).toString();
    const QString time = QLocale().toString(QTime(10, 42), QLocale::ShortFormat);
    QVERIFY2(spoken.endsWith(QStringLiteral("last known ") + time), qPrintable(spoken));
}

void TestTileBoardModel::groupChangeMovesTileAndKeepsSelection()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QPersistentModelIndex bob = m.index(4, 0);
    QCOMPARE(bob.data(ExtensionRoles::Number).toString(), QStringLiteral("1002"));
    BoardGroups g = officeGroups();
    g.moveToGroup(QStringLiteral("1002"), QStringLiteral("Support"));
    m.setBoardGroups(g);
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Other"), QStringLiteral("300"), QStringLiteral("H:Sales"),
            QStringLiteral("99"), QStringLiteral("1010"), QStringLiteral("H:Support"), QStringLiteral("200"),
            QStringLiteral("1002")}));
    QVERIFY(bob.isValid());
    QCOMPARE(bob.data(ExtensionRoles::Number).toString(), QStringLiteral("1002"));
    QCOMPARE(bob.row(), 7);
}

void TestTileBoardModel::rowsInsertedAndRemoved()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QSignalSpy rebuilt(&m, &TileBoardModel::layoutRebuilt);
    source->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1001"), QStringLiteral("New"), S::Idle, QStringLiteral("Sales")}));
    // Until the coalesced rebuild the existing tiles still show their own rows.
    QCOMPARE(m.index(4, 0).data(ExtensionRoles::Number).toString(), QStringLiteral("1002"));
    QVERIFY(rebuilt.wait());
    // Nobody grouped the newcomer: it joins the extensions nobody grouped, last.
    QCOMPARE(layout(m).mid(8), (QStringList {QStringLiteral("H:Extensions"), QStringLiteral("1001")}));

    source->removeRow(0); // 1010: the rows after it shift in the source, not on the board
    QCOMPARE(m.index(4, 0).data(ExtensionRoles::Number).toString(), QStringLiteral("1002"));
    QVERIFY(!m.index(5, 0).data(ExtensionRoles::Number).isValid()); // gone, awaiting the rebuild
    QVERIFY(rebuilt.wait());
    QVERIFY(!layout(m).contains(QStringLiteral("1010")));

    source->removeRow(0); // 200, the only Support tile: the receptionist's group stays, empty
    QVERIFY(rebuilt.wait());
    QVERIFY(!layout(m).contains(QStringLiteral("200")));
    QVERIFY(layout(m).contains(QStringLiteral("H:Support")));
    QCOMPARE(m.tileCount(), 4);

    source->clear(); // a reset rebuilds at once; the receptionist's groups wait for their tiles
    QCOMPARE(layout(m),
        (QStringList {QStringLiteral("H:Other"), QStringLiteral("H:Sales"), QStringLiteral("H:Support")}));
    QCOMPARE(m.tileCount(), 0);
}

void TestTileBoardModel::headersAreNotSelectableOrDraggable()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    QCOMPARE(m.flags(m.index(0, 0)), Qt::NoItemFlags);
    QVERIFY(m.flags(m.index(1, 0)) & Qt::ItemIsSelectable);
    QVERIFY(m.flags(m.index(1, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(m.flags(m.index(1, 0)) & Qt::ItemIsDropEnabled);
}

void TestTileBoardModel::mimeDataCarriesKey()
{
    auto* source = smallOffice(this);
    TileBoardModel m;
    m.setSourceModel(source);
    m.setBoardGroups(officeGroups());
    std::unique_ptr<QMimeData> mime(m.mimeData({m.index(0, 0), m.index(4, 0)}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QStringLiteral("application/x-attendant-extension")), QByteArray("main/1002@phones"));
    QCOMPARE(m.indexForKey(QStringLiteral("main/1002@phones")), m.index(4, 0));
    QVERIFY(!m.mimeData({m.index(0, 0)}));
}

QTEST_MAIN(TestTileBoardModel)
#include "TestTileBoardModel.moc"
