// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/ami/AmiClient.h"
#include "core/conference/ConferenceStore.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxSync.h"
#include "core/store/PbxSyncListStep.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

// The recorded reply to a list action (response, items, Complete event)
// from tests/data, with the ActionID of the request put in.
QByteArray recordedReply(const QString& transcript, const QByteArray& actionId, QString recordedId = {})
{
    QFile f(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + transcript + QStringLiteral(".recv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(transcript));
    const QByteArray raw = f.readAll();
    // In the 02-* recordings, "-2" is the action (1 = Login, 3 = Logoff).
    static const QRegularExpression idRe(QStringLiteral("ActionID: ([^\\r\\n]*-2)\\r\\n"));
    if (recordedId.isEmpty())
        recordedId = idRe.match(QString::fromLatin1(raw)).captured(1);
    QByteArray out;
    qsizetype pos = raw.indexOf("\r\n") + 2; // skip the banner
    while (pos < raw.size()) {
        const qsizetype end = raw.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        QByteArray block = raw.mid(pos, end - pos + 4);
        pos = end + 4;
        const QByteArray idLine = "ActionID: " + recordedId.toLatin1() + "\r\n";
        if (block.contains(idLine))
            out += block.replace(idLine, QByteArray("ActionID: " + actionId + "\r\n"));
    }
    return out;
}

// A tiny AMI peer following a script: answers login like Asterisk 22,
// list actions with the recorded "during calls" lists, can refuse actions
// (Permission denied, as for the read-only user), hold replies back and
// push live events whenever the test says.
class ScriptedAmi final : public QObject
{
    Q_OBJECT
public:
    ScriptedAmi()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            m_socket->write("Asterisk Call Manager/11.0.0\r\n");
            connect(m_socket, &QTcpSocket::readyRead, this, &ScriptedAmi::handleRead);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QSet<QByteArray> denied; // answered "Permission denied"
    QSet<QByteArray> held; // replies kept until release()
    QHash<QByteArray, QString> lists {
        {"ExtensionStateList", QStringLiteral("02-ExtensionStateList-during-calls")},
        {"DeviceStateList", QStringLiteral("02-DeviceStateList-during-calls")},
        {"CoreShowChannels", QStringLiteral("02-CoreShowChannels-during-calls")},
        {"ParkedCalls", QStringLiteral("02-ParkedCalls")},
        {"QueueStatus", QStringLiteral("02-QueueStatus-during-calls")},
        {"VoicemailUsersList", QStringLiteral("02-VoicemailUsersList")},
        {"PresenceStateList", QStringLiteral("02-PresenceStateList")},
        // PbxServer's ConferenceSyncStep: Asterisk 22 with no room in use.
        {"ConfbridgeListRooms", QStringLiteral("08-confbridge-errors")},
    };
    QHash<QByteArray, QString> recordedIds; // when the list's recorded ActionID is not the "-2" one
    QList<QByteArray> actions; // names, in arrival order

    void send(const QByteArray& raw)
    {
        if (m_socket)
            m_socket->write(raw);
    }
    void release(const QByteArray& action) { send(m_heldReplies.take(action)); }
    void drop()
    {
        if (m_socket)
            m_socket->disconnectFromHost();
    }

Q_SIGNALS:
    void actionReceived(const QByteArray& action);

private:
    void handleRead()
    {
        m_buffer += m_socket->readAll();
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            QHash<QByteArray, QByteArray> h;
            for (const QByteArray& line : block.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    h.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            handleAction(h.value("action"), h.value("actionid"), h.value("mailbox"));
        }
    }

    void handleAction(const QByteArray& action, const QByteArray& id, const QByteArray& mailbox)
    {
        actions.append(action);
        QByteArray reply;
        const QByteArray idLine = "ActionID: " + id + "\r\n";
        if (action.compare("Challenge", Qt::CaseInsensitive) == 0) {
            reply = "Response: Success\r\n" + idLine + "Challenge: 840415273\r\n\r\n";
        } else if (action.compare("Login", Qt::CaseInsensitive) == 0) {
            reply = "Response: Success\r\n" + idLine
                + "Message: Authentication accepted\r\n\r\n"
                  "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 630\r\nLastReload: 630\r\n"
                  "Status: Fully Booted\r\n\r\n";
        } else if (action.compare("Ping", Qt::CaseInsensitive) == 0) {
            reply = "Response: Success\r\n" + idLine + "Ping: Pong\r\nTimestamp: 1795737928.352301\r\n\r\n";
        } else if (action.compare("Logoff", Qt::CaseInsensitive) == 0) {
            reply = "Response: Goodbye\r\n" + idLine + "Message: Thanks for all the fish.\r\n\r\n";
        } else if (denied.contains(action)) {
            reply = "Response: Error\r\n" + idLine + "Message: Permission denied\r\n\r\n";
        } else if (action.compare("MailboxCount", Qt::CaseInsensitive) == 0) {
            // As 02-MailboxCount, for the mailbox asked about.
            reply = "Response: Success\r\n" + idLine + "Message: Mailbox Message Count\r\nMailbox: " + mailbox
                + "\r\nUrgMessages: 0\r\nNewMessages: 1\r\nOldMessages: 0\r\n\r\n";
        } else if (lists.contains(action)) {
            reply = recordedReply(lists.value(action), id, recordedIds.value(action));
        } else {
            reply = "Response: Error\r\n" + idLine + "Message: Invalid/unknown command: " + action
                + ". Use Action: ListCommands to show available commands.\r\n\r\n";
        }
        if (held.contains(action))
            m_heldReplies[action] += reply;
        else
            send(reply);
        Q_EMIT actionReceived(action);
    }

    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_buffer;
    QHash<QByteArray, QByteArray> m_heldReplies;
};

PbxServerConfig configFor(const ScriptedAmi& ami)
{
    PbxServerConfig config;
    config.id = QStringLiteral("lab");
    config.displayName = QStringLiteral("Lab");
    config.connection.host = QStringLiteral("127.0.0.1");
    config.connection.port = ami.port();
    config.connection.username = QStringLiteral("panel");
    config.connection.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    return config;
}

const QByteArray liveHangup = "Event: Hangup\r\nPrivilege: call,all\r\nTimestamp: 1795738495.100000\r\n"
                              "Channel: PJSIP/1000-00000000\r\nChannelState: 6\r\nCallerIDNum: 1000\r\n"
                              "CallerIDName: Operator\r\nConnectedLineNum: 1002\r\nConnectedLineName: Bob\r\n"
                              "Context: sub-phone\r\nExten: s\r\nUniqueid: 1795738490.0\r\n"
                              "Linkedid: 1795738490.0\r\nCause: 16\r\n\r\n";
const QByteArray liveNewchannel
    = "Event: Newchannel\r\nPrivilege: call,all\r\nTimestamp: 1795738495.200000\r\n"
      "Channel: PJSIP/1004-000000aa\r\nChannelState: 0\r\nCallerIDNum: 1004\r\n"
      "CallerIDName: Dave\r\nConnectedLineNum: <unknown>\r\n"
      "ConnectedLineName: <unknown>\r\nContext: phones\r\nExten: s\r\n"
      "Uniqueid: 1795738495.99\r\nLinkedid: 1795738495.99\r\n\r\n";

} // namespace

class TestPbxSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAppliedBeforeReady();
    void liveEventsDuringSyncAreBuffered();
    void staleEntitiesDropped();
    void permissionDeniedLists_data();
    void permissionDeniedLists();
    void addedStepRunsInEveryResync();
    void refusedAddedStepSettlesUnread();
    void conferencesBelongToTheResync();
};

