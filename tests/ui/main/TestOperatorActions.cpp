// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UiFixtures.h"
#include "FakeAmiServer.h"
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

namespace {

enum class Gesture
{
    MenuCall,
    EnterCall,
    DoubleClickCall,
    MenuTransfer,
    KeyTransfer,
    DropCallOnTile,
    MenuAttendedTransfer,
    KeyAttendedTransfer,
    KeyPark,
    KeyHangup,
    MenuPickup,
    KeyPickup,
    KeyAnswerQueue,
    KeyCall,
    TypedNumberEnter,
    DropTileOnTile,
    MenuListen,
    MenuWhisper,
    MenuBarge,
    MenuVoicemail,
    QueuePause,
    ParkedRetrieve,
};

QByteArray wireWithoutActionId(const AmiMessage& m)
{
    QByteArray out;
    const QList<QByteArray> lines = m.raw().split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith("ActionID:"))
            continue;
        out += line + "\r\n";
    }
    return out;
}

QByteArray lines(std::initializer_list<const char*> l)
{
    QByteArray out;
    for (const char* s : l)
        out += QByteArray(s) + "\r\n";
    return out;
}

const QByteArray kCall1001 = lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones",
    "Exten: 1001", "Priority: 1", "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
const QByteArray kTransferTo1005 = lines(
    {"Action: Redirect", "Channel: PJSIP/trunk-00000012", "Exten: 1005", "Context: phones", "Priority: 1"});
const QByteArray kAtxferTo1005
    = lines({"Action: Atxfer", "Channel: PJSIP/1000-00000013", "Exten: 1005", "Context: phones"});
const QByteArray kPickup1002 = lines(
    {"Action: Redirect", "Channel: PJSIP/1003-00000020", "Exten: 1000", "Context: phones", "Priority: 1"});

} // namespace

Q_DECLARE_METATYPE(Gesture)

class TestOperatorActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void gestures_data();
    void gestures();
    void fKeysAreInTheCallMenu();
    void shortcutsAreConfigurable();
    void missingPermissionDisablesWithReason();
    void errorsReachTheStatusBar();
    void enterInEmptyFilterCallsNobody();
    void ownPhoneIsNeverCalled();
    void heldDownKeysSendOneRequest_data();
    void heldDownKeysSendOneRequest();
    void listenUsesThePlainDeviceOfAPresenceHint();
    void messagesSayWhoAndWhat();
    void errorsCarryTheirTimeAndCanBeDismissed();
    void f9WordsSayWhatHappens();
    void f9NeedsTheCallClassOnly();
    void ampersandInMenuTextIsShown();
    void untrustedNumberRefusedWithReason_data();
    void untrustedNumberRefusedWithReason();

private:
    QModelIndex tile(const QString& number) const;
    QAction* menuAction(const QString& number, const QString& textStart);
    void perform(Gesture gesture);
    void pressKey(Qt::Key key);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
    QStandardItemModel* m_extensions = nullptr;
    std::unique_ptr<QMenu> m_menu;
};

void TestOperatorActions::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_server = new FakeAmiServer;
    QVERIFY(m_server->listen());
    m_client = new AmiClient;
    AmiConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_server->port();
    s.username = QStringLiteral("panel");
    m_client->setSettings(s);
    m_client->setSecret(QStringLiteral("panelpass"));
    m_client->connectToServer();
    QTRY_COMPARE(m_client->state(), AmiClient::State::LoggedIn);

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

void TestOperatorActions::cleanup()
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

QModelIndex TestOperatorActions::tile(const QString& number) const
{
    TileBoardModel* m = m_window->board()->boardModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ExtensionRoles::Number).toString() == number)
            return m->index(r, 0);
    }
    return {};
}

QAction* TestOperatorActions::menuAction(const QString& number, const QString& textStart)
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

void TestOperatorActions::pressKey(Qt::Key key)
{
    QTest::keyClick(m_window->board()->view(), key);
}

