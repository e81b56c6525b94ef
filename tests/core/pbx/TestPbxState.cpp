// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxState.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using Pbx::ExtensionState;

class TestPbxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcriptEndsClean_data();
    void transcriptEndsClean();
    void afterRestartReconnect();
    void unknownEventsChangeNothing();
    void oneSignalPerKeyPerEvent();
    void syncDropsStaleEntities();
    void resyncEqualsFreshStart();
    void resyncAfterRandomDisconnects();
    void pbxEvents_data();
    void pbxEvents();
    void shutdownDropsCalls();
    void storesInSignalOrder();
};

void TestPbxState::transcriptEndsClean_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<int>("channels");
    QTest::newRow("originate 1000 to 1002, 1002 hangs up") << "03-call-originate-1000-to-1002" << 0;
    QTest::newRow("phone 1001 dials 1003, caller hangs up") << "03-call-phone-dials-1001-to-1003" << 0;
    QTest::newRow("ringing then answer, operator hangs up")
        << "03-call-ringing-then-answer-1000-to-1004" << 0;
    QTest::newRow("attended transfer") << "04-atxfer-attended-transfer" << 0;
    QTest::newRow("blind transfer action") << "04-blindtransfer-action" << 0;
    QTest::newRow("redirect as blind transfer") << "04-redirect-blind-transfer" << 0;
    QTest::newRow("park and retrieve") << "04-park-and-retrieve" << 0;
    QTest::newRow("queue call") << "04-queue-call" << 0;
    QTest::newRow("voicemail after no answer") << "04-voicemail-no-answer-mwi" << 0;
    QTest::newRow("park timeout: the returned call is still up at logoff") << "04-park-timeout" << 2;
}

void TestPbxState::transcriptEndsClean()
{
    QFETCH(QString, transcript);
    QFETCH(int, channels);
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript));
    QCOMPARE(pbx.channels().size(), channels);
    QCOMPARE(pbx.callIds().size(), channels ? 1 : 0);
    QVERIFY(pbx.parkedCalls().isEmpty());
    for (const Pbx::Queue& q : pbx.queues())
        QVERIFY(q.callers.isEmpty());
    if (channels == 0) {
        // Asterisk keeps a parking lot's bridge after its call left.
        for (const Pbx::Bridge& b : pbx.bridges())
            QVERIFY2(b.channels.isEmpty(), qPrintable(b.id));
        for (const QString key :
            {"1000@phones", "1001@phones", "1002@phones", "1003@phones", "1004@phones"}) {
            QCOMPARE(pbx.extension(key)->state, ExtensionState::Idle);
            QCOMPARE(pbx.activity(key).activeCalls, 0);
            QCOMPARE(pbx.activity(key).peerNumber, QString());
        }
    }
}

void TestPbxState::afterRestartReconnect()
{
    // Asterisk restarted: the hints come back with an empty Hint header,
    // MWI is replayed for every mailbox, the phones' contacts come back.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("07-after-restart-reconnect")));
    const Pbx::Extension* operatorExt = pbx.extension(QStringLiteral("1000@phones"));
    QCOMPARE(operatorExt->hint.text(), QStringLiteral("PJSIP/1000"));
    QCOMPARE(operatorExt->state, ExtensionState::Unavailable);
    QCOMPARE(pbx.extension(QStringLiteral("701@parkedcalls"))->state, ExtensionState::Idle);
    QCOMPARE(pbx.extension(QStringLiteral("9000@phones"))->state, ExtensionState::Idle);
    QCOMPARE(pbx.mailboxes().value(QStringLiteral("1001@default")).newCount, 3);
    QCOMPARE(pbx.mailboxes().value(QStringLiteral("1001@default")).oldCount, 2);
    QCOMPARE(pbx.mailboxes().value(QStringLiteral("1006@default")).newCount, 2);
    QCOMPARE(pbx.mailboxes().size(), 7);
    QCOMPARE(pbx.reachability(QStringLiteral("1000@phones")), Pbx::Endpoint::Reachability::Reachable);
    QCOMPARE(pbx.reachability(QStringLiteral("1006@phones")), Pbx::Endpoint::Reachability::Unknown);
    QVERIFY(pbx.channels().isEmpty());
}

