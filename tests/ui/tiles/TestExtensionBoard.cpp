// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "common/MimeTypes.h"
#include "tiles/ExtensionBoard.h"
#include "tiles/TileBoardModel.h"
#include "tiles/TileView.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {

QString numberOf(const QModelIndex& i)
{
    return i.data(ExtensionRoles::Number).toString();
}

} // namespace

class TestExtensionBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingFiltersAndEnterCalls();
    void escapeClearsFilter();
    void arrowsSkipHeaders();
    void enterAndDoubleClickCall();
    void rightClickAsksForMenu();
    void dropTileOnTile();
    void dropCallOnTile();
    void dropOnItselfOrHeaderIsRefused();

private:
    QPoint centreOf(const QString& number) const;
    void drop(const QByteArray& format, const QByteArray& payload, const QPoint& at, bool* accepted);

    ExtensionBoard* m_board = nullptr;
    QStandardItemModel* m_model = nullptr;
};

void TestExtensionBoard::init()
{
    m_board = new ExtensionBoard;
    m_model = UiFixtures::officeExtensions(m_board, QDateTime::currentMSecsSinceEpoch());
    m_board->setExtensionModel(m_model);
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

void TestExtensionBoard::drop(
    const QByteArray& format, const QByteArray& payload, const QPoint& at, bool* accepted)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(format), payload);
    QWidget* target = m_board->view()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    *accepted = dropEvent.isAccepted();
}

void TestExtensionBoard::dropTileOnTile()
{
    QSignalSpy tiles(m_board->view(), &TileView::tileDroppedOnTile);
    bool accepted = false;
    drop(MimeTypes::kExtension, "main/1001@phones", centreOf(QStringLiteral("1003")), &accepted);
    QVERIFY(accepted);
    QCOMPARE(tiles.size(), 1);
    QCOMPARE(tiles.at(0).at(0).toString(), QStringLiteral("main/1001@phones"));
    QCOMPARE(numberOf(tiles.at(0).at(1).toModelIndex()), QStringLiteral("1003"));
}

void TestExtensionBoard::dropCallOnTile()
{
    QSignalSpy calls(m_board->view(), &TileView::callDroppedOnTile);
    bool accepted = false;
    drop(MimeTypes::kCall, "main/1795737818.43", centreOf(QStringLiteral("1005")), &accepted);
    QVERIFY(accepted);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("main/1795737818.43"));
    QCOMPARE(numberOf(calls.at(0).at(1).toModelIndex()), QStringLiteral("1005"));
}

void TestExtensionBoard::dropOnItselfOrHeaderIsRefused()
{
    QSignalSpy tiles(m_board->view(), &TileView::tileDroppedOnTile);
    bool accepted = true;
    drop(MimeTypes::kExtension, "main/1003@phones", centreOf(QStringLiteral("1003")), &accepted);
    QVERIFY(!accepted);
    const QRect header = m_board->view()->visualRect(m_board->boardModel()->index(0, 0));
    drop(MimeTypes::kExtension, "main/1003@phones", header.center(), &accepted);
    QVERIFY(!accepted);
    drop("text/plain", "1003", centreOf(QStringLiteral("1001")), &accepted);
    QVERIFY(!accepted);
    QCOMPARE(tiles.size(), 0);
}

QTEST_MAIN(TestExtensionBoard)
#include "TestExtensionBoard.moc"
