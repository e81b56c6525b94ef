// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "RecordedSession.h"

#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceStore.h"
#include "core/conference/ConferenceSync.h"

#include <QSignalSpy>
#include <QTest>

// ConferenceSync reads the rooms after the login, over loopback TCP against the
// recorded replies of Asterisk 22 (08-confbridge-admin-actions, 08-confbridge-errors).
class TestConferenceSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roomsAndMembersAfterLogin();
    void noActiveConferencesIsAnEmptyList();
    void refusedListIsReported();
    void lostLinkForgetsTheRooms();
};

void TestConferenceSync::roomsAndMembersAfterLogin()
{
    FakeAmiServer server;
    AmiClient client;
    ConferenceStore store;
    ConferenceSync sync(&client, &store);
    QSignalSpy refreshed(&sync, &ConferenceSync::refreshed);
    RecordedSession session(QStringLiteral("08-confbridge-admin-actions"), server, client);
    QVERIFY(refreshed.wait(10000));

    QCOMPARE(server.receivedActions("ConfbridgeListRooms").size(), 1);
    QCOMPARE(server.receivedActions("ConfbridgeList").value(0).value("Conference"), QStringLiteral("8500"));
    const ConferenceRoom* room = store.room(QStringLiteral("8500"));
    QVERIFY(room);
    QVERIFY(room->locked); // the recorded list after ConfbridgeLock: "Locked: Yes"
    QCOMPARE(room->members.size(), 3);
    QVERIFY(room->members.at(0).admin && room->members.at(0).marked);
    QCOMPARE(room->members.at(1).name, QStringLiteral("Alice"));
    QVERIFY(room->members.at(1).muted);
    QVERIFY(!sync.isReading());
    QVERIFY(sync.lastError().isEmpty());
}

void TestConferenceSync::noActiveConferencesIsAnEmptyList()
{
    FakeAmiServer server;
    AmiClient client;
    ConferenceStore store;
    ConferenceSync sync(&client, &store);
    QSignalSpy refreshed(&sync, &ConferenceSync::refreshed);
    QSignalSpy failed(&sync, &ConferenceSync::failed);
    RecordedSession session(QStringLiteral("08-confbridge-errors"), server, client);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(store.roomCount(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(server.receivedActions("ConfbridgeList").size(), 0);
}

void TestConferenceSync::refusedListIsReported()
{
    FakeAmiServer server;
    server.setHandler("ConfbridgeListRooms", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    });
    AmiClient client;
    ConferenceStore store;
    ConferenceSync sync(&client, &store);
    QSignalSpy failed(&sync, &ConferenceSync::failed);
    RecordedSession session(QStringLiteral("08-confbridge-errors"), server, client);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Permission denied"));
    QCOMPARE(sync.lastError(), QStringLiteral("Permission denied"));
}

void TestConferenceSync::lostLinkForgetsTheRooms()
{
    FakeAmiServer server;
    AmiClient client;
    ConferenceStore store;
    ConferenceSync sync(&client, &store);
    QSignalSpy refreshed(&sync, &ConferenceSync::refreshed);
    RecordedSession session(QStringLiteral("08-confbridge-admin-actions"), server, client);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(store.roomCount(), 1);
    QSignalSpy removed(&store, &ConferenceStore::roomRemoved);
    server.disconnectClients();
    QVERIFY(removed.wait(10000));
    QCOMPARE(store.roomCount(), 0);
}

QTEST_GUILESS_MAIN(TestConferenceSync)
#include "TestConferenceSync.moc"
