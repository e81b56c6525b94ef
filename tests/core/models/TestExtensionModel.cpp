// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "Transcript.h"

#include "core/ami/AmiMessage.h"
#include "core/conference/ConferenceStore.h"
#include "core/models/ExtensionModel.h"
#include "core/models/ModelRoles.h"
#include "core/pbx/PbxState.h"
#include "core/recording/RecordingStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

AmiMessage extensionStatus(const QString& exten, int code)
{
    AmiMessage m;
    m.append("Event", QByteArrayView("ExtensionStatus"));
    m.append("Exten", exten);
    m.append("Context", QStringLiteral("phones"));
    m.append("Hint", QStringLiteral("PJSIP/") + exten);
    m.append("Status", QString::number(code));
    m.append("StatusText", QStringLiteral("x"));
    return m;
}

} // namespace

class TestExtensionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowServers();
    void roles_data();
    void roles();
    void floodGivesOneDataChangedPerFrame();
    void rangesAreContiguous();
    void changedRolesAreNamed();
    void sameValuesAreNotAnnounced();
    void dirtyRowsFollowRemovals();
    void extensionRemovedBySync();
    void presenceHintGivesTheDevice();
    void featureHintsAreNoTiles();
    void namesComeFromConfiguration();
    void staleServerMarksOnlyItsRows();
    void recordingAndConferenceOnTiles();
};

void TestExtensionModel::rowsFollowServers()
{
    MockClock clock;
    PbxState a(QStringLiteral("a"));
    PbxState b(QStringLiteral("b"));
    Transcript::seed(a);
    Transcript::seed(b);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 29 hints, of which 9000 (Custom:operator-dnd) and 9001 (Custom:nightmode)
    // are feature switches, not people: no tiles for them.
    QCOMPARE(a.extensions().size(), 29);
    const int perServer = 27;

    model.addServer(&a);
    QCOMPARE(model.rowCount(), perServer);
    model.addServer(&b);
    QCOMPARE(model.rowCount(), 2 * perServer);
    const QModelIndex idx = model.indexOf(&b, QStringLiteral("1001@phones"));
    QVERIFY(idx.isValid());
    QCOMPARE(idx.data(ExtensionRoles::ServerId).toString(), QStringLiteral("b"));
    QCOMPARE(idx.data(ExtensionRoles::Key).toString(), QStringLiteral("b/1001@phones"));

    // A new hint on server a appears at once (structural, not coalesced).
    a.apply(extensionStatus(QStringLiteral("2001"), 0));
    QCOMPARE(model.rowCount(), 2 * perServer + 1);
    QCOMPARE(model.stateAt(model.indexOf(&a, QStringLiteral("2001@phones")).row()), &a);

    model.removeServer(&a);
    QCOMPARE(model.rowCount(), perServer);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.stateAt(row), &b);
    QVERIFY(!model.indexOf(&a, QStringLiteral("1001@phones")).isValid());
}

void TestExtensionModel::roles_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    const QString originate = QStringLiteral("03-call-originate-1000-to-1002");
    const QString talk = QStringLiteral("BridgeEnter#2");
    QTest::newRow("talking: state in use") << originate << talk << "1000@phones" << int(ExtensionRoles::State)
                                           << QVariant(int(Pbx::ExtensionState::InUse));
    QTest::newRow("talking: peer number")
        << originate << talk << "1000@phones" << int(ExtensionRoles::PeerNumber)
        << QVariant(QStringLiteral("1002"));
    QTest::newRow("talking: peer name") << originate << talk << "1000@phones" << int(ExtensionRoles::PeerName)
                                        << QVariant(QStringLiteral("Bob"));
    QTest::newRow("talking: call start = second BridgeEnter's Timestamp")
        << originate << talk << "1000@phones" << int(ExtensionRoles::CallStartMs)
        << QVariant(qint64(1795737750609));
    QTest::newRow("talking: one call")
        << originate << talk << "1000@phones" << int(ExtensionRoles::ActiveCalls) << QVariant(1);
    // Issue 12 item 3: an internal extension's name comes from configuration
    // only; no mailbox is seeded here, so the caller ID "Bob" must not stick.
    QTest::newRow("no name learned from the phone's caller ID")
        << originate << talk << "1002@phones" << int(ExtensionRoles::Name) << QVariant(QString());
    QTest::newRow("hung up: no call start")
        << originate << ""
        << "1000@phones" << int(ExtensionRoles::CallStartMs) << QVariant(qint64(0));
    QTest::newRow("ringing flag while Dave's phone rings")
        << "03-call-ringing-then-answer-1000-to-1004"
        << "ExtensionStatus[Exten=1004,Status=8]#1"
        << "1004@phones" << int(ExtensionRoles::Ringing) << QVariant(true);
    QTest::newRow("held call counted on the held side")
        << "04-atxfer-attended-transfer"
        << "Hold#1"
        << "1002@phones" << int(ExtensionRoles::HeldCalls) << QVariant(1);
    QTest::newRow("MWI: new messages") << "04-voicemail-no-answer-mwi"
                                       << "MessageWaiting#1"
                                       << "1004@phones" << int(ExtensionRoles::MailboxNew) << QVariant(1);
    QTest::newRow("after restart: endpoint reachable again")
        << "07-after-restart-reconnect"
        << ""
        << "1001@phones" << int(ExtensionRoles::Reachable) << QVariant(true);
    QTest::newRow("unregistered phone: not reachable")
        << "07-after-restart-reconnect"
        << ""
        << "1006@phones" << int(ExtensionRoles::Reachable) << QVariant(false);
    QTest::newRow("parking space in its own group")
        << "04-park-and-retrieve"
        << "ParkedCall#1"
        << "701@parkedcalls" << int(ExtensionRoles::Group) << QVariant(QStringLiteral("parkedcalls"));
}

