// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/CallListView.h"

#include "core/models/ModelRoles.h"
#include "ui/common/DropHandler.h"
#include "ui/common/MimeTypes.h"

#include <QApplication>
#include <QDragLeaveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPixmap>

CallListView::CallListView(QWidget* parent)
    : QListView(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDropIndicatorShown(false);
    setDefaultDropAction(Qt::CopyAction);
}

void CallListView::setDropHandler(DropHandler* handler)
{
    m_drops = handler;
    setAcceptDrops(handler != nullptr);
}

QMimeData* CallListView::mimeDataFor(const QModelIndex& call)
{
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeTypes::kCall), call.data(CallRoles::Key).toString().toUtf8());
    mime->setText(call.data(CallRoles::CallerNumber).toString());
    return mime;
}

void CallListView::mousePressEvent(QMouseEvent* event)
{
    QListView::mousePressEvent(event);
    m_pressed = event->button() == Qt::LeftButton
        ? QPersistentModelIndex(indexAt(event->position().toPoint()))
        : QPersistentModelIndex();
    m_pressPos = event->position().toPoint();
}

void CallListView::mouseMoveEvent(QMouseEvent* event)
{
    // The call model's rows need not say ItemIsDragEnabled: a call row can
    // always be dragged.
    if ((event->buttons() & Qt::LeftButton) && m_pressed.isValid()) {
        if ((event->position().toPoint() - m_pressPos).manhattanLength()
            >= QApplication::startDragDistance()) {
            setCurrentIndex(m_pressed);
            m_pressed = QPersistentModelIndex();
            startDrag(Qt::CopyAction | Qt::LinkAction);
        }
        return;
    }
    QListView::mouseMoveEvent(event);
}

void CallListView::startDrag(Qt::DropActions)
{
    const QModelIndex i = currentIndex();
    if (!i.isValid())
        return;
    QPixmap pixmap(visualRect(i).size() * devicePixelRatio());
    pixmap.setDevicePixelRatio(devicePixelRatio());
    pixmap.fill(Qt::transparent);
    viewport()->render(&pixmap, QPoint(), QRegion(visualRect(i)));
    DropHandler::startDrag(this, mimeDataFor(i), pixmap);
}

void CallListView::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_drops && MimeTypes::isBoardItem(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void CallListView::dragMoveEvent(QDragMoveEvent* event)
{
    DropHandler::handleDragMove(m_drops, event, indexAt(event->position().toPoint()), viewport());
}

void CallListView::dragLeaveEvent(QDragLeaveEvent* event)
{
    DropHandler::handleDragLeave(m_drops, viewport());
    event->accept();
}

void CallListView::dropEvent(QDropEvent* event)
{
    DropHandler::handleDrop(m_drops, event, indexAt(event->position().toPoint()));
}
