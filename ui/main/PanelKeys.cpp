// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/PanelKeys.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace {

// By class name: ui/main does not include the panels' rooms for this.
constexpr std::pair<const char*, int> kNumbers[] = {
    {"CallsPanel", 1},
    {"QueuePanel", 2},
    {"ParkedPanel", 3},
    {"HistoryPanel", 4},
    {"DirectoryPanel", 5},
    {"VoicemailBrowser", 6},
};

} // namespace

PanelKeys::PanelKeys(QWidget* window, QMenu* viewMenu)
    : QObject(window)
    , m_menu(viewMenu)
    , m_separator(viewMenu->addSeparator())
{ }

int PanelKeys::numberOf(const QWidget* panel)
{
    if (!panel)
        return 0;
    const QLatin1String name(panel->metaObject()->className());
    for (const auto& [className, number] : kNumbers) {
        if (name == QLatin1String(className))
            return number;
    }
    return 0;
}

void PanelKeys::add(QDockWidget* dock)
{
    const int number = numberOf(dock->widget());
    if (number == 0)
        return;
    QAction* action = actionFor(number);
    m_docks.insert(number, dock);
    const auto updateText = [action, dock] {
        //: View menu entry, %1 the panel's title: Alt+1 … Alt+6 bring each panel forward.
        action->setText(tr("Go to %1").arg(dock->windowTitle()));
    };
    updateText();
    action->setVisible(true);
    connect(dock, &QWidget::windowTitleChanged, action, updateText);
    // QWidget emits destroyed() from its own destructor: the dock is no longer a
    // QDockWidget then, so it is compared as a QWidget (UBSan: invalid downcast).
    connect(dock, &QObject::destroyed, action, [this, action, number, gone = static_cast<QWidget*>(dock)] {
        const QWidget* current = m_docks.value(number);
        if (!current || current == gone)
            action->setVisible(false);
    });
}

QAction* PanelKeys::actionFor(int number)
{
    if (QAction* existing = m_actions.value(number))
        return existing;
    auto* action = new QAction(this);
    action->setObjectName(QStringLiteral("goToPanel%1").arg(number));
    action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, number] {
        if (auto* dock = qobject_cast<QDockWidget*>(m_docks.value(number).data()))
            bringForward(dock);
    });
    // In number order, above the panels' show/hide entries.
    QAction* before = m_separator;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() > number) {
            before = it.value();
            break;
        }
    }
    m_menu->insertAction(before, action);
    m_actions.insert(number, action);
    return action;
}

void PanelKeys::bringForward(QDockWidget* dock)
{
    dock->show();
    dock->raise();
    QWidget* panel = dock->widget();
    QWidget* target = panel->focusProxy() ? panel : nullptr;
    if (!target) {
        const auto views = panel->findChildren<QAbstractItemView*>();
        for (QAbstractItemView* view : views) {
            if (view->isVisibleTo(panel) && view->focusPolicy() != Qt::NoFocus) {
                target = view;
                break;
            }
        }
    }
    (target ? target : panel)->setFocus(Qt::ShortcutFocusReason);
}
