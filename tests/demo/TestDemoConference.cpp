// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTestClient.h"
#include "DemoTestOffice.h"
#include "MockClock.h"
#include "demo/DemoConference.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QFile>
#include <QTest>

#include <memory>

// The demo PBX runs ConfBridge like Asterisk 22 (tests/data/ami/22.10.1/08-confbridge-*):
// the same answers and errors, the same event names and header order, no event
// for lock/unlock, a joiner of a locked room hung up without a Confbridge event.
namespace {

const QString Transcripts = QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/");

QList<AmiMessage> parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    AmiParser parser;
    parser.feed(f.readAll());
    QList<AmiMessage> out;
    parser.takeMessages(out);
    return out;
}

AmiMessage action(QByteArrayView name, const QList<std::pair<QByteArrayView, QString>>& headers = {})
{
    AmiMessage m;
    m.append("Action", name);
    m.append("ActionID", QByteArrayView("conf-1"));
    for (const auto& [key, value] : headers)
        m.append(key, value);
    return m;
}

QStringList keys(const AmiMessage& m)
{
    QStringList out;
    for (qsizetype i = 0; i < m.size(); ++i)
        out.append(QString::fromLatin1(m.keyAt(i)));
    return out;
}

// The first recorded event of that name, its header names.
QStringList recordedKeys(const QString& transcript, QByteArrayView event)
{
    for (const AmiMessage& m : parseFile(Transcripts + transcript + QStringLiteral(".recv"))) {
        if (m.eventName() == event)
            return keys(m);
    }
    return {};
}

} // namespace

class TestDemoConference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void errorsAsRecorded();
    void joinAndListAsRecorded();
    void adminActionsAsRecorded();
    void lockedRoomRefusesJoiner();
    void redirectMovesBothSidesIn();
    void meetingTakesTurnsTalking();
    void threeWayInAFreshRoom();

private:
    bool connectClient(DemoTestClient& client);
    // Originate PJSIP/<ext> into exten; returns the channel's name once it joined.
    QString joinRoom(DemoTestClient& client, const QString& ext, const QString& exten);
    AmiMessage ask(DemoTestClient& client, const AmiMessage& a);
    int count(DemoTestClient& client, QByteArrayView name);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
};

void TestDemoConference::init()
{
    m_clock = std::make_unique<MockClock>();
    m_pbx = startScriptedDemo(m_clock.get());
    QVERIFY(m_pbx);
}

void TestDemoConference::cleanup()
{
    m_pbx.reset();
    m_clock.reset();
}

bool TestDemoConference::connectClient(DemoTestClient& client)
{
    return loginAsPanel(client, *m_pbx, true);
}

AmiMessage TestDemoConference::ask(DemoTestClient& client, const AmiMessage& a)
{
    client.send(a);
    const AmiMessage response = client.nextResponse();
    m_clock->advance(0);
    return response;
}

QString TestDemoConference::joinRoom(DemoTestClient& client, const QString& ext, const QString& exten)
{
    const AmiMessage r = ask(client,
        action("Originate",
            {{"Channel", QStringLiteral("PJSIP/") + ext}, {"Context", QStringLiteral("phones")},
                {"Exten", exten}, {"Priority", QStringLiteral("1")}, {"Async", QStringLiteral("true")}}));
    if (r.message() != QLatin1String("Originate successfully queued"))
        return {};
    m_clock->advance(0);
    AmiMessage joined;
    const QString prefix = QStringLiteral("PJSIP/") + ext + QLatin1Char('-');
    if (!client.waitFor(
            [&](const AmiMessage& m) {
                return m.eventName() == "ConfbridgeJoin" && m.value("Channel").startsWith(prefix);
            },
            &joined))
        return {};
    return joined.value("Channel");
}

int TestDemoConference::count(DemoTestClient& client, QByteArrayView name)
{
    if (!client.sync())
        return -1;
    int n = 0;
    for (const AmiMessage& m : client.received())
        n += m.eventName() == name ? 1 : 0;
    return n;
}

