// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "ui/common/DropHandler.h"
#include "ui/common/MimeTypes.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileView.h"
#include "ui/tiles/TileZoom.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTest>

namespace {

QString numberOf(const QModelIndex& i)
{
    return i.data(ExtensionRoles::Number).toString();
}

// Records what the board hands over; refuses a tile dropped on itself, as
// DropActions does (the meaning of drops is tested in TestDropPlanner and
// TestDropActions).
class RecordingDropHandler final : public DropHandler
{
public:
    struct Drop
    {
        QString format;
        QString payload;
        QString target;
        Qt::KeyboardModifiers modifiers;
    };
    Preview preview(
        const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) const override
    {
        const QString self = QString::fromUtf8(mime->data(QString::fromLatin1(MimeTypes::kExtension)));
        Preview p;
        p.allowed = self.isEmpty() || self != target.data(ExtensionRoles::Key).toString();
        p.attended = p.allowed && isAttendedModifier(modifiers);
        p.text = p.allowed ? QStringLiteral("do it") : QStringLiteral("not on itself");
        return p;
    }
    bool drop(const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) override
    {
        if (!preview(mime, target, modifiers).allowed) {
            refused(QStringLiteral("not on itself"));
            return false;
        }
        const QString format = mime->formats().value(0);
        drops.append({format, QString::fromUtf8(mime->data(format)), numberOf(target), modifiers});
        return true;
    }
    void refused(const QString&) override { ++refusals; }
    QList<Drop> drops;
    int refusals = 0;
};

// Counts the size hints a view asks for: each one is a tile laid out.
class CountingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        ++hints;
        return {120, 40};
    }
    mutable int hints = 0;
};

} // namespace

class TestExtensionBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingFiltersAndEnterCalls();
    void escapeClearsFilter();
    void countLeavesParkingSpacesOut();
    void arrowsSkipHeaders();
    void enterAndDoubleClickCall();
    void rightClickAsksForMenu();
    void dropTileOnTile();
    void dropCallOnTile();
    void dropOnItselfOrHeaderIsRefused();
    void dropContactOnTile();
    void modifierMakesTheDropALink();
    void compactTilesShowTwoHundredOnFullHd();
    void stateChangeLaysNoTileOut();

private:
    QPoint centreOf(const QString& number) const;
    void drop(const QByteArray& format, const QByteArray& payload, const QPoint& at, bool* accepted,
        Qt::KeyboardModifiers modifiers = Qt::NoModifier, Qt::DropAction* moveAction = nullptr);

    ExtensionBoard* m_board = nullptr;
    QStandardItemModel* m_model = nullptr;
    RecordingDropHandler m_drops;
};

void TestExtensionBoard::init()
{
    m_board = new ExtensionBoard;
    m_model = UiFixtures::officeExtensions(m_board, QDateTime::currentMSecsSinceEpoch());
    m_board->setExtensionModel(m_model);
    m_drops.drops.clear();
    m_drops.refusals = 0;
    m_board->view()->setDropHandler(&m_drops);
    m_board->resize(900, 700);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board));
}

void TestExtensionBoard::cleanup()
{
    delete m_board;
    m_board = nullptr;
}

QPoint TestExtensionBoard::centreOf(const QString& number) const
{
    TileBoardModel* m = m_board->boardModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (numberOf(m->index(r, 0)) == number)
            return m_board->view()->visualRect(m->index(r, 0)).center();
    }
    return {};
}

void TestExtensionBoard::typingFiltersAndEnterCalls()
{
    QSignalSpy calls(m_board->view(), &TileView::callRequested);
    m_board->appendFilterText(QStringLiteral("b"));
    QTest::keyClicks(m_board->filterEdit(), QStringLiteral("ob"));
    QCOMPARE(m_board->filterEdit()->text(), QStringLiteral("bob"));
    QCOMPARE(m_board->boardModel()->tileCount(), 1);
    QCOMPARE(numberOf(m_board->currentTile()), QStringLiteral("1002"));
    QTest::keyClick(m_board->filterEdit(), Qt::Key_Return);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(numberOf(calls.at(0).at(0).toModelIndex()), QStringLiteral("1002"));
}

void TestExtensionBoard::countLeavesParkingSpacesOut()
{
    // The office's 11 extensions and two of Asterisk's parking spaces (context parkedcalls).
    const int people = m_model->rowCount();
    for (const QString& space : {QStringLiteral("701"), QStringLiteral("702")}) {
        auto* item = new QStandardItem;
        item->setData(space, ExtensionRoles::Number);
        item->setData(QStringLiteral("parkedcalls"), ExtensionRoles::Group);
        m_model->appendRow(item);
    }
    QTRY_COMPARE(m_board->countText(),
        QCoreApplication::translate("ExtensionBoard", "%n extension(s)", nullptr, people));
    QVERIFY(m_board->countText().startsWith(QString::number(people) + u' '));
    m_board->appendFilterText(QStringLiteral("bob"));
    QTRY_COMPARE(m_board->countText(), QStringLiteral("1 of %1 shown").arg(people));
}

