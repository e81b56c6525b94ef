// SPDX-License-Identifier: GPL-3.0-or-later
// A restricted AMI account (item 14): its rights are learned up front from
// ListCommands, refused sync lists are named with the manager.conf classes
// they need, and CallControl offers no action the account may not use.
#include "FakeAmiServer.h"
#include "MockClock.h"
#include "Transcript.h"
#include "core/ami/AmiClient.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/CallControl.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxServerStatus.h"
#include "core/pbx/PbxSync.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

// The recorded ListCommands reply of the "panel" account (write = all classes).
AmiMessage recordedListing()
{
    const QList<AmiMessage> messages = Transcript::load(QStringLiteral("02-ListCommands"));
    for (const AmiMessage& m : messages) {
        if (m.isResponse() && m.actionId() == QByteArrayView("02-ListCommands-2"))
            return m;
    }
    return {};
}

// What Asterisk lists for an account with "write =" empty: only the
// actions that need no class ("(Priv: <none>)" in the recording).
QByteArray listingWithoutWriteClasses(const AmiMessage& action)
{
    const AmiMessage full = recordedListing();
    QByteArray out = "Response: Success\r\nActionID: " + action.actionId().toByteArray() + "\r\n";
    for (qsizetype i = 0; i < full.size(); ++i) {
        if (full.rawValueAt(i).contains("(Priv: <none>)"))
            out += full.keyAt(i).toByteArray() + ": " + full.rawValueAt(i).toByteArray() + "\r\n";
    }
    return out + "\r\n";
}

QByteArray permissionDenied(const AmiMessage& action)
{
    return FakeAmiServer::packet(
        {{"Response", "Error"}, {"ActionID", action.actionId()}, {"Message", "Permission denied"}});
}

} // namespace

class TestAmiPermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableAgreesWithTheRecording();
    void fullAccountMayDoEverything();
    void fewestMissingClasses_data();
    void fewestMissingClasses();
    void readOnlyAccountIsKnownBeforeAnyAction();
    void unknownListingLearnsFromRefusals();
};

void TestAmiPermissions::tableAgreesWithTheRecording()
{
    const AmiMessage listing = recordedListing();
    QVERIFY(listing.size() > 100);
    int checked = 0;
    for (qsizetype i = 0; i < listing.size(); ++i) {
        const QStringList classes = AmiPermissions::classesFor(listing.keyAt(i));
        if (classes.isEmpty())
            continue;
        // "Originate a call.  (Priv: originate,all)" → originate
        const QString value = listing.valueAt(i);
        const qsizetype at = value.lastIndexOf(QLatin1String("(Priv: "));
        QStringList recorded = value.mid(at + 7).chopped(1).split(u',');
        recorded.removeAll(QStringLiteral("all"));
        QCOMPARE(classes, recorded);
        ++checked;
    }
    QCOMPARE(checked, 41); // the Confbridge* and MixMonitor* actions the desk sends included
}

void TestAmiPermissions::fullAccountMayDoEverything()
{
    AmiPermissions permissions;
    QSignalSpy changed(&permissions, &AmiPermissions::changed);
    QVERIFY(!permissions.isKnown());
    permissions.setListing(recordedListing());
    QVERIFY(permissions.isKnown());
    QCOMPARE(changed.count(), 1);
    QVERIFY(permissions.refusedActions().isEmpty());
    for (const char* action : {"Originate", "Redirect", "ExtensionStateList", "QueuePause", "Ping"})
        QVERIFY2(permissions.isPermitted(action), action);
    // Not an Asterisk 22 action: not listed, so not permitted.
    QVERIFY(!permissions.isPermitted("Queues"));
}

void TestAmiPermissions::fewestMissingClasses_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("classes");
    QTest::newRow("read-only account's refused lists") << QStringList {"ExtensionStateList",
        "DeviceStateList", "CoreShowChannels", "ParkedCalls", "VoicemailUsersList"}
                                                       << QStringList {"call", "reporting"};
    QTest::newRow("originate only") << QStringList {"Originate"} << QStringList {"originate"};
    QTest::newRow("hang-up prefers call to system") << QStringList {"Hangup"} << QStringList {"call"};
    QTest::newRow("channels prefer reporting to system")
        << QStringList {"CoreShowChannels"} << QStringList {"reporting"};
    QTest::newRow("needs no class") << QStringList {"QueueStatus", "Ping"} << QStringList {};
}

