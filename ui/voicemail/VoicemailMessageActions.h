// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailMessage.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

// The actions a receptionist has on the selected voicemail messages (play,
// mark heard, move, delete, forward, save, call back, transfer the caller),
// with their icons, shortcuts and the "Move to"/"Forward to" menus, and which
// of them a selection allows. The actions and menus are children of `owner`
// (the panel); the panel connects their triggered() and fills the menus.
class VoicemailMessageActions final : public QObject
{
    Q_OBJECT
public:
    explicit VoicemailMessageActions(QWidget* owner);

    QAction* play() const { return m_play; }
    QAction* markHeard() const { return m_heard; }
    QAction* deleteMessages() const { return m_delete; }
    QAction* save() const { return m_save; }
    QAction* callBack() const { return m_callBack; }
    QAction* transfer() const { return m_transfer; }
    QMenu* moveMenu() const { return m_moveMenu; }
    QMenu* forwardMenu() const { return m_forwardMenu; }

    // Enables what `selection` allows. A caller ID that is not a dialable
    // number disables call back and transfer, and their tool tip says why.
    void update(const QList<VoicemailMessage>& selection);
    void addTo(QToolBar* toolbar) const;
    void addTo(QMenu* menu) const;

private:
    QMenu* m_moveMenu;
    QMenu* m_forwardMenu;
    QAction* m_play;
    QAction* m_heard;
    QAction* m_move;
    QAction* m_delete;
    QAction* m_forward;
    QAction* m_save;
    QAction* m_callBack;
    QAction* m_transfer;
};
