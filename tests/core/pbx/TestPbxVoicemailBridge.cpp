// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxVoicemailBridge.h"

#include "FakeAmiServer.h"
#include "Transcript.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

class TestPbxVoicemailBridge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsVoicemailActions_data();
    void detectsVoicemailActions();
    void passesResultsThrough();
    void notConnected();
    void listsEveryMailboxOfVoicemailUsersList();

private:
    static void connectClient(AmiClient& client, const FakeAmiServer& server);
};

void TestPbxVoicemailBridge::connectClient(AmiClient& client, const FakeAmiServer& server)
{
    AmiConnectionSettings settings;
    settings.port = server.port();
    settings.username = QStringLiteral("panel");
    client.setSettings(settings);
    client.setSecret(QStringLiteral("panelpass"));
    client.connectToServer();
}

void TestPbxVoicemailBridge::detectsVoicemailActions_data()
{
    QTest::addColumn<bool>("recordedListCommands");
    QTest::newRow("Asterisk 22 lists VoicemailMove/Remove/Forward") << true;
    QTest::newRow("unknown ListCommands: spool only") << false;
}

void TestPbxVoicemailBridge::detectsVoicemailActions()
{
    QFETCH(bool, recordedListCommands);
    FakeAmiServer server;
    QVERIFY(server.listen());
    if (recordedListCommands)
        QVERIFY(server.loadTranscript(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/02-ListCommands")));
    AmiClient client;
    PbxVoicemailBridge bridge(&client);
    QSignalSpy caps(&bridge, &PbxVoicemailBridge::capabilitiesChanged);
    connectClient(client, server);
    QTRY_COMPARE(server.receivedActions("ListCommands").size(), 1);
    if (recordedListCommands) {
        QTRY_VERIFY(bridge.supportsVoicemailActions());
        QCOMPARE(caps.count(), 1);
        QCOMPARE(caps.first().first().toBool(), true);
    } else {
        // Invalid/unknown command: stays on the spool.
        QTRY_VERIFY(client.state() == AmiClient::State::LoggedIn);
        QTest::qWait(0);
        QCOMPARE(caps.count(), 0);
        QVERIFY(!bridge.supportsVoicemailActions());
    }
}

void TestPbxVoicemailBridge::passesResultsThrough()
{
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setHandler("VoicemailRefresh", [](const AmiMessage& a) {
        return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()}});
    });
    server.setHandler("VoicemailMove", [](const AmiMessage& a) {
        // app_voicemail reports a failed move inside a Success response.
        return FakeAmiServer::packet(
            {{"Response", "Success"}, {"ActionID", a.actionId()}, {"Message", "Message move failed"}});
    });
    AmiClient client;
    PbxVoicemailBridge bridge(&client);
    connectClient(client, server);
    QTRY_VERIFY(client.isLoggedIn());

    bool done = false;
    bool ok = false;
    QString message;
    bridge.sendAction(AmiRequest("VoicemailRefresh")
                          .set("Context", QStringLiteral("default"))
                          .set("Mailbox", QStringLiteral("1001")),
        [&](bool success, const QString& text) {
            done = true;
            ok = success;
            message = text;
        });
    QTRY_VERIFY(done);
    QVERIFY(ok);
    const AmiMessage sent = server.receivedActions("VoicemailRefresh").value(0);
    QCOMPARE(sent.value("Context"), QStringLiteral("default"));
    QCOMPARE(sent.value("Mailbox"), QStringLiteral("1001"));

    done = false;
    bridge.sendAction(AmiRequest("VoicemailMove").set("Context", QStringLiteral("default")),
        [&](bool success, const QString& text) {
            done = true;
            ok = success;
            message = text;
        });
    QTRY_VERIFY(done);
    QVERIFY(ok);
    QCOMPARE(message, QStringLiteral("Message move failed"));

    done = false;
    bridge.sendAction(
        AmiRequest("VoicemailRefresh").set("Mailbox", QStringLiteral("1001\r\nAction: Command")),
        [&](bool success, const QString& text) {
            done = true;
            ok = success;
            message = text;
        });
    QTRY_VERIFY(done);
    QVERIFY(!ok);
    QVERIFY(message.contains(QStringLiteral("injection")));
}

void TestPbxVoicemailBridge::notConnected()
{
    PbxVoicemailBridge bridge(nullptr);
    bool ok = true;
    QString message;
    bridge.sendAction(AmiRequest("VoicemailRefresh"), [&](bool success, const QString& text) {
        ok = success;
        message = text;
    });
    QVERIFY(!ok);
    QVERIFY(!message.isEmpty());
    QVERIFY(!bridge.supportsVoicemailActions());
}

void TestPbxVoicemailBridge::listsEveryMailboxOfVoicemailUsersList()
{
    PbxState state(QStringLiteral("pbx"));
    PbxVoicemailBridge bridge(nullptr);
    QSignalSpy changed(&bridge, &PbxVoicemailBridge::mailboxesChanged);
    bridge.followMailboxes(&state);
    QCOMPARE(changed.size(), 0); // nothing known yet
    state.beginSync();
    for (const AmiMessage& m : Transcript::load(QStringLiteral("02-VoicemailUsersList"))) {
        if (m.isEvent())
            state.apply(m);
    }
    state.endSync(PbxState::Category::Mailboxes);
    // Once per pass of the event loop, not once per listed mailbox.
    QVERIFY(changed.isEmpty());
    QTRY_COMPARE(changed.size(), 1);
    const auto owners = changed.last().first().value<QHash<QString, QString>>();
    QCOMPARE(owners.size(), 7);
    QCOMPARE(owners, PbxVoicemailBridge::mailboxOwners(state));
    // 1000 and 1005 never had a message: no spool directory, but they exist.
    QCOMPARE(owners.value(QStringLiteral("1000@default")), QStringLiteral("Operator"));
    QCOMPARE(owners.value(QStringLiteral("1005@default")), QStringLiteral("Eve Example"));

    // New counts are no news for the mailbox list.
    changed.clear();
    int applied = 0;
    for (const AmiMessage& m : Transcript::load(QStringLiteral("04-voicemail-no-answer-mwi"))) {
        if (m.isEvent() && m.eventName() == "MessageWaiting") {
            state.apply(m);
            ++applied;
        }
    }
    QVERIFY(applied > 0);
    QCOMPARE(state.mailboxes().value(QStringLiteral("1004@default")).newCount, 1);
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 0);

    // A mailbox renamed, one gone at the next resync: the table follows one box at a time.
    state.beginSync();
    for (const AmiMessage& m : Transcript::load(QStringLiteral("02-VoicemailUsersList"))) {
        if (!m.isEvent())
            continue;
        if (m.value("VoiceMailbox") == QLatin1String("1005"))
            continue;
        state.apply(m.value("VoiceMailbox") == QLatin1String("1000")
                ? Transcript::withValue(m, "Fullname", QStringLiteral("Reception"))
                : m);
    }
    state.endSync(PbxState::Category::Mailboxes);
    QTRY_COMPARE(changed.size(), 1);
    const auto after = changed.last().first().value<QHash<QString, QString>>();
    QCOMPARE(after, PbxVoicemailBridge::mailboxOwners(state));
    QCOMPARE(after.size(), 6);
    QCOMPARE(after.value(QStringLiteral("1000@default")), QStringLiteral("Reception"));
    QVERIFY(!after.contains(QStringLiteral("1005@default")));
}

QTEST_GUILESS_MAIN(TestPbxVoicemailBridge)
#include "TestPbxVoicemailBridge.moc"
