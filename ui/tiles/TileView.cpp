// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileView.h"

#include "core/models/ModelRoles.h"
#include "ui/common/DropHandler.h"
#include "ui/common/MimeTypes.h"
#include "ui/common/SecondTicker.h"
#include "ui/common/StateStyle.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileDelegate.h"
#include "ui/tiles/TileGroupActions.h"

#include <QContextMenuEvent>
#include <QDragLeaveEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPixmap>
#include <QToolTip>

TileView::TileView(QWidget* parent, Clock* clock)
    : QListView(parent)
    , m_delegate(new TileDelegate(this, clock))
{
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSpacing(4);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setDropIndicatorShown(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setItemDelegate(m_delegate);
    setAccessibleName(tr("Extensions"));

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& i) {
        if (i.isValid() && !m_board->isHeader(i))
            Q_EMIT callRequested(i);
    });
    // The window's one beat: durations tick, ringing tiles pulse.
    connect(SecondTicker::of(this, clock), &SecondTicker::ticked, this, &TileView::tick);
}

void TileView::setBoardModel(TileBoardModel* model)
{
    m_board = model;
    setModel(model);
}

void TileView::tick()
{
    if (!m_board || !isVisible())
        return;
    m_blink = !m_blink;
    m_delegate->setBlinkPhase(m_blink);
    const QRect visible = viewport()->rect();
    // Find the visible band: tiles are laid out in row order, so scan from
    // the first visible row and stop after the last.
    const QModelIndex first = indexAt(QPoint(spacing() + 2, spacing() + 2));
    int row = first.isValid() ? first.row() : 0;
    if (!first.isValid()) {
        // Top-left may be a gap between tiles: binary search on geometry.
        int lo = 0;
        int hi = m_board->rowCount() - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (visualRect(m_board->index(mid, 0)).bottom() < visible.top())
                lo = mid + 1;
            else
                hi = mid;
        }
        row = lo;
    }
    const int n = m_board->rowCount();
    for (; row < n; ++row) {
        const QModelIndex i = m_board->index(row, 0);
        const QRect r = visualRect(i);
        if (r.top() > visible.bottom())
            break;
        if (!r.intersects(visible))
            continue;
        const auto state = Pbx::ExtensionState(i.data(ExtensionRoles::State).toInt());
        // A return time turns "overdue" on its own.
        if (i.data(ExtensionRoles::CallStartMs).toLongLong() > 0 || StateStyle::isAlerting(state)
            || i.data(ExtensionRoles::PresenceReturnMs).toLongLong() > 0)
            viewport()->update(r);
    }
}

// QListView's list mode lays every item out again after any dataChanged, as
// if a value could change an item's size: 20,000 size hints for one tile's
// new state. A tile's size never depends on its values (TileDelegate::sizeHint:
// the font, the width, header or not; a header's words change only with a
// new layout), so a change repaints the changed tiles that are on screen and
// lays nothing out.
void TileView::dataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || bottomRight.row() - topLeft.row() >= kTilesRepaintedOneByOne) {
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // repaints the viewport
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex tile = topLeft.siblingAtRow(row);
        QAbstractItemView::dataChanged(tile, tile, roles); // repaints the tile if it is on screen
    }
}

QModelIndex TileView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    QModelIndex next = QListView::moveCursor(cursorAction, modifiers);
    if (!m_board || !next.isValid() || !m_board->isHeader(next))
        return next;
    // Headers are not stops: continue in the same direction.
    const bool forward = cursorAction == MoveRight || cursorAction == MoveDown || cursorAction == MoveNext
        || cursorAction == MovePageDown || cursorAction == MoveEnd;
    int row = next.row();
    while (row >= 0 && row < m_board->rowCount() && m_board->isHeader(m_board->index(row, 0)))
        row += forward ? 1 : -1;
    if (row < 0 || row >= m_board->rowCount())
        return currentIndex();
    return m_board->index(row, 0);
}

void TileView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        if (event->isAutoRepeat()) {
            event->accept(); // a held-down Enter: one press, one call
            return;
        }
        const QModelIndex i = currentIndex();
        if (i.isValid() && !m_board->isHeader(i)) {
            Q_EMIT callRequested(i);
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Menu) {
        const QModelIndex i = currentIndex();
        if (i.isValid() && !m_board->isHeader(i)) {
            Q_EMIT menuRequested(i, viewport()->mapToGlobal(visualRect(i).center()));
            event->accept();
            return;
        }
    }
    QListView::keyPressEvent(event);
}

