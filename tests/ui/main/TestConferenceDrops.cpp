// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiEvents.h"
#include "DropFixtures.h"
#include "FakeAmiServer.h"
#include "PanelLogin.h"
#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceStore.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxState.h"
#include "core/settings/Settings.h"
#include "ui/calls/CallsPanel.h"
#include "ui/common/MimeTypes.h"
#include "ui/conference/ConferencePanel.h"
#include "ui/main/DropActions.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperatorActions.h"
#include "ui/tiles/ExtensionBoard.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileView.h"

#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

// Calls and tiles dropped on a conference room. QDrag cannot run here (the
// offscreen platform ends it at once), so the drop half is played with real
// QDragEnter/Move/Drop events on the room list's viewport, carrying the
// payload the board's and the calls panel's drags carry (MimeTypes): that is
// the path the platform takes to the panel's drop handling. What reaches
// Asterisk is compared with 08-confbridge-redirect-call-into-room.
namespace {

using namespace DropFixtures;

struct Outcome
{
    bool accepted = false; // the move was accepted (copy cursor), else "no"
    QString tooltip;
    bool dropped = false;
};

} // namespace

class TestConferenceDrops : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void bringsPeopleIn_data();
    void bringsPeopleIn();
    void refusals_data();
    void refusals();
    void freeTileOntoBusyTileMakesAThreeWay();
    void freeTileOntoCallRowAsks_data();
    void freeTileOntoCallRowAsks();
    void callRowMenuOffersTheSame();

private:
    void answerLikeAsterisk();
    QModelIndex callRow(const QString& key) const;
    void expectThreeWay();
    Outcome dropOnRoom(const QByteArray& format, const QString& key, int room = 0);
    void joinRoom(const QString& channel, bool admin);
    void joinRoomAs(const QString& room, const QString& channel);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    FakeAmiServer* m_server = nullptr;
    AmiClient* m_client = nullptr;
    PbxState* m_state = nullptr;
    CallControl* m_control = nullptr;
    ConferenceStore* m_store = nullptr;
    ConferenceControl* m_conference = nullptr;
    OperatorActions* m_actions = nullptr;
    MainWindow* m_window = nullptr;
};

void TestConferenceDrops::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_server = new FakeAmiServer;
    m_client = new AmiClient;
    QVERIFY(logInPanel(*m_server, *m_client));

    Profile p;
    p.originateContext = QStringLiteral("phones");
    m_state = new PbxState(QStringLiteral("main"));
    m_control = new CallControl(m_client, m_state);
    m_control->setProfile(p);
    m_store = new ConferenceStore;
    m_conference = new ConferenceControl(m_client, m_store);
    m_conference->setDialplan(QStringLiteral("phones"), p.callerId());
    m_actions = new OperatorActions;
    m_actions->addServer(QStringLiteral("main"), m_control);
    m_window = new MainWindow(m_settings.get(), m_actions);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_window->setExtensionModel(office(m_window, now));
    m_window->setCallModel(calls(m_window, now));
    m_window->setOperatorDevice(p.operatorDevice, p.operatorExtension);
    m_window->conferencePanel()->addServer(QStringLiteral("main"), m_store, m_conference);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->board()->boardModel()->rebuildNow();
    // Room 8500 as the recording starts it: the operator's colleague 1007 alone, as admin.
    joinRoom(QStringLiteral("PJSIP/1007-00000007"), true);
    QTRY_COMPARE(m_window->conferencePanel()->roomView()->model()->rowCount(), 1);
}

void TestConferenceDrops::cleanup()
{
    delete m_window;
    delete m_actions;
    delete m_conference;
    delete m_store;
    delete m_control;
    delete m_state;
    delete m_client;
    delete m_server;
    m_window = nullptr;
    m_actions = nullptr;
    m_conference = nullptr;
    m_store = nullptr;
    m_control = nullptr;
    m_state = nullptr;
    m_client = nullptr;
    m_server = nullptr;
}