void TestOperatorActions::perform(Gesture g)
{
    TileView* view = m_window->board()->view();
    auto select = [&](const QString& number) {
        view->setFocus();
        view->setCurrentIndex(tile(number));
    };
    auto trigger = [&](const QString& number, const QString& text) {
        QAction* a = menuAction(number, text);
        QVERIFY2(a, qPrintable(text));
        QVERIFY(a->isEnabled());
        a->trigger();
    };
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
    case Gesture::MenuCall:
        trigger(QStringLiteral("1001"), QStringLiteral("Call "));
        break;
    case Gesture::EnterCall:
        select(QStringLiteral("1001"));
        pressKey(Qt::Key_Return);
        break;
    case Gesture::DoubleClickCall: {
        const QPoint at = view->visualRect(tile(QStringLiteral("1001"))).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        break;
    }
    case Gesture::MenuTransfer:
        trigger(QStringLiteral("1005"), QStringLiteral("Transfer call to Eve"));
        break;
    case Gesture::KeyTransfer:
        select(QStringLiteral("1005"));
        pressKey(Qt::Key_F5);
        break;
    case Gesture::DropCallOnTile:
        dropOn(MimeTypes::kCall, "main/1795737818.43", QStringLiteral("1005"));
        break;
    case Gesture::MenuAttendedTransfer:
        trigger(QStringLiteral("1005"), QStringLiteral("Transfer to Eve Evans after"));
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
    case Gesture::MenuPickup:
        trigger(QStringLiteral("1002"), QStringLiteral("Pick up call from Carol Clark 1003"));
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
    case Gesture::DropTileOnTile:
        // 1003 is on a call: connecting needs a free target (DropPlanner), and 1010's state is not known.
        dropOn(MimeTypes::kExtension, "main/1001@phones", QStringLiteral("1010"));
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
    }
}

void TestOperatorActions::gestures_data()
{
    QTest::addColumn<Gesture>("gesture");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("packet");

    // Calling: menu, Enter and double-click send the same Originate.
    QTest::newRow("call from menu") << Gesture::MenuCall << QByteArray("Originate") << kCall1001;
    QTest::newRow("call with Enter") << Gesture::EnterCall << QByteArray("Originate") << kCall1001;
    QTest::newRow("call with double-click")
        << Gesture::DoubleClickCall << QByteArray("Originate") << kCall1001;
    QTest::newRow("call with F3") << Gesture::KeyCall << QByteArray("Originate") << kCall1001;
    QTest::newRow("typed number and Enter")
        << Gesture::TypedNumberEnter << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones", "Exten: 0612345678",
               "Priority: 1", "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
    // Transfer of the operator's caller: menu, F3 and drag-and-drop send the same Redirect.
    QTest::newRow("transfer from menu") << Gesture::MenuTransfer << QByteArray("Redirect") << kTransferTo1005;
    QTest::newRow("transfer with F5") << Gesture::KeyTransfer << QByteArray("Redirect") << kTransferTo1005;
    QTest::newRow("transfer by dropping the call")
        << Gesture::DropCallOnTile << QByteArray("Redirect") << kTransferTo1005;
    QTest::newRow("attended transfer from menu")
        << Gesture::MenuAttendedTransfer << QByteArray("Atxfer") << kAtxferTo1005;
    QTest::newRow("attended transfer with F6")
        << Gesture::KeyAttendedTransfer << QByteArray("Atxfer") << kAtxferTo1005;
    QTest::newRow("park with F7") << Gesture::KeyPark << QByteArray("Park")
                                  << lines({"Action: Park", "Channel: PJSIP/trunk-00000012",
                                         "TimeoutChannel: PJSIP/1000-00000013",
                                         "AnnounceChannel: PJSIP/1000-00000013", "Parkinglot: default"});
    QTest::newRow("hang up with F4") << Gesture::KeyHangup << QByteArray("Hangup")
                                     << lines({"Action: Hangup", "Channel: PJSIP/1000-00000013"});
    QTest::newRow("pick up from menu") << Gesture::MenuPickup << QByteArray("Redirect") << kPickup1002;
    QTest::newRow("pick up with F8") << Gesture::KeyPickup << QByteArray("Redirect") << kPickup1002;
    // F9: Niaj Nolan has waited 95 s in queue support while no agent's phone
    // rings; Carol's call to Bob rings for 4 s. The longest waiting comes first.
    QTest::newRow("bring the longest waiting to my phone with F9")
        << Gesture::KeyAnswerQueue << QByteArray("Redirect")
        << lines({"Action: Redirect", "Channel: PJSIP/trunk-00000040", "Exten: 1000", "Context: phones",
               "Priority: 1"});
    QTest::newRow("drop tile on tile connects them")
        << Gesture::DropTileOnTile << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1001", "Context: phones", "Exten: 1010", "Priority: 1",
               "CallerID: \"Alice Adams\" <1001>", "Timeout: 30000", "Async: true"});
    QTest::newRow("listen") << Gesture::MenuListen << QByteArray("Originate")
                            << lines({"Action: Originate", "Channel: PJSIP/1000", "Application: ChanSpy",
                                   "Data: PJSIP/1003,q", "CallerID: \"Operator\" <1000>", "Timeout: 30000",
                                   "Async: true"});
    QTest::newRow("whisper") << Gesture::MenuWhisper << QByteArray("Originate")
                             << lines({"Action: Originate", "Channel: PJSIP/1000", "Application: ChanSpy",
                                    "Data: PJSIP/1003,qw", "CallerID: \"Operator\" <1000>", "Timeout: 30000",
                                    "Async: true"});
    QTest::newRow("barge") << Gesture::MenuBarge << QByteArray("Originate")
                           << lines({"Action: Originate", "Channel: PJSIP/1000", "Application: ChanSpy",
                                  "Data: PJSIP/1003,qB", "CallerID: \"Operator\" <1000>", "Timeout: 30000",
                                  "Async: true"});
    QTest::newRow("transfer to voicemail") << Gesture::MenuVoicemail << QByteArray("Redirect")
                                           << lines({"Action: Redirect", "Channel: PJSIP/trunk-00000012",
                                                  "Exten: *1005", "Context: phones", "Priority: 1"});
    QTest::newRow("queue pause with reason")
        << Gesture::QueuePause << QByteArray("QueuePause")
        << lines({"Action: QueuePause", "Queue: support", "Interface: PJSIP/1003", "Paused: true",
               "Reason: lunch"});
    QTest::newRow("retrieve parked call")
        << Gesture::ParkedRetrieve << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones", "Exten: 701", "Priority: 1",
               "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
}