void TestAmiPermissions::fewestMissingClasses()
{
    QFETCH(QStringList, actions);
    QFETCH(QStringList, classes);
    QCOMPARE(AmiPermissions::missingClassesFor(actions), classes);
}

void TestAmiPermissions::readOnlyAccountIsKnownBeforeAnyAction()
{
    // The "readonly" account of the recordings (read call,agent; write none):
    // every state list but QueueStatus is refused (05-permission-denied-readonly).
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.addUser("readonly", "readonlypass");
    QVERIFY(server.loadTranscript(
        QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/05-permission-denied-readonly")));
    server.setHandler("ListCommands", listingWithoutWriteClasses);
    for (const char* refused :
        {"DeviceStateList", "ParkedCalls", "VoicemailUsersList", "MailboxCount", "PresenceStateList"})
        server.setHandler(refused, permissionDenied);

    MockClock clock;
    PbxServerConfig config;
    config.id = QStringLiteral("pbx");
    config.connection.port = server.port();
    config.connection.username = QStringLiteral("readonly");
    PbxServer pbx(config, nullptr, &clock);
    pbx.setSecret(QStringLiteral("readonlypass"));
    CallControl control(pbx.client(), pbx.state());
    control.setPermissions(pbx.permissions());
    QSignalSpy synced(pbx.sync(), &PbxSync::finished);
    pbx.start();
    QVERIFY(synced.wait(10000));

    // Said up front: no Originate was ever sent, yet calling is known to be refused.
    QVERIFY(pbx.permissions()->isKnown());
    QVERIFY(server.receivedActions("Originate").isEmpty());
    QVERIFY(!control.isPermitted(CallControl::Operation::Call));
    QCOMPARE(control.missingClass(CallControl::Operation::Call), QStringLiteral("originate"));
    QCOMPARE(control.missingClass(CallControl::Operation::Hangup), QStringLiteral("call"));
    QVERIFY(!control.isPermitted(CallControl::Operation::QueuePause));

    // Which lists were refused, and what manager.conf needs for them.
    QStringList refused = pbx.sync()->lastRefusedActions();
    refused.sort();
    QCOMPARE(refused,
        QStringList({"CoreShowChannels", "DeviceStateList", "ExtensionStateList", "ParkedCalls",
            "PresenceStateList", "VoicemailUsersList"}));
    QCOMPARE(AmiPermissions::missingClassesFor(refused), QStringList({"call", "reporting"}));
    QVERIFY(pbx.sync()->lastRefreshed().testFlag(PbxState::Category::Queues));
    QCOMPARE(pbx.status()->state(), PbxServerStatus::State::Ready);
}

void TestAmiPermissions::unknownListingLearnsFromRefusals()
{
    // A peer without ListCommands (the fake answers "Invalid/unknown
    // command", as for any unknown action): all is offered until refused,
    // and one refused Originate disables every Originate (Dial a number too).
    FakeAmiServer server;
    QVERIFY(server.listen());
    server.setHandler("Originate", permissionDenied);
    MockClock clock;
    PbxServerConfig config;
    config.id = QStringLiteral("pbx");
    config.connection.port = server.port();
    config.connection.username = QStringLiteral("panel");
    PbxServer pbx(config, nullptr, &clock);
    pbx.setSecret(QStringLiteral("panelpass"));
    CallControl control(pbx.client(), pbx.state());
    control.setPermissions(pbx.permissions());
    QSignalSpy synced(pbx.sync(), &PbxSync::finished);
    pbx.start();
    QVERIFY(synced.wait(10000));
    QVERIFY(!pbx.permissions()->isKnown());
    QVERIFY(control.isPermitted(CallControl::Operation::Call));
    QSignalSpy failed(&control, &CallControl::failed);
    control.retrieve(QStringLiteral("701"));
    QVERIFY(failed.wait(10000));
    QVERIFY(!pbx.permissions()->isPermitted("Originate"));
    QCOMPARE(pbx.permissions()->refusedActions(), QStringList {QStringLiteral("Originate")});
    QVERIFY(!control.isPermitted(CallControl::Operation::Call));
    QVERIFY(!control.isPermitted(CallControl::Operation::Listen));
}

QTEST_GUILESS_MAIN(TestAmiPermissions)
#include "TestAmiPermissions.moc"