void TestConferenceDrops::joinRoom(const QString& channel, bool admin)
{
    m_store->apply(makeEvent("ConfbridgeJoin",
        {{"Conference", QStringLiteral("8500")}, {"BridgeUniqueid", QStringLiteral("d7d82840")},
            {"Channel", channel}, {"CallerIDNum", channel.mid(6, 4)},
            {"Uniqueid", QStringLiteral("1796532114.13")},
            {"Admin", admin ? QStringLiteral("Yes") : QStringLiteral("No")},
            {"Muted", QStringLiteral("No")}}));
}

void TestConferenceDrops::joinRoomAs(const QString& room, const QString& channel)
{
    m_store->apply(makeEvent("ConfbridgeJoin",
        {{"Conference", room}, {"Channel", channel}, {"CallerIDNum", channel.mid(6, 4)},
            {"Uniqueid", QStringLiteral("1796532114.17")}, {"Admin", QStringLiteral("No")},
            {"Muted", QStringLiteral("No")}}));
}

Outcome TestConferenceDrops::dropOnRoom(const QByteArray& format, const QString& key, int room)
{
    Outcome out;
    QListView* rooms = m_window->conferencePanel()->roomView();
    QWidget* viewport = rooms->viewport();
    const QPoint at = rooms->visualRect(rooms->model()->index(room, 0)).center();
    QMimeData mime;
    mime.setData(QString::fromLatin1(format), key.toUtf8());
    const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
    QDragEnterEvent enter(at, actions, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return out;
    QDragMoveEvent move(at, actions, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    out.accepted = move.isAccepted();
    out.tooltip = QToolTip::text();
    if (out.accepted) {
        QDropEvent drop(QPointF(at), actions, &mime, Qt::NoButton, {});
        QCoreApplication::sendEvent(viewport, &drop);
        out.dropped = drop.isAccepted();
    }
    return out;
}

void TestConferenceDrops::bringsPeopleIn_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("tooltip");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("packet");

    // 08-confbridge-redirect-call-into-room: "Redirect" with ExtraChannel, the callee first.
    const QByteArray bothSides = lines({"Action: Redirect", "Channel: PJSIP/1003-00000009", "Exten: 8500",
        "Context: phones", "Priority: 1", "ExtraChannel: PJSIP/1004-0000000a", "ExtraExten: 8500",
        "ExtraContext: phones", "ExtraPriority: 1"});
    QTest::newRow("a call row: both sides move in")
        << QByteArray(MimeTypes::kCall) << QStringLiteral("main/1795737900.8")
        << QStringLiteral("Move Dave Davis, both sides, into room 8500") << QByteArray("Redirect")
        << bothSides;
    QTest::newRow("a busy tile: its call moves in")
        << QByteArray(MimeTypes::kExtension) << QStringLiteral("main/1003@phones")
        << QStringLiteral("Move Carol Clark, both sides, into room 8500") << QByteArray("Redirect")
        << bothSides;
    QTest::newRow("an idle tile: its phone is rung into the room")
        << QByteArray(MimeTypes::kExtension) << QStringLiteral("main/1005@phones")
        << QStringLiteral("Ring Eve Evans; when answered they join room 8500") << QByteArray("Originate")
        << lines({"Action: Originate", "Channel: PJSIP/1005", "Context: phones", "Exten: 8500", "Priority: 1",
               "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"});
}

void TestConferenceDrops::bringsPeopleIn()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, key);
    QFETCH(QString, tooltip);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, packet);
    QSignalSpy messages(m_window->conferencePanel(), &ConferencePanel::messageShown);
    const qsizetype before = m_server->receivedActions().size();
    const Outcome out = dropOnRoom(format, key);
    QVERIFY(out.accepted);
    QCOMPARE(out.tooltip, tooltip);
    QVERIFY(out.dropped);
    QTRY_COMPARE(m_server->receivedActions(action).size(), 1);
    QCOMPARE(wireWithoutActionId(m_server->receivedActions(action).first()), packet);
    QCOMPARE(m_server->receivedActions().size(), before + 1); // exactly once
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.first().at(0).toString(), tooltip + QStringLiteral("…"));
    QCOMPARE(messages.first().at(1).toBool(), false);
}

