// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on the demo office, as a screen reader meets it: every
// control it can reach has a name, every tile says its state in words.
#include "Application.h"
#include "core/models/ModelRoles.h"
#include "ui/common/StateStyle.h"
#include "ui/main/MainWindow.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileText.h"
#include "ui/tiles/TileView.h"

#include <QAccessible>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

class TestAccessibility final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName();
    void everyTileSaysItsState();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_app = std::make_unique<Application>();
    QVERIFY(m_app->start({QStringLiteral("attendant"), QStringLiteral("--demo"), QStringLiteral("--settings"),
        m_dir.filePath(QStringLiteral("a.ini"))}));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->board()->boardModel()->tileCount() >= 40, 20000);
}

void TestAccessibility::everyControlHasAName()
{
    MainWindow* window = m_app->window();
    QStringList unnamed;
    // Each panel in front in turn: a tab behind another is not shown, so not walked.
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        if (!dock->toggleViewAction()->isVisible())
            continue;
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            // What the keyboard reaches: a screen reader announces it by name.
            if (!w->isVisibleTo(window) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            // The window keeps an emptied dock tab bar for a moment while it lays the docks out again.
            if (auto* bar = qobject_cast<QTabBar*>(w); bar && bar->count() == 0)
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            if (a && a->text(QAccessible::Name).trimmed().isEmpty()) {
                QString what = QString::fromLatin1(w->metaObject()->className()) + u' '
                    + (w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName());
                if (w->parentWidget())
                    what += QStringLiteral(" in ")
                        + QString::fromLatin1(w->parentWidget()->metaObject()->className());
                if (!unnamed.contains(what))
                    unnamed << what;
            }
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestAccessibility::everyTileSaysItsState()
{
    TileBoardModel* board = m_app->window()->board()->boardModel();
    int tiles = 0;
    for (int r = 0; r < board->rowCount(); ++r) {
        const QModelIndex tile = board->index(r, 0);
        if (tile.data(TileBoardModel::IsHeaderRole).toBool())
            continue;
        // The word the tile paints: the state ("Do not disturb"), what a parking space holds,
        // or the conference room a phone is in ("In conference 8500": the demo's meeting).
        const QString word = TileText::state(tile);
        const auto state = Pbx::ExtensionState(tile.data(ExtensionRoles::State).toInt());
        const QString room = tile.data(ExtensionRoles::InConference).toString();
        QVERIFY(!word.isEmpty());
        QVERIFY(word.contains(StateStyle::text(state))
            || tile.data(ExtensionRoles::Group).toString() == QLatin1String("parkedcalls")
            || (!room.isEmpty() && word.contains(room)));
        const QString spoken = tile.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(word), qPrintable(spoken + QStringLiteral(" lacks ") + word));
        ++tiles;
    }
    QVERIFY(tiles >= 40);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
