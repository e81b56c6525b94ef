// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorActionsRig.h"

#include "BoardTiles.h"

#include "../common/UiFixtures.h"
#include "FakeAmiServer.h"
#include "PanelLogin.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"
#include "core/settings/Settings.h"
#include "ui/calls/IncomingCallBanner.h"
#include "ui/calls/ParkedPanel.h"
#include "ui/calls/QueuePanel.h"
#include "ui/common/MimeTypes.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/main/StatusMessage.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

void OperatorActionsRig::setUpRig()
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
    m_extensions = UiFixtures::officeExtensions(m_window, now);
    m_window->setExtensionModel(m_extensions);
    m_window->setCallModel(UiFixtures::officeCalls(m_window, now));
    m_window->setParkedModel(UiFixtures::parkedCalls(m_window, now));
    m_window->setQueueModel(UiFixtures::queues(m_window, now));
    m_window->setOperatorDevice(p.operatorDevice, p.operatorExtension);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void OperatorActionsRig::tearDownRig()
{
    m_menu.reset();
    delete m_window;
    delete m_actions;
    delete m_control;
    delete m_state;
    delete m_client;
    delete m_server;
    m_window = nullptr;
    m_actions = nullptr;
    m_control = nullptr;
    m_client = nullptr;
    m_server = nullptr;
}

QModelIndex OperatorActionsRig::tile(const QString& number) const
{
    return boardTile(m_window, number);
}

QAction* OperatorActionsRig::menuAction(const QString& number, const QString& textStart)
{
    m_menu = std::make_unique<QMenu>();
    m_actions->populateTileMenu(m_menu.get(), tile(number));
    const QList<QAction*> list = m_menu->actions();
    for (QAction* a : list) {
        if (a->text().startsWith(textStart))
            return a;
    }
    return nullptr;
}

void OperatorActionsRig::pressKey(Qt::Key key)
{
    QTest::keyClick(m_window->board()->view(), key);
}

void OperatorActionsRig::perform(Gesture g)
{
    performMenu(g);
    performKey(g);
    performOther(g);
}

void OperatorActionsRig::performMenu(Gesture g)
{
    auto trigger = [&](const QString& number, const QString& text) {
        QAction* a = menuAction(number, text);
        QVERIFY2(a, qPrintable(text));
        QVERIFY(a->isEnabled());
        a->trigger();
    };
    switch (g) {
    case Gesture::MenuCall:
        trigger(QStringLiteral("1001"), QStringLiteral("Call "));
        break;
    case Gesture::MenuTransfer:
        trigger(QStringLiteral("1005"), QStringLiteral("Transfer call to Eve"));
        break;
    case Gesture::MenuAttendedTransfer:
        trigger(QStringLiteral("1005"), QStringLiteral("Transfer to Eve Evans after"));
        break;
    case Gesture::MenuPickup:
        trigger(QStringLiteral("1002"), QStringLiteral("Pick up call from Carol Clark 1003"));
        break;
    case Gesture::MenuListen:
        trigger(QStringLiteral("1003"), QStringLiteral("Listen"));
        break;
    case Gesture::MenuWhisper:
        trigger(QStringLiteral("1003"), QStringLiteral("Whisper"));
        break;
    case Gesture::MenuBarge:
        trigger(QStringLiteral("1003"), QStringLiteral("Join"));
        break;
    case Gesture::MenuVoicemail:
        trigger(QStringLiteral("1005"), QStringLiteral("Transfer call to Eve Evans's voicemail"));
        break;
    default:
        break;
    }
}

void OperatorActionsRig::performKey(Gesture g)
{
    TileView* view = m_window->board()->view();
    auto select = [&](const QString& number) {
        view->setFocus();
        view->setCurrentIndex(tile(number));
    };
    switch (g) {
    case Gesture::EnterCall:
        select(QStringLiteral("1001"));
        pressKey(Qt::Key_Return);
        break;
    case Gesture::KeyTransfer:
        select(QStringLiteral("1005"));
        pressKey(Qt::Key_F5);
        break;
    case Gesture::KeyAttendedTransfer:
        select(QStringLiteral("1005"));
        pressKey(Qt::Key_F6);
        break;
    case Gesture::KeyPark:
        pressKey(Qt::Key_F7);
        break;
    case Gesture::KeyHangup:
        pressKey(Qt::Key_F4);
        break;
    case Gesture::KeyPickup:
        select(QStringLiteral("1002"));
        pressKey(Qt::Key_F8);
        break;
    case Gesture::KeyAnswerQueue:
        pressKey(Qt::Key_F9);
        break;
    case Gesture::KeyCall:
        select(QStringLiteral("1001"));
        pressKey(Qt::Key_F3);
        break;
    case Gesture::TypedNumberEnter:
        // The first key typed on the board moves focus to the filter; the rest follow it there.
        QTest::keyClick(m_window->board()->view(), '0');
        QCOMPARE(QApplication::focusWidget(), m_window->board()->filterEdit());
        QTest::keyClicks(m_window->board()->filterEdit(), QStringLiteral("612345678"));
        QTest::keyClick(m_window->board()->filterEdit(), Qt::Key_Return);
        break;
    default:
        break;
    }
}

void OperatorActionsRig::performOther(Gesture g)
{
    TileView* view = m_window->board()->view();
    auto dropOn = [&](const char* format, const QByteArray& payload, const QString& number) {
        QMimeData mime;
        mime.setData(QString::fromLatin1(format), payload);
        const QPoint at = view->visualRect(tile(number)).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
    };
    switch (g) {
    case Gesture::DoubleClickCall: {
        const QPoint at = view->visualRect(tile(QStringLiteral("1001"))).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        break;
    }
    case Gesture::DropCallOnTile:
        dropOn(MimeTypes::kCall, "main/1795737818.43", QStringLiteral("1005"));
        break;
    case Gesture::DropTileOnTile:
        // 1003 is on a call: connecting needs a free target (DropPlanner), and 1010's state is not known.
        dropOn(MimeTypes::kExtension, "main/1001@phones", QStringLiteral("1010"));
        break;
    case Gesture::QueuePause: {
        QListView* members = m_window->queuePanel()->membersView();
        members->setCurrentIndex(members->model()->index(0, 0)); // Carol, not paused
        m_window->queuePanel()->pauseSelected(QStringLiteral("lunch"));
        break;
    }
    case Gesture::ParkedRetrieve: {
        QListView* parked = m_window->parkedPanel()->view();
        parked->setFocus();
        parked->setCurrentIndex(parked->model()->index(0, 0));
        QTest::keyClick(parked, Qt::Key_Return);
        break;
    }
    default:
        break;
    }
}
