// SPDX-License-Identifier: GPL-3.0-or-later
// CallStore: channels, bridges and calls from the channel events and the
// CoreShowChannels list; transfers and the outcomes of the desk's actions.
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "core/pbx/CallActivityReader.h"
#include "core/pbx/CallStore.h"
#include "core/pbx/ExtensionStore.h"
#include "core/pbx/MailboxStore.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestCallStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calls_data();
    void calls();
    void storeAlone();
    void answeredQueueCallAfterAFreshStart_data();
    void answeredQueueCallAfterAFreshStart();
    void queueCallerLeavingTheQueueApplication();
    void dialledLinesAfterAFreshStart();
    void parkedCallDiallingBackAfterAFreshStart();
    void actionOutcomes_data();
    void actionOutcomes();
};

void TestCallStore::calls_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("answeredMs");
    QTest::addColumn<bool>("ringing");
    QTest::addColumn<bool>("onHold");
    QTest::addColumn<QString>("queue");

    QTest::newRow("originate: Bob rings")
        << "03-call-originate-1000-to-1002"
        << "ExtensionStatus[Exten=1002,Status=8]#1"
        << "1000 Operator"
        << "1002 Bob" << qint64(1795737750600) << qint64(0) << true << false << "";
    QTest::newRow("originate: answered")
        << "03-call-originate-1000-to-1002"
        << "BridgeEnter#2"
        << "1000 Operator"
        << "1002 Bob" << qint64(1795737750600) << qint64(1795737750609) << false << false << "";
    QTest::newRow("phone dials: Alice calls Carol, answered")
        << "03-call-phone-dials-1001-to-1003"
        << "BridgeEnter#2"
        << "1001 Alice"
        << "1003 Carol" << qint64(1795737768679) << qint64(1795737768683) << false << false << "";
    QTest::newRow("attended transfer: the call is on hold")
        << "04-atxfer-attended-transfer"
        << "Hold#1"
        << "1000 Operator"
        << "1002 Bob" << qint64(1795737818743) << qint64(1795737818748) << false << true << "";
    QTest::newRow("queue: Alice to Carol through queue support")
        << "04-queue-call"
        << "BridgeEnter#2"
        << "1001 Alice"
        << "1003 Carol" << qint64(1795737902258) << qint64(1795737902267) << false << false << "support";
}

void TestCallStore::calls()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, caller);
    QFETCH(QString, callee);
    QFETCH(qint64, startMs);
    QFETCH(qint64, answeredMs);
    QFETCH(bool, ringing);
    QFETCH(bool, onHold);
    QFETCH(QString, queue);

    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    QCOMPARE(pbx.callIds().size(), 1);
    const Pbx::Call call = pbx.call(pbx.callIds().first());
    QCOMPARE(call.callerNumber + QLatin1Char(' ') + call.callerName, caller);
    QCOMPARE(call.calleeNumber + QLatin1Char(' ') + call.calleeName, callee);
    QCOMPARE(call.startMs, startMs);
    QCOMPARE(call.answeredMs, answeredMs);
    QCOMPARE(call.ringing, ringing);
    QCOMPARE(call.onHold, onHold);
    QCOMPARE(call.queue, queue);
}

void TestCallStore::storeAlone()
{
    // On its own, fed every event of a call as PbxState would: the channels
    // come and go, one call, and "channel gone" after the removals.
    MailboxStore mailboxes;
    ExtensionStore extensions(QStringLiteral("lab"), &mailboxes);
    CallStore store(&extensions, Clock::system());
    QStringList log;
    connect(&store, &CallStore::channelAdded, this,
        [&log](const QString& uid) { log.append(QStringLiteral("added ") + uid); });
    connect(&store, &CallStore::callAdded, this,
        [&log](const QString& id) { log.append(QStringLiteral("call ") + id); });
    connect(&store, &CallStore::channelRemoved, this,
        [&log](const QString& uid, const QString&) { log.append(QStringLiteral("removed ") + uid); });
    connect(&store, &CallStore::callRemoved, this,
        [&log](const QString& id) { log.append(QStringLiteral("call gone ") + id); });
    connect(&store, &CallStore::channelGone, this,
        [&log](const QString& uid, const QString&) { log.append(QStringLiteral("gone ") + uid); });
    QSignalSpy bridges(&store, &CallStore::bridgeChanged);
    int maxChannels = 0;
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("03-call-originate-1000-to-1002"));
    for (const AmiMessage& m : events) {
        store.apply(m);
        store.flush();
        maxChannels = std::max(maxChannels, int(store.channels().size()));
        if (store.channels().size() == 2)
            QCOMPARE(store.callIds(), QStringList {QStringLiteral("1795737750.26")});
    }
    QCOMPARE(maxChannels, 2);
    QVERIFY(store.channels().isEmpty());
    QVERIFY(store.callIds().isEmpty());
    QVERIFY(bridges.count() >= 2);
    QCOMPARE(log.count(QStringLiteral("call 1795737750.26")), 1);
    QCOMPARE(log.count(QStringLiteral("call gone 1795737750.26")), 1);
    // The call's last channel: removed, then its call, then gone.
    const qsizetype callGone = log.indexOf(QStringLiteral("call gone 1795737750.26"));
    QVERIFY(callGone > 0);
    QVERIFY(log[callGone - 1].startsWith(QLatin1String("removed ")));
    QCOMPARE(log[callGone + 1], QString(QStringLiteral("gone ") + log[callGone - 1].mid(8)));
}

