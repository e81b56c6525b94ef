// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailListKeys.h"

#include "ui/voicemail/VoicemailPlayer.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace {

constexpr qint64 kJumpMs = 5000;

bool isPlayerKey(const QKeyEvent* key)
{
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    return key->key() == Qt::Key_Space || key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
}

} // namespace

VoicemailListKeys::VoicemailListKeys(QWidget* list, VoicemailPlayer* player, const QList<QAction*>& actions)
    : QObject(list)
    , m_player(player)
    , m_actions(actions)
{
    list->installEventFilter(this);
}

QAction* VoicemailListKeys::actionFor(const QKeyEvent* key) const
{
    const QKeySequence pressed(key->keyCombination());
    for (QAction* a : m_actions) {
        if (a->isEnabled() && a->shortcuts().contains(pressed))
            return a;
    }
    return nullptr;
}

bool VoicemailListKeys::wants(const QKeyEvent* key) const
{
    if (isPlayerKey(key))
        return m_player->canPlay();
    return actionFor(key) != nullptr;
}

void VoicemailListKeys::handle(const QKeyEvent* key)
{
    if (QAction* a = actionFor(key)) {
        a->trigger();
        return;
    }
    switch (key->key()) {
    case Qt::Key_Space:
        m_player->togglePlayPause();
        break;
    case Qt::Key_Left:
        m_player->seekBy(-kJumpMs);
        break;
    case Qt::Key_Right:
        m_player->seekBy(kJumpMs);
        break;
    default:
        break;
    }
}

bool VoicemailListKeys::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (!wants(key))
        return QObject::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // The list's key wins over the window's shortcut: the key press comes to us.
        event->accept();
        return true;
    }
    handle(key);
    return true;
}
