// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "RecordedSession.h"
#include "Transcript.h"

#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceStore.h"

#include <QSignalSpy>
#include <QTest>

// ConferenceStore against the recorded Asterisk 22 conference sessions
// (tests/data/ami/22.10.1/08-confbridge-*), replayed over loopback TCP.
class TestConferenceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinTalkLeave();
    void adminActions();
    void redirectedCallJoins();
    void listsReplaceWhatWasKnown();
    void foreignEventsChangeNothing();
};

namespace {

struct Replay
{
    FakeAmiServer server;
    AmiClient client;
    ConferenceStore store;
    RecordedSession session;

    explicit Replay(const QString& name)
        : session(name, server, client)
    {
        QObject::connect(&client, &AmiClient::eventReceived, &store, &ConferenceStore::apply);
    }
};

QStringList channels(const ConferenceRoom* room)
{
    QStringList out;
    if (room) {
        for (const ConferenceMember& m : room->members)
            out.append(m.channel);
    }
    return out;
}

} // namespace

void TestConferenceStore::joinTalkLeave()
{
    Replay r(QStringLiteral("08-confbridge-join-talk-leave"));
    QSignalSpy added(&r.store, &ConferenceStore::roomAdded);
    QSignalSpy removed(&r.store, &ConferenceStore::roomRemoved);
    QVERIFY(r.session.loggedIn());

    // Three Originates: 1000 (admin, via 8501), 1001 and 1002 join 8500 and talk.
    QVERIFY(r.session.play(3));
    QTRY_COMPARE(channels(r.store.room(QStringLiteral("8500"))).size(), 3);
    QTRY_COMPARE(r.store.room(QStringLiteral("8500"))->talkingCount(), 3);
    const ConferenceRoom* room = r.store.room(QStringLiteral("8500"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(room->bridgeId, QStringLiteral("75c0a320-9402-4def-9440-6fc870af075f"));
    QCOMPARE(channels(room),
        QStringList({QStringLiteral("PJSIP/1000-00000000"), QStringLiteral("PJSIP/1001-00000001"),
            QStringLiteral("PJSIP/1002-00000002")}));
    const ConferenceMember* op = room->member(QStringLiteral("PJSIP/1000-00000000"));
    QVERIFY(op->admin);
    QCOMPARE(op->name, QStringLiteral("Operator"));
    QCOMPARE(op->joinedAtMs, qint64(1796532078252)); // the ConfbridgeJoin's Timestamp
    QVERIFY(!room->member(QStringLiteral("PJSIP/1001-00000001"))->admin);
    QCOMPARE(r.store.roomOf(QStringLiteral("1796532078.3")), QStringLiteral("8500"));

    // ListRooms and List go by (the store ignores list items), then 1001 mutes its own
    // microphone (Talking off, then on), and the phones hang up one by one.
    QVERIFY(r.session.playAll());
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(r.store.roomCount(), 0);
    QVERIFY(r.store.roomOf(QStringLiteral("1796532078.3")).isEmpty());
}

void TestConferenceStore::adminActions()
{
    Replay r(QStringLiteral("08-confbridge-admin-actions"));
    QVERIFY(r.session.loggedIn());
    const QString alice = QStringLiteral("PJSIP/1001-00000004");
    const QString bob = QStringLiteral("PJSIP/1002-00000005");
    QVERIFY(r.session.play(3)); // three members join
    QTRY_COMPARE(channels(r.store.room(QStringLiteral("8500"))).size(), 3);

    QVERIFY(r.session.play(1)); // ConfbridgeMute Alice: Mute, then Talking off
    QTRY_VERIFY(r.store.room(QStringLiteral("8500"))->member(alice)->muted);
    QVERIFY(!r.store.room(QStringLiteral("8500"))->member(alice)->talking);
    QVERIFY(r.session.play(2)); // ConfbridgeList, ConfbridgeUnmute Alice: Unmute, Talking on
    QTRY_VERIFY(r.store.room(QStringLiteral("8500"))->member(alice)->talking);
    QVERIFY(!r.store.room(QStringLiteral("8500"))->member(alice)->muted);

    QVERIFY(r.session.play(1)); // Channel: participants mutes everybody but the admin
    QTRY_VERIFY(r.store.room(QStringLiteral("8500"))->member(bob)->muted);
    QVERIFY(r.store.room(QStringLiteral("8500"))->member(alice)->muted);
    QVERIFY(!r.store.room(QStringLiteral("8500"))->member(QStringLiteral("PJSIP/1000-00000003"))->muted);
    QVERIFY(r.session.play(1)); // Channel: all unmutes everybody
    QTRY_VERIFY(!r.store.room(QStringLiteral("8500"))->member(bob)->muted);

    // Lock, ListRooms, the refused joiner (no Confbridge event), Unlock, ListRooms: no
    // event says "locked" (the store learns it from ConferenceSyncStep and ConferenceControl).
    QVERIFY(r.session.play(5));
    QCOMPARE(channels(r.store.room(QStringLiteral("8500"))).size(), 3);
    QVERIFY(!r.store.room(QStringLiteral("8500"))->locked);

    QVERIFY(r.session.play(1)); // ConfbridgeStartRecord → ConfbridgeRecord
    QTRY_VERIFY(r.store.room(QStringLiteral("8500"))->recording);
    QCOMPARE(r.store.room(QStringLiteral("8500"))->recordingSinceMs, qint64(1796532102779));
    QVERIFY(r.session.play(1)); // ConfbridgeStopRecord
    QTRY_VERIFY(!r.store.room(QStringLiteral("8500"))->recording);
    QVERIFY(r.session.play(3)); // again with RecordFile, the refused second start, stop
    QTRY_VERIFY(!r.store.room(QStringLiteral("8500"))->recording);

    QVERIFY(r.session.play(1)); // ConfbridgeKick Bob
    QTRY_COMPARE(channels(r.store.room(QStringLiteral("8500"))).size(), 2);
    QVERIFY(!r.store.room(QStringLiteral("8500"))->member(bob));
    QVERIFY(r.session.playAll()); // List, then Kick all → Leave ×2, End
    QTRY_COMPARE(r.store.roomCount(), 0);
}

void TestConferenceStore::redirectedCallJoins()
{
    Replay r(QStringLiteral("08-confbridge-redirect-call-into-room"));
    QSignalSpy joined(&r.store, &ConferenceStore::memberJoined);
    QVERIFY(r.session.loggedIn());
    QVERIFY(r.session.play(3)); // operator in 8500, call 1002↔1003 up, Redirect + ExtraChannel
    QTRY_COMPARE(joined.size(), 3);
    QCOMPARE(joined.at(1).at(1).toString(), QStringLiteral("PJSIP/1002-00000008"));
    QCOMPARE(joined.at(2).at(1).toString(), QStringLiteral("PJSIP/1003-00000009"));
    QCOMPARE(joined.at(2).at(2).toString(), QStringLiteral("1796532114.17"));
    QVERIFY(r.session.playAll());
    QTRY_COMPARE(r.store.roomCount(), 0);
    QCOMPARE(joined.size(), 4); // 1005 alone was redirected too
}

void TestConferenceStore::listsReplaceWhatWasKnown()
{
    // The ConfbridgeListRooms and ConfbridgeList items as recorded, applied the way
    // ConferenceSyncStep does in every resync.
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("08-confbridge-admin-actions"));
    QList<AmiMessage> rooms;
    QList<AmiMessage> members;
    for (const AmiMessage& m : messages) {
        if (m.actionId() == "08-confbridge-admin-acti-11" && m.eventName() == "ConfbridgeListRooms")
            rooms.append(m);
        if (m.actionId() == "08-confbridge-admin-acti-6" && m.eventName() == "ConfbridgeList")
            members.append(m);
    }
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(members.size(), 3);
    ConferenceStore store;
    store.applyRoomList(rooms);
    QVERIFY(store.room(QStringLiteral("8500"))->locked);
    store.applyMemberList(QStringLiteral("8500"), members);
    const ConferenceRoom* room = store.room(QStringLiteral("8500"));
    QCOMPARE(room->members.size(), 3);
    QVERIFY(room->members.at(0).admin);
    QVERIFY(room->members.at(0).marked);
    QVERIFY(room->members.at(0).talking);
    QVERIFY(room->members.at(1).muted);
    QVERIFY(!room->members.at(1).talking);
    QVERIFY(!room->members.at(2).marked);

    QSignalSpy removed(&store, &ConferenceStore::roomRemoved);
    store.applyRoomList({}); // "No active conferences."
    QCOMPARE(removed.size(), 1);
    QCOMPARE(store.roomCount(), 0);
}

void TestConferenceStore::foreignEventsChangeNothing()
{
    ConferenceStore store;
    QSignalSpy added(&store, &ConferenceStore::roomAdded);
    for (const AmiMessage& m : Transcript::liveEvents(QStringLiteral("03-call-originate-1000-to-1002")))
        store.apply(m);
    QCOMPARE(added.size(), 0);
    // A talking or leave event of a room never seen (joined before we logged in) is ignored.
    for (const AmiMessage& m : Transcript::liveEvents(QStringLiteral("08-confbridge-join-talk-leave"))) {
        if (m.eventName() == "ConfbridgeTalking" || m.eventName() == "ConfbridgeLeave")
            store.apply(m);
    }
    QCOMPARE(added.size(), 0);
    QCOMPARE(store.roomCount(), 0);
}

QTEST_GUILESS_MAIN(TestConferenceStore)
#include "TestConferenceStore.moc"