void TestPbxSync::listsAppliedBeforeReady()
{
    ScriptedAmi ami;
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    QSignalSpy finished(server.sync(), &PbxSync::finished);
    QSignalSpy states(server.status(), &PbxServerStatus::stateChanged);
    server.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(server.sync()->isComplete());
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Ready);

    const PbxState* s = server.state();
    QCOMPARE(s->extensions().size(), 29);
    QCOMPARE(s->channels().size(), 6); // as 02-CoreShowChannels-during-calls lists them
    QCOMPARE(s->mailboxes().value(QStringLiteral("1001@default")).newCount, 3);
    QCOMPARE(s->queue(QStringLiteral("support"))->members.size(), 2);
    // 1000 talks to 1002 in the listed bridge.
    QCOMPARE(s->activity(QStringLiteral("1000@phones")).peerNumber, QStringLiteral("1002"));
    QVERIFY(server.sync()->lastFailedActions().isEmpty());
    // The presence notes are listed too (ExtensionStateList has none).
    QVERIFY(ami.actions.contains("PresenceStateList"));
    // Ready came only after the lists: Synchronising was seen before it.
    QList<PbxServerStatus::State> seen;
    for (const QList<QVariant>& args : std::as_const(states))
        seen.append(args.first().value<PbxServerStatus::State>());
    QVERIFY(seen.indexOf(PbxServerStatus::State::Synchronising) >= 0);
    QVERIFY(
        seen.indexOf(PbxServerStatus::State::Synchronising) < seen.indexOf(PbxServerStatus::State::Ready));
}