void TestOperatorActions::gestures()
{
    QFETCH(Gesture, gesture);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, packet);
    const qsizetype before = m_server->receivedActions().size();
    perform(gesture);
    QTRY_COMPARE(m_server->receivedActions(action).size(), 1);
    QCOMPARE(wireWithoutActionId(m_server->receivedActions(action).first()), packet);
    // Exactly one action per gesture; transfer to voicemail first asks
    // whether the voicemail extension exists (ShowDialPlan).
    const int asked = gesture == Gesture::MenuVoicemail ? 1 : 0;
    QCOMPARE(m_server->receivedActions("ShowDialPlan").size(), asked);
    QCOMPARE(m_server->receivedActions().size(), before + 1 + asked);
}

void TestOperatorActions::fKeysAreInTheCallMenu()
{
    const QList<OperatorActions::Key> keys = OperatorActions::allKeys();
    QCOMPARE(keys.size(), 7);
    for (auto key : keys) {
        QAction* a = m_actions->action(key);
        QVERIFY(!a->shortcut().isEmpty());
        QVERIFY(!a->associatedObjects().isEmpty()); // shown in a menu, so the key is visible
    }
    // The tile menu shows the same keys next to its entries.
    QAction* transfer = menuAction(QStringLiteral("1005"), QStringLiteral("Transfer call to Eve"));
    QVERIFY(transfer);
    QCOMPARE(transfer->shortcut(), QKeySequence(Qt::Key_F5));
    // Calling shows F3 (Enter calls too, but "Return" beside it was all the menu said).
    QAction* call = menuAction(QStringLiteral("1001"), QStringLiteral("Call Alice"));
    QVERIFY(call);
    QCOMPARE(call->shortcut(), QKeySequence(Qt::Key_F3));
    QCOMPARE(call->shortcut().toString(QKeySequence::NativeText), QStringLiteral("F3"));
}

