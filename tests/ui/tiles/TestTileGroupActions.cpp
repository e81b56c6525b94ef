// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "ui/common/MimeTypes.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileGroupActions.h"
#include "ui/tiles/TileGrouping.h"
#include "ui/tiles/TileView.h"

#include <QDateTime>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {

// "H:Sales" for headings, numbers for tiles, in board order.
QStringList layout(const TileBoardModel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        out << (m->isHeader(i) ? QStringLiteral("H:") + i.data(Qt::DisplayRole).toString()
                               : i.data(ExtensionRoles::Number).toString());
    }
    return out;
}

QAction* actionNamed(const QMenu* menu, const QString& text)
{
    const auto actions = menu->actions();
    for (QAction* a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

// The receptionist's gestures on groups and favourites (issue 17): the tile
// menu, a tile dropped on a heading, a heading's menu, the View menu's Groups.
class TestTileGroupActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void favouritesFromTheTileMenu();
    void moveToGroupFromTheTileMenu();
    void newGroupFromTheTileMenu();
    void tileDroppedOnAHeading();
    void dropOnParkingOrOwnGroupIsRefused();
    void headingMenuRenamesMovesDeletes();
    void refusedNamesAreSaid_data();
    void refusedNamesAreSaid();

private:
    QModelIndex tile(const QString& number) const;
    QRect headingRect(const QString& group) const;
    bool dropTile(const QString& number, const QString& group, QString* tooltip = nullptr);

    ExtensionBoard* m_board = nullptr;
    TileGroupActions* m_groups = nullptr;
    QStringList m_answers; // what the name dialog is answered, in turn
    QSignalSpy* m_changed = nullptr;
    QSignalSpy* m_messages = nullptr;
};

void TestTileGroupActions::init()
{
    m_board = new ExtensionBoard;
    auto* model = UiFixtures::officeExtensions(m_board, QDateTime::currentMSecsSinceEpoch());
    model->appendRow(UiFixtures::extensionItem(
        {QStringLiteral("701"), QString(), Pbx::ExtensionState::Idle, QStringLiteral("parkedcalls")}));
    m_board->setExtensionModel(model);
    m_groups = m_board->groupActions();
    m_answers.clear();
    m_groups->setNameAsker([this](const QString&, const QString&, const QString&) {
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    });
    m_changed = new QSignalSpy(m_groups, &TileGroupActions::changed);
    m_messages = new QSignalSpy(m_groups, &TileGroupActions::messageShown);
    m_board->resize(1000, 800);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board));
}

void TestTileGroupActions::cleanup()
{
    delete m_changed;
    delete m_messages;
    delete m_board;
    m_board = nullptr;
}

QModelIndex TestTileGroupActions::tile(const QString& number) const
{
    const TileBoardModel* m = m_board->boardModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (!m->isHeader(m->index(r, 0)) && m->index(r, 0).data(ExtensionRoles::Number).toString() == number)
            return m->index(r, 0);
    }
    return {};
}

QRect TestTileGroupActions::headingRect(const QString& group) const
{
    const TileBoardModel* m = m_board->boardModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->isHeader(m->index(r, 0)) && m->index(r, 0).data(Qt::DisplayRole).toString() == group)
            return m_board->view()->visualRect(m->index(r, 0));
    }
    return {};
}

