// SPDX-License-Identifier: GPL-3.0-or-later
// ParkingStore: parked calls from ParkedCall, UnParkedCall, ParkedCallTimeOut,
// ParkedCallGiveUp and the ParkedCalls list; gone with their channel.
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/ParkingStore.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

using Pbx::ExtensionState;

class TestParkingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parkedCall_data();
    void parkedCall();
    void howParkedCallsEnd_data();
    void howParkedCallsEnd();
    void parkedCallGoesWithItsChannel();
};

void TestParkingStore::parkedCall_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("key"); // empty = nothing parked
    QTest::addColumn<QString>("callerNumber");
    QTest::addColumn<QString>("parker");
    QTest::addColumn<qint64>("parkedAtMs");
    QTest::addColumn<qint64>("timeoutAtMs");
    QTest::addColumn<ExtensionState>("spaceState");

    QTest::newRow("Park action: Bob waits on 701 for 120 s")
        << "04-park-and-retrieve"
        << "ExtensionStatus[Exten=701]#1"
        << "701@default"
        << "1002"
        << "PJSIP/1000" << qint64(1795737834315) << qint64(1795737954315) << ExtensionState::InUse;
    QTest::newRow("ParkedCalls list item keeps the arrival times")
        << "04-park-and-retrieve"
        << "ParkedCallsComplete#1"
        << "701@default"
        << "1002"
        << "PJSIP/1000" << qint64(1795737834315) << qint64(1795737954315) << ExtensionState::InUse;
    QTest::newRow("Carol picks up 701: nothing parked")
        << "04-park-and-retrieve"
        << "ExtensionStatus[Exten=701]#2"
        << ""
        << ""
        << "" << qint64(0) << qint64(0) << ExtensionState::Idle;
    QTest::newRow("Park with 6 s timeout on 702")
        << "04-park-timeout"
        << "ExtensionStatus[Exten=702]#1"
        << "702@default"
        << "1002"
        << "PJSIP/1000" << qint64(1795737846447) << qint64(1795737852447) << ExtensionState::InUse;
    QTest::newRow("ParkedCallTimeOut: nothing parked any more")
        << "04-park-timeout"
        << "ExtensionStatus[Exten=702]#2"
        << ""
        << ""
        << "" << qint64(0) << qint64(0) << ExtensionState::Idle;
}

void TestParkingStore::parkedCall()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, key);
    QFETCH(QString, callerNumber);
    QFETCH(QString, parker);
    QFETCH(qint64, parkedAtMs);
    QFETCH(qint64, timeoutAtMs);
    QFETCH(ExtensionState, spaceState);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    const QString space = (key.isEmpty() ? stop.section(QLatin1Char('='), 1).section(QLatin1Char(']'), 0, 0)
                                         : key.section(QLatin1Char('@'), 0, 0));
    QCOMPARE(pbx.extension(space + QStringLiteral("@parkedcalls"))->state, spaceState);
    if (key.isEmpty()) {
        QVERIFY(pbx.parkingStore()->parkedCalls().isEmpty());
        return;
    }
    QCOMPARE(pbx.parkingStore()->parkedCalls().size(), 1);
    const Pbx::ParkedCall p = pbx.parkingStore()->parkedCalls().value(key);
    QCOMPARE(p.key(), key);
    QCOMPARE(p.callerIdNum, callerNumber);
    QCOMPARE(p.callerIdName, QStringLiteral("Bob"));
    QCOMPARE(p.connectedLineName, QStringLiteral("Operator"));
    QCOMPARE(p.parkerDialString, parker);
    QCOMPARE(p.parkedAtMs, parkedAtMs);
    QCOMPARE(p.timeoutAtMs, timeoutAtMs);
}

void TestParkingStore::howParkedCallsEnd_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ParkingStore::ParkedCallEnd>("how");
    QTest::newRow("Carol picks up 701") << "04-park-and-retrieve"
                                        << "701@default" << ParkingStore::ParkedCallEnd::Retrieved;
    QTest::newRow("702 times out back to the operator")
        << "04-park-timeout"
        << "702@default" << ParkingStore::ParkedCallEnd::TimedOut;
}

void TestParkingStore::howParkedCallsEnd()
{
    QFETCH(QString, transcript);
    QFETCH(QString, key);
    QFETCH(ParkingStore::ParkedCallEnd, how);
    PbxState pbx(QStringLiteral("lab"));
    ParkingStore* store = pbx.parkingStore();
    QSignalSpy added(store, &ParkingStore::parkedCallAdded);
    QSignalSpy removed(store, &ParkingStore::parkedCallRemoved);
    QSignalSpy changed(store, &ParkingStore::parkedCallsChanged);
    QVERIFY(Transcript::replay(pbx, transcript));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), key);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toString(), key);
    QCOMPARE(removed.first().at(1).value<ParkingStore::ParkedCallEnd>(), how);
    QVERIFY(changed.count() >= 2);
    QVERIFY(store->parkedCalls().isEmpty());
}

void TestParkingStore::parkedCallGoesWithItsChannel()
{
    // The UnParkedCall was lost (a dropped event): the parkee's Hangup
    // (CallStore::channelGone) ends the parked call all the same.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    ParkingStore* store = pbx.parkingStore();
    QCOMPARE(store->parkedCalls().size(), 1);
    const Pbx::ParkedCall parked = store->parkedCalls().value(QStringLiteral("701@default"));
    QVERIFY(pbx.channel(parked.uniqueid));
    QCOMPARE(pbx.activity(QStringLiteral("701@parkedcalls")).activeCalls, 1);
    QSignalSpy removed(store, &ParkingStore::parkedCallRemoved);
    QSignalSpy changed(store, &ParkingStore::parkedCallsChanged);
    QSignalSpy tiles(&pbx, &PbxState::extensionChanged);
    pbx.apply(makeEvent("Hangup", {{"Channel", parked.channel}, {"Uniqueid", parked.uniqueid}}));
    QVERIFY(store->parkedCalls().isEmpty());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).value<ParkingStore::ParkedCallEnd>(), ParkingStore::ParkedCallEnd::Gone);
    QCOMPARE(changed.count(), 1);
    QVERIFY(tiles.contains(QVariantList {QStringLiteral("701@parkedcalls")}));
    QCOMPARE(pbx.activity(QStringLiteral("701@parkedcalls")).activeCalls, 0);
}

QTEST_GUILESS_MAIN(TestParkingStore)
#include "TestParkingStore.moc"
