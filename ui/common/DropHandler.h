// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>

class QDragMoveEvent;
class QDropEvent;
class QMimeData;
class QWidget;

// Decides and carries out drops for the views that take board items (the
// tiles, the calls panel). The views only find the item under the mouse and
// call handleDragMove()/handleDrop(); what a drop means is the handler's
// business (DropActions, which asks the core DropPlanner).
//
// The modifier for an attended transfer is Shift or Ctrl: the drop then
// carries Qt::LinkAction, so the drag cursor changes, and a tooltip at the
// mouse says in words what a release will do, or why it is refused.
class DropHandler
{
public:
    struct Preview
    {
        bool allowed = false;
        bool attended = false; // the drop is an attended transfer (link cursor)
        QString text; // "Transfer Zoë Customer to Eve Evans", or the reason for a refusal
    };

    DropHandler() = default;
    virtual ~DropHandler();
    Q_DISABLE_COPY_MOVE(DropHandler)

    // What releasing `mime` on `target` would do, with these modifiers held.
    virtual Preview preview(
        const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) const = 0;
    // Releases it: sends the action, or says why not (refused()). True when sent.
    virtual bool drop(const QMimeData* mime, const QModelIndex& target, Qt::KeyboardModifiers modifiers) = 0;
    // A drop was released where it is not allowed; `reason` says why.
    virtual void refused(const QString& reason) = 0;

    static bool isAttendedModifier(Qt::KeyboardModifiers modifiers);
    // For the views: accept or refuse the move with the right drop action and
    // tooltip; accept or refuse the drop and pass it on. `target` may be invalid.
    static void handleDragMove(
        DropHandler* handler, QDragMoveEvent* event, const QModelIndex& target, QWidget* viewport);
    static void handleDrop(DropHandler* handler, QDropEvent* event, const QModelIndex& target);
    // A refused drag move is ignored, so the platform shows the "no" cursor
    // and never delivers the drop there; when the drag then ends (its payload
    // is deleted) with the mouse still over that target, refused() says why.
    static void handleDragLeave(DropHandler* handler, QWidget* viewport);
    // Starts a drag of `mime` from `source` that may end as a transfer
    // (CopyAction) or an attended transfer (LinkAction). Blocks until dropped.
    static Qt::DropAction startDrag(QWidget* source, QMimeData* mime, const QPixmap& pixmap);

private:
    void setRefusalUnderMouse(const QMimeData* mime, const QString& reason);

    QString m_refusalUnderMouse; // the reason shown by the last refused move
    const QMimeData* m_watchedMime = nullptr; // the payload of the drag in progress
    QMetaObject::Connection m_dragEnd;
};
