// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/conference/ConferenceStore.h"
#include "core/models/ConferenceRoomModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// Rooms of the recorded conference sessions (08-confbridge-*), replayed into a store.
class TestConferenceRoomModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheRoom();
    void twoServersKeepTheirRooms();
};

void TestConferenceRoomModel::followsTheRoom()
{
    ConferenceStore store;
    ConferenceRoomModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(QStringLiteral("lab"), &store);
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("08-confbridge-admin-actions"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    qsizetype i = 0;
    for (; i < events.size() && events.at(i).eventName() != "ConfbridgeRecord"; ++i)
        store.apply(events.at(i));
    store.apply(events.at(i)); // ConfbridgeRecord
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex room = model.index(0, 0);
    QCOMPARE(room.data(ConferenceRoomModel::RoomRole).toString(), QStringLiteral("8500"));
    QCOMPARE(room.data(ConferenceRoomModel::ServerIdRole).toString(), QStringLiteral("lab"));
    QCOMPARE(room.data(ConferenceRoomModel::MemberCountRole).toInt(), 3);
    QCOMPARE(room.data(ConferenceRoomModel::AdminCountRole).toInt(), 1);
    QVERIFY(room.data(ConferenceRoomModel::RecordingRole).toBool());
    QVERIFY(room.data(ConferenceRoomModel::RecordingSinceRole).toLongLong() > 0);
    model.flushNow();
    QVERIFY(!changed.isEmpty()); // coalesced: at most one per frame
    store.setLocked(QStringLiteral("8500"), true);
    model.flushNow();
    QVERIFY(room.data(ConferenceRoomModel::LockedRole).toBool());
    for (++i; i < events.size(); ++i)
        store.apply(events.at(i));
    QCOMPARE(model.rowCount(), 0); // Kick all: ConfbridgeEnd
}

void TestConferenceRoomModel::twoServersKeepTheirRooms()
{
    ConferenceStore a;
    ConferenceStore b;
    ConferenceRoomModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const AmiMessage& m : Transcript::liveEvents(QStringLiteral("08-confbridge-join-talk-leave"))) {
        if (m.eventName() == "ConfbridgeJoin")
            a.apply(m);
    }
    model.addServer(QStringLiteral("a"), &a);
    model.addServer(QStringLiteral("b"), &b);
    for (const AmiMessage& m :
        Transcript::liveEvents(QStringLiteral("08-confbridge-redirect-call-into-room"))) {
        if (m.eventName() == "ConfbridgeStart")
            b.apply(m);
    }
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.storeAt(0), &a);
    QCOMPARE(model.storeAt(1), &b);
    QCOMPARE(model.index(0, 0).data(ConferenceRoomModel::MemberCountRole).toInt(), 3);
    QCOMPARE(model.index(1, 0).data(ConferenceRoomModel::MemberCountRole).toInt(), 0);
    a.clear();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.roomAt(0), QStringLiteral("8500"));
    QCOMPARE(model.storeAt(0), &b);
}

QTEST_GUILESS_MAIN(TestConferenceRoomModel)
#include "TestConferenceRoomModel.moc"
