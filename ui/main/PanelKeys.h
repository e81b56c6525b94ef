// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

// Alt+1 … Alt+6 bring a panel forward and put the keyboard in it: calls,
// queues, parked calls, history, directory, voicemail. Listed at the top of
// the View menu with their keys. A panel gets its number from its class, so
// the keys do not depend on the language of the panel titles; a later panel
// with the same number takes the key over.
class PanelKeys final : public QObject
{
    Q_OBJECT
public:
    PanelKeys(QWidget* window, QMenu* viewMenu);

    // Called for every docked panel; panels without a number are left alone.
    void add(QDockWidget* dock);
    // 1…6, or 0 for a panel without a key.
    static int numberOf(const QWidget* panel);
    // Shows and raises the dock (its tab, when tabbed) and focuses its panel.
    static void bringForward(QDockWidget* dock);
    QAction* action(int number) const { return m_actions.value(number); }

private:
    QAction* actionFor(int number);

    QMenu* m_menu;
    QAction* m_separator;
    QMap<int, QAction*> m_actions;
    QMap<int, QPointer<QWidget>> m_docks; // QDockWidgets, kept as QWidget (see add())
};
