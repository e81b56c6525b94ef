// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DropHandler.h"

#include "common/MimeTypes.h"

#include <QDrag>
#include <QDropEvent>
#include <QGuiApplication>
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

DropHandler::~DropHandler() = default;

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
        return;
    }
    const Preview p = handler->preview(event->mimeData(), target, event->modifiers());
    // The tooltip follows the mouse: it names what a release does, or why not.
    QToolTip::showText(viewport->mapToGlobal(event->position().toPoint()) + QPoint(16, 16), p.text, viewport);
    handler->m_refusalUnderMouse = p.allowed ? QString() : p.text;
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
        handler->m_refusalUnderMouse.clear();
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

void DropHandler::handleDragLeave(DropHandler* handler)
{
    QToolTip::hideText();
    if (!handler)
        return;
    const QString reason = std::exchange(handler->m_refusalUnderMouse, QString());
    // Buttons up: released here (a drag that merely moves on still holds the button).
    if (!reason.isEmpty() && QGuiApplication::mouseButtons() == Qt::NoButton)
        handler->refused(reason);
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
