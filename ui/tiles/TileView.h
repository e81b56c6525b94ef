// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class Clock;
class DropHandler;
class QMimeData;
class TileBoardModel;
class TileDelegate;
class TileGroupActions;

// The board's view: tiles flow left to right and wrap, group headers take a
// full row. Keyboard: arrows move between tiles (headers are skipped),
// Enter calls. Mouse: double-click calls, right-click opens the menu; a
// tile, a call or a contact dropped on a tile goes to the drop handler
// (DropActions), which decides what it means and what to send. A tile
// dropped on a group's heading moves into that group (TileGroupActions).
class TileView final : public QListView
{
    Q_OBJECT
public:
    explicit TileView(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setBoardModel(TileBoardModel* model);
    TileBoardModel* boardModel() const { return m_board; }
    TileDelegate* tileDelegate() const { return m_delegate; }
    // Not owned; without one the board takes no drops.
    void setDropHandler(DropHandler* handler) { m_drops = handler; }
    // Tiles dropped on a group's heading and the headings' menus go there.
    void setGroupActions(TileGroupActions* groups) { m_groups = groups; }

    // Repaints tiles that show a running duration or ring, visible ones only.
    void tick();
    using QListView::scheduleDelayedItemsLayout; // after a change of tile size

Q_SIGNALS:
    void callRequested(const QModelIndex& tile);
    void menuRequested(const QModelIndex& tile, const QPoint& globalPos);

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
        const QList<int>& roles = QList<int>()) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    // A run of changed tiles longer than this repaints the whole viewport.
    static constexpr int kTilesRepaintedOneByOne = 64;

    QModelIndex tileAt(const QPoint& pos) const;
    // The group whose heading is at pos, or empty.
    QString headingAt(const QPoint& pos) const;
    // The board's tile a drag carries (its key), or invalid.
    QModelIndex draggedTile(const QMimeData* mime) const;
    // A drag over a heading: accepted with words, or refused; false if not over a heading.
    bool handleHeadingDrag(QDragMoveEvent* event);
    bool handleHeadingDrop(QDropEvent* event);

    TileBoardModel* m_board = nullptr;
    TileDelegate* m_delegate;
    DropHandler* m_drops = nullptr;
    TileGroupActions* m_groups = nullptr;
    bool m_blink = false;
};
