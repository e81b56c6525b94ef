// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"
#include "MockClock.h"
#include "RecordedSession.h"

#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceStore.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using Op = ConferenceControl::Operation;
using Failure = ConferenceControl::Failure;

// ConferenceControl's packets as FakeAmiServer receives them over loopback TCP, and
// its outcomes from the recorded answers of Asterisk 22 (08-confbridge-*).
class TestConferenceControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moderation();
    void errorsAreNamed();
    void invalidValuesAreNotSent();
    void inviteAndBringInWaitForTheJoin();
    void joinerOfALockedRoomIsNotJoined();
};

namespace {

struct Desk
{
    MockClock clock;
    FakeAmiServer server;
    AmiClient client;
    ConferenceStore store;
    ConferenceControl control {&client, &store, nullptr, &clock};
    RecordedSession session;
    QSignalSpy ok {&control, &ConferenceControl::succeeded};
    QSignalSpy failed {&control, &ConferenceControl::failed};

    explicit Desk(const QString& name)
        : session(name, server, client)
    {
        QObject::connect(&client, &AmiClient::eventReceived, &store, &ConferenceStore::apply);
        control.setDialplan(QStringLiteral("phones"), QStringLiteral("\"Operator\" <1000>"));
    }
    // Waits for the outcome of request `id`: true = succeeded.
    bool outcome(quint64 id, Failure* failure = nullptr)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (const QList<QVariant>& s : std::as_const(ok)) {
                if (s.at(0).toULongLong() == id)
                    return true;
            }
            for (const QList<QVariant>& s : std::as_const(failed)) {
                if (s.at(0).toULongLong() == id) {
                    if (failure)
                        *failure = s.at(3).value<Failure>();
                    return false;
                }
            }
            QTest::qWait(5);
        }
        qWarning("no outcome for request %llu", id);
        return false;
    }
    // Who request `id` reported as joined.
    QStringList joined(quint64 id) const
    {
        for (const QList<QVariant>& s : std::as_const(ok)) {
            if (s.at(0).toULongLong() == id)
                return s.at(3).toStringList();
        }
        return {};
    }
    QString last(QByteArrayView action, QByteArrayView key) const
    {
        return server.receivedActions(action).value(server.receivedActions(action).size() - 1).value(key);
    }
};

} // namespace

void TestConferenceControl::moderation()
{
    Desk d(QStringLiteral("08-confbridge-admin-actions"));
    QVERIFY(d.session.loggedIn());
    QVERIFY(d.session.play(3)); // operator, Alice and Bob join 8500
    const QString room = QStringLiteral("8500");
    const QString alice = QStringLiteral("PJSIP/1001-00000004");
    const QString bob = QStringLiteral("PJSIP/1002-00000005");
    QTRY_COMPARE(d.store.room(room) ? d.store.room(room)->members.size() : 0, 3);

    QVERIFY(d.outcome(d.control.mute(room, alice)));
    QCOMPARE(d.last("ConfbridgeMute", "Conference"), room);
    QCOMPARE(d.last("ConfbridgeMute", "Channel"), alice);
    QTRY_VERIFY(d.store.room(room)->member(alice)->muted);
    QVERIFY(d.outcome(d.control.unmute(room, alice)));
    QVERIFY(d.outcome(d.control.muteParticipants(room)));
    QCOMPARE(d.last("ConfbridgeMute", "Channel"), QStringLiteral("participants"));
    QTRY_VERIFY(d.store.room(room)->member(bob)->muted);
    QVERIFY(d.outcome(d.control.unmuteAll(room)));
    QCOMPARE(d.last("ConfbridgeUnmute", "Channel"), QStringLiteral("all"));

    QVERIFY(d.outcome(d.control.lock(room)));
    QVERIFY(d.store.room(room)->locked); // from the reply: Asterisk sends no event
    // ... and the rooms are read again to be sure (the recorded list after the lock: Locked: Yes).
    QTRY_COMPARE(d.server.receivedActions("ConfbridgeListRooms").size(), 1);
    QVERIFY(d.outcome(d.control.unlock(room)));
    QVERIFY(!d.store.room(room)->locked);
    QTRY_COMPARE(d.server.receivedActions("ConfbridgeListRooms").size(), 2);
    QVERIFY(d.server.receivedActions("ConfbridgeList").isEmpty()); // no new room: no member list

    QVERIFY(d.outcome(d.control.startRecording(room)));
    QTRY_VERIFY(d.store.room(room)->recording);
    QVERIFY(d.outcome(d.control.stopRecording(room)));
    QVERIFY(d.outcome(d.control.startRecording(room)));
    Failure failure {};
    QVERIFY(!d.outcome(d.control.startRecording(room), &failure));
    QCOMPARE(failure, Failure::AlreadyRecording);
    QVERIFY(d.outcome(d.control.stopRecording(room)));

    QVERIFY(d.outcome(d.control.kick(room, bob)));
    QCOMPARE(d.last("ConfbridgeKick", "Channel"), bob);
    QTRY_VERIFY(!d.store.room(room)->member(bob));
    QCOMPARE(d.failed.size(), 1);
}

void TestConferenceControl::errorsAreNamed()
{
    Desk d(QStringLiteral("08-confbridge-errors"));
    QVERIFY(d.session.loggedIn());
    const QString room = QStringLiteral("8500");
    Failure failure {};
    QVERIFY(!d.outcome(d.control.lock(room), &failure));
    QCOMPARE(failure, Failure::RoomEnded); // "No active conferences."
    QVERIFY(!d.outcome(d.control.kick(room, QStringLiteral("all")), &failure));
    QCOMPARE(failure, Failure::RoomEnded);
    // The second recorded kick: a member who is not (any more) in the room.
    QVERIFY(!d.outcome(d.control.kick(room, QStringLiteral("PJSIP/1099-00000000")), &failure));
    QCOMPARE(failure, Failure::MemberLeft);
    QVERIFY(!d.outcome(d.control.stopRecording(room), &failure));
    QCOMPARE(failure, Failure::NotRecording);
    QCOMPARE(d.failed.last().at(4).toString(), QStringLiteral("Internal error while stopping recording."));
}

