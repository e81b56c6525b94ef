// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "ui/tiles/TileGrouping.h"

#include <QTest>

using S = Pbx::ExtensionState;

class TestTileGrouping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arrangesGroupsAndNumbers();
    void parkingSpacesAreNoExtensions();
    void refreshSaysWhenATileMayMove();
    void followsInsertsAndRemovals();
    void reservedNames_data();
    void reservedNames();
};

namespace {

QStandardItemModel* office(QObject* parent)
{
    auto* m = new QStandardItemModel(parent);
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("1010"), QStringLiteral("Zed"), S::Idle, QStringLiteral("sales")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("701"), QString(), S::Idle, QStringLiteral("parkedcalls")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("99"), QStringLiteral("Alice"), S::Idle, QStringLiteral("sales")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("ops"), QStringLiteral("Ops"), S::Idle, QStringLiteral("sales")}));
    m->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("200"), QStringLiteral("Yan"), S::Idle, QStringLiteral("Accounts")}));
    return m;
}

} // namespace

void TestTileGrouping::arrangesGroupsAndNumbers()
{
    auto* source = office(this);
    TileGrouping grouping;
    grouping.reset(source);
    TileGrouping::Arrangement a = grouping.arrange();
    // The contexts (sales, Accounts) are the PBX's, not the receptionist's groups.
    QCOMPARE(a.groups, (QStringList {TileGrouping::defaultGroupName(), TileGrouping::parkingGroupName()}));
    // Numbers in numeric order (99 before 200 before 1010), names that are no number last.
    QCOMPARE(a.sourceRows, (QList<int> {2, 4, 0, 3, 1}));
    QCOMPARE(a.sizes, (QList<int> {4, 1}));

    BoardGroups groups;
    groups.moveToGroup(QStringLiteral("200"), QStringLiteral("Accounts"));
    groups.addGroup(QStringLiteral("Empty"));
    groups.setFavourite(QStringLiteral("1010"), true);
    grouping.setBoardGroups(groups);
    a = grouping.arrange();
    QCOMPARE(a.groups,
        (QStringList {TileGrouping::favouritesGroupName(), QStringLiteral("Accounts"),
            QStringLiteral("Empty"), TileGrouping::defaultGroupName(), TileGrouping::parkingGroupName()}));
    QCOMPARE(a.sourceRows, (QList<int> {0, 4, 2, 3, 1}));
    QCOMPARE(a.groupOfTile, (QList<int> {0, 1, 3, 3, 4}));
    QCOMPARE(a.sizes, (QList<int> {1, 1, 0, 2, 1}));
}

void TestTileGrouping::parkingSpacesAreNoExtensions()
{
    // Issue 17: "5 extensions" would count the parking space as one.
    auto* source = office(this);
    TileGrouping grouping;
    grouping.reset(source);
    QCOMPARE(grouping.extensionCount(), 4);
    QCOMPARE(grouping.arrange().extensions, 4);
    grouping.setFilterText(QStringLiteral("7"));
    QCOMPARE(grouping.arrange().sourceRows, QList<int> {1});
    QCOMPARE(grouping.arrange().extensions, 0);
}

void TestTileGrouping::refreshSaysWhenATileMayMove()
{
    auto* source = office(this);
    TileGrouping grouping;
    grouping.reset(source);
    QVERIFY(!grouping.refresh(source, 0)); // nothing new
    source->item(0)->setData(int(S::InUse), ExtensionRoles::State);
    QVERIFY(!grouping.refresh(source, 0)); // a state never moves a tile
    source->item(0)->setData(QStringLiteral("Zed Zulu"), ExtensionRoles::Name);
    QVERIFY(grouping.refresh(source, 0));
    QVERIFY(!grouping.refresh(source, 99)); // no such row
}

void TestTileGrouping::followsInsertsAndRemovals()
{
    auto* source = office(this);
    TileGrouping grouping;
    grouping.reset(source);
    source->insertRow(0,
        UiFixtures::extensionItem(
            {QStringLiteral("100"), QStringLiteral("New"), S::Idle, QStringLiteral("Accounts")}));
    grouping.insertRows(source, 0, 0);
    QCOMPARE(grouping.sourceRowCount(), 6);
    QCOMPARE(grouping.keyOf(0), QStringLiteral("main/100@phones"));
    QCOMPARE(grouping.keyOf(1), QStringLiteral("main/1010@phones"));
    QCOMPARE(grouping.arrange().sourceRows.mid(0, 3), (QList<int> {3, 0, 5})); // 99, 100, 200
    source->removeRows(1, 2);
    grouping.removeRows(1, 2);
    QCOMPARE(grouping.sourceRowCount(), 4);
    QCOMPARE(grouping.keyOf(1), QStringLiteral("main/99@phones"));
    QCOMPARE(grouping.extensionCount(), 4);
}

void TestTileGrouping::reservedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");
    QTest::newRow("favourites") << QStringLiteral("favourites") << true;
    QTest::newRow("default") << QStringLiteral(" Extensions ") << true;
    QTest::newRow("parking") << QStringLiteral("Parking spaces") << true;
    QTest::newRow("own") << QStringLiteral("Sales") << false;
}

void TestTileGrouping::reservedNames()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);
    QCOMPARE(TileGrouping::isReservedName(name), reserved);
}

QTEST_MAIN(TestTileGrouping)
#include "TestTileGrouping.moc"