// 08-confbridge-errors: every recorded action gets the recorded answer (the video
// source action aside: the demo has no video).
void TestDemoConference::errorsAsRecorded()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    const QList<AmiMessage> sent = parseFile(Transcripts + QStringLiteral("08-confbridge-errors.sent"));
    const QList<AmiMessage> recv = parseFile(Transcripts + QStringLiteral("08-confbridge-errors.recv"));
    int compared = 0;
    for (const AmiMessage& a : sent) {
        const QByteArrayView name = a.rawValue("Action");
        if (!name.startsWith("Confbridge") || name == "ConfbridgeSetSingleVideoSrc")
            continue;
        if (a.actionId() == "08-confbridge-errors-8") // "1001 is alone in 8500 now"
            QVERIFY(!joinRoom(client, QStringLiteral("1001"), QStringLiteral("8500")).isEmpty());
        AmiMessage recorded;
        for (const AmiMessage& m : recv) {
            if (m.isResponse() && m.actionId() == a.actionId())
                recorded = m;
        }
        const AmiMessage got = ask(client, a);
        QCOMPARE(got.value("Response"), recorded.value("Response"));
        QCOMPARE(got.message(), recorded.message());
        ++compared;
    }
    QCOMPARE(compared, 14);
}

void TestDemoConference::joinAndListAsRecorded()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    QVERIFY(!joinRoom(client, QStringLiteral("1000"), QStringLiteral("8501")).isEmpty());
    QVERIFY(!joinRoom(client, QStringLiteral("1001"), QStringLiteral("8500")).isEmpty());
    QVERIFY(client.sync());
    const QString recording = QStringLiteral("08-confbridge-join-talk-leave");
    for (QByteArrayView name : {"ConfbridgeStart", "ConfbridgeJoin"}) {
        const auto it = std::find_if(client.received().cbegin(), client.received().cend(),
            [name](const AmiMessage& m) { return m.eventName() == name; });
        QVERIFY(it != client.received().cend());
        QCOMPARE(keys(*it), recordedKeys(recording, name));
    }
    const AmiMessage firstJoin = *std::find_if(client.received().cbegin(), client.received().cend(),
        [](const AmiMessage& m) { return m.eventName() == "ConfbridgeJoin"; });
    QCOMPARE(firstJoin.value("Admin"), QStringLiteral("Yes"));
    QCOMPARE(firstJoin.value("BridgeCreator"), QStringLiteral("ConfBridge"));
    QCOMPARE(firstJoin.value("BridgeNumChannels"), QStringLiteral("2")); // the announcer counts

    client.send(action("ConfbridgeListRooms"));
    QList<AmiMessage> rooms = client.listUntil("ConfbridgeListRoomsComplete");
    QCOMPARE(rooms.size(), 3);
    QCOMPARE(keys(rooms.at(1)), recordedKeys(recording, "ConfbridgeListRooms"));
    QCOMPARE(rooms.at(1).value("Parties"), QStringLiteral("2"));
    client.send(action("ConfbridgeList", {{"Conference", QStringLiteral("8500")}}));
    QList<AmiMessage> members = client.listUntil("ConfbridgeListComplete");
    QCOMPARE(members.size(), 4);
    QCOMPARE(members.at(0).message(), QStringLiteral("Confbridge user list will follow"));
    QCOMPARE(keys(members.at(1)), recordedKeys(recording, "ConfbridgeList"));
    QCOMPARE(members.at(1).value("MarkedUser"), QStringLiteral("Yes"));
    QCOMPARE(members.at(2).value("Admin"), QStringLiteral("No"));
    QCOMPARE(members.last().value("ListItems"), QStringLiteral("2"));
}