void TestExtensionModel::roles()
{
    QFETCH(QString, transcript);
    QFETCH(QString, stop);
    QFETCH(QString, extension);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx); // empty: every row arrives through the signals
    QVERIFY(Transcript::replay(pbx, transcript, stop));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    const QModelIndex idx = model.indexOf(&pbx, extension);
    QVERIFY(idx.isValid());
    QCOMPARE(idx.data(role), expected);
}

void TestExtensionModel::floodGivesOneDataChangedPerFrame()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy stateChanged(&pbx, &PbxState::extensionChanged);

    for (int i = 0; i < 2000; ++i)
        pbx.apply(extensionStatus(QStringLiteral("1001"), i % 2 ? 1 : 0));
    QCOMPARE(stateChanged.count(), 2000);
    QCOMPARE(changed.count(), 0); // nothing before the frame ends
    clock.advance(CoalescedListModel::FlushIntervalMs - 1);
    QCOMPARE(changed.count(), 0);
    clock.advance(1);
    QCOMPARE(changed.count(), 1);
    const QModelIndex row = model.indexOf(&pbx, QStringLiteral("1001@phones"));
    QCOMPARE(changed.first().at(0).toModelIndex(), row);
    QCOMPARE(changed.first().at(1).toModelIndex(), row);
    QCOMPARE(row.data(ExtensionRoles::StatusCode).toInt(), 1);

    // Quiet frames emit nothing; the next burst gives the next single signal.
    clock.advance(10 * CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 1);
    for (int i = 0; i < 500; ++i)
        pbx.apply(extensionStatus(QStringLiteral("1001"), i % 2 ? 0 : 1));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 2);
}

void TestExtensionModel::rangesAreContiguous()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    for (int i = 0; i < 10; ++i)
        pbx.apply(extensionStatus(QString::number(3000 + i), 0));
    QCOMPARE(model.rowCount(), 10);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Rows 2, 3, 4 and 7 change (twice each): two ranges, 2–4 and 7.
    for (int round = 0; round < 2; ++round) {
        for (int n : {3002, 3003, 3004, 3007})
            pbx.apply(extensionStatus(QString::number(n), round + 1));
    }
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 7);
}

void TestExtensionModel::changedRolesAreNamed()
{
    // Issue 13 item 6: a state change says it is one, so the board repaints
    // the tile instead of moving tiles around.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QModelIndex row = model.indexOf(&pbx, QStringLiteral("1001@phones"));
    const int before = row.data(ExtensionRoles::StatusCode).toInt();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    pbx.apply(extensionStatus(QStringLiteral("1001"), before == 1 ? 0 : 1));
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), row);
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ExtensionRoles::StatusCode));
    QVERIFY(roles.contains(ExtensionRoles::State));
    for (int still : {int(ExtensionRoles::Name), int(ExtensionRoles::Number), int(ExtensionRoles::Group),
             int(ExtensionRoles::Key), int(Qt::DisplayRole)})
        QVERIFY2(!roles.contains(still), qPrintable(QString::number(still)));
}

void TestExtensionModel::sameValuesAreNotAnnounced()
{
    // A frame whose events end where they started (or re-send what is known) says nothing.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QModelIndex row = model.indexOf(&pbx, QStringLiteral("1001@phones"));
    const int before = row.data(ExtensionRoles::StatusCode).toInt();
    pbx.apply(extensionStatus(QStringLiteral("1001"), before)); // the helper's StatusText
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy stateChanged(&pbx, &PbxState::extensionChanged);
    pbx.apply(extensionStatus(QStringLiteral("1001"), before == 1 ? 0 : 1));
    pbx.apply(extensionStatus(QStringLiteral("1001"), before));
    QCOMPARE(stateChanged.count(), 2);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!model.hasPendingChanges());
}

