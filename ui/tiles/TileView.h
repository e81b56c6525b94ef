// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class Clock;
class QTimer;
class TileBoardModel;
class TileDelegate;

// The board's view: tiles flow left to right and wrap, group headers take a
// full row. Keyboard: arrows move between tiles (headers are skipped),
// Enter calls. Mouse: double-click calls, right-click opens the menu, a
// tile or a call dropped on a tile is reported as a request (the window's
// OperatorActions decides what to send).
class TileView final : public QListView
{
    Q_OBJECT
public:
    explicit TileView(QWidget* parent = nullptr, Clock* clock = nullptr);

    void setBoardModel(TileBoardModel* model);
    TileBoardModel* boardModel() const { return m_board; }
    TileDelegate* tileDelegate() const { return m_delegate; }

    // Repaints tiles that show a running duration or ring, visible ones only.
    void tick();

Q_SIGNALS:
    void callRequested(const QModelIndex& tile);
    void menuRequested(const QModelIndex& tile, const QPoint& globalPos);
    // A tile dragged onto another tile: connect the two.
    void tileDroppedOnTile(const QString& fromKey, const QModelIndex& target);
    // A call (CallRoles::Key) dropped onto a tile: transfer it there.
    void callDroppedOnTile(const QString& callKey, const QModelIndex& target);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    bool acceptsDrop(const QMimeData* mime, const QModelIndex& target) const;

    TileBoardModel* m_board = nullptr;
    TileDelegate* m_delegate;
    QTimer* m_ticker;
    bool m_blink = false;
};