void TestCallStore::answeredQueueCallAfterAFreshStart_data()
{
    QTest::addColumn<bool>("memberFirst");
    QTest::newRow("caller listed first, as recorded") << false;
    QTest::newRow("member listed first") << true;
}

void TestCallStore::answeredQueueCallAfterAFreshStart()
{
    // Regression (issue 19, chaos cuts): a client that saw QueueCallerJoin
    // knew the answered call came through queue support, a fresh start (or a
    // resync) did not. The list says it: the caller runs Queue(support,…),
    // the member's line AppQueue in the caller's call.
    QFETCH(bool, memberFirst);
    QList<AmiMessage> items;
    for (const AmiMessage& m : Transcript::load(QStringLiteral("02-CoreShowChannels-during-calls"))) {
        if (m.eventName() == "CoreShowChannel")
            items.append(m);
    }
    if (memberFirst)
        std::reverse(items.begin(), items.end());
    PbxState pbx(QStringLiteral("lab"));
    pbx.beginSync();
    for (const AmiMessage& m : std::as_const(items))
        pbx.apply(m);
    pbx.endSync(PbxState::Category::Channels);
    QCOMPARE(pbx.channel(QStringLiteral("1795738490.2"))->queue, QStringLiteral("support"));
    QCOMPARE(pbx.channel(QStringLiteral("1795738490.3"))->queue, QStringLiteral("support"));
    QCOMPARE(pbx.call(QStringLiteral("1795738490.2")).queue, QStringLiteral("support"));
    // Calls that did not come through a queue stay without one.
    int queued = 0;
    for (const Pbx::Channel& c : pbx.channels())
        queued += c.queue.isEmpty() ? 0 : 1;
    QCOMPARE(queued, 2);
}

void TestCallStore::queueCallerLeavingTheQueueApplication()
{
    // Regression (issue 19): a queue caller parked and dialled back to its parker runs
    // AppDial (04-park-timeout): a fresh start sees no queue call, so neither may a client
    // that saw it join the queue.
    PbxState pbx(QStringLiteral("lab"));
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-queue-call"), QStringLiteral("BridgeEnter#2")));
    const QString caller = pbx.channelByName(QStringLiteral("PJSIP/1001-00000020"))->uniqueid;
    QCOMPARE(pbx.channel(caller)->queue, QStringLiteral("support"));
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-queue-call"));
    AmiMessage dialBack
        = messages[Transcript::find(messages, QStringLiteral("Newexten[Application=Queue]#1"))];
    dialBack = Transcript::withValue(dialBack, "Application", QStringLiteral("AppDial"));
    dialBack = Transcript::withValue(dialBack, "AppData", QStringLiteral("(Outgoing Line)"));
    pbx.apply(dialBack);
    QCOMPARE(pbx.channel(caller)->queue, QString());
}

