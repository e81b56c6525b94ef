// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "Transcript.h"

#include "core/models/CallModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestCallModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callRow_data();
    void callRow();
    void oneDataChangedPerFrameDuringACall();
    void twoServers();
    void oneRowPerConversation();
    void activityRole();
    void rowFollowsParkingAlone();
    void rowFollowsTheDeviceStateAlone();
};

void TestCallModel::callRow_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("callee");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("answeredMs");
    QTest::addColumn<bool>("ringing");
    QTest::addColumn<bool>("onHold");
    QTest::addColumn<QString>("queue");

    const QString originate = QStringLiteral("03-call-originate-1000-to-1002");
    QTest::newRow("originate: Bob's phone rings")
        << originate << "ExtensionStatus[Exten=1002,Status=8]#1" << 1 << "1000 Operator PJSIP/1000"
        << "1002 Bob PJSIP/1002" << qint64(1795737750600) << qint64(0) << true << false << "";
    QTest::newRow("originate: answered")
        << originate << "BridgeEnter#2" << 1 << "1000 Operator PJSIP/1000"
        << "1002 Bob PJSIP/1002" << qint64(1795737750600) << qint64(1795737750609) << false << false << "";
    QTest::newRow("originate: hung up, row gone") << originate << "" << 0 << ""
                                                  << "" << qint64(0) << qint64(0) << false << false << "";
    QTest::newRow("attended transfer: on hold")
        << "04-atxfer-attended-transfer"
        << "Hold#1" << 1 << "1000 Operator PJSIP/1000"
        << "1002 Bob PJSIP/1002" << qint64(1795737818743) << qint64(1795737818748) << false << true << "";
    QTest::newRow("queue: through queue support") << "04-queue-call"
                                                  << "BridgeEnter#2" << 1 << "1001 Alice PJSIP/1001"
                                                  << "1003 Carol PJSIP/1003" << qint64(1795737902258)
                                                  << qint64(1795737902267) << false << false << "support";
}

void TestCallModel::callRow()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(int, rows);
    QFETCH(QString, caller);
    QFETCH(QString, callee);
    QFETCH(qint64, startMs);
    QFETCH(qint64, answeredMs);
    QFETCH(bool, ringing);
    QFETCH(bool, onHold);
    QFETCH(QString, queue);

    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    CallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(model.rowCount(), rows);
    if (rows == 0)
        return;
    const QModelIndex idx = model.index(0, 0);
    using namespace CallRoles;
    QCOMPARE(QStringList({idx.data(CallerNumber).toString(), idx.data(CallerName).toString(),
                             idx.data(CallerDevice).toString()})
                 .join(QLatin1Char(' ')),
        caller);
    QCOMPARE(QStringList({idx.data(CalleeNumber).toString(), idx.data(CalleeName).toString(),
                             idx.data(CalleeDevice).toString()})
                 .join(QLatin1Char(' ')),
        callee);
    QCOMPARE(idx.data(StartMs).toLongLong(), startMs);
    QCOMPARE(idx.data(AnsweredMs).toLongLong(), answeredMs);
    QCOMPARE(idx.data(Ringing).toBool(), ringing);
    QCOMPARE(idx.data(OnHold).toBool(), onHold);
    QCOMPARE(idx.data(Queue).toString(), queue);
    QCOMPARE(idx.data(ServerId).toString(), QStringLiteral("lab"));
}

void TestCallModel::oneDataChangedPerFrameDuringACall()
{
    // Everything between the answer and the hangup arrives in one frame:
    // dozens of events for the call, one dataChanged for its row.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    CallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QString name = QStringLiteral("03-call-originate-1000-to-1002");
    QVERIFY(Transcript::replay(pbx, name, QStringLiteral("Newchannel#2")));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy callChanged(&pbx, &PbxState::callChanged);
    const QList<AmiMessage> messages = Transcript::load(name);
    const qsizetype from = Transcript::find(messages, QStringLiteral("Newchannel#2")) + 1;
    const qsizetype to = Transcript::find(messages, QStringLiteral("BridgeEnter#2"));
    for (qsizetype i = from; i <= to; ++i)
        pbx.apply(messages[i]);
    QVERIFY(callChanged.count() >= 10); // Newexten, NewConnectedLine, DialBegin, Newstate, …
    QCOMPARE(changed.count(), 0);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(CallRoles::CalleeName).toString(), QStringLiteral("Bob"));
}

void TestCallModel::twoServers()
{
    MockClock clock;
    PbxState a(QStringLiteral("a"));
    PbxState b(QStringLiteral("b"));
    QVERIFY(Transcript::replay(
        a, QStringLiteral("03-call-originate-1000-to-1002"), QStringLiteral("BridgeEnter#2")));
    QVERIFY(Transcript::replay(b, QStringLiteral("04-queue-call"), QStringLiteral("BridgeEnter#2")));
    CallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&a);
    model.addServer(&b);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex fromB = model.indexOf(&b, QStringLiteral("1795737902.58"));
    QVERIFY(fromB.isValid());
    QCOMPARE(fromB.data(CallRoles::Key).toString(), QStringLiteral("b/1795737902.58"));
    model.removeServer(&a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(CallRoles::ServerId).toString(), QStringLiteral("b"));
}