void TestOperatorActions::shortcutsAreConfigurable()
{
    m_settings->setShortcut(QStringLiteral("hangup"), QStringLiteral("Ctrl+H"));
    m_actions->applyShortcuts(*m_settings);
    QCOMPARE(
        m_actions->action(OperatorActions::Key::Hangup)->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
    pressKey(Qt::Key_F4); // no longer bound
    QTest::keyClick(m_window->board()->view(), Qt::Key_H, Qt::ControlModifier);
    QTRY_COMPARE(m_server->receivedActions("Hangup").size(), 1);
}

void TestOperatorActions::missingPermissionDisablesWithReason()
{
    Profile p = m_control->profile();
    p.missingWriteClasses = {QStringLiteral("call")};
    m_control->setProfile(p);
    QAction* hangup = m_actions->action(OperatorActions::Key::Hangup);
    QVERIFY(!hangup->isEnabled());
    QVERIFY(hangup->toolTip().contains(QLatin1String("call")));
    QAction* transfer = menuAction(QStringLiteral("1005"), QStringLiteral("Transfer call to Eve"));
    QVERIFY(!transfer->isEnabled());
    QVERIFY(transfer->toolTip().contains(QStringLiteral("“call”")));
    QAction* call = menuAction(QStringLiteral("1005"), QStringLiteral("Call "));
    QVERIFY(call->isEnabled()); // originate is still allowed

    // Learned from Asterisk's answer as well.
    m_server->setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    });
    QSignalSpy changed(m_control, &CallControl::permissionsChanged);
    m_actions->callTile(tile(QStringLiteral("1005")));
    QVERIFY(changed.wait());
    call = menuAction(QStringLiteral("1005"), QStringLiteral("Call "));
    QVERIFY(!call->isEnabled());
    QVERIFY(call->toolTip().contains(QLatin1String("originate")));
}

void TestOperatorActions::errorsReachTheStatusBar()
{
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "No such channel"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    perform(Gesture::KeyTransfer);
    QVERIFY(shown.wait());
    QVERIFY(shown.last().at(0).toString().contains(QLatin1String("No such channel")));
    QVERIFY(shown.last().at(1).toBool());
    QVERIFY(m_window->statusText().contains(QLatin1String("No such channel")));
}

void TestOperatorActions::enterInEmptyFilterCallsNobody()
{
    // The first tile is the operator's own: Enter in the empty filter used to
    // originate PJSIP/1000 → 1000.
    QLineEdit* filter = m_window->board()->filterEdit();
    filter->setFocus();
    QVERIFY(filter->text().isEmpty());
    QTest::keyClick(filter, Qt::Key_Return);
    TileView* view = m_window->board()->view();
    view->setFocus();
    view->setCurrentIndex(tile(QStringLiteral("1000")));
    QTest::keyClick(view, Qt::Key_Return);
    pressKey(Qt::Key_F3);
    // A Ping round trip: anything sent before it has arrived.
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(m_server->receivedActions("Originate").size(), 0);
}

void TestOperatorActions::ownPhoneIsNeverCalled()
{
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    m_actions->callTile(tile(QStringLiteral("1000")));
    m_actions->callNumber(QString(), QStringLiteral("1000"));
    QTRY_COMPARE(shown.size(), 2);
    QVERIFY(shown.at(0).at(0).toString().contains(QLatin1String("your own phone")));
    QVERIFY(shown.at(1).at(0).toString().contains(QLatin1String("your own phone")));
    QCOMPARE(m_server->receivedActions("Originate").size(), 0);
}

void TestOperatorActions::heldDownKeysSendOneRequest_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("inFilter");
    QTest::newRow("Enter on a tile") << int(Qt::Key_Return) << false;
    QTest::newRow("F3 on a tile") << int(Qt::Key_F3) << false;
    QTest::newRow("Enter after a typed number") << int(Qt::Key_Return) << true;
}