void TestDemoConference::adminActionsAsRecorded()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    const QString op = joinRoom(client, QStringLiteral("1000"), QStringLiteral("8501"));
    const QString alice = joinRoom(client, QStringLiteral("1001"), QStringLiteral("8500"));
    QVERIFY(!joinRoom(client, QStringLiteral("1002"), QStringLiteral("8500")).isEmpty());
    const QString room = QStringLiteral("8500");
    const auto conf = [&](QByteArrayView name, const QString& channel = {}) {
        return channel.isEmpty() ? ask(client, action(name, {{"Conference", room}}))
                                 : ask(client, action(name, {{"Conference", room}, {"Channel", channel}}));
    };
    QCOMPARE(conf("ConfbridgeMute", alice).message(), QStringLiteral("User muted"));
    AmiMessage muted;
    QVERIFY(client.waitFor([](const AmiMessage& m) { return m.eventName() == "ConfbridgeMute"; }, &muted));
    QCOMPARE(keys(muted), recordedKeys(QStringLiteral("08-confbridge-admin-actions"), "ConfbridgeMute"));
    QCOMPARE(conf("ConfbridgeUnmute", alice).message(), QStringLiteral("User unmuted"));
    const int mutesBefore = count(client, "ConfbridgeMute");
    QCOMPARE(conf("ConfbridgeMute", QStringLiteral("participants")).message(), QStringLiteral("User muted"));
    QCOMPARE(count(client, "ConfbridgeMute") - mutesBefore, 2); // everybody but the admin
    QCOMPARE(conf("ConfbridgeLock").message(), QStringLiteral("Conference locked"));
    QCOMPARE(conf("ConfbridgeUnlock").message(), QStringLiteral("Conference unlocked"));
    QCOMPARE(conf("ConfbridgeStartRecord").message(), QStringLiteral("Conference Recording Started."));
    QCOMPARE(
        conf("ConfbridgeStartRecord").message(), QStringLiteral("Conference is already being recorded."));
    QCOMPARE(count(client, "ConfbridgeRecord"), 1);
    QCOMPARE(conf("ConfbridgeStopRecord").message(), QStringLiteral("Conference Recording Stopped."));
    QCOMPARE(count(client, "ConfbridgeStopRecord"), 1);
    QCOMPARE(conf("ConfbridgeKick", alice).message(), QStringLiteral("User kicked"));
    QCOMPARE(count(client, "ConfbridgeLeave"), 1);
    QVERIFY(!m_pbx->world()->channelByName(alice)); // ConfBridge returns, the dialplan hangs up
    QCOMPARE(
        conf("ConfbridgeKick", QStringLiteral("all")).message(), QStringLiteral("All participants kicked"));
    QCOMPARE(count(client, "ConfbridgeEnd"), 1);
    QVERIFY(!m_pbx->world()->channelByName(op));
    QCOMPARE(conf("ConfbridgeLock").message(), QStringLiteral("No active conferences."));
}

void TestDemoConference::lockedRoomRefusesJoiner()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    QVERIFY(!joinRoom(client, QStringLiteral("1000"), QStringLiteral("8501")).isEmpty());
    QCOMPARE(ask(client, action("ConfbridgeLock", {{"Conference", QStringLiteral("8500")}})).message(),
        QStringLiteral("Conference locked"));
    const int joins = count(client, "ConfbridgeJoin");
    QCOMPARE(ask(client,
                 action("Originate",
                     {{"Channel", QStringLiteral("PJSIP/1003")}, {"Exten", QStringLiteral("8500")},
                         {"Context", QStringLiteral("phones")}, {"Async", QStringLiteral("true")}}))
                 .message(),
        QStringLiteral("Originate successfully queued"));
    m_clock->advance(0);
    m_clock->advance(DemoConference::LockedHangupMs);
    QCOMPARE(count(client, "ConfbridgeJoin"), joins);
    QVERIFY(m_pbx->world()->channelsOf(QStringLiteral("1003")).isEmpty());
    client.send(action("ConfbridgeListRooms"));
    const QList<AmiMessage> rooms = client.listUntil("ConfbridgeListRoomsComplete");
    QCOMPARE(rooms.at(1).value("Locked"), QStringLiteral("Yes"));
    QCOMPARE(rooms.at(1).value("Parties"), QStringLiteral("1"));
}

void TestDemoConference::redirectMovesBothSidesIn()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    QVERIFY(!joinRoom(client, QStringLiteral("1000"), QStringLiteral("8501")).isEmpty());
    const QString callId = m_pbx->startCall(QStringLiteral("1002"), QStringLiteral("1003"));
    QVERIFY(m_pbx->answer(callId));
    const DemoChannel* caller = m_pbx->world()->channel(callId);
    QVERIFY(caller);
    const QString callerName = caller->name;
    QString calleeName;
    for (DemoChannel* ch : m_pbx->world()->channelsOf(QStringLiteral("1003")))
        calleeName = ch->name;
    const AmiMessage r = ask(client,
        action("Redirect",
            {{"Channel", calleeName}, {"ExtraChannel", callerName}, {"Exten", QStringLiteral("8500")},
                {"ExtraExten", QStringLiteral("8500")}, {"Context", QStringLiteral("phones")},
                {"ExtraContext", QStringLiteral("phones")}, {"Priority", QStringLiteral("1")},
                {"ExtraPriority", QStringLiteral("1")}}));
    QCOMPARE(r.message(), QStringLiteral("Dual Redirect successful"));
    QCOMPARE(count(client, "ConfbridgeJoin"), 3);
    QCOMPARE(m_pbx->conference()->members(QStringLiteral("8500")).size(), 3);
    QVERIFY(m_pbx->world()->channelByName(callerName));
}