void TileView::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex i = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (m_groups && m_board->isHeader(i)) {
        // A heading's menu: the receptionist's own groups can be renamed, moved, deleted.
        QMenu menu(this);
        m_groups->populateGroupMenu(&menu, i.data(Qt::DisplayRole).toString());
        if (!menu.isEmpty())
            menu.addSeparator();
        m_groups->populateGroupsMenu(&menu);
        menu.exec(event->globalPos());
        event->accept();
        return;
    }
    if (!i.isValid() || m_board->isHeader(i))
        return;
    setCurrentIndex(i);
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
        ? event->globalPos()
        : viewport()->mapToGlobal(visualRect(i).center());
    Q_EMIT menuRequested(i, at);
    event->accept();
}

QModelIndex TileView::tileAt(const QPoint& pos) const
{
    const QModelIndex i = indexAt(pos);
    return i.isValid() && m_board && !m_board->isHeader(i) ? i : QModelIndex();
}

QString TileView::headingAt(const QPoint& pos) const
{
    const QModelIndex i = indexAt(pos);
    return i.isValid() && m_board && m_board->isHeader(i) ? i.data(Qt::DisplayRole).toString() : QString();
}

QModelIndex TileView::draggedTile(const QMimeData* mime) const
{
    const QString format = QString::fromLatin1(MimeTypes::kExtension);
    if (!m_board || !mime || !mime->hasFormat(format))
        return {};
    return m_board->indexForKey(QString::fromUtf8(mime->data(format)));
}

bool TileView::handleHeadingDrag(QDragMoveEvent* event)
{
    const QString group = headingAt(event->position().toPoint());
    if (!m_groups || group.isEmpty())
        return false;
    const QModelIndex tile = draggedTile(event->mimeData());
    bool allowed = false;
    const QString text = tile.isValid() ? m_groups->dropText(tile, group, &allowed)
                                        : tr("Only a tile of this board can go into a group");
    QToolTip::showText(
        viewport()->mapToGlobal(event->position().toPoint()) + QPoint(16, 16), text, viewport());
    if (allowed) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
    return true;
}

bool TileView::handleHeadingDrop(QDropEvent* event)
{
    const QString group = headingAt(event->position().toPoint());
    if (!m_groups || group.isEmpty())
        return false;
    QToolTip::hideText();
    const QModelIndex tile = draggedTile(event->mimeData());
    if (tile.isValid() && m_groups->moveTile(tile, group)) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
    return true;
}

void TileView::dragEnterEvent(QDragEnterEvent* event)
{
    if ((m_drops || m_groups) && MimeTypes::isBoardItem(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TileView::dragMoveEvent(QDragMoveEvent* event)
{
    if (handleHeadingDrag(event))
        return;
    const QModelIndex target = tileAt(event->position().toPoint());
    DropHandler::handleDragMove(m_drops, event, target, viewport());
    if (event->isAccepted())
        setCurrentIndex(target);
}

void TileView::dragLeaveEvent(QDragLeaveEvent* event)
{
    DropHandler::handleDragLeave(m_drops, viewport());
    event->accept();
}

void TileView::dropEvent(QDropEvent* event)
{
    if (handleHeadingDrop(event))
        return;
    DropHandler::handleDrop(m_drops, event, tileAt(event->position().toPoint()));
}

void TileView::startDrag(Qt::DropActions)
{
    const QModelIndex i = currentIndex();
    if (!i.isValid() || !m_board || m_board->isHeader(i))
        return;
    QMimeData* mime = m_board->mimeData({i});
    if (!mime)
        return;
    // The tile itself under the mouse, so the operator sees what they carry.
    QPixmap pixmap(visualRect(i).size() * devicePixelRatio());
    pixmap.setDevicePixelRatio(devicePixelRatio());
    pixmap.fill(Qt::transparent);
    viewport()->render(&pixmap, QPoint(), QRegion(visualRect(i)));
    DropHandler::startDrag(this, mime, pixmap);
}

void TileView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    // Header rows span the width: their size hint changed.
    scheduleDelayedItemsLayout();
}
