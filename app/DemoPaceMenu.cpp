// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPaceMenu.h"

#include "demo/DemoPbx.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

DemoPaceMenu::DemoPaceMenu(DemoPbx* demo, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_demo(demo)
    , m_window(window)
    , m_menu(new QMenu(tr("&Demo office"), window))
    , m_calm(m_menu->addAction(tr("&Calm: about 3 calls a minute")))
    , m_busy(m_menu->addAction(tr("&Busy: about 16 calls a minute")))
{
    m_menu->setObjectName(QStringLiteral("demoOfficeMenu"));
    auto* pace = new QActionGroup(this);
    for (QAction* a : {m_calm, m_busy}) {
        a->setCheckable(true);
        pace->addAction(a);
    }
    m_calm->setObjectName(QStringLiteral("demoCalm"));
    m_busy->setObjectName(QStringLiteral("demoBusy"));
    m_calm->setChecked(demo->eventRate() == DemoPbx::CalmEventRate);
    m_busy->setChecked(demo->eventRate() == DemoPbx::BusyEventRate);
    connect(m_calm, &QAction::triggered, this, [this] { setRate(DemoPbx::CalmEventRate); });
    connect(m_busy, &QAction::triggered, this, [this] { setRate(DemoPbx::BusyEventRate); });
    m_menu->addSeparator();
    m_pause = m_menu->addAction(tr("&Pause the office"));
    m_pause->setObjectName(QStringLiteral("demoPause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Pause));
    m_pause->setStatusTip(tr("Hold every call of the demo office where it is; what you do still happens"));
    connect(m_pause, &QAction::toggled, this, &DemoPaceMenu::setPaused);
    // Before Help, the last menu.
    const QList<QAction*> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_menu);
}

void DemoPaceMenu::setRate(double eventsPerSecond)
{
    if (!m_demo)
        return;
    m_demo->setEventRate(eventsPerSecond);
    if (m_window)
        m_window->showMessage(eventsPerSecond == DemoPbx::CalmEventRate
                ? tr("The demo office is calm now: about 3 calls a minute.")
                : tr("The demo office is busy now: about 16 calls a minute."),
            false);
}

void DemoPaceMenu::setPaused(bool paused)
{
    if (!m_demo)
        return;
    m_demo->setPaused(paused);
    if (m_window)
        m_window->showMessage(paused ? tr("⏸ Demo office paused: nothing moves until you resume it "
                                          "(Demo office › Pause the office). What you do still happens.")
                                     : tr("▶ Demo office running again."),
            false);
}
