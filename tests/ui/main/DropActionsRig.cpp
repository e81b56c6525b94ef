// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropActionsRig.h"

#include "BoardTiles.h"

#include "DropFixtures.h"
#include "FakeAmiServer.h"
#include "PanelLogin.h"
#include "core/ami/AmiClient.h"
#include "core/directory/DirectoryModel.h"
#include "core/directory/FileDirectory.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"
#include "core/settings/Settings.h"
#include "ui/calls/CallsPanel.h"
#include "ui/directory/DirectoryPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QCursor>
#include <QDrag>
#include <QFile>
#include <QGuiApplication>
#include <QListView>
#include <QMimeData>
#include <QStyleHints>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace DropFixtures;

QDrag* DragCatcher::drag() const
{
    for (const auto& c : children) {
        if (auto* d = qobject_cast<QDrag*>(c.data()))
            return d;
    }
    return nullptr;
}

bool DragCatcher::eventFilter(QObject*, QEvent* event)
{
    if (event->type() == QEvent::ChildAdded)
        children.append(static_cast<QChildEvent*>(event)->child());
    return false;
}

void DropActionsRig::setUpRig()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_server = new FakeAmiServer;
    m_client = new AmiClient;
    QVERIFY(logInPanel(*m_server, *m_client));

    Profile p;
    p.operatorDevice = QStringLiteral("PJSIP/1000");
    p.operatorExtension = QStringLiteral("1000");
    p.callerIdName = QStringLiteral("Operator");
    p.originateContext = QStringLiteral("phones");
    m_state = new PbxState(QStringLiteral("main"));
    connect(m_client, &AmiClient::eventReceived, m_state, &PbxState::apply);
    m_control = new CallControl(m_client, m_state);
    m_control->setProfile(p);
    m_actions = new OperatorActions;
    m_actions->addServer(QStringLiteral("main"), m_control);
    m_window = new MainWindow(m_settings.get(), m_actions);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window->setExtensionModel(office(m_window, now));
    m_window->setCallModel(calls(m_window, now));
    m_window->setOperatorDevice(p.operatorDevice, p.operatorExtension);

    QFile f(m_dir.filePath(QStringLiteral("staff.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kDirectory);
    f.close();
    m_directory = new DirectoryModel;
    m_directoryPanel = new DirectoryPanel(m_directory);
    auto* source = new FileDirectory(
        QStringLiteral("staff"), f.fileName(), FileDirectory::Format::Auto, m_directoryPanel);
    m_directoryPanel->addSource(source);
    source->start();
    m_window->addPanel(m_directoryPanel, QStringLiteral("Directory"));
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_directory->rowCount(), 1);
    m_window->board()->boardModel()->rebuildNow();
    m_catcher = new DragCatcher;
}

void DropActionsRig::tearDownRig()
{
    delete m_catcher;
    delete m_window;
    delete m_directory;
    delete m_actions;
    delete m_control;
    delete m_state;
    delete m_client;
    delete m_server;
    m_catcher = nullptr;
    m_window = nullptr;
    m_directory = nullptr;
    m_actions = nullptr;
    m_control = nullptr;
    m_state = nullptr;
    m_client = nullptr;
    m_server = nullptr;
}

QModelIndex DropActionsRig::tile(const QString& number) const
{
    return boardTile(m_window, number);
}

QPoint DropActionsRig::sourcePoint(Source source, const QString& item, QWidget** viewport) const
{
    switch (source) {
    case Source::CallRow: {
        QListView* view = m_window->callsPanel()->view();
        *viewport = view->viewport();
        return view->visualRect(view->model()->index(item.toInt(), 0)).center();
    }
    case Source::Tile: {
        TileView* view = m_window->board()->view();
        *viewport = view->viewport();
        return view->visualRect(tile(item)).center();
    }
    case Source::Contact:
        break;
    }
    auto* view = m_directoryPanel->findChild<QTableView*>();
    *viewport = view->viewport();
    return view->visualRect(view->model()->index(0, DirectoryModel::NameColumn)).center();
}

QPoint DropActionsRig::targetPoint(Target target, const QString& item, QWidget** viewport) const
{
    return sourcePoint(target == Target::Tile ? Source::Tile : Source::CallRow, item, viewport);
}

QDrag* DropActionsRig::startDrag(Source source, const QString& from)
{
    QWidget* viewport = nullptr;
    const QPoint start = sourcePoint(source, from, &viewport);
    if (!viewport->rect().contains(start))
        return nullptr;
    // QDrag's parent is the view (the viewport's parent).
    m_catcher->children.clear();
    viewport->parentWidget()->installEventFilter(m_catcher);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(4, 0));
    QTest::mouseMove(viewport, start + QPoint(QGuiApplication::styleHints()->startDragDistance() + 8, 4));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start);
    viewport->parentWidget()->removeEventFilter(m_catcher);
    return m_catcher->drag();
}

Outcome DropActionsRig::drag(
    Source source, const QString& from, Target target, const QString& to, Qt::KeyboardModifiers mods)
{
    Outcome out;
    QDrag* started = startDrag(source, from);
    if (!started || !started->mimeData()) {
        qWarning("the drag did not start");
        return out;
    }
    QWidget* viewport = nullptr;
    const QPoint at = targetPoint(target, to, &viewport);
    const QMimeData* mime = started->mimeData();
    const Qt::DropActions actions = started->supportedActions();
    QDragEnterEvent enter(at, actions, mime, Qt::LeftButton, mods);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, mime, Qt::LeftButton, mods);
    QCoreApplication::sendEvent(viewport, &move);
    out.moveAction = move.isAccepted() ? move.dropAction() : Qt::IgnoreAction;
    out.tooltip = QToolTip::text();
    if (move.isAccepted()) {
        QDropEvent drop(QPointF(at), actions, mime, Qt::NoButton, mods);
        QCoreApplication::sendEvent(viewport, &drop);
        out.dropped = drop.isAccepted();
    } else {
        // Released over a refused target: the platform cancels the drag, the
        // target only sees it leave (the mouse still over it), and the QDrag
        // goes with its payload.
        QCursor::setPos(viewport->mapToGlobal(at));
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(viewport, &leave);
    }
    return out;
}

void DropActionsRig::expectNothingSentSince(qsizetype before)
{
    QCOMPARE(m_server->receivedActions().size(), before);
    m_control->hangup(QStringLiteral("PJSIP/1000-00000013"));
    QTRY_COMPARE(m_server->receivedActions("Hangup").size(), 1);
    QCOMPARE(m_server->receivedActions().size(), before + 1);
}
