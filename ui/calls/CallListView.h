// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QPoint>

class DropHandler;

// The calls panel's list. A row can be dragged (payload: the call's
// CallRoles::Key) onto a tile to transfer the call there, whatever flags the
// model gives its rows; a tile or a directory contact dropped on a row goes to
// the drop handler ("transfer this call there").
class CallListView final : public QListView
{
    Q_OBJECT
public:
    explicit CallListView(QWidget* parent = nullptr);

    // Not owned; without one the list takes no drops.
    void setDropHandler(DropHandler* handler);
    // The payload of a drag of `call`.
    static QMimeData* mimeDataFor(const QModelIndex& call);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    DropHandler* m_drops = nullptr;
    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
};