void TestExtensionBoard::escapeClearsFilter()
{
    m_board->appendFilterText(QStringLiteral("100"));
    QVERIFY(m_board->boardModel()->tileCount() < m_model->rowCount());
    QTest::keyClick(m_board->filterEdit(), Qt::Key_Escape);
    QCOMPARE(m_board->filterEdit()->text(), QString());
    QCOMPARE(m_board->boardModel()->tileCount(), m_model->rowCount());
}

void TestExtensionBoard::arrowsSkipHeaders()
{
    TileView* view = m_board->view();
    view->setFocus();
    // The operator tile is alone in "Reception"; the next tile is in "Sales".
    view->setCurrentIndex(view->indexAt(centreOf(QStringLiteral("1000"))));
    QCOMPARE(numberOf(view->currentIndex()), QStringLiteral("1000"));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(numberOf(view->currentIndex()), QStringLiteral("1001"));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(numberOf(view->currentIndex()), QStringLiteral("1000"));
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(!m_board->boardModel()->isHeader(view->currentIndex()));
    QVERIFY(view->currentIndex().isValid());
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(numberOf(view->currentIndex()), QStringLiteral("1010"));
}

void TestExtensionBoard::enterAndDoubleClickCall()
{
    TileView* view = m_board->view();
    QSignalSpy calls(view, &TileView::callRequested);
    view->setFocus();
    view->setCurrentIndex(view->indexAt(centreOf(QStringLiteral("1005"))));
    QTest::keyClick(view, Qt::Key_Enter);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(QStringLiteral("1007")));
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centreOf(QStringLiteral("1007")));
    QCOMPARE(calls.size(), 2);
    QCOMPARE(numberOf(calls.at(0).at(0).toModelIndex()), QStringLiteral("1005"));
    QCOMPARE(numberOf(calls.at(1).at(0).toModelIndex()), QStringLiteral("1007"));
}

void TestExtensionBoard::rightClickAsksForMenu()
{
    TileView* view = m_board->view();
    QSignalSpy menus(view, &TileView::menuRequested);
    const QPoint at = centreOf(QStringLiteral("1003"));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QCOMPARE(menus.size(), 1);
    QCOMPARE(numberOf(menus.at(0).at(0).toModelIndex()), QStringLiteral("1003"));
    // Keyboard menu key on the current tile.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Menu);
    QCOMPARE(menus.size(), 2);
    QCOMPARE(numberOf(menus.at(1).at(0).toModelIndex()), QStringLiteral("1003"));
}

void TestExtensionBoard::drop(const QByteArray& format, const QByteArray& payload, const QPoint& at,
    bool* accepted, Qt::KeyboardModifiers modifiers, Qt::DropAction* moveAction)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(format), payload);
    QWidget* target = m_board->view()->viewport();
    const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
    QDragEnterEvent enter(at, actions, &mime, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, actions, &mime, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &move);
    if (moveAction)
        *moveAction = move.isAccepted() ? move.dropAction() : Qt::IgnoreAction;
    QDropEvent dropEvent(QPointF(at), actions, &mime, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &dropEvent);
    *accepted = dropEvent.isAccepted();
}

// Behaviour changed with the drop handler: the view no longer emits
// tileDroppedOnTile/callDroppedOnTile but hands payload and tile to it.
void TestExtensionBoard::dropTileOnTile()
{
    bool accepted = false;
    drop(MimeTypes::kExtension, "main/1001@phones", centreOf(QStringLiteral("1003")), &accepted);
    QVERIFY(accepted);
    QCOMPARE(m_drops.drops.size(), 1);
    QCOMPARE(m_drops.drops.at(0).format, QString::fromLatin1(MimeTypes::kExtension));
    QCOMPARE(m_drops.drops.at(0).payload, QStringLiteral("main/1001@phones"));
    QCOMPARE(m_drops.drops.at(0).target, QStringLiteral("1003"));
}

void TestExtensionBoard::dropCallOnTile()
{
    bool accepted = false;
    drop(MimeTypes::kCall, "main/1795737818.43", centreOf(QStringLiteral("1005")), &accepted);
    QVERIFY(accepted);
    QCOMPARE(m_drops.drops.size(), 1);
    QCOMPARE(m_drops.drops.at(0).payload, QStringLiteral("main/1795737818.43"));
    QCOMPARE(m_drops.drops.at(0).target, QStringLiteral("1005"));
}