void TestPbxSync::liveEventsDuringSyncAreBuffered()
{
    ScriptedAmi ami;
    ami.held.insert("CoreShowChannels");
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    QSignalSpy finished(server.sync(), &PbxSync::finished);
    QSignalSpy actions(&ami, &ScriptedAmi::actionReceived);
    server.start();
    QTRY_VERIFY(ami.actions.contains("CoreShowChannels"));

    // While the channel list is outstanding: a listed call hangs up and a
    // new one starts. Neither may reach the state before the list.
    const qsizetype before = server.sync()->bufferedEvents(); // the FullyBooted after Login
    ami.send(liveHangup + liveNewchannel);
    QTRY_COMPARE(server.sync()->bufferedEvents(), before + 2);
    QVERIFY(!server.state()->channel(QStringLiteral("1795738495.99")));
    QVERIFY(server.client()->isLoggedIn());
    QVERIFY(!server.sync()->isComplete());
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Synchronising);

    ami.release("CoreShowChannels");
    QVERIFY(finished.wait(10000));
    const PbxState* s = server.state();
    QVERIFY(!s->channel(QStringLiteral("1795738490.0"))); // listed, then hung up
    QVERIFY(s->channel(QStringLiteral("1795738495.99"))); // started during the sync
    QCOMPARE(s->channels().size(), 6); // 6 listed, one of them gone, one new
    QCOMPARE(server.sync()->bufferedEvents(), 0);
    QVERIFY(server.sync()->isComplete());
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Ready);
}

void TestPbxSync::staleEntitiesDropped()
{
    // The state still holds an attended transfer and a parked call from
    // before the disconnect; after the sync it equals a fresh start.
    ScriptedAmi ami;
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    QVERIFY(Transcript::replay(*server.state(), QStringLiteral("04-atxfer-attended-transfer"),
        QStringLiteral("BridgeEnter[Channel=Local/1003@phones-0000000c;2]#1")));
    const QList<AmiMessage> park = Transcript::load(QStringLiteral("04-park-timeout"));
    for (qsizetype i = 0; i <= Transcript::find(park, QStringLiteral("ParkedCall#1")); ++i)
        server.state()->apply(park[i]);
    QCOMPARE(server.state()->parkedCalls().size(), 1);

    QSignalSpy finished(server.sync(), &PbxSync::finished);
    server.start();
    QVERIFY(finished.wait(10000));

    ScriptedAmi freshAmi;
    PbxServer fresh(configFor(freshAmi));
    fresh.setSecret(QStringLiteral("panelpass"));
    QSignalSpy freshFinished(fresh.sync(), &PbxSync::finished);
    fresh.start();
    QVERIFY(freshFinished.wait(10000));

    QVERIFY(server.state()->parkedCalls().isEmpty());
    QVERIFY(!server.state()->channel(QStringLiteral("1795737818.43")));
    QCOMPARE(server.state()->dumpCanonical(), fresh.state()->dumpCanonical());
}

void TestPbxSync::permissionDeniedLists_data()
{
    QTest::addColumn<QStringList>("denied");
    QTest::addColumn<int>("extensions");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("mailboxes");

    // The recorded read-only user: ExtensionStateList and CoreShowChannels
    // refused, QueueStatus allowed.
    QTest::newRow("read-only user: hints kept, unconfirmable calls dropped") << QStringList {
        QStringLiteral("ExtensionStateList"), QStringLiteral("CoreShowChannels"),
        QStringLiteral("DeviceStateList")} << 29 << 0 << 7;
    QTest::newRow("no VoicemailUsersList: MailboxCount per known mailbox")
        << QStringList {QStringLiteral("VoicemailUsersList")} << 29 << 6 << 7;
}

void TestPbxSync::permissionDeniedLists()
{
    QFETCH(QStringList, denied);
    QFETCH(int, extensions);
    QFETCH(int, channels);
    QFETCH(int, mailboxes);

    ScriptedAmi ami;
    for (const QString& action : std::as_const(denied))
        ami.denied.insert(action.toLatin1());
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    // What the state knew from before: hints, a call, the mailboxes.
    QVERIFY(Transcript::replay(*server.state(), QStringLiteral("07-after-restart-reconnect")));
    QVERIFY(Transcript::replay(
        *server.state(), QStringLiteral("03-call-originate-1000-to-1002"), QStringLiteral("BridgeEnter#2")));
    QSignalSpy finished(server.sync(), &PbxSync::finished);
    server.start();
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(server.status()->state(), PbxServerStatus::State::Ready);

    QStringList failed = server.sync()->lastFailedActions();
    failed.sort();
    QStringList expectedFailed = denied;
    expectedFailed.sort();
    QCOMPARE(failed, expectedFailed);
    QCOMPARE(server.state()->extensions().size(), extensions);
    QCOMPARE(server.state()->channels().size(), channels);
    QVERIFY(!server.state()->channel(QStringLiteral("1795737750.26"))); // the old call never survives
    QCOMPARE(server.state()->mailboxes().size(), mailboxes);
    if (denied.contains(QStringLiteral("VoicemailUsersList"))) {
        QVERIFY(ami.actions.contains("MailboxCount"));
        QVERIFY(server.sync()->lastRefreshed().testFlag(PbxState::Category::Mailboxes));
    }
}

