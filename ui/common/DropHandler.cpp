// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DropHandler.h"

#include "ui/common/MimeTypes.h"

#include <QCursor>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QToolTip>
#include <QWidget>

#include <utility>

bool MimeTypes::isBoardItem(const QMimeData* mime)
{
    return mime
        && (mime->hasFormat(QString::fromLatin1(kExtension)) || mime->hasFormat(QString::fromLatin1(kCall))
            || mime->hasFormat(QString::fromLatin1(kContactNumber)));
}

DropHandler::~DropHandler()
{
    QObject::disconnect(m_dragEnd);
}

void DropHandler::setRefusalUnderMouse(const QMimeData* mime, const QString& reason)
{
    m_refusalUnderMouse = reason;
    if (mime == m_watchedMime)
        return;
    // The drag's payload is deleted with its QDrag, right after the platform
    // ended the drag: if the mouse was last over a refused target, the drag
    // was let go (or cancelled) there.
    QObject::disconnect(m_dragEnd);
    m_watchedMime = mime;
    m_dragEnd = QObject::connect(mime, &QObject::destroyed, [this] {
        m_watchedMime = nullptr;
        const QString why = std::exchange(m_refusalUnderMouse, QString());
        if (!why.isEmpty())
            refused(why);
    });
}

bool DropHandler::isAttendedModifier(Qt::KeyboardModifiers modifiers)
{
    return modifiers & (Qt::ShiftModifier | Qt::ControlModifier);
}

void DropHandler::handleDragMove(
    DropHandler* handler, QDragMoveEvent* event, const QModelIndex& target, QWidget* viewport)
{
    if (!handler || !target.isValid() || !MimeTypes::isBoardItem(event->mimeData())) {
        event->ignore();
        QToolTip::hideText();
        if (handler && MimeTypes::isBoardItem(event->mimeData()))
            handler->setRefusalUnderMouse(event->mimeData(), QString());
        return;
    }
    const Preview p = handler->preview(event->mimeData(), target, event->modifiers());
    // The tooltip follows the mouse: it names what a release does, or why not.
    QToolTip::showText(viewport->mapToGlobal(event->position().toPoint()) + QPoint(16, 16), p.text, viewport);
    handler->setRefusalUnderMouse(event->mimeData(), p.allowed ? QString() : p.text);
    if (!p.allowed) {
        event->ignore();
        return;
    }
    event->setDropAction(p.attended ? Qt::LinkAction : Qt::CopyAction);
    event->accept();
}

void DropHandler::handleDrop(DropHandler* handler, QDropEvent* event, const QModelIndex& target)
{
    QToolTip::hideText();
    if (handler)
        handler->m_refusalUnderMouse.clear(); // a delivered drop says for itself why not
    if (!handler || !target.isValid() || !MimeTypes::isBoardItem(event->mimeData())) {
        event->ignore();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (!handler->drop(event->mimeData(), target, modifiers)) {
        event->ignore();
        return;
    }
    event->setDropAction(isAttendedModifier(modifiers) ? Qt::LinkAction : Qt::CopyAction);
    event->accept();
}

void DropHandler::handleDragLeave(DropHandler* handler, QWidget* viewport)
{
    QToolTip::hideText();
    // The platform also sends a leave when the drag ends over a refused
    // target; only a mouse that really moved away takes the reason along.
    if (handler && !viewport->rect().contains(viewport->mapFromGlobal(QCursor::pos())))
        handler->m_refusalUnderMouse.clear();
}

Qt::DropAction DropHandler::startDrag(QWidget* source, QMimeData* mime, const QPixmap& pixmap)
{
    auto* drag = new QDrag(source);
    drag->setMimeData(mime);
    if (!pixmap.isNull()) {
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(pixmap.width() / 2, pixmap.height() / 2));
    }
    return drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::CopyAction);
}