void TestConferenceDrops::refusals_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QString>("reason");

    QTest::newRow("a phone that is not registered")
        << QByteArray(MimeTypes::kExtension) << QStringLiteral("main/1009@phones") << false
        << QStringLiteral("The phone of Ivan Irwin is not registered.");
    QTest::newRow("do not disturb") << QByteArray(MimeTypes::kExtension) << QStringLiteral("main/1006@phones")
                                    << false
                                    << QStringLiteral("Frank Foster does not take calls (do not disturb).");
    QTest::newRow("a locked room")
        << QByteArray(MimeTypes::kCall) << QStringLiteral("main/1795737900.8") << true
        << QStringLiteral("Room 8500 is locked: unlock it first, or the PBX hangs up on Dave Davis.");
    QTest::newRow("a contact")
        << QByteArray(MimeTypes::kContactNumber) << QStringLiteral("+49 30 1234567") << false
        << QStringLiteral("Drop a call or an extension onto a room; type other numbers into Bring in.");
    QTest::newRow("a call that has ended") << QByteArray(MimeTypes::kCall) << QStringLiteral("main/gone")
                                           << false << QStringLiteral("That call or extension is gone.");
}

void TestConferenceDrops::refusals()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, key);
    QFETCH(bool, locked);
    QFETCH(QString, reason);
    if (locked)
        m_store->setLocked(QStringLiteral("8500"), true);
    const qsizetype before = m_server->receivedActions().size();
    const Outcome out = dropOnRoom(format, key);
    QVERIFY(!out.accepted);
    QCOMPARE(out.tooltip, reason);
    QVERIFY(!out.dropped);
    // Dropped anyway (a platform that delivers it): nothing is sent, the reason is shown.
    QSignalSpy messages(m_window->conferencePanel(), &ConferencePanel::messageShown);
    QMimeData mime;
    mime.setData(QString::fromLatin1(format), key.toUtf8());
    QListView* rooms = m_window->conferencePanel()->roomView();
    QVERIFY(!m_window->conferencePanel()->roomDrops()->drop(&mime, rooms->model()->index(0, 0), {}));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(0).toString(), reason);
    QCOMPARE(messages.first().at(1).toBool(), true);
    m_client->send(AmiRequest("Ping"));
    QTRY_COMPARE(m_server->receivedActions("Ping").size(), 1);
    QCOMPARE(m_server->receivedActions().size(), before + 1); // only the Ping
}

// A free tile dropped on a busy one: the call goes into the first free room
// for three-way calls (8500 runs a meeting, so not that one), then the
// dropped tile's phone is rung into it once the call has joined.
void TestConferenceDrops::freeTileOntoBusyTileMakesAThreeWay()
{
    answerLikeAsterisk();
    TileView* view = m_window->board()->view();
    TileBoardModel* board = m_window->board()->boardModel();
    const QModelIndex carol = board->indexForKey(QStringLiteral("main/1003@phones"));
    QVERIFY(carol.isValid());
    const QPoint at = view->visualRect(carol).center();
    QMimeData mime;
    mime.setData(QString::fromLatin1(MimeTypes::kExtension), QByteArrayLiteral("main/1005@phones"));
    const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
    QDragEnterEvent enter(at, actions, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, actions, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(QToolTip::text(),
        QStringLiteral(
            "Three-way conference: the call of Carol Clark moves into room 8510, then Eve Evans is rung "
            "into it"));
    QDropEvent drop(QPointF(at), actions, &mime, Qt::NoButton, {});
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    expectThreeWay();
}

void TestConferenceDrops::answerLikeAsterisk()
{
    // Asterisk's answers in 08-confbridge-redirect-call-into-room.
    m_server->setHandler("Redirect", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Dual Redirect successful"}});
    });
    m_server->setHandler("Originate", [](const AmiMessage& a) {
        return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()},
            {"Message", "Originate successfully queued"}});
    });
    m_window->dropActions()->addConferences(
        QStringLiteral("main"), m_store, m_conference, {QStringLiteral("8500"), QStringLiteral("8510")});
}

QModelIndex TestConferenceDrops::callRow(const QString& key) const
{
    const QAbstractItemModel* m = m_window->callsPanel()->view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(CallRoles::Key).toString() == key)
            return m->index(r, 0);
    }
    return {};
}

