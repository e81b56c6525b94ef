// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "RecordedSession.h"

#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceStore.h"
#include "core/conference/ConferenceSyncStep.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxSync.h"

#include <QSignalSpy>
#include <QTest>

// The conferences' part of a server's resync (ConferenceSyncStep in PbxServer's
// PbxSync): the rooms after the login, over loopback TCP against the recorded
// replies of Asterisk 22 (08-confbridge-admin-actions, 08-confbridge-errors).
class TestConferenceSyncStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roomsAndMembersAfterLogin();
    void noActiveConferencesIsAnEmptyList();
    void refusedListIsReported();
    void lostLinkForgetsTheRooms();
};

namespace {

PbxServerConfig labConfig()
{
    PbxServerConfig config;
    config.id = QStringLiteral("lab");
    return config;
}

bool listFailed(const PbxServer& pbx)
{
    return pbx.sync()->lastFailedActions().contains(QStringLiteral("ConfbridgeListRooms"));
}

} // namespace

void TestConferenceSyncStep::roomsAndMembersAfterLogin()
{
    FakeAmiServer server;
    PbxServer pbx(labConfig());
    QSignalSpy refreshed(pbx.sync(), &PbxSync::finished);
    RecordedSession session(QStringLiteral("08-confbridge-admin-actions"), server, *pbx.client());
    QVERIFY(refreshed.wait(10000));

    QCOMPARE(server.receivedActions("ConfbridgeListRooms").size(), 1);
    QCOMPARE(server.receivedActions("ConfbridgeList").value(0).value("Conference"), QStringLiteral("8500"));
    const ConferenceStore& store = *pbx.conferences();
    const ConferenceRoom* room = store.room(QStringLiteral("8500"));
    QVERIFY(room);
    QVERIFY(room->locked); // the recorded list after ConfbridgeLock: "Locked: Yes"
    QCOMPARE(room->members.size(), 3);
    QVERIFY(room->members.at(0).admin && room->members.at(0).marked);
    QCOMPARE(room->members.at(1).name, QStringLiteral("Alice"));
    QVERIFY(room->members.at(1).muted);
    QVERIFY(pbx.sync()->isComplete());
    QVERIFY(!listFailed(pbx));
}

void TestConferenceSyncStep::noActiveConferencesIsAnEmptyList()
{
    FakeAmiServer server;
    PbxServer pbx(labConfig());
    QSignalSpy refreshed(pbx.sync(), &PbxSync::finished);
    QSignalSpy failed(pbx.sync(), &PbxSync::listFailed);
    RecordedSession session(QStringLiteral("08-confbridge-errors"), server, *pbx.client());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(pbx.conferences()->roomCount(), 0);
    // The state's own lists are not in this recording ("Invalid/unknown command"); the rooms' is.
    for (const QList<QVariant>& args : std::as_const(failed))
        QVERIFY(args.at(0).toByteArray() != "ConfbridgeListRooms");
    QVERIFY(!listFailed(pbx));
    QCOMPARE(server.receivedActions("ConfbridgeList").size(), 0);
}

void TestConferenceSyncStep::refusedListIsReported()
{
    FakeAmiServer server;
    server.setHandler("ConfbridgeListRooms", [](const AmiMessage& a) {
        return FakeAmiServer::packet(
            {{"Response", "Error"}, {"ActionID", a.actionId()}, {"Message", "Permission denied"}});
    });
    PbxServer pbx(labConfig());
    QSignalSpy refreshed(pbx.sync(), &PbxSync::finished);
    QSignalSpy failed(pbx.sync(), &PbxSync::listFailed);
    RecordedSession session(QStringLiteral("08-confbridge-errors"), server, *pbx.client());
    QVERIFY(refreshed.wait(10000));
    QString error;
    for (const QList<QVariant>& args : std::as_const(failed)) {
        if (args.at(0).toByteArray() == "ConfbridgeListRooms")
            error = args.at(1).toString();
    }
    QCOMPARE(error, QStringLiteral("Permission denied"));
    // Said like the state's own lists: the account's rights are missing.
    QVERIFY(pbx.sync()->lastRefusedActions().contains(QStringLiteral("ConfbridgeListRooms")));
}

void TestConferenceSyncStep::lostLinkForgetsTheRooms()
{
    FakeAmiServer server;
    PbxServer pbx(labConfig());
    QSignalSpy refreshed(pbx.sync(), &PbxSync::finished);
    RecordedSession session(QStringLiteral("08-confbridge-admin-actions"), server, *pbx.client());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(pbx.conferences()->roomCount(), 1);
    QSignalSpy removed(pbx.conferences(), &ConferenceStore::roomRemoved);
    server.disconnectClients();
    QVERIFY(removed.wait(10000));
    QCOMPARE(pbx.conferences()->roomCount(), 0);
}

QTEST_GUILESS_MAIN(TestConferenceSyncStep)
#include "TestConferenceSyncStep.moc"
