// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class DemoPbx;
class MainWindow;
class QAction;
class QMenu;

// The "Demo office" menu of a desk running the built-in demo: how busy the
// office is (calm, about three calls a minute, as it starts; or busy) and a
// switch that holds it still to follow cause and effect. Only with --demo.
class DemoPaceMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPaceMenu)
public:
    DemoPaceMenu(DemoPbx* demo, MainWindow* window, QObject* parent = nullptr);

    QMenu* menu() const { return m_menu; }
    QAction* calmAction() const { return m_calm; }
    QAction* busyAction() const { return m_busy; }
    QAction* pauseAction() const { return m_pause; }

private:
    void setRate(double eventsPerSecond);
    void setPaused(bool paused);

    QPointer<DemoPbx> m_demo;
    QPointer<MainWindow> m_window;
    QMenu* m_menu;
    QAction* m_calm;
    QAction* m_busy;
    QAction* m_pause;
};