void TestPbxState::unknownEventsChangeNothing()
{
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(
        pbx, QStringLiteral("03-call-originate-1000-to-1002"), QStringLiteral("BridgeEnter#2")));
    const QString before = pbx.dumpCanonical();
    QSignalSpy ext(&pbx, &PbxState::extensionChanged);
    QSignalSpy chan(&pbx, &PbxState::channelChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("03-call-originate-1000-to-1002"));
    int applied = 0;
    for (const AmiMessage& m : messages) {
        const QByteArrayView name = m.eventName();
        if (name == "VarSet" || name == "Cdr" || name == "RTCPSent" || name == "RTCPReceived"
            || name == "DialState" || name == "HangupRequest") {
            pbx.apply(m);
            ++applied;
        }
    }
    pbx.apply(makeEvent("NoSuchEvent", {{"Uniqueid", QStringLiteral("1795737750.26")}}));
    QVERIFY(applied > 20);
    QCOMPARE(ext.count(), 0);
    QCOMPARE(chan.count(), 0);
    QCOMPARE(pbx.dumpCanonical(), before);
}

void TestPbxState::oneSignalPerKeyPerEvent()
{
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(
        pbx, QStringLiteral("03-call-originate-1000-to-1002"), QStringLiteral("BridgeEnter#1")));
    QSignalSpy ext(&pbx, &PbxState::extensionChanged);
    QSignalSpy calls(&pbx, &PbxState::callChanged);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("03-call-originate-1000-to-1002"));
    pbx.apply(messages[Transcript::find(messages, QStringLiteral("BridgeEnter#2"))]);
    // Both tiles change (the operator entered, Bob got a partner), once each.
    QStringList keys;
    for (const QList<QVariant>& args : std::as_const(ext))
        keys.append(args.first().toString());
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("1000@phones"), QStringLiteral("1002@phones")}));
    QCOMPARE(calls.count(), 1);
}

void TestPbxState::syncDropsStaleEntities()
{
    // State from before a disconnect: a call in progress and a parked call.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    QVERIFY(!pbx.channels().isEmpty());
    QCOMPARE(pbx.parkedCalls().size(), 1);
    QSignalSpy removedCalls(&pbx, &PbxState::callRemoved);
    QSignalSpy removedParked(&pbx, &PbxState::parkedCallRemoved);

    // After reconnecting, the lists show other calls, nothing parked.
    pbx.beginSync();
    const QList<AmiMessage> list = Transcript::load(QStringLiteral("02-CoreShowChannels-during-calls"));
    int items = 0;
    for (const AmiMessage& m : list) {
        if (m.eventName() == "CoreShowChannel") {
            pbx.apply(m);
            ++items;
        }
    }
    pbx.endSync(PbxState::Category::Channels | PbxState::Category::ParkedCalls);

    QCOMPARE(pbx.channels().size(), items);
    QVERIFY(!pbx.channel(QStringLiteral("1795737832.48"))); // the operator's old channel
    QVERIFY(pbx.parkedCalls().isEmpty());
    QCOMPARE(removedCalls.count(), 1);
    QCOMPARE(removedParked.count(), 1);
    QCOMPARE(removedParked.first().at(1).value<PbxState::ParkedCallEnd>(), PbxState::ParkedCallEnd::Gone);
    // The listed call 1000↔1002 is complete: both sides in one bridge.
    const Pbx::ExtensionActivity op = pbx.activity(QStringLiteral("1000@phones"));
    QCOMPARE(op.peerNumber, QStringLiteral("1002"));
    QCOMPARE(op.activeCalls, 1);
}

void TestPbxState::resyncEqualsFreshStart()
{
    // The same lists applied to a fresh state and to one full of stale
    // calls, holds and parked calls give the same picture.
    const QStringList lists {QStringLiteral("02-ExtensionStateList-during-calls"),
        QStringLiteral("02-DeviceStateList-during-calls"), QStringLiteral("02-CoreShowChannels-during-calls"),
        QStringLiteral("02-QueueStatus-during-calls"), QStringLiteral("02-VoicemailUsersList"),
        QStringLiteral("02-ParkedCalls")};
    const auto sync = [&](PbxState& pbx) {
        pbx.beginSync();
        for (const QString& name : lists) {
            const QList<AmiMessage> messages = Transcript::load(name);
            for (const AmiMessage& m : messages) {
                if (m.isEvent() && m.contains("ActionID") && !m.eventName().endsWith("Complete"))
                    pbx.apply(m);
            }
        }
        pbx.endSync(PbxState::Category::Extensions | PbxState::Category::Devices
            | PbxState::Category::Channels | PbxState::Category::ParkedCalls | PbxState::Category::Queues
            | PbxState::Category::Mailboxes);
    };
    PbxState fresh(QStringLiteral("lab"));
    sync(fresh);
    QVERIFY(fresh.channels().size() >= 5);

    PbxState stale(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(stale, QStringLiteral("04-atxfer-attended-transfer"),
        QStringLiteral("BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1")));
    const QList<AmiMessage> park = Transcript::load(QStringLiteral("04-park-timeout"));
    for (qsizetype i = 0; i <= Transcript::find(park, QStringLiteral("ParkedCall#1")); ++i)
        stale.apply(park[i]);
    const QList<AmiMessage> queue = Transcript::load(QStringLiteral("04-queue-call"));
    for (qsizetype i = 0; i <= Transcript::find(queue, QStringLiteral("QueueMemberAdded#1")); ++i)
        stale.apply(queue[i]);
    QVERIFY(stale.dumpCanonical() != fresh.dumpCanonical());
    sync(stale);
    QCOMPARE(stale.dumpCanonical(), fresh.dumpCanonical());
}