void TestExtensionModel::dirtyRowsFollowRemovals()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    for (int i = 0; i < 5; ++i)
        pbx.apply(extensionStatus(QString::number(4000 + i), 0));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    pbx.apply(extensionStatus(QStringLiteral("4003"), 1)); // row 3 dirty
    pbx.beginSync(); // a resync drops 4000 and 4001: 4003 moves to row 1
    for (int n : {4002, 4003, 4004})
        pbx.apply(extensionStatus(QString::number(n), n == 4003 ? 1 : 0));
    pbx.endSync(PbxState::Category::Extensions);
    QCOMPARE(model.rowCount(), 3);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QCOMPARE(changed.count(), 1);
    const QModelIndex idx = changed.first().at(0).toModelIndex();
    QCOMPARE(idx.data(ExtensionRoles::Number).toString(), QStringLiteral("4003"));
    QCOMPARE(idx.row(), 1);
}

void TestExtensionModel::extensionRemovedBySync()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    pbx.beginSync();
    pbx.apply(extensionStatus(QStringLiteral("1001"), 0));
    pbx.endSync(PbxState::Category::Extensions);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(model.index(0, 0).data(ExtensionRoles::Number).toString(), QStringLiteral("1001"));
}

void TestExtensionModel::presenceHintGivesTheDevice()
{
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QModelIndex idx = model.indexOf(&pbx, QStringLiteral("1004@phones"));
    QVERIFY(idx.isValid());
    QCOMPARE(idx.data(ExtensionRoles::Hint).toString(), QStringLiteral("PJSIP/1004,CustomPresence:1004"));
    QCOMPARE(idx.data(ExtensionRoles::Device).toString(), QStringLiteral("PJSIP/1004"));
    QCOMPARE(model.indexOf(&pbx, QStringLiteral("701@parkedcalls")).data(ExtensionRoles::Device).toString(),
        QString());
}

void TestExtensionModel::featureHintsAreNoTiles()
{
    // Issue 12 item 6: phone 1002 dials *76; its own tile turns DND, and
    // "*761002" is no tile of its own.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&pbx);
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("11-astdb-forward-dnd"));
    const qsizetype at = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=1002,Status=0]#1"));
    QVERIFY(at >= 0);
    for (qsizetype i = 0; i <= at; ++i)
        pbx.apply(events[i]);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data(ExtensionRoles::Number).toString().startsWith(u'*'));
    QCOMPARE(model.indexOf(&pbx, QStringLiteral("1002@phones")).data(ExtensionRoles::State).toInt(),
        int(Pbx::ExtensionState::DoNotDisturb));

    // A hint that turns out to be a feature leaves the board; one that turns
    // out to be a phone joins it.
    const int rows = model.rowCount();
    AmiMessage m;
    m.append("Event", QByteArrayView("ExtensionStatus"));
    m.append("Exten", QByteArrayView("1005"));
    m.append("Context", QByteArrayView("phones"));
    m.append("Hint", QByteArrayView("Custom:lunchbreak"));
    m.append("Status", QByteArrayView("0"));
    pbx.apply(m);
    QCOMPARE(model.rowCount(), rows - 1);
}

void TestExtensionModel::namesComeFromConfiguration()
{
    // Issue 12 item 3: tiles start with the voicemail full name and keep it
    // through a call; the far party, when internal, is named the same way.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    ExtensionModel model(nullptr, &clock);
    model.addServer(&pbx);
    const QModelIndex alice = model.indexOf(&pbx, QStringLiteral("1001@phones"));
    const QModelIndex dave = model.indexOf(&pbx, QStringLiteral("1004@phones"));
    QCOMPARE(alice.data(ExtensionRoles::Name).toString(), QStringLiteral("Alice Example"));
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("12-cdr-noanswer-voicemail"));
    bool sawPeer = false;
    for (const AmiMessage& m : events) {
        pbx.apply(m);
        clock.advance(CoalescedListModel::FlushIntervalMs);
        QCOMPARE(alice.data(ExtensionRoles::Name).toString(), QStringLiteral("Alice Example"));
        QCOMPARE(dave.data(ExtensionRoles::Name).toString(), QStringLiteral("Dave Example"));
        if (dave.data(ExtensionRoles::PeerNumber).toString() == QLatin1String("1001")) {
            QCOMPARE(dave.data(ExtensionRoles::PeerName).toString(), QStringLiteral("Alice Example"));
            sawPeer = true;
        }
    }
    QVERIFY(sawPeer);
}

