// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient against FakeAmiServer (real TCP on 127.0.0.1) speaking like the
// recorded Asterisk 22.10.1: ActionID correlation, event lists, recorded errors,
// timeouts, garbage, header injection, sending while disconnected.
#include "AmiClientTestHelpers.h"

#include <QSignalSpy>
#include <QTest>

using State = AmiClient::State;
using Result = AmiAction::Result;

namespace {

QString transcript(const char* name)
{
    return QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + QLatin1String(name);
}

} // namespace

class TestAmiClientActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentActionsAnsweredOutOfOrder();
    void eventLists_data();
    void eventLists();
    void recordedErrorAndCommandOutput();
    void actionTimeoutWithMockClock();
    void garbageDoesNotBreakTheSession();
    void headerInjectionRefused_data();
    void headerInjectionRefused();
    void sendWhileDisconnected();
};

void TestAmiClientActions::concurrentActionsAnsweredOutOfOrder()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    QList<AmiMessage> held;
    server.setHandler("Getvar", [&held](const AmiMessage& action) {
        held.append(action);
        return QByteArray(); // answered later, in reverse order
    });
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());

    QList<std::shared_ptr<ActionOutcome>> outcomes;
    for (int i = 0; i < 50; ++i) {
        AmiRequest request("Getvar");
        request.set("Variable", QStringLiteral("VAR%1").arg(i));
        outcomes.append(track(f.client->send(request)));
    }
    QTRY_COMPARE(held.size(), 50);
    QByteArray replies;
    for (qsizetype i = held.size() - 1; i >= 0; --i) {
        replies += FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", held[i].actionId()},
            {"Variable", held[i].rawValue("Variable")}, {"Value", held[i].rawValue("Variable")}});
    }
    server.sendRaw(replies);
    for (int i = 0; i < 50; ++i) {
        QTRY_COMPARE(outcomes[i]->finishedCount, 1);
        QCOMPARE(outcomes[i]->result, Result::Success);
        QCOMPARE(outcomes[i]->response.value("Value"), QStringLiteral("VAR%1").arg(i));
    }
    QSet<QByteArray> ids;
    for (const auto& o : std::as_const(outcomes))
        ids.insert(o->actionId);
    QCOMPARE(ids.size(), 50);
}

void TestAmiClientActions::eventLists_data()
{
    QTest::addColumn<QString>("recording"); // empty: scripted reply below
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("scripted");
    QTest::addColumn<int>("result");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("completeEvent");

    QTest::newRow("ExtensionStateList recorded")
        << transcript("02-ExtensionStateList") << QByteArray("ExtensionStateList") << QByteArray()
        << int(Result::Success) << 29 << "ExtensionStateListComplete";
    QTest::newRow("ParkedCalls recorded, empty")
        << transcript("02-ParkedCalls") << QByteArray("ParkedCalls") << QByteArray() << int(Result::Success)
        << 0 << "ParkedCallsComplete";
    QTest::newRow("VoicemailUsersList recorded")
        << transcript("02-VoicemailUsersList") << QByteArray("VoicemailUsersList") << QByteArray()
        << int(Result::Success) << 7 << "VoicemailUserEntryComplete";
    QTest::newRow("CoreShowChannels during calls recorded")
        << transcript("02-CoreShowChannels-during-calls") << QByteArray("CoreShowChannels") << QByteArray()
        << int(Result::Success) << 6 << "CoreShowChannelsComplete";
    // Asterisk's empty forms (main/pbx.c, apps/app_voicemail.c).
    QTest::newRow("no dialplan hints")
        << QString() << QByteArray("ExtensionStateList")
        << QByteArray("Response: Error\r\nActionID: %1\r\nMessage: No dialplan hints "
                      "are available\r\n\r\n")
        << int(Result::Success) << 0 << QString();
    QTest::newRow("no voicemail users, plain ack")
        << QString() << QByteArray("VoicemailUsersList")
        << QByteArray("Response: Success\r\nActionID: %1\r\nMessage: There are no voicemail users currently "
                      "defined.\r\n\r\n")
        << int(Result::Success) << 0 << QString();
    QTest::newRow("cancelled") << QString() << QByteArray("QueueStatus")
                               << QByteArray("Response: Success\r\nActionID: %1\r\nEventList: start\r\n\r\n"
                                             "Event: QueueParams\r\nQueue: support\r\nActionID: %1\r\n\r\n"
                                             "Event: QueueStatusComplete\r\nActionID: %1\r\nEventList: "
                                             "cancelled\r\n\r\n")
                               << int(Result::Error) << 1 << "QueueStatusComplete";
    QTest::newRow("complete in lower case")
        << QString() << QByteArray("DeviceStateList")
        << QByteArray("Response: Success\r\nActionID: %1\r\nEventList: Start\r\n\r\n"
                      "Event: DeviceStateChange\r\nActionID: %1\r\nDevice: PJSIP/1000\r\n\r\n"
                      "Event: DeviceStateChange\r\nActionID: %1\r\nDevice: PJSIP/1001\r\n\r\n"
                      "Event: DeviceStateListComplete\r\nActionID: %1\r\neventlist: complete\r\nListItems: "
                      "2\r\n\r\n")
        << int(Result::Success) << 2 << "DeviceStateListComplete";
    QTest::newRow("error that is not an empty list")
        << QString() << QByteArray("QueueStatus")
        << QByteArray("Response: Error\r\nActionID: %1\r\nMessage: Permission denied\r\n\r\n")
        << int(Result::Error) << 0 << QString();
}