namespace {

// The items of the lists Asterisk answered while the recorded calls ran (02-*), in order.
QList<AmiMessage> duringCallsListItems()
{
    const QStringList lists {QStringLiteral("02-ExtensionStateList-during-calls"),
        QStringLiteral("02-DeviceStateList-during-calls"), QStringLiteral("02-CoreShowChannels-during-calls"),
        QStringLiteral("02-QueueStatus-during-calls"), QStringLiteral("02-VoicemailUsersList"),
        QStringLiteral("02-ParkedCalls")};
    QList<AmiMessage> items;
    for (const QString& name : lists) {
        const QList<AmiMessage> messages = Transcript::load(name);
        for (const AmiMessage& m : messages) {
            if (m.isEvent() && m.contains("ActionID") && !m.eventName().endsWith("Complete"))
                items.append(m);
        }
    }
    return items;
}

} // namespace

void TestPbxState::resyncAfterRandomDisconnects()
{
    // 100 rounds: the connection drops at a random message of a random
    // recording (mid-call, mid-transfer, parked, queued…), the world moves
    // on, the lists come in. The result must equal a fresh start.
    const QList<AmiMessage> items = duringCallsListItems();
    const auto sync = [&](PbxState& pbx) {
        pbx.beginSync();
        for (const AmiMessage& m : std::as_const(items))
            pbx.apply(m);
        pbx.endSync(PbxState::Category::Extensions | PbxState::Category::Devices
            | PbxState::Category::Channels | PbxState::Category::ParkedCalls | PbxState::Category::Queues
            | PbxState::Category::Mailboxes);
    };
    PbxState fresh(QStringLiteral("lab"));
    sync(fresh);
    const QString expected = fresh.dumpCanonical();

    const QStringList recordings {QStringLiteral("03-call-originate-1000-to-1002"),
        QStringLiteral("03-call-phone-dials-1001-to-1003"),
        QStringLiteral("03-call-ringing-then-answer-1000-to-1004"),
        QStringLiteral("04-atxfer-attended-transfer"), QStringLiteral("04-blindtransfer-action"),
        QStringLiteral("04-redirect-blind-transfer"), QStringLiteral("04-park-and-retrieve"),
        QStringLiteral("04-park-timeout"), QStringLiteral("04-queue-call"),
        QStringLiteral("04-custom-devstate"), QStringLiteral("04-voicemail-no-answer-mwi"),
        QStringLiteral("04-voicemail-deposit-and-manage"), QStringLiteral("07-after-restart-reconnect")};
    QHash<QString, QList<AmiMessage>> loaded;
    for (const QString& name : recordings)
        loaded.insert(name, Transcript::load(name));

    QRandomGenerator random(20261127); // fixed: a failure names its round and replays
    for (int round = 0; round < 100; ++round) {
        PbxState stale(QStringLiteral("lab"));
        Transcript::seed(stale);
        // One to three recordings, each cut at a random message.
        const int pieces = 1 + int(random.bounded(3));
        QStringList story;
        for (int p = 0; p < pieces; ++p) {
            const QString name = recordings[random.bounded(int(recordings.size()))];
            const QList<AmiMessage>& messages = loaded[name];
            const int cut = int(random.bounded(int(messages.size())));
            for (int i = 0; i <= cut; ++i) {
                if (messages[i].isEvent())
                    stale.apply(messages[i]);
            }
            story.append(name + QLatin1Char('@') + QString::number(cut));
        }
        sync(stale);
        const QString got = stale.dumpCanonical();
        QVERIFY2(got == expected,
            qPrintable(QStringLiteral("round %1 (%2)").arg(round).arg(story.join(QLatin1String(", ")))));
    }
}

