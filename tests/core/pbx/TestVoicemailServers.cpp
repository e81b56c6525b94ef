// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/VoicemailServers.h"

#include "FakeAmiServer.h"
#include "Transcript.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"
#include "core/voicemail/VoicemailStore.h"

#include <QSignalSpy>
#include <QTest>

// Voicemail over several servers sharing one spool: the mailboxes and the
// MessageWaiting of every server reach the store, not the first server's
// only (recordings: 02-VoicemailUsersList, 04-voicemail-no-answer-mwi,
// 02-ListCommands).
class TestVoicemailServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailboxesAndMessageWaitingOfTheSecondServer();
    void actionsGoToAServerThatHasThem();

private:
    static void applyEvents(PbxState& state, const QString& recording);
    static void connectClient(AmiClient& client, const FakeAmiServer& server);
};

void TestVoicemailServers::applyEvents(PbxState& state, const QString& recording)
{
    state.beginSync();
    for (const AmiMessage& m : Transcript::load(recording)) {
        if (m.isEvent())
            state.apply(m);
    }
    state.endSync(PbxState::Category::Mailboxes);
}

void TestVoicemailServers::connectClient(AmiClient& client, const FakeAmiServer& server)
{
    AmiConnectionSettings settings;
    settings.port = server.port();
    settings.username = QStringLiteral("panel");
    client.setSettings(settings);
    client.setSecret(QStringLiteral("panelpass"));
    client.connectToServer();
}

void TestVoicemailServers::mailboxesAndMessageWaitingOfTheSecondServer()
{
    PbxState first(QStringLiteral("main"));
    PbxState second(QStringLiteral("branch"));
    VoicemailServers servers;
    servers.addServer(nullptr, &first);
    servers.addServer(nullptr, &second);
    VoicemailStore store;
    servers.attach(&store);
    QSignalSpy waiting(&servers, &VoicemailServers::messageWaiting);

    applyEvents(second, QStringLiteral("02-VoicemailUsersList"));
    QTRY_COMPARE(servers.mailboxOwners().size(), 7); // once per pass of the event loop
    // 1005 never had a message: no spool directory, but a forward can reach it.
    QCOMPARE(store.pbxOwner(QStringLiteral("1005@default")), QStringLiteral("Eve Example"));

    // A message left on the second server (outside a resync, as it happens).
    waiting.clear();
    for (const AmiMessage& m : Transcript::load(QStringLiteral("04-voicemail-no-answer-mwi"))) {
        if (m.isEvent() && m.eventName() == "MessageWaiting")
            second.apply(m);
    }
    QCOMPARE(waiting.size(), 1);
    QVERIFY(waiting.first().first().toString().startsWith(QStringLiteral("1004")));
}

void TestVoicemailServers::actionsGoToAServerThatHasThem()
{
    // The first server's Asterisk predates VoicemailMove; the second lists it.
    FakeAmiServer old;
    FakeAmiServer current;
    QVERIFY(old.listen());
    QVERIFY(current.listen());
    QVERIFY(current.loadTranscript(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/02-ListCommands")));
    const auto success = [](const AmiMessage& a) {
        return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()}});
    };
    old.setHandler("VoicemailRefresh", success);
    current.setHandler("VoicemailRefresh", success);
    AmiClient oldClient;
    AmiClient currentClient;
    VoicemailServers servers;
    servers.addServer(&oldClient, nullptr);
    servers.addServer(&currentClient, nullptr);
    QVERIFY(!servers.supportsVoicemailActions());
    connectClient(oldClient, old);
    connectClient(currentClient, current);
    QTRY_VERIFY(servers.supportsVoicemailActions());
    QTRY_VERIFY(oldClient.isLoggedIn());

    bool ok = false;
    servers.sendAction(AmiRequest("VoicemailRefresh").set("Mailbox", QStringLiteral("1001")),
        [&ok](bool result, const QString&) { ok = result; });
    QTRY_COMPARE(current.receivedActions("VoicemailRefresh").size(), 1);
    QTRY_VERIFY(ok);
    QCOMPARE(old.receivedActions("VoicemailRefresh").size(), 0);
}

QTEST_GUILESS_MAIN(TestVoicemailServers)
#include "TestVoicemailServers.moc"