void TestOperatorActions::heldDownKeysSendOneRequest()
{
    // A held-down Enter sent 739 Originates in 45 s to a real Asterisk. Every
    // Originate is refused here at once, so nothing stays pending: only the
    // key repeat itself may be ignored.
    QFETCH(int, key);
    QFETCH(bool, inFilter);
    m_server->setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Originate failed"}});
    });
    QWidget* target = m_window->board()->view();
    if (inFilter) {
        target = m_window->board()->filterEdit();
        target->setFocus();
        QTest::keyClicks(target, QStringLiteral("0612345678"));
    } else {
        target->setFocus();
        m_window->board()->view()->setCurrentIndex(tile(QStringLiteral("1001")));
    }
    QTest::simulateEvent(target, true, key, Qt::NoModifier, QStringLiteral("\r"), false);
    for (int i = 0; i < 25; ++i) {
        QTest::simulateEvent(target, true, key, Qt::NoModifier, QStringLiteral("\r"), true);
        QTest::qWait(5);
    }
    QTest::simulateEvent(target, false, key, Qt::NoModifier, QStringLiteral("\r"), false);
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QCOMPARE(m_server->receivedActions("Originate").size(), 1);
}

void TestOperatorActions::listenUsesThePlainDeviceOfAPresenceHint()
{
    // The hint form docs/admin.md recommends, as Asterisk reports it.
    for (int r = 0; r < m_extensions->rowCount(); ++r) {
        if (m_extensions->item(r)->data(ExtensionRoles::Number).toString() == QLatin1String("1003"))
            m_extensions->item(r)->setData(
                QStringLiteral("PJSIP/1003,CustomPresence:1003"), ExtensionRoles::Hint);
    }
    QAction* listen = menuAction(QStringLiteral("1003"), QStringLiteral("Listen"));
    QVERIFY(listen);
    listen->trigger();
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 1);
    QCOMPARE(m_server->receivedActions("Originate").first().value("Data"), QStringLiteral("PJSIP/1003,q"));
}

void TestOperatorActions::messagesSayWhoAndWhat()
{
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    perform(Gesture::KeyTransfer);
    QVERIFY(shown.wait());
    QCOMPARE(shown.last().at(0).toString(), QStringLiteral("Transferred Zoë Customer 5551234 to Eve Evans"));
    QVERIFY(!shown.last().at(1).toBool());
    QCOMPARE(
        m_window->statusMessage()->text(), QStringLiteral("Transferred Zoë Customer 5551234 to Eve Evans"));

    m_server->setHandler("Park", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Park failed"}});
    });
    perform(Gesture::KeyPark);
    QVERIFY(shown.wait());
    QCOMPARE(
        shown.last().at(0).toString(), QStringLiteral("Could not park Zoë Customer 5551234: Park failed"));
    QVERIFY(shown.last().at(1).toBool());
}

void TestOperatorActions::errorsCarryTheirTimeAndCanBeDismissed()
{
    StatusMessage* status = m_window->statusMessage();
    const QString now = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_window->showMessage(QStringLiteral("Could not park Zoë Customer: Park failed"), true);
    QVERIFY2(status->text().startsWith(now), qPrintable(status->text()));
    QVERIFY(status->dismissButton()->isVisible());
    QVERIFY(!status->dismissButton()->accessibleName().isEmpty());
    QTest::mouseClick(status->dismissButton(), Qt::LeftButton);
    QVERIFY(status->text().isEmpty());
    QVERIFY(!status->dismissButton()->isVisible());
}

void TestOperatorActions::f9WordsSayWhatHappens()
{
    const QString text = m_actions->action(OperatorActions::Key::Answer)->text().remove(u'&');
    QVERIFY2(text.contains(QLatin1String("waiting caller to my phone")), qPrintable(text));
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Redirect successful"}});
    });
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    perform(Gesture::KeyAnswerQueue);
    QVERIFY(shown.wait());
    QCOMPARE(shown.last().at(0).toString(),
        QStringLiteral("Bringing Niaj Nolan 5552222 from queue support to your phone"));
    // The banner for a call ringing the operator's own phone promises nothing AMI cannot do.
    m_window->incomingBanner()->showCall(
        QStringLiteral("k"), QStringLiteral("5551234"), QString(), QString());
    QVERIFY(!m_window->incomingBanner()->text().contains(QLatin1String("Answer key")));
    QVERIFY(m_window->incomingBanner()->text().contains(QLatin1String("pick up the handset")));
}

