// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/DefaultLayout.h"

#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QTabBar>

namespace {

// Below this height the directory and voicemail are tabs of the right column, so the board keeps
// the whole height: a Full HD screen (1080) shows a 200-extension office whole with compact tiles.
constexpr int kTallScreen = 1200;

// By the panel's class: titles are translated, the classes live in rooms ui/main does not include.
QList<QDockWidget*> docksOf(QMainWindow* window, const char* panelClass)
{
    QList<QDockWidget*> out;
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    for (QDockWidget* d : docks) {
        if (d->widget() && QLatin1String(d->widget()->metaObject()->className()) == QLatin1String(panelClass))
            out.append(d);
    }
    return out;
}

QDockWidget* dockOf(QMainWindow* window, const char* panelClass)
{
    const QList<QDockWidget*> docks = docksOf(window, panelClass);
    return docks.isEmpty() ? nullptr : docks.first();
}

// Docks `docks` (those that exist and are not hidden on purpose) as tabs of one group in `area`.
QDockWidget* group(QMainWindow* window, Qt::DockWidgetArea area, const QList<QDockWidget*>& docks)
{
    QDockWidget* first = nullptr;
    for (QDockWidget* d : docks) {
        if (!d || !d->toggleViewAction()->isVisible())
            continue;
        if (!first) {
            window->addDockWidget(area, d, Qt::Vertical);
            first = d;
        } else {
            window->tabifyDockWidget(first, d);
        }
    }
    if (first)
        first->raise();
    return first;
}

void keepWhole(QTabBar* bar)
{
    bar->setElideMode(Qt::ElideNone);
    bar->setAccessibleName(QCoreApplication::translate("DefaultLayout", "Panel tabs"));
    bar->setUsesScrollButtons(true);
}

// The window makes its dock tab bars when it lays the docks out, later than any tabify call,
// and again whenever the receptionist tabs panels together: each one is set up as it appears.
class TabBarWatch final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildPolished || event->type() == QEvent::LayoutRequest) {
            const QList<QTabBar*> bars = watched->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly);
            for (QTabBar* bar : bars) {
                if (bar->accessibleName().isEmpty())
                    keepWhole(bar);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void DefaultLayout::apply(QMainWindow* window, const Settings& settings)
{
    // The panels docked after the window was built (directory, voicemail, history) get their saved places
    // too.
    if (settings.windowState().isEmpty() || !window->restoreState(settings.windowState()))
        arrange(window);
    keepTabTitlesWhole(window);
}

void DefaultLayout::keepTabTitlesWhole(QMainWindow* window)
{
    // "P… H… Re…" says nothing: whole titles, and arrows when a narrow column cannot hold them all.
    const QList<QTabBar*> bars = window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly);
    for (QTabBar* bar : bars)
        keepWhole(bar);
    window->installEventFilter(new TabBarWatch(window));
}

void DefaultLayout::arrange(QMainWindow* window)
{
    const QScreen* screen = window->screen();
    const bool tall = !screen || screen->availableGeometry().height() >= kTallScreen;
    QDockWidget* calls = dockOf(window, "CallsPanel");
    QDockWidget* directory = dockOf(window, "DirectoryPanel");
    // The recordings of each server with a monitor folder go with the directory and voicemail.
    const QList<QDockWidget*> lower = QList<QDockWidget*> {directory, dockOf(window, "VoicemailBrowser")}
        + docksOf(window, "RecordingBrowser");
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    group(window, Qt::RightDockWidgetArea, {calls});
    group(window, Qt::RightDockWidgetArea,
        {dockOf(window, "QueuePanel"), dockOf(window, "ConferencePanel"),
            dockOf(window, "CallRecordingPanel")});
    QList<QDockWidget*> bottom {dockOf(window, "ParkedPanel"), dockOf(window, "HistoryPanel")};
    if (!tall)
        bottom << lower;
    QDockWidget* parked = group(window, Qt::RightDockWidgetArea, bottom);
    if (tall) {
        if (QDockWidget* below = group(window, Qt::BottomDockWidgetArea, lower))
            window->resizeDocks({below}, {window->height() / 3}, Qt::Vertical);
    }
    if (calls && parked)
        window->resizeDocks({calls, parked}, {window->height() / 4, window->height() / 3}, Qt::Vertical);
    // A narrow screen gives the board every pixel the panels do not need.
    if (calls && window->width() < 1400)
        window->resizeDocks({calls}, {calls->minimumSizeHint().width()}, Qt::Horizontal);
}