// What a store's own step saw: its items, and how it settled.
struct StepLog
{
    int items = 0;
    QList<bool> settled; // read or not, one entry per resync
    bool finishedBeforeSettle = false;
};

void TestPbxSync::addedStepRunsInEveryResync()
{
    ScriptedAmi ami;
    ami.held.insert("DeviceStateList");
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    auto log = std::make_shared<StepLog>();
    QSignalSpy finished(server.sync(), &PbxSync::finished);
    // A store of its own (say presence) reads the device states too.
    server.sync()->addStep(std::make_unique<PbxSyncListStep>(
        "DeviceStateList", [log](const AmiMessage& item) { log->items += item.isEvent() ? 1 : 0; },
        [log, &finished](bool read) {
            log->settled.append(read);
            log->finishedBeforeSettle = !finished.isEmpty();
        }));
    server.start();
    QTRY_COMPARE(ami.actions.count("DeviceStateList"), 2); // PbxState's and the store's

    // The state is not complete while the store's list is out.
    QVERIFY(!server.sync()->isComplete());
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Synchronising);
    ami.release("DeviceStateList");
    QVERIFY(finished.wait(10000));
    const int listed = int(server.state()->devices().size());
    QVERIFY(listed > 0);
    QCOMPARE(log->items, listed);
    QCOMPARE(log->settled, QList<bool> {true});
    QVERIFY(!log->finishedBeforeSettle);
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Ready);

    // A resync (astmanproxy's upstream came back) runs it again.
    ami.held.clear();
    server.sync()->synchronise();
    QVERIFY(finished.wait(10000));
    QCOMPARE(log->items, 2 * listed);
    QCOMPARE(log->settled, (QList<bool> {true, true}));
}

void TestPbxSync::refusedAddedStepSettlesUnread()
{
    ScriptedAmi ami;
    ami.denied.insert("ConfbridgeListRooms");
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    auto log = std::make_shared<StepLog>();
    server.sync()->addStep(std::make_unique<PbxSyncListStep>(
        "ConfbridgeListRooms", [log](const AmiMessage&) { ++log->items; },
        [log](bool read) { log->settled.append(read); }));
    QSignalSpy finished(server.sync(), &PbxSync::finished);
    server.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(log->items, 0);
    QCOMPARE(log->settled, QList<bool> {false});
    // Said like the state's own lists: the account's rights are missing.
    QVERIFY(server.sync()->lastRefusedActions().contains(QStringLiteral("ConfbridgeListRooms")));
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Ready);
}

void TestPbxSync::conferencesBelongToTheResync()
{
    // PbxServer's ConferenceSyncStep, with the rooms as recorded after ConfbridgeLock.
    ScriptedAmi ami;
    const QString recording = QStringLiteral("08-confbridge-admin-actions");
    ami.lists.insert("ConfbridgeListRooms", recording);
    ami.recordedIds.insert("ConfbridgeListRooms", QStringLiteral("08-confbridge-admin-acti-11"));
    ami.lists.insert("ConfbridgeList", recording);
    ami.recordedIds.insert("ConfbridgeList", QStringLiteral("08-confbridge-admin-acti-6"));
    ami.held = {"ConfbridgeListRooms", "ConfbridgeList"};
    PbxServer server(configFor(ami));
    server.setSecret(QStringLiteral("panelpass"));
    QSignalSpy finished(server.sync(), &PbxSync::finished);
    server.start();
    QTRY_VERIFY(ami.actions.contains("ConfbridgeListRooms"));
    QVERIFY(!server.sync()->isComplete());

    // The rooms are in; their members are not: still not complete. The state's lists were
    // answered before the rooms (one connection, answers in order).
    ami.release("ConfbridgeListRooms");
    QTRY_VERIFY(ami.actions.contains("ConfbridgeList"));
    QCOMPARE(server.state()->extensions().size(), 29);
    const ConferenceRoom* room = server.conferences()->room(QStringLiteral("8500"));
    QVERIFY(room && room->locked);
    QVERIFY(room->members.isEmpty());
    QVERIFY(finished.isEmpty());
    QVERIFY(!server.sync()->isComplete());
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Synchronising);

    ami.release("ConfbridgeList");
    QVERIFY(finished.wait(10000));
    QVERIFY(server.sync()->isComplete());
    QCOMPARE(server.status()->state(), PbxServerStatus::State::Ready);
    QCOMPARE(server.conferences()->room(QStringLiteral("8500"))->members.size(), 3);
    QVERIFY(server.sync()->lastFailedActions().isEmpty());
}

QTEST_GUILESS_MAIN(TestPbxSync)
#include "TestPbxSync.moc"