void TestOperatorActions::f9NeedsTheCallClassOnly()
{
    // F9 always redirects (write class "call"), even where F8 picks up with
    // the feature code (an Originate).
    Profile p = m_control->profile();
    p.pickupMethod = Profile::PickupMethod::FeatureCode;
    p.missingWriteClasses = {QStringLiteral("originate")};
    m_control->setProfile(p);
    QVERIFY(!m_actions->action(OperatorActions::Key::Pickup)->isEnabled());
    QVERIFY(m_actions->action(OperatorActions::Key::Answer)->isEnabled());
}

void TestOperatorActions::ampersandInMenuTextIsShown()
{
    // A name the PBX or a caller chose: '&' must not turn into a mnemonic.
    QStandardItemModel* extensions = nullptr;
    const QList<QStandardItemModel*> models = m_window->findChildren<QStandardItemModel*>();
    for (QStandardItemModel* m : models) {
        if (m->rowCount() > 0
            && m->index(0, 0).data(ExtensionRoles::Number).toString() == QStringLiteral("1000"))
            extensions = m;
    }
    QVERIFY(extensions);
    for (int r = 0; r < extensions->rowCount(); ++r) {
        if (extensions->index(r, 0).data(ExtensionRoles::Number).toString() == QStringLiteral("1001"))
            extensions->setData(
                extensions->index(r, 0), QStringLiteral("1001&PJSIP/1002"), ExtensionRoles::Name);
    }
    QTRY_COMPARE(tile(QStringLiteral("1001")).data(ExtensionRoles::Name).toString(),
        QStringLiteral("1001&PJSIP/1002"));
    QAction* call = menuAction(QStringLiteral("1001"), QStringLiteral("Call "));
    QVERIFY(call);
    QCOMPARE(call->text(), QStringLiteral("Call 1001&&PJSIP/1002"));
    // What the menu draws: the text without mnemonics is the name as written.
    QCOMPARE(QString(call->text()).replace(QStringLiteral("&&"), QStringLiteral("&")),
        QStringLiteral("Call 1001&PJSIP/1002"));
}

void TestOperatorActions::untrustedNumberRefusedWithReason_data()
{
    QTest::addColumn<bool>("transfer");
    QTest::newRow("call back") << false;
    QTest::newRow("transfer to a directory number") << true;
}

void TestOperatorActions::untrustedNumberRefusedWithReason()
{
    QFETCH(bool, transfer);
    QSignalSpy shown(m_actions, &OperatorActions::messageShown);
    // The callerid of a voicemail, the CallerIDNum of the call log, an LDAP number.
    const QString evil = QStringLiteral("1234&PJSIP/evil@trunk");
    if (transfer)
        m_actions->transferTo(evil);
    else
        m_actions->callNumber(QString(), evil);
    QVERIFY(shown.wait());
    const QString text = shown.last().at(0).toString();
    QVERIFY2(text.contains(QLatin1String("not a dialable number")), qPrintable(text));
    QVERIFY(shown.last().at(1).toBool());
    // A Ping round trip: nothing else went to the PBX.
    AmiAction* ping = m_client->send(AmiRequest("Ping"));
    QSignalSpy pong(ping, &AmiAction::finished);
    QVERIFY(pong.wait());
    QVERIFY(m_server->receivedActions("Originate").isEmpty());
    QVERIFY(m_server->receivedActions("Redirect").isEmpty());
    QVERIFY(m_server->receivedActions("BlindTransfer").isEmpty());

    // A dialable untrusted number goes out without its separators.
    m_actions->callNumber(QString(), QStringLiteral("+49 (30) 1234-5"));
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 1);
    QCOMPARE(m_server->receivedActions("Originate").first().value("Exten"), QStringLiteral("+493012345"));
}

QTEST_MAIN(TestOperatorActions)
#include "TestOperatorActions.moc"