bool TestTileGroupActions::dropTile(const QString& number, const QString& group, QString* tooltip)
{
    m_board->view()->doItemsLayout();
    const QPoint at = headingRect(group).center();
    QMimeData mime;
    mime.setData(
        QString::fromLatin1(MimeTypes::kExtension), tile(number).data(ExtensionRoles::Key).toByteArray());
    QWidget* target = m_board->view()->viewport();
    const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
    QDragEnterEvent enter(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (tooltip) {
        bool allowed = false;
        *tooltip = m_groups->dropText(tile(number), group, &allowed);
        if (allowed != move.isAccepted())
            return false;
    }
    QDropEvent drop(QPointF(at), actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

void TestTileGroupActions::favouritesFromTheTileMenu()
{
    QMenu menu;
    m_groups->populateTileMenu(&menu, tile(QStringLiteral("1005")));
    QAction* add = actionNamed(&menu, QStringLiteral("Add to favourites"));
    QVERIFY(add);
    add->trigger();
    QCOMPARE(layout(m_board->boardModel()).mid(0, 2),
        (QStringList {QStringLiteral("H:Favourites"), QStringLiteral("1005")}));
    QCOMPARE(m_changed->size(), 1);
    QCOMPARE(m_changed->last().at(0).value<BoardGroups>().favourites(), QStringList {QStringLiteral("1005")});
    QCOMPARE(m_messages->last().at(0).toString(), QStringLiteral("Eve Evans added to the favourites."));

    QMenu again;
    m_groups->populateTileMenu(&again, tile(QStringLiteral("1005")));
    QVERIFY(!actionNamed(&again, QStringLiteral("Add to favourites")));
    actionNamed(&again, QStringLiteral("Remove from favourites"))->trigger();
    QVERIFY(!layout(m_board->boardModel()).contains(QStringLiteral("H:Favourites")));
    QVERIFY(m_changed->last().at(0).value<BoardGroups>().favourites().isEmpty());

    // A parking space is no person: no favourites, no groups.
    QMenu parking;
    m_groups->populateTileMenu(&parking, tile(QStringLiteral("701")));
    QVERIFY(parking.isEmpty());
}

void TestTileGroupActions::moveToGroupFromTheTileMenu()
{
    BoardGroups start;
    start.addGroup(QStringLiteral("Sales"));
    start.addGroup(QStringLiteral("Support"));
    m_groups->setBoardGroups(start);
    QMenu menu;
    m_groups->populateTileMenu(&menu, tile(QStringLiteral("1002")));
    auto* move = menu.findChild<QMenu*>(QStringLiteral("moveToGroupMenu"));
    QVERIFY(move);
    // The receptionist's groups, the default one (checked: nobody grouped 1002), a new group.
    QAction* extensions = actionNamed(move, TileGrouping::defaultGroupName());
    QVERIFY(extensions && extensions->isChecked());
    QVERIFY(actionNamed(move, QStringLiteral("New group…")));
    actionNamed(move, QStringLiteral("Support"))->trigger();
    QCOMPARE(
        tile(QStringLiteral("1002")).data(TileBoardModel::GroupRole).toString(), QStringLiteral("Support"));
    QCOMPARE(layout(m_board->boardModel()).mid(0, 4),
        (QStringList {QStringLiteral("H:Sales"), QStringLiteral("H:Support"), QStringLiteral("1002"),
            QStringLiteral("H:Extensions")}));
    QCOMPARE(m_changed->last().at(0).value<BoardGroups>().groupOf(QStringLiteral("1002")),
        QStringLiteral("Support"));

    // And back among the extensions nobody grouped.
    QMenu back;
    m_groups->populateTileMenu(&back, tile(QStringLiteral("1002")));
    auto* moveBack = back.findChild<QMenu*>(QStringLiteral("moveToGroupMenu"));
    QVERIFY(actionNamed(moveBack, QStringLiteral("Support"))->isChecked());
    actionNamed(moveBack, TileGrouping::defaultGroupName())->trigger();
    QCOMPARE(tile(QStringLiteral("1002")).data(TileBoardModel::GroupRole).toString(),
        TileGrouping::defaultGroupName());
    QVERIFY(m_changed->last().at(0).value<BoardGroups>().members().isEmpty());
}

void TestTileGroupActions::newGroupFromTheTileMenu()
{
    QMenu menu;
    m_groups->populateTileMenu(&menu, tile(QStringLiteral("1003")));
    m_answers << QStringLiteral("  Front   desk ");
    actionNamed(menu.findChild<QMenu*>(QStringLiteral("moveToGroupMenu")), QStringLiteral("New group…"))
        ->trigger();
    QCOMPARE(layout(m_board->boardModel()).mid(0, 2),
        (QStringList {QStringLiteral("H:Front desk"), QStringLiteral("1003")}));
    QCOMPARE(m_groups->boardGroups().groups(), QStringList {QStringLiteral("Front desk")});
    // Cancelled: nothing made.
    QVERIFY(!m_groups->newGroup());
    QCOMPARE(m_groups->boardGroups().groups().size(), 1);
}

void TestTileGroupActions::tileDroppedOnAHeading()
{
    BoardGroups start;
    start.addGroup(QStringLiteral("Sales"));
    start.setFavourite(QStringLiteral("1001"), true);
    m_groups->setBoardGroups(start);
    // An empty group shows its heading: a place to drop the first tile.
    QVERIFY(headingRect(QStringLiteral("Sales")).isValid());
    QString tooltip;
    QVERIFY(dropTile(QStringLiteral("1004"), QStringLiteral("Sales"), &tooltip));
    QCOMPARE(tooltip, QStringLiteral("Move Dave Davis to “Sales”"));
    QCOMPARE(
        tile(QStringLiteral("1004")).data(TileBoardModel::GroupRole).toString(), QStringLiteral("Sales"));
    QCOMPARE(m_changed->size(), 1);
    // On the favourites' heading: a favourite.
    QVERIFY(dropTile(QStringLiteral("1006"), TileGrouping::favouritesGroupName(), &tooltip));
    QCOMPARE(tooltip, QStringLiteral("Add Frank Foster to the favourites"));
    QVERIFY(m_groups->boardGroups().isFavourite(QStringLiteral("1006")));
    // On the default heading: out of its group.
    QVERIFY(dropTile(QStringLiteral("1004"), TileGrouping::defaultGroupName()));
    QCOMPARE(m_groups->boardGroups().groupOf(QStringLiteral("1004")), QString());
    QCOMPARE(m_changed->size(), 3);
}

void TestTileGroupActions::dropOnParkingOrOwnGroupIsRefused()
{
    QString tooltip;
    QVERIFY(!dropTile(QStringLiteral("1004"), TileGrouping::parkingGroupName(), &tooltip));
    QCOMPARE(tooltip, QStringLiteral("Parking spaces keep their own group"));
    QVERIFY(!dropTile(QStringLiteral("1004"), TileGrouping::defaultGroupName(), &tooltip));
    QCOMPARE(tooltip, QStringLiteral("Dave Davis is in “Extensions” already"));
    QCOMPARE(m_changed->size(), 0);
}

void TestTileGroupActions::headingMenuRenamesMovesDeletes()
{
    BoardGroups start;
    start.addGroup(QStringLiteral("Sales"));
    start.addGroup(QStringLiteral("Support"));
    start.moveToGroup(QStringLiteral("1005"), QStringLiteral("Support"));
    m_groups->setBoardGroups(start);

    QMenu own;
    m_groups->populateGroupMenu(&own, QStringLiteral("Support"));
    QVERIFY(actionNamed(&own, QStringLiteral("Move group up"))->isEnabled());
    QVERIFY(!actionNamed(&own, QStringLiteral("Move group down"))->isEnabled());
    actionNamed(&own, QStringLiteral("Move group up"))->trigger();
    QCOMPARE(
        m_groups->boardGroups().groups(), (QStringList {QStringLiteral("Support"), QStringLiteral("Sales")}));
    QCOMPARE(layout(m_board->boardModel()).first(), QStringLiteral("H:Support"));

    m_answers << QStringLiteral("Customer care");
    QMenu rename;
    m_groups->populateGroupMenu(&rename, QStringLiteral("Support"));
    actionNamed(&rename, QStringLiteral("Rename group…"))->trigger();
    QCOMPARE(tile(QStringLiteral("1005")).data(TileBoardModel::GroupRole).toString(),
        QStringLiteral("Customer care"));

    QMenu remove;
    m_groups->populateGroupMenu(&remove, QStringLiteral("Customer care"));
    actionNamed(&remove, QStringLiteral("Delete group"))->trigger();
    QCOMPARE(tile(QStringLiteral("1005")).data(TileBoardModel::GroupRole).toString(),
        TileGrouping::defaultGroupName());
    QCOMPARE(m_messages->last().at(0).toString(),
        QStringLiteral("Group “Customer care” deleted; its extensions are back in “Extensions”."));
    QCOMPARE(m_changed->last().at(0).value<BoardGroups>().groups(), QStringList {QStringLiteral("Sales")});

    // The board's own groups have no such menu.
    QMenu builtIn;
    m_groups->populateGroupMenu(&builtIn, TileGrouping::defaultGroupName());
    QVERIFY(builtIn.isEmpty());
    // The View menu's Groups: a new group, then each group with its menu.
    QMenu view;
    m_groups->populateGroupsMenu(&view);
    QVERIFY(actionNamed(&view, QStringLiteral("New group…")));
    QAction* sales = actionNamed(&view, QStringLiteral("Sales"));
    QVERIFY(sales && sales->menu());
    QVERIFY(actionNamed(sales->menu(), QStringLiteral("Rename group…")));
}

void TestTileGroupActions::refusedNamesAreSaid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("taken") << QStringLiteral("sales")
                           << QStringLiteral("There is a group named “sales” already: choose another name.");
    QTest::newRow("the board's own") << QStringLiteral("Favourites")
                                     << QStringLiteral("“Favourites” is the name of one of the board's own "
                                                       "groups: choose another.");
}

void TestTileGroupActions::refusedNamesAreSaid()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    BoardGroups start;
    start.addGroup(QStringLiteral("Sales"));
    m_groups->setBoardGroups(start);
    m_answers << name;
    QVERIFY(!m_groups->newGroup());
    QCOMPARE(m_messages->last().at(0).toString(), message);
    QCOMPARE(m_messages->last().at(1).toBool(), true);
    QCOMPARE(m_changed->size(), 0);
}

QTEST_MAIN(TestTileGroupActions)
#include "TestTileGroupActions.moc"
