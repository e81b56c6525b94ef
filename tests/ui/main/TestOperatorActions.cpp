// SPDX-License-Identifier: GPL-3.0-or-later
// Every gesture of the operator (menus, keys, drops, panels) sends the exact AMI
// action, and the keys, shortcuts and rights behind them.
#include "OperatorActionsRig.h"

#include "../common/UiFixtures.h"
#include "AmiWire.h"
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

using AmiWire::lines;
using AmiWire::wireWithoutActionId;

const QByteArray kCall1001 = lines({"Action: Originate", "Channel: PJSIP/1000", "Context: phones",
    "Exten: 1001", "Priority: 1", "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
const QByteArray kTransferTo1005 = lines(
    {"Action: Redirect", "Channel: PJSIP/trunk-00000012", "Exten: 1005", "Context: phones", "Priority: 1"});
const QByteArray kAtxferTo1005
    = lines({"Action: Atxfer", "Channel: PJSIP/1000-00000013", "Exten: 1005", "Context: phones"});
const QByteArray kPickup1002 = lines(
    {"Action: Redirect", "Channel: PJSIP/1003-00000020", "Exten: 1000", "Context: phones", "Priority: 1"});

} // namespace

class TestOperatorActions : public OperatorActionsRig
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpRig(); }
    void cleanup() { tearDownRig(); }
    void gestures_data();
    void gestures();
    void fKeysAreInTheCallMenu();
    void shortcutsAreConfigurable();
    void missingPermissionDisablesWithReason();
    void enterInEmptyFilterCallsNobody();
    void ownPhoneIsNeverCalled();
    void heldDownKeysSendOneRequest_data();
    void heldDownKeysSendOneRequest();
    void listenUsesThePlainDeviceOfAPresenceHint();

private:
    static void addCallRows();
    static void addCallHandlingRows();
    static void addOtherRows();
};

void TestOperatorActions::gestures_data()
{
    QTest::addColumn<Gesture>("gesture");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("packet");

    addCallRows();
    addCallHandlingRows();
    addOtherRows();
}

// gestures rows: calling: menu, Enter, double-click, F3, a typed number.
void TestOperatorActions::addCallRows()
{
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
}

// gestures rows: the operator's call: transfers, park, hang up, pickup.
void TestOperatorActions::addCallHandlingRows()
{
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
}

// gestures rows: queue callers, tiles dropped on tiles, spying, voicemail, queue pause, parked calls.
void TestOperatorActions::addOtherRows()
{
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

QTEST_MAIN(TestOperatorActions)
#include "TestOperatorActions.moc"