void TestCallModel::oneRowPerConversation()
{
    // Retrieving a parked call on a PBX that leaves the retriever in its own
    // Linkedid (the demo, older Asterisk): 04-park-and-retrieve with the
    // retriever's Linkedid kept. One conversation, one row.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    CallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    Transcript::seed(pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-park-and-retrieve"));
    const qsizetype bridged
        = Transcript::find(messages, QStringLiteral("BridgeEnter[Channel=PJSIP/1003-00000018]#1"));
    const qsizetype hangup
        = Transcript::find(messages, QStringLiteral("Hangup[Channel=PJSIP/1003-00000018]#1"));
    QVERIFY(bridged > 0 && hangup > bridged);
    const auto apply = [&](qsizetype i) {
        const AmiMessage& m = messages[i];
        pbx.apply(m.value("Uniqueid") == QLatin1String("1795737837.50")
                ? Transcript::withValue(m, "Linkedid", QStringLiteral("1795737837.50"))
                : m);
    };
    for (qsizetype i = 0; i < bridged; ++i)
        apply(i);
    QCOMPARE(model.rowCount(), 2); // Bob parked, Carol's phone being connected: two things
    apply(bridged);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(pbx.callIds().size(), 2);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(CallRoles::CallerNumber).toString(), QStringLiteral("1002"));
    QCOMPARE(row.data(CallRoles::CalleeNumber).toString(), QStringLiteral("1003"));
    for (qsizetype i = bridged + 1; i < messages.size(); ++i)
        apply(i);
    QCOMPARE(model.rowCount(), 0);
}

void TestCallModel::activityRole()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    CallModel model(nullptr, &clock);
    model.addServer(&pbx);
    Transcript::applyList(pbx, QStringLiteral("02-VoicemailUsersList"), "02-VoicemailUsersList-2",
        int(PbxState::Category::Mailboxes));
    QVERIFY(Transcript::replay(
        pbx, QStringLiteral("12-cdr-noanswer-voicemail"), QStringLiteral("CoreShowChannelsComplete#2")));
    QCOMPARE(model.rowCount(), 1);
    const auto a = model.index(0, 0).data(CallRoles::Activity).value<Pbx::CallActivity>();
    QCOMPARE(a.kind, Pbx::CallActivity::Kind::Voicemail);
    QCOMPARE(a.number, QStringLiteral("1004"));
    QCOMPARE(a.name, QStringLiteral("Dave Example"));
    QCOMPARE(model.index(0, 0).data(CallRoles::CallerName).toString(), QStringLiteral("Alice Example"));
}

void TestCallModel::rowFollowsParkingAlone()
{
    // A resync lists the channels first and the parked calls after them: a
    // ParkedCall that arrives on its own must refresh the call's row.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    CallModel model(nullptr, &clock);
    model.addServer(&pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-park-and-retrieve"));
    const qsizetype parked = Transcript::find(messages, QStringLiteral("ParkedCall#1"));
    QVERIFY(parked > 0);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-park-and-retrieve"), QStringLiteral("BridgeLeave#1")));
    QCOMPARE(Transcript::find(messages, QStringLiteral("BridgeLeave#1")), parked - 1);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(model.rowCount(), 1);
    const auto before = model.index(0, 0).data(CallRoles::Activity).value<Pbx::CallActivity>();
    QVERIFY(before.kind != Pbx::CallActivity::Kind::Parked);
    pbx.apply(messages[parked]);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    const auto after = model.index(0, 0).data(CallRoles::Activity).value<Pbx::CallActivity>();
    QCOMPARE(after.kind, Pbx::CallActivity::Kind::Parked);
    QCOMPARE(after.place, QStringLiteral("701"));
}

// Without its Hold event (connected after it, or resynced), a call is on hold
// because the held phone's device says ONHOLD: that DeviceStateChange alone
// changes the call's row (CallModel finds the calls of a device without
// walking the list).
void TestCallModel::rowFollowsTheDeviceStateAlone()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    CallModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("04-atxfer-attended-transfer"));
    const qsizetype onHold
        = Transcript::find(messages, QStringLiteral("DeviceStateChange[Device=PJSIP/1002,State=ONHOLD]#1"));
    QVERIFY(onHold > 0);
    for (qsizetype i = 0; i < onHold; ++i) {
        if (messages[i].eventName() != "Hold")
            pbx.apply(messages[i]);
    }
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(0, 0).data(CallRoles::OnHold).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    pbx.apply(messages[onHold]);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QVERIFY(model.index(0, 0).data(CallRoles::OnHold).toBool());
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestCallModel)
#include "TestCallModel.moc"