void TestCallStore::dialledLinesAfterAFreshStart()
{
    // Regression (issue 19, chaos cuts compared on the extension board): a client
    // that saw DialBegin knew who dialled a ringing line and showed the caller
    // "dialling 1002"; a resync or fresh start did not. The list says it: the
    // line runs AppDial (a queue member's AppQueue) in the call of the channel
    // running Dial (Queue). Here the recorded list, both calls still ringing.
    PbxState pbx(QStringLiteral("lab"));
    pbx.beginSync();
    for (AmiMessage m : Transcript::load(QStringLiteral("02-CoreShowChannels-during-calls"))) {
        if (m.eventName() != "CoreShowChannel")
            continue;
        m = Transcript::withValue(m, "BridgeId", QString());
        const bool line = m.value("Application").startsWith(QLatin1String("App"));
        m = Transcript::withValue(
            m, "ChannelState", QString::number(line ? Pbx::Channel::Ringing : Pbx::Channel::Ring));
        pbx.apply(m);
    }
    pbx.endSync(PbxState::Category::Channels);
    QCOMPARE(pbx.channel(QStringLiteral("1795738490.1"))->dialedBy, QStringLiteral("1795738490.0"));
    QCOMPARE(pbx.channel(QStringLiteral("1795738490.3"))->dialedBy, QStringLiteral("1795738490.2"));
    // The Local pair waiting in Wait/MusicOnHold was dialled by nobody.
    QCOMPARE(pbx.channel(QStringLiteral("1795738490.5"))->dialedBy, QString());
    const Pbx::CallActivity caller
        = Pbx::CallActivityReader(pbx).of(*pbx.channel(QStringLiteral("1795738490.0")));
    QCOMPARE(caller.kind, Pbx::CallActivity::Kind::Dialling);
    QCOMPARE(caller.number, QStringLiteral("1002"));
    QVERIFY(pbx.channel(QStringLiteral("1795738490.1"))->isRinging());
}

void TestCallStore::parkedCallDiallingBackAfterAFreshStart()
{
    // Regression (issue 19, chaos cuts compared on the board): a parked call
    // whose time ran out dials its parker while it stays app_dial's line
    // (04-park-timeout: 1002's line, Up, dials 1000). No channel of the call
    // runs Dial, so a fresh start did not know who rings 1000 and showed the
    // parkee's tile without a peer. The dialler is the one the ringing line
    // names, talking to nobody.
    const auto listed = [](const QString& channel, const QString& uid, int state, const QString& number,
                            const QString& connected) {
        return makeEvent("CoreShowChannel",
            {{"Channel", channel}, {"ChannelState", QString::number(state)}, {"CallerIDNum", number},
                {"CallerIDName", QStringLiteral("<unknown>")}, {"ConnectedLineNum", connected},
                {"ConnectedLineName", QStringLiteral("<unknown>")}, {"Context", QStringLiteral("phones")},
                {"Exten", QStringLiteral("s")}, {"Uniqueid", uid},
                {"Linkedid", QStringLiteral("1795737844.51")}, {"Application", QStringLiteral("AppDial")},
                {"ApplicationData", QStringLiteral("(Outgoing Line)")}, {"BridgeId", QString()},
                {"Duration", QStringLiteral("00:00:08")}});
    };
    PbxState pbx(QStringLiteral("lab"));
    pbx.beginSync();
    pbx.apply(listed(QStringLiteral("PJSIP/1000-0000001b"), QStringLiteral("1795737852.53"),
        Pbx::Channel::Ringing, QStringLiteral("1000"), QStringLiteral("1002")));
    pbx.apply(listed(QStringLiteral("PJSIP/1002-0000001a"), QStringLiteral("1795737844.52"), Pbx::Channel::Up,
        QStringLiteral("1002"), QStringLiteral("1000")));
    pbx.endSync(PbxState::Category::Channels);
    QCOMPARE(pbx.channel(QStringLiteral("1795737852.53"))->dialedBy, QStringLiteral("1795737844.52"));
    const Pbx::CallActivity parkee
        = Pbx::CallActivityReader(pbx).of(*pbx.channel(QStringLiteral("1795737844.52")));
    QCOMPARE(parkee.kind, Pbx::CallActivity::Kind::Dialling);
    QCOMPARE(parkee.number, QStringLiteral("1000"));
}

void TestCallStore::actionOutcomes_data()
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
        << QByteArray(SIGNAL(transferred(CallStore::TransferKind, bool, QString, QString)))
        << QVariantList {QVariant::fromValue(CallStore::TransferKind::Blind), true,
               QStringLiteral("PJSIP/1002-00000011"), QStringLiteral("1003@phones")};
    QTest::newRow("AttendedTransfer of Bob to the consultation's Local channel")
        << "04-atxfer-attended-transfer"
        << "AttendedTransfer#1"
        << QByteArray(SIGNAL(transferred(CallStore::TransferKind, bool, QString, QString)))
        << QVariantList {QVariant::fromValue(CallStore::TransferKind::Attended), true,
               QStringLiteral("PJSIP/1002-00000014"), QStringLiteral("Local/1003@phones-0000000c;1")};
}

void TestCallStore::actionOutcomes()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QByteArray, signal);
    QFETCH(QVariantList, arguments);
    PbxState pbx(QStringLiteral("lab"));
    QSignalSpy spy(pbx.callStore(), signal.constData());
    QVERIFY(spy.isValid());
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first(), arguments);
}

QTEST_GUILESS_MAIN(TestCallStore)
#include "TestCallStore.moc"