void TestAmiClientActions::eventLists()
{
    QFETCH(QString, recording);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, scripted);
    QFETCH(int, result);
    QFETCH(int, items);
    QFETCH(QString, completeEvent);

    FakeAmiServer server;
    QVERIFY(server.listen());
    if (!recording.isEmpty()) {
        QVERIFY(server.loadTranscript(recording));
    } else {
        server.setHandler(action, [scripted](const AmiMessage& a) {
            QByteArray bytes = scripted;
            bytes.replace("%1", a.actionId().toByteArray());
            // An unrelated event in the middle of the list must stay an event.
            bytes.append(FakeAmiServer::packet({{"Event", "VarSet"}, {"Variable", "X"}}));
            return bytes;
        });
    }
    ClientFixture f(server);
    f.settings.eventMask = QStringLiteral("off");
    f.apply();
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QVERIFY(f.connectAndWaitReady());
    auto outcome = track(f.client->send(AmiRequest(action, AmiRequest::Completion::EventList)));
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(int(outcome->result), result);
    QCOMPARE(outcome->events.size(), items);
    QCOMPARE(QString::fromLatin1(outcome->complete.eventName()), completeEvent);
    for (const AmiMessage& item : std::as_const(outcome->events))
        QCOMPARE(item.actionId(), QByteArrayView(outcome->actionId));
    if (!completeEvent.isEmpty() && result == int(Result::Success))
        QCOMPARE(outcome->complete.value("ListItems"), QString::number(items));
    // List items never leak out as events.
    for (const QList<QVariant>& args : std::as_const(events))
        QVERIFY(args[0].value<AmiMessage>().actionId().isEmpty());
    if (recording.isEmpty())
        QTRY_COMPARE(events.count(), 1);
    if (!recording.isEmpty())
        return;
    // Not kept: each item once through listItem(), events() stays empty.
    AmiAction* streamed = f.client->send(AmiRequest(action, AmiRequest::Completion::EventList));
    streamed->setKeepsListItems(false);
    int streamedItems = 0;
    qsizetype kept = -1;
    connect(streamed, &AmiAction::listItem, this, [&] { ++streamedItems; });
    connect(streamed, &AmiAction::finished, this, [&](AmiAction* a) { kept = a->events().size(); });
    QTRY_VERIFY(kept >= 0);
    QCOMPARE(kept, 0);
    QCOMPARE(streamedItems, items);
}

void TestAmiClientActions::recordedErrorAndCommandOutput()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    QVERIFY(server.loadTranscript(transcript("02-Command-core-show-version")));
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    auto command
        = track(f.client->send(AmiRequest("Command").set("Command", QStringLiteral("core show version"))));
    QTRY_COMPARE(command->finishedCount, 1);
    QCOMPARE(command->result, Result::Success);
    QCOMPARE(command->response.outputLines().size(), 1);
    QVERIFY(command->response.outputLines().at(0).startsWith(QLatin1String("Asterisk 22.10.1")));

    FakeAmiServer server2;
    QVERIFY(server2.listen());
    QVERIFY(server2.loadTranscript(transcript("02-Queues")));
    ClientFixture g(server2);
    QVERIFY(g.connectAndWaitReady());
    auto queues = track(g.client->send(AmiRequest("Queues")));
    QTRY_COMPARE(queues->finishedCount, 1);
    QCOMPARE(queues->result, Result::Error);
    QCOMPARE(queues->errorText,
        QStringLiteral(
            "Invalid/unknown command: Queues. Use Action: ListCommands to show available commands."));
}