void TestExtensionBoard::dropOnItselfOrHeaderIsRefused()
{
    bool accepted = true;
    Qt::DropAction action = Qt::CopyAction;
    drop(MimeTypes::kExtension, "main/1003@phones", centreOf(QStringLiteral("1003")), &accepted,
        Qt::NoModifier, &action);
    QVERIFY(!accepted);
    QCOMPARE(action, Qt::IgnoreAction); // the cursor says "no" before the release
    QCOMPARE(m_drops.refusals, 1); // and the release is reported, so the window can say why
    const QRect header = m_board->view()->visualRect(m_board->boardModel()->index(0, 0));
    drop(MimeTypes::kExtension, "main/1003@phones", header.center(), &accepted);
    QVERIFY(!accepted);
    drop("text/plain", "1003", centreOf(QStringLiteral("1001")), &accepted);
    QVERIFY(!accepted);
    QCOMPARE(m_drops.drops.size(), 0);
    QCOMPARE(m_drops.refusals, 1);
    // Without a handler the board takes nothing.
    m_board->view()->setDropHandler(nullptr);
    drop(MimeTypes::kExtension, "main/1001@phones", centreOf(QStringLiteral("1003")), &accepted);
    QVERIFY(!accepted);
}

void TestExtensionBoard::dropContactOnTile()
{
    bool accepted = false;
    drop(MimeTypes::kContactNumber, "0612345678", centreOf(QStringLiteral("1001")), &accepted);
    QVERIFY(accepted);
    QCOMPARE(m_drops.drops.size(), 1);
    QCOMPARE(m_drops.drops.at(0).payload, QStringLiteral("0612345678"));
    QCOMPARE(m_drops.drops.at(0).target, QStringLiteral("1001"));
}

void TestExtensionBoard::modifierMakesTheDropALink()
{
    bool accepted = false;
    Qt::DropAction action = Qt::IgnoreAction;
    drop(MimeTypes::kCall, "main/1795737818.43", centreOf(QStringLiteral("1005")), &accepted, Qt::NoModifier,
        &action);
    QCOMPARE(action, Qt::CopyAction);
    for (const auto modifier : {Qt::ShiftModifier, Qt::ControlModifier}) {
        drop(MimeTypes::kCall, "main/1795737818.43", centreOf(QStringLiteral("1005")), &accepted, modifier,
            &action);
        QVERIFY(accepted);
        QCOMPARE(action, Qt::LinkAction); // the attended transfer's cursor
        QCOMPARE(m_drops.drops.last().modifiers, Qt::KeyboardModifiers(modifier));
    }
}

// Issue 17: FOP2 shows the whole company at once. The board's room on a Full HD screen
// (1920x1080 under Xvfb, the right column docked: 1477x1000 for filter and tiles) holds a
// 200-person office whole with compact tiles at the normal size, and not with the full ones.
void TestExtensionBoard::compactTilesShowTwoHundredOnFullHd()
{
    ExtensionBoard board;
    auto* office = new QStandardItemModel(&board);
    for (int i = 0; i < 200; ++i)
        office->appendRow(
            UiFixtures::extensionItem({QString::number(1000 + i), QStringLiteral("Person %1 Lastname").arg(i),
                Pbx::ExtensionState::Idle, QStringLiteral("phones")}));
    board.setExtensionModel(office);
    board.resize(1477, 1000);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    TileView* view = board.view();
    TileZoom zoom(view);
    const auto shown = [&] {
        view->doItemsLayout();
        int whole = 0;
        for (int r = 0; r < board.boardModel()->rowCount(); ++r) {
            const QModelIndex i = board.boardModel()->index(r, 0);
            if (!board.boardModel()->isHeader(i) && view->viewport()->rect().contains(view->visualRect(i)))
                ++whole;
        }
        return whole;
    };
    QVERIFY2(shown() < 200, qPrintable(QString::number(shown())));
    zoom.setCompact(true);
    QVERIFY(view->tileDelegate()->isCompact());
    QCOMPARE(shown(), 200);
}

// A tile's new state repaints it; it does not lay the whole board out again
// (QListView would, for every change: 20,000 size hints per event on a big board).
void TestExtensionBoard::stateChangeLaysNoTileOut()
{
    TileView* view = m_board->view();
    CountingDelegate counting;
    view->setItemDelegate(&counting);
    view->doItemsLayout();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    counting.hints = 0;
    QStandardItem* first = m_model->item(0);
    first->setData(int(Pbx::ExtensionState::Ringing), ExtensionRoles::State);
    first->setData(QStringLiteral("Caller"), ExtensionRoles::PeerName);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // The changed tile's place is looked up (one size hint each time); a layout asks every row.
    const int rows = view->model()->rowCount();
    QVERIFY2(counting.hints < rows, qPrintable(QStringLiteral("%1 of %2").arg(counting.hints).arg(rows)));

    // The same events do reach a layout the view is asked for.
    counting.hints = 0;
    view->scheduleDelayedItemsLayout();
    QCoreApplication::processEvents();
    QVERIFY(counting.hints >= rows);
    view->setItemDelegate(view->tileDelegate());
}

QTEST_MAIN(TestExtensionBoard)
#include "TestExtensionBoard.moc"
