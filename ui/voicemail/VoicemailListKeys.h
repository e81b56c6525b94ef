// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QKeyEvent;
class QWidget;
class VoicemailPlayer;

// The message list's keys, so the receptionist never has to tab into the
// player: Space plays or pauses the selected message, ← / → jump back or
// forward, and the list's actions (call back on F3, delete) take their keys
// even where the window has the same key for something else (F3 calls the
// selected extension everywhere else).
class VoicemailListKeys final : public QObject
{
    Q_OBJECT
public:
    VoicemailListKeys(QWidget* list, VoicemailPlayer* player, const QList<QAction*>& actions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Whether the key does something in the list now.
    bool wants(const QKeyEvent* key) const;
    QAction* actionFor(const QKeyEvent* key) const;
    void handle(const QKeyEvent* key);

    VoicemailPlayer* m_player;
    QList<QAction*> m_actions;
};