void TestAmiClientActions::actionTimeoutWithMockClock()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    QList<AmiMessage> held;
    server.setHandler("Originate", [&held](const AmiMessage& a) {
        held.append(a);
        return QByteArray();
    });
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    auto outcome = track(f.client->send(AmiRequest("Originate").setTimeoutMs(5000)));
    QTRY_COMPARE(held.size(), 1);
    f.clock.advance(4999);
    QCOMPARE(outcome->finishedCount, 0);
    f.clock.advance(1);
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->result, Result::Timeout);
    QCOMPARE(f.client->state(), State::LoggedIn);
    // The late answer and late list items are dropped; the OriginateResponse
    // (a broadcast event, with Privilege) is an ordinary event.
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    const QByteArrayView id = held[0].actionId();
    server.sendRaw(FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", id}})
        + FakeAmiServer::packet({{"Event", "ExtensionStatus"}, {"ActionID", id}, {"Exten", "1000"}})
        + FakeAmiServer::packet({{"Event", "OriginateResponse"}, {"Privilege", "call,all"}, {"ActionID", id},
            {"Response", "Failure"}, {"Reason", "0"}}));
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);
    QCOMPARE(outcome->finishedCount, 1);
    QCOMPARE(events.count(), 1);
    QCOMPARE(events[0][0].value<AmiMessage>().eventName(), QByteArrayView("OriginateResponse"));
}

void TestAmiClientActions::garbageDoesNotBreakTheSession()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QSignalSpy events(f.client.get(), &AmiClient::eventReceived);
    QVERIFY(f.connectAndWaitReady());
    QTRY_COMPARE(events.count(), 1);
    server.sendGarbage();
    server.sendEvent("Newchannel", {{"Channel", "PJSIP/1000-00000001"}});
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(),
        [](const QList<QVariant>& args) { return args[0].value<AmiMessage>().eventName() == "Newchannel"; }));
    QCOMPARE(f.client->state(), State::LoggedIn);
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    QCOMPARE(ping->result, Result::Success);
}

void TestAmiClientActions::headerInjectionRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("CR LF injecting an action")
        << QByteArray("Channel") << QStringLiteral("PJSIP/1000\r\n\r\nAction: Command\r\nCommand: injected");
    QTest::newRow("bare LF") << QByteArray("Exten") << QStringLiteral("1000\ninjected: yes");
    QTest::newRow("bare CR") << QByteArray("Context") << QStringLiteral("phones\rinjected");
    QTest::newRow("colon in key") << QByteArray("Chan: injected") << QStringLiteral("x");
    QTest::newRow("ActionID set by caller") << QByteArray("ActionID") << QStringLiteral("injected");
}

void TestAmiClientActions::headerInjectionRefused()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, value);
    FakeAmiServer server;
    QVERIFY(server.listen());
    ClientFixture f(server);
    QVERIFY(f.connectAndWaitReady());
    const QByteArray before = server.receivedBytes();
    auto outcome = track(f.client->send(AmiRequest("Originate").set(key, value)));
    QCOMPARE(outcome->finishedCount, 0); // never inside send()
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->result, Result::Invalid);
    QVERIFY(!outcome->errorText.isEmpty());
    // A Ping after it: once its answer is back, the server has seen all we wrote.
    auto ping = track(f.client->send(AmiRequest("Ping")));
    QTRY_COMPARE(ping->finishedCount, 1);
    const QByteArray after = server.receivedBytes().mid(before.size());
    QVERIFY(!after.contains("injected"));
    QVERIFY(!after.contains("Originate"));
    QCOMPARE(server.receivedActions("Originate").size(), 0);
}

void TestAmiClientActions::sendWhileDisconnected()
{
    MockClock clock;
    AmiClient client(nullptr, &clock);
    auto outcome = track(client.send(AmiRequest("Ping")));
    QCOMPARE(outcome->finishedCount, 0);
    QTRY_COMPARE(outcome->finishedCount, 1);
    QCOMPARE(outcome->result, Result::NotConnected);
}

QTEST_GUILESS_MAIN(TestAmiClientActions)
#include "TestAmiClientActions.moc"