// The colleagues' call (Dave Davis → Carol Clark) moved into room 8510 with one
// Redirect, Eve's phone rung into it once the call has joined, nothing else.
void TestConferenceDrops::expectThreeWay()
{
    QSignalSpy messages(m_window->conferencePanel(), &ConferencePanel::messageShown);
    QTRY_COMPARE(m_server->receivedActions("Redirect").size(), 1);
    QCOMPARE(wireWithoutActionId(m_server->receivedActions("Redirect").first()),
        lines({"Action: Redirect", "Channel: PJSIP/1003-00000009", "Exten: 8510", "Context: phones",
            "Priority: 1", "ExtraChannel: PJSIP/1004-0000000a", "ExtraExten: 8510", "ExtraContext: phones",
            "ExtraPriority: 1"}));
    // Nobody is rung before the call is in the room: both sides join (the ExtraChannel first, as
    // recorded), then the third is rung.
    QVERIFY(m_server->receivedActions("Originate").isEmpty());
    QTRY_COMPARE(m_conference->awaitingJoins(), 1);
    joinRoomAs(QStringLiteral("8510"), QStringLiteral("PJSIP/1004-0000000a"));
    QCOMPARE(m_conference->awaitingJoins(), 1);
    joinRoomAs(QStringLiteral("8510"), QStringLiteral("PJSIP/1003-00000009"));
    QTRY_COMPARE(m_server->receivedActions("Originate").size(), 1);
    QCOMPARE(wireWithoutActionId(m_server->receivedActions("Originate").first()),
        lines({"Action: Originate", "Channel: PJSIP/1005", "Context: phones", "Exten: 8510", "Priority: 1",
            "CallerID: \"Operator\" <1000>", "Timeout: 30000", "Async: true"}));
    // The invited phone's join carries the Originate's caller ID (the operator's), as recorded.
    QTRY_COMPARE(m_conference->awaitingJoins(), 1);
    m_store->apply(makeEvent("ConfbridgeJoin",
        {{"Conference", QStringLiteral("8510")}, {"Channel", QStringLiteral("PJSIP/1005-0000000b")},
            {"CallerIDNum", QStringLiteral("1000")}, {"CallerIDName", QStringLiteral("Operator")},
            {"Uniqueid", QStringLiteral("1796532114.19")}, {"Admin", QStringLiteral("No")},
            {"Muted", QStringLiteral("No")}}));
    // Who joined, once each (names from the joins; these carry numbers only).
    QTRY_COMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("1004 and 1003 joined room 8510"));
    QCOMPARE(messages.at(1).at(0).toString(), QStringLiteral("Eve Evans joined room 8510"));
}

void TestConferenceDrops::freeTileOntoCallRowAsks_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("transfer") << 0;
    QTest::newRow("three-way") << 1;
    QTest::newRow("cancel") << 3;
    QTest::newRow("the call ended while the menu was open") << -1;
}