// The desk's three-way call: both sides of a live call into a room of their own
// (8510, not the meeting's 8500), then the third party rung into it.
void TestDemoConference::threeWayInAFreshRoom()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    m_pbx->conference()->startMeeting({QStringLiteral("1005"), QStringLiteral("1006")});
    const QString callId = m_pbx->startCall(QStringLiteral("1002"), QStringLiteral("1003"));
    QVERIFY(m_pbx->answer(callId));
    const QString callerName = m_pbx->world()->channel(callId)->name;
    QString calleeName;
    for (DemoChannel* ch : m_pbx->world()->channelsOf(QStringLiteral("1003")))
        calleeName = ch->name;
    const QString room = QStringLiteral("8510");
    const AmiMessage r = ask(client,
        action("Redirect",
            {{"Channel", calleeName}, {"Exten", room}, {"Context", QStringLiteral("phones")},
                {"Priority", QStringLiteral("1")}, {"ExtraChannel", callerName}, {"ExtraExten", room},
                {"ExtraContext", QStringLiteral("phones")}, {"ExtraPriority", QStringLiteral("1")}}));
    QCOMPARE(r.message(), QStringLiteral("Dual Redirect successful"));
    QCOMPARE(m_pbx->conference()->members(room).size(), 2);
    // Both join in the recorded order: the ExtraChannel first (08-confbridge-redirect-call-into-room).
    const auto joined = [&client, &room] {
        QStringList channels;
        for (const AmiMessage& m : client.received()) {
            if (m.eventName() == "ConfbridgeJoin" && m.value("Conference") == room)
                channels.append(m.value("Channel"));
        }
        return channels;
    };
    QVERIFY(client.sync());
    QCOMPARE(joined(), QStringList({callerName, calleeName}));
    QVERIFY(!joinRoom(client, QStringLiteral("1001"), room).isEmpty());
    QCOMPARE(m_pbx->conference()->members(room).size(), 3);
    QCOMPARE(m_pbx->conference()->members(QStringLiteral("8500")).size(), 2); // the meeting is untouched
    // The room's own ConfbridgeStart, with the recorded bridge snapshot's shape.
    AmiMessage start;
    for (const AmiMessage& m : client.received()) {
        if (m.eventName() == "ConfbridgeStart" && m.value("Conference") == room)
            start = m;
    }
    QCOMPARE(start.value("BridgeName"), room);
    QCOMPARE(start.value("BridgeCreator"), QStringLiteral("ConfBridge"));
    QCOMPARE(start.value("BridgeTechnology"), QStringLiteral("softmix"));
    // "ConfBridge" with the room's name as its first argument, as the recording has for 8500.
    bool appData = false;
    for (const AmiMessage& m : client.received()) {
        appData = appData
            || (m.eventName() == "Newexten" && m.value("Application") == QLatin1String("ConfBridge")
                && m.value("AppData") == room + QStringLiteral(",lab_bridge,lab_user"));
    }
    QVERIFY(appData);
}

void TestDemoConference::meetingTakesTurnsTalking()
{
    DemoTestClient client;
    QVERIFY(connectClient(client));
    m_pbx->conference()->startMeeting(
        {QStringLiteral("1005"), QStringLiteral("1006"), QStringLiteral("1007")});
    m_pbx->conference()->setTalking(true);
    m_clock->advance(DemoConference::TalkTurnMs);
    QCOMPARE(count(client, "ConfbridgeTalking"), 1);
    m_clock->advance(DemoConference::TalkTurnMs);
    QCOMPARE(count(client, "ConfbridgeTalking"), 3); // one stops, another starts
    client.send(action("ConfbridgeListRooms"));
    const QList<AmiMessage> rooms = client.listUntil("ConfbridgeListRoomsComplete");
    QCOMPARE(rooms.at(1).value("Parties"), QStringLiteral("3"));
    QCOMPARE(m_pbx->world()->extension(QStringLiteral("1006"))->state, DemoDeviceState::InUse);
}

QTEST_GUILESS_MAIN(TestDemoConference)
#include "TestDemoConference.moc"