void TestConferenceControl::invalidValuesAreNotSent()
{
    Desk d(QStringLiteral("08-confbridge-errors"));
    QVERIFY(d.session.loggedIn());
    Failure failure {};
    QVERIFY(!d.outcome(
        d.control.mute(QStringLiteral("8500"), QStringLiteral("PJSIP/1001\r\nAction: Hangup")), &failure));
    QCOMPARE(failure, Failure::InvalidValue);
    QVERIFY(!d.outcome(d.control.kick(QStringLiteral("8500"), QString()), &failure));
    QCOMPARE(failure, Failure::InvalidValue);
    QVERIFY(!d.outcome(d.control.lock(QString()), &failure));
    QCOMPARE(failure, Failure::InvalidValue);
    QVERIFY(d.server.receivedActions("ConfbridgeMute").isEmpty());
    QVERIFY(d.server.receivedActions("ConfbridgeKick").isEmpty());
    QVERIFY(d.server.receivedActions("ConfbridgeLock").isEmpty());
}

void TestConferenceControl::inviteAndBringInWaitForTheJoin()
{
    Desk d(QStringLiteral("08-confbridge-redirect-call-into-room"));
    QVERIFY(d.session.loggedIn());
    const QString room = QStringLiteral("8500");
    const quint64 invited = d.control.invite(room, QStringLiteral("PJSIP/1000"));
    QVERIFY(d.outcome(invited));
    // Named by the device's extension: its join carries the Originate's caller ID, not the person's.
    QCOMPARE(d.joined(invited), QStringList {QStringLiteral("1000")});
    const AmiMessage originate = d.server.receivedActions("Originate").value(0);
    QStringList keys;
    for (qsizetype i = 0; i < originate.size(); ++i)
        keys.append(QString::fromLatin1(originate.keyAt(i)));
    QCOMPARE(keys.join(QLatin1Char(',')),
        QStringLiteral("Action,ActionID,Channel,Context,Exten,Priority,CallerID,Timeout,Async"));
    QCOMPARE(originate.value("Exten"), room);
    QCOMPARE(d.store.roomOf(QStringLiteral("PJSIP/1000-00000007")), room);

    // The recorded call 1002↔1003 comes up; both sides go into the room with one Redirect.
    QVERIFY(d.session.play(1));
    const QString callee = QStringLiteral("PJSIP/1003-00000009");
    const QString caller = QStringLiteral("PJSIP/1002-00000008");
    const quint64 moved = d.control.bringIn(room, callee, caller);
    QVERIFY(d.outcome(moved));
    // Both sides, once each, in the order they joined (the ExtraChannel first in the recording).
    QCOMPARE(d.joined(moved), QStringList({QStringLiteral("Bob"), QStringLiteral("Carol")}));
    QCOMPARE(d.last("Redirect", "Channel"), callee);
    QCOMPARE(d.last("Redirect", "ExtraChannel"), caller);
    QCOMPARE(d.last("Redirect", "ExtraExten"), room);
    QCOMPARE(d.last("Redirect", "Exten"), room);
    QCOMPARE(d.last("Redirect", "Context"), QStringLiteral("phones"));
    // Byte for byte the recorded Redirect (its ActionID aside), headers in the recorded order.
    const AmiRequest recorded = d.session.actions().value(2);
    QCOMPARE(recorded.action(), QByteArray("Redirect"));
    const AmiMessage sent = d.server.receivedActions("Redirect").constLast();
    QStringList sentLines;
    for (qsizetype i = 0; i < sent.size(); ++i) {
        if (sent.keyAt(i) != "ActionID" && sent.keyAt(i) != "Action")
            sentLines.append(QString::fromLatin1(sent.keyAt(i)) + QStringLiteral(": ") + sent.valueAt(i));
    }
    QStringList recordedLines;
    for (const AmiRequest::Header& h : recorded.headers())
        recordedLines.append(QString::fromLatin1(h.key) + QStringLiteral(": ") + h.value);
    QCOMPARE(sentLines, recordedLines);
    QCOMPARE(d.store.roomOf(caller), room);
    QCOMPARE(d.control.awaitingJoins(), 0);
}

void TestConferenceControl::joinerOfALockedRoomIsNotJoined()
{
    Desk d(QStringLiteral("08-confbridge-admin-actions"));
    QVERIFY(d.session.loggedIn());
    QVERIFY(d.session.play(3));
    QTRY_COMPARE(
        d.store.room(QStringLiteral("8500")) ? d.store.room(QStringLiteral("8500"))->members.size() : 0, 3);
    // The fourth recorded Originate: 1003 dials the locked room and is hung up, no Confbridge event.
    const quint64 id = d.control.invite(QStringLiteral("8500"), QStringLiteral("PJSIP/1003"));
    QTRY_COMPARE(d.control.awaitingJoins(), 1); // Asterisk said "Originate successfully queued"
    QCOMPARE(d.ok.size(), 0);
    d.clock.advance(ConferenceControl::JoinTimeoutMs);
    Failure failure {};
    QVERIFY(!d.outcome(id, &failure));
    QCOMPARE(failure, Failure::NotJoined);
}

QTEST_GUILESS_MAIN(TestConferenceControl)
#include "TestConferenceControl.moc"