// A free tile released on a call row may mean a transfer (what it did before)
// or a three-way call (what it means on the call's tile): the operator
// chooses from a menu at the mouse; nothing is sent before the choice.
void TestConferenceDrops::freeTileOntoCallRowAsks()
{
    QFETCH(int, choice);
    answerLikeAsterisk();
    QListView* view = m_window->callsPanel()->view();
    const QModelIndex row = callRow(QStringLiteral("main/1795737900.8"));
    QVERIFY(row.isValid());
    const QPoint at = view->visualRect(row).center();
    QMimeData mime;
    mime.setData(QString::fromLatin1(MimeTypes::kExtension), QByteArrayLiteral("main/1005@phones"));
    const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
    QDragEnterEvent enter(at, actions, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, actions, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(QToolTip::text(),
        QStringLiteral("Release to choose: transfer Dave Davis to Eve Evans, or add Eve Evans to a three-way "
                       "call"));
    const qsizetype before = m_server->receivedActions().size();
    QDropEvent drop(QPointF(at), actions, &mime, Qt::NoButton, {});
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QPointer<QMenu> menu = m_window->dropActions()->pendingChoice();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->accessibleName(), QStringLiteral("What to do with Eve Evans"));
    const QList<QAction*> entries = menu->actions();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0)->text(), QStringLiteral("Transfer Dave Davis to Eve Evans"));
    QCOMPARE(entries.at(1)->text(), QStringLiteral("Add Eve Evans to a three-way call (room 8510)"));
    QVERIFY(entries.at(2)->isSeparator());
    QCOMPARE(entries.at(3)->text(), QStringLiteral("Cancel"));
    m_client->send(AmiRequest("Ping"));
    QTRY_COMPARE(m_server->receivedActions("Ping").size(), 1);
    QCOMPARE(m_server->receivedActions().size(), before + 1); // only the Ping: the menu waits

    QSignalSpy messages(m_window->dropActions(), &DropActions::messageShown);
    const bool ended = choice < 0;
    if (ended) // the colleagues hang up; then the three-way is chosen
        QVERIFY(m_actions->callModel()->removeRow(
            m_actions->callByKey(QStringLiteral("main/1795737900.8")).row()));
    entries.at(ended ? 1 : choice)->trigger();
    menu->close();
    QTRY_VERIFY(!menu);
    if (ended) {
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().at(0).toString(), QStringLiteral("That call has ended."));
        QVERIFY(messages.first().at(1).toBool()); // an error
    }
    if (choice == 0) {
        QTRY_COMPARE(m_server->receivedActions("Redirect").size(), 1);
        QCOMPARE(wireWithoutActionId(m_server->receivedActions("Redirect").first()),
            lines({"Action: Redirect", "Channel: PJSIP/1004-0000000a", "Exten: 1005", "Context: phones",
                "Priority: 1"}));
        QCOMPARE(messages.first().at(0).toString(), QStringLiteral("Transfer Dave Davis to Eve Evans…"));
    } else if (choice == 1) {
        QCOMPARE(messages.first().at(0).toString(),
            QStringLiteral("Three-way conference: the call of Dave Davis moves into room 8510, then Eve "
                           "Evans is rung into it…"));
        expectThreeWay();
    } else {
        QCOMPARE(messages.size(), ended ? 1 : 0);
        m_client->send(AmiRequest("Ping"));
        QTRY_COMPARE(m_server->receivedActions("Ping").size(), 2);
        QCOMPARE(m_server->receivedActions().size(), before + 2); // nothing but Pings
    }
}

// The keyboard's way: the call row's menu (Menu key) has both choices, with
// every free extension of the call's PBX.
void TestConferenceDrops::callRowMenuOffersTheSame()
{
    answerLikeAsterisk();
    const QModelIndex row = callRow(QStringLiteral("main/1795737900.8"));
    QVERIFY(row.isValid());
    QMenu menu;
    Q_EMIT m_window->callsPanel()->callMenuRequested(&menu, row);
    QMenu* transfer = nullptr;
    QMenu* threeWay = nullptr;
    for (QAction* a : menu.actions()) {
        if (a->text() == QLatin1String("Transfer to"))
            transfer = a->menu();
        if (a->text() == QLatin1String("Add to a three-way call"))
            threeWay = a->menu();
    }
    QVERIFY(transfer && threeWay);
    QCOMPARE(threeWay->accessibleName(), QStringLiteral("Add to a three-way call"));
    QStringList names;
    for (QAction* a : threeWay->actions())
        names << a->text();
    // Idle and reachable: not the operator, not the call's parties, not DND, not unregistered.
    const QStringList free {QStringLiteral("Alice Adams (1001)"), QStringLiteral("Bob Brown (1002)"),
        QStringLiteral("Eve Evans (1005)")};
    QCOMPARE(names, free);
    names.clear();
    for (QAction* a : transfer->actions())
        names << a->text();
    QCOMPARE(names, free);
    threeWay->actions().at(2)->trigger();
    expectThreeWay();

    // Both rooms are in use now (8500 by the meeting, 8510 by this call): the entry says why not.
    QMenu full;
    Q_EMIT m_window->callsPanel()->callMenuRequested(&full, row);
    bool said = false;
    for (QAction* a : full.actions()) {
        if (a->text() == QLatin1String("Add to a three-way call: no free room")) {
            said = true;
            QVERIFY(!a->isEnabled());
        }
    }
    QVERIFY(said);
}

QTEST_MAIN(TestConferenceDrops)
#include "TestConferenceDrops.moc"