void TestPbxState::pbxEvents_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QVariantList>("arguments");

    QTest::newRow("OriginateResponse: answered (reason 4), with the originated channel")
        << "03-call-originate-1000-to-1002"
        << "OriginateResponse#1" << QByteArray(SIGNAL(originateResponded(QByteArray, bool, int, QString)))
        << QVariantList {QByteArray("03-call-originate-1000-t-2"), true, 4, QStringLiteral("1795737750.26")};
    QTest::newRow("BlindTransfer of Bob to 1003@phones")
        << "04-blindtransfer-action"
        << "BlindTransfer#1"
        << QByteArray(SIGNAL(transferred(PbxState::TransferKind, bool, QString, QString)))
        << QVariantList {QVariant::fromValue(PbxState::TransferKind::Blind), true,
               QStringLiteral("PJSIP/1002-00000011"), QStringLiteral("1003@phones")};
    QTest::newRow("AttendedTransfer of Bob to the consultation's Local channel")
        << "04-atxfer-attended-transfer"
        << "AttendedTransfer#1"
        << QByteArray(SIGNAL(transferred(PbxState::TransferKind, bool, QString, QString)))
        << QVariantList {QVariant::fromValue(PbxState::TransferKind::Attended), true,
               QStringLiteral("PJSIP/1002-00000014"), QStringLiteral("Local/1003@phones-0000000c;1")};
    QTest::newRow("Reload of everything")
        << "07-reload"
        << "Reload#1" << QByteArray(SIGNAL(pbxReloaded(QString))) << QVariantList {QStringLiteral("All")};
    QTest::newRow("FullyBooted after login")
        << "01-login-plain-ok"
        << "FullyBooted#1" << QByteArray(SIGNAL(pbxBooted())) << QVariantList {};
}

void TestPbxState::pbxEvents()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QByteArray, signal);
    QFETCH(QVariantList, arguments);
    PbxState pbx(QStringLiteral("lab"));
    QSignalSpy spy(&pbx, signal.constData());
    QVERIFY(spy.isValid());
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first(), arguments);
}

void TestPbxState::shutdownDropsCalls()
{
    // Asterisk 22 usually closes the socket without Shutdown (PbxSync's
    // resync handles that); when Shutdown does come, no call may linger.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("ParkedCall#1")));
    QVERIFY(!pbx.channels().isEmpty());
    QSignalSpy shutdown(&pbx, &PbxState::pbxShuttingDown);
    QSignalSpy callRemoved(&pbx, &PbxState::callRemoved);
    pbx.apply(makeEvent(
        "Shutdown", {{"Shutdown", QStringLiteral("Cleanly")}, {"Restart", QStringLiteral("True")}}));
    QCOMPARE(shutdown.count(), 1);
    QCOMPARE(shutdown.first().first().toBool(), true);
    QCOMPARE(callRemoved.count(), 1);
    QVERIFY(pbx.channels().isEmpty());
    QVERIFY(pbx.parkedCalls().isEmpty());
    QCOMPARE(pbx.activity(QStringLiteral("1000@phones")).activeCalls, 0);
    QCOMPARE(pbx.extensions().size(), 29); // the hints stay: they come back with the PBX
}

void TestPbxState::storesInSignalOrder()
{
    // After each event the stores emit in registration order: a call's rows
    // before the tiles that show it, queues and parked calls last.
    PbxState pbx(QStringLiteral("lab"));
    const QList<PbxStore*> stores = pbx.stores();
    QCOMPARE(stores.size(), 5);
    QCOMPARE(stores[0], pbx.callStore());
    QCOMPARE(stores[1], pbx.mailboxStore());
    QCOMPARE(stores[2], pbx.extensionStore());
    QCOMPARE(stores[3], pbx.queueStore());
    QCOMPARE(stores[4], pbx.parkingStore());
    QCOMPARE(pbx.store<CallStore>(), pbx.callStore());
    QCOMPARE(pbx.store<ParkingStore>(), pbx.parkingStore());

    QStringList log;
    connect(&pbx, &PbxState::callChanged, this, [&log] { log.append(QStringLiteral("call")); });
    connect(&pbx, &PbxState::extensionChanged, this, [&log] { log.append(QStringLiteral("ext")); });
    connect(&pbx, &PbxState::queueChanged, this, [&log] { log.append(QStringLiteral("queue")); });
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), QStringLiteral("QueueCallerJoin#1")));
    log.clear();
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-queue-call"));
    pbx.apply(messages[Transcript::find(messages, QStringLiteral("QueueCallerLeave#1"))]);
    // Alice leaves the queue: her call row, her tile, the queue, in that order.
    QVERIFY(log.contains(QStringLiteral("call")));
    QVERIFY(log.contains(QStringLiteral("ext")));
    QVERIFY(log.contains(QStringLiteral("queue")));
    QVERIFY(log.lastIndexOf(QStringLiteral("call")) < log.indexOf(QStringLiteral("ext")));
    QVERIFY(log.lastIndexOf(QStringLiteral("ext")) < log.indexOf(QStringLiteral("queue")));
}

QTEST_GUILESS_MAIN(TestPbxState)
#include "TestPbxState.moc"