void TestExtensionModel::staleServerMarksOnlyItsRows()
{
    // Item 7: server a loses its link while 1001 talks; its tiles must say
    // so (StaleSinceMs), server b's stay live.
    MockClock clock;
    PbxState a(QStringLiteral("a"));
    PbxState b(QStringLiteral("b"));
    QVERIFY(Transcript::replay(
        a, QStringLiteral("03-call-phone-dials-1001-to-1003"), QStringLiteral("BridgeEnter#2")));
    Transcript::seed(b);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addServer(&a);
    model.addServer(&b);
    const QModelIndex talking = model.indexOf(&a, QStringLiteral("1001@phones"));
    QVERIFY(talking.data(ExtensionRoles::CallStartMs).toLongLong() > 0);
    QCOMPARE(talking.data(ExtensionRoles::StaleSinceMs).toLongLong(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const qint64 lostAt = clock.currentMSecsSinceEpoch();
    a.setStaleSince(lostAt);
    clock.advance(CoalescedListModel::FlushIntervalMs);
    QVERIFY(!changed.isEmpty());
    int first = model.rowCount();
    int last = -1;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        first = std::min(first, args.at(0).toModelIndex().row());
        last = std::max(last, args.at(1).toModelIndex().row());
    }
    for (int row = first; row <= last; ++row)
        QCOMPARE(model.stateAt(row), &a);
    QCOMPARE(talking.data(ExtensionRoles::StaleSinceMs).toLongLong(), lostAt);
    QCOMPARE(
        model.indexOf(&b, QStringLiteral("1001@phones")).data(ExtensionRoles::StaleSinceMs).toLongLong(), 0);
    QCOMPARE(model.roleNames().value(ExtensionRoles::StaleSinceMs), QByteArray("staleSinceMs"));

    a.setStaleSince(0);
    QCOMPARE(talking.data(ExtensionRoles::StaleSinceMs).toLongLong(), 0);
}

void TestExtensionModel::recordingAndConferenceOnTiles()
{
    // 09-mixmonitor-actions: Alice (1001) calls Bob (1002); her channel is recorded,
    // paused, resumed. Both tiles say so, Bob's too: the recording is on his call.
    MockClock clock;
    PbxState pbx(QStringLiteral("lab"));
    RecordingStore recordings(nullptr, &clock);
    ConferenceStore conferences(nullptr, &clock);
    ExtensionModel model(nullptr, &clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Transcript::seedPresenceHints(pbx);
    model.addServer(&pbx);
    model.setCallExtras(&pbx, &recordings, &conferences);
    const auto role = [&](const QString& exten, int r) {
        return model.indexOf(&pbx, exten + QStringLiteral("@phones")).data(r);
    };
    const auto playUntil = [&](const QString& name, const QString& spec) {
        const QList<AmiMessage> events = Transcript::liveEvents(name);
        const qsizetype stop = spec.isEmpty() ? events.size() - 1 : Transcript::find(events, spec);
        for (qsizetype i = 0; i <= stop; ++i) {
            pbx.apply(events.at(i));
            recordings.apply(events.at(i));
            conferences.apply(events.at(i));
        }
        clock.advance(CoalescedListModel::FlushIntervalMs);
        return stop >= 0;
    };
    const QString name = QStringLiteral("09-mixmonitor-actions");
    QVERIFY(playUntil(name, QStringLiteral("MixMonitorStart#1")));
    QCOMPARE(role(QStringLiteral("1001"), ExtensionRoles::Recording).toInt(), 1);
    QCOMPARE(role(QStringLiteral("1002"), ExtensionRoles::Recording).toInt(), 1);
    QCOMPARE(role(QStringLiteral("1001"), ExtensionRoles::RecordingSinceMs).toLongLong(), 1796532129709LL);
    QCOMPARE(role(QStringLiteral("1003"), ExtensionRoles::Recording).toInt(), 0);

    recordings.clear();
    pbx.clear();
    Transcript::seedPresenceHints(pbx);
    QVERIFY(playUntil(name, QStringLiteral("MixMonitorMute#1")));
    QCOMPARE(role(QStringLiteral("1001"), ExtensionRoles::Recording).toInt(), 2); // paused

    // 08-confbridge-join-talk-leave: the operator's phone joins room 8500.
    pbx.clear();
    Transcript::seedPresenceHints(pbx);
    QVERIFY(playUntil(QStringLiteral("08-confbridge-join-talk-leave"), QStringLiteral("ConfbridgeJoin#1")));
    QCOMPARE(role(QStringLiteral("1000"), ExtensionRoles::InConference).toString(), QStringLiteral("8500"));
    QCOMPARE(role(QStringLiteral("1001"), ExtensionRoles::InConference).toString(), QString());
}

QTEST_GUILESS_MAIN(TestExtensionModel)
#include "TestExtensionModel.moc"
