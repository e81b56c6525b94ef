// SPDX-License-Identifier: GPL-3.0-or-later
// AvailabilityControl's bytes at FakeAmiServer and its outcome from Asterisk's
// recorded answers (10-presence-state, 11-astdb-forward-dnd,
// 13-daynight-nightmode): presence, DND, forwarding and the night switch, and
// bad input refused before anything is sent.
#include "FakeAmiServer.h"
#include "RecordedReply.h"
#include "core/ami/AmiAction.h"
#include "core/ami/AmiClient.h"
#include "core/ami/AmiRequest.h"
#include "core/presence/AvailabilityControl.h"
#include "core/presence/ForwardingStore.h"

#include <QSignalSpy>
#include <QTest>

using Error = AvailabilityControl::Error;
using Operation = AvailabilityControl::Operation;
using Forward = AvailabilityPreset::Forward;

namespace {

QByteArray answerWith(const QString& transcript, QByteArrayView recordedId, const AmiMessage& action)
{
    return recordedReply(transcript, recordedId, action.actionId());
}

} // namespace

class TestAvailabilityControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void presenceWithACommaIsBase64();
    void presenceRefusedByAsteriskSaysSo();
    void badNoteSendsNothing();
    void presenceNeedsACustomPresenceProvider();
    void dndFreePbxWritesDatabaseAndDevice();
    void dndOffDeletesTheKey();
    void dndPlainAsteriskOnlyTheDevice();
    void forwardIsWrittenAndAnnounced();
    void clearingAForwardThatIsNotThereIsDone();
    void badForwardNumbers_data();
    void badForwardNumbers();
    void nightSwitchLikeTheRecording();
    void freePbxCallFlowWritesTheDatabaseToo();
    void plainAsteriskCallFlowIsOnlyTheDevice();
    void switchMustBeACustomDevice();
    void dndMustBeACustomDevice();

private:
    bool waitFinished(QSignalSpy& spy);

    std::unique_ptr<FakeAmiServer> m_server;
    std::unique_ptr<PanelClient> m_panel;
    std::unique_ptr<ForwardingStore> m_store;
    std::unique_ptr<AvailabilityControl> m_control;
};

void TestAvailabilityControl::init()
{
    m_server = std::make_unique<FakeAmiServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler("DBGetTree", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-13", a); // empty
    });
    m_panel = std::make_unique<PanelClient>(*m_server);
    m_store = std::make_unique<ForwardingStore>(m_panel->client.get());
    m_control = std::make_unique<AvailabilityControl>(m_panel->client.get(), m_store.get());
    QSignalSpy refreshed(m_store.get(), &ForwardingStore::refreshed);
    QVERIFY(m_panel->connectAndWaitReady());
    QVERIFY(refreshed.size() > 0 || refreshed.wait(5000));
}

void TestAvailabilityControl::cleanup()
{
    m_control.reset();
    m_store.reset();
    m_panel.reset();
    m_server.reset();
}

bool TestAvailabilityControl::waitFinished(QSignalSpy& spy)
{
    return spy.size() > 0 || spy.wait(5000);
}

void TestAvailabilityControl::presenceWithACommaIsBase64()
{
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("10-presence-state"), "10-presence-state-11", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    const PresenceNote note = PresenceNote::fromPbx(
        QStringLiteral("away"), QStringLiteral("lunch"), QStringLiteral("Back at 14:00, room 2"));
    QCOMPARE(m_control->setPresence(QStringLiteral("CustomPresence:1001"), note), Error::None);
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().at(0).value<Operation>(), Operation::Presence);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("CustomPresence:1001"));
    QVERIFY(finished.first().at(2).toBool());
    // Byte for byte what the lab client sent (ActionID aside).
    const AmiMessage sent = m_server->receivedActions("Setvar").value(0);
    QCOMPARE(sent.value("Variable"), QStringLiteral("PRESENCE_STATE(CustomPresence:1001)"));
    QCOMPARE(sent.value("Value"), QStringLiteral("away,bHVuY2g=,QmFjayBhdCAxNDowMCwgcm9vbSAy,e"));
}

void TestAvailabilityControl::presenceRefusedByAsteriskSaysSo()
{
    // 10-presence-state-14: the plain comma Asterisk refused.
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("10-presence-state"), "10-presence-state-14", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setPresence(
                 QStringLiteral("CustomPresence:1003"), PresenceNote(PresenceNote::Status::Away, {})),
        Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(!finished.first().at(2).toBool());
    QCOMPARE(finished.first().at(3).toString(), QStringLiteral("Variable not set"));
}

void TestAvailabilityControl::badNoteSendsNothing()
{
    const PresenceNote note(PresenceNote::Status::Away, QStringLiteral("Lunch\r\nAction: Originate"));
    QCOMPARE(m_control->setPresence(QStringLiteral("CustomPresence:1001"), note), Error::InvalidNote);
    QCOMPARE(m_control->setPresence(QStringLiteral("CustomPresence:1001"),
                 PresenceNote::fromPbx(QStringLiteral("busy"), {}, {})),
        Error::InvalidNote);
    QSignalSpy pong(m_panel->client->send(AmiRequest("Ping")), &AmiAction::finished);
    QVERIFY(pong.wait(5000));
    QVERIFY(m_server->receivedActions("Setvar").isEmpty());
}

void TestAvailabilityControl::presenceNeedsACustomPresenceProvider()
{
    // 10-presence-state-16: PRESENCE_STATE(PJSIP/1001) is refused by Asterisk; never sent.
    QCOMPARE(
        m_control->setPresence(QStringLiteral("PJSIP/1001"), PresenceNote(PresenceNote::Status::Away, {})),
        Error::NoProvider);
    QCOMPARE(m_control->setPresence({}, PresenceNote(PresenceNote::Status::Away, {})), Error::NoProvider);
}

void TestAvailabilityControl::dndFreePbxWritesDatabaseAndDevice()
{
    m_server->setHandler("DBPut", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-6", a);
    });
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-23", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QSignalSpy changed(m_store.get(), &ForwardingStore::forwardingChanged);
    QCOMPARE(m_control->setDnd(QStringLiteral("1001"), QStringLiteral("Custom:DND1001"), true), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    const AmiMessage put = m_server->receivedActions("DBPut").value(0);
    QCOMPARE(put.value("Family"), QStringLiteral("DND"));
    QCOMPARE(put.value("Key"), QStringLiteral("1001"));
    QCOMPARE(put.value("Val"), QStringLiteral("YES"));
    const AmiMessage setvar = m_server->receivedActions("Setvar").value(0);
    QCOMPARE(setvar.value("Variable"), QStringLiteral("DEVICE_STATE(Custom:DND1001)"));
    QCOMPARE(setvar.value("Value"), QStringLiteral("BUSY"));
    QVERIFY(m_store->forwarding(QStringLiteral("1001")).dnd); // no ASTDB event will say so
    QCOMPARE(changed.size(), 1);
}

void TestAvailabilityControl::dndOffDeletesTheKey()
{
    // 11-astdb-forward-dnd-16: the key was not there ("could not be deleted"): already off.
    m_server->setHandler("DBDel", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-16", a);
    });
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-26", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setDnd(QStringLiteral("1001"), QStringLiteral("Custom:DND1001"), false), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    QCOMPARE(m_server->receivedActions("DBDel").value(0).value("Key"), QStringLiteral("1001"));
    QCOMPARE(m_server->receivedActions("Setvar").value(0).value("Value"), QStringLiteral("NOT_INUSE"));
}

void TestAvailabilityControl::dndPlainAsteriskOnlyTheDevice()
{
    m_store->setPreset(AvailabilityPreset::plainAsterisk());
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("04-custom-devstate"), "04-custom-devstate-2", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(
        m_control->setDnd(QStringLiteral("1000"), QStringLiteral("Custom:operator-dnd"), true), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    QVERIFY(m_server->receivedActions("DBPut").isEmpty());
    QCOMPARE(m_server->receivedActions("Setvar").value(0).value("Variable"),
        QStringLiteral("DEVICE_STATE(Custom:operator-dnd)"));
    QCOMPARE(m_control->actionsFor(Operation::Dnd), QList<QByteArray>({"Setvar"}));
}

void TestAvailabilityControl::forwardIsWrittenAndAnnounced()
{
    m_server->setHandler("DBPut", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-2", a);
    });
    m_server->setHandler("UserEvent",
        [](const AmiMessage& a) { return answerWith(QStringLiteral("02-UserEvent"), "02-UserEvent-2", a); });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setForward(QStringLiteral("1001"), Forward::Always, QStringLiteral("06 12-34.56 78")),
        Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    const AmiMessage put = m_server->receivedActions("DBPut").value(0);
    QCOMPARE(put.value("Family"), QStringLiteral("CF"));
    QCOMPARE(put.value("Key"), QStringLiteral("1001"));
    QCOMPARE(put.value("Val"), QStringLiteral("0612345678"));
    QCOMPARE(m_store->forwarding(QStringLiteral("1001")).always, QStringLiteral("0612345678"));
    QVERIFY(QTest::qWaitFor([&] { return !m_server->receivedActions("UserEvent").isEmpty(); }, 5000));
    const AmiMessage announced = m_server->receivedActions("UserEvent").first();
    QCOMPARE(announced.value("UserEvent"), QLatin1String(ForwardingStore::ChangeEvent));
    QCOMPARE(announced.value("Family"), QStringLiteral("CF"));
    QCOMPARE(announced.value("Key"), QStringLiteral("1001"));

    // Busy forward goes to CFB.
    QCOMPARE(
        m_control->setForward(QStringLiteral("1002"), Forward::Busy, QStringLiteral("1004")), Error::None);
    QVERIFY(QTest::qWaitFor([&] { return m_server->receivedActions("DBPut").size() == 2; }, 5000));
    QCOMPARE(m_server->receivedActions("DBPut").at(1).value("Family"), QStringLiteral("CFB"));
}

void TestAvailabilityControl::clearingAForwardThatIsNotThereIsDone()
{
    m_server->setHandler("DBDel", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-16", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setForward(QStringLiteral("1001"), Forward::Always, QString()), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    QCOMPARE(m_server->receivedActions("DBDel").value(0).value("Family"), QStringLiteral("CF"));
}

void TestAvailabilityControl::badForwardNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("forward");
    QTest::newRow("letters") << "06ABC" << int(Forward::Always);
    QTest::newRow("200 digits") << QString(200, u'1') << int(Forward::Always);
    QTest::newRow("injection") << "1005\r\nAction: Originate" << int(Forward::Always);
    QTest::newRow("two channels") << "1234&PJSIP/evil" << int(Forward::Always);
}

void TestAvailabilityControl::badForwardNumbers()
{
    QFETCH(QString, number);
    QFETCH(int, forward);
    QCOMPARE(m_control->setForward(QStringLiteral("1001"), Forward(forward), number), Error::InvalidNumber);
    m_store->setPreset(AvailabilityPreset::plainAsterisk());
    QCOMPARE(m_control->setForward(QStringLiteral("1001"), Forward::Busy, QStringLiteral("1004")),
        Error::NoFamily);
    QSignalSpy pong(m_panel->client->send(AmiRequest("Ping")), &AmiAction::finished);
    QVERIFY(pong.wait(5000));
    QVERIFY(m_server->receivedActions("DBPut").isEmpty());
}

void TestAvailabilityControl::nightSwitchLikeTheRecording()
{
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("13-daynight-nightmode"), "13-daynight-nightmode-4", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setSwitch(QStringLiteral("Custom:nightmode"), true), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    const AmiMessage sent = m_server->receivedActions("Setvar").value(0);
    QCOMPARE(sent.value("Variable"), QStringLiteral("DEVICE_STATE(Custom:nightmode)"));
    QCOMPARE(sent.value("Value"), QStringLiteral("INUSE"));
}

void TestAvailabilityControl::freePbxCallFlowWritesTheDatabaseToo()
{
    // FreePBX's routing reads DAYNIGHT/C<n>; the device state only lights the key.
    m_server->setHandler("DBPut", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-2", a);
    });
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("13-daynight-nightmode"), "13-daynight-nightmode-4", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setSwitch(QStringLiteral("Custom:DAYNIGHT0"), true), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    const AmiMessage put = m_server->receivedActions("DBPut").value(0);
    QCOMPARE(put.value("Family"), QStringLiteral("DAYNIGHT"));
    QCOMPARE(put.value("Key"), QStringLiteral("C0"));
    QCOMPARE(put.value("Val"), QStringLiteral("NIGHT"));
    QCOMPARE(m_server->receivedActions("Setvar").value(0).value("Variable"),
        QStringLiteral("DEVICE_STATE(Custom:DAYNIGHT0)"));
    QCOMPARE(m_server->receivedActions("Setvar").value(0).value("Value"), QStringLiteral("INUSE"));

    finished.clear();
    QCOMPARE(m_control->setSwitch(QStringLiteral("Custom:daynight12"), false), Error::None);
    QVERIFY(waitFinished(finished));
    QCOMPARE(m_server->receivedActions("DBPut").value(1).value("Key"), QStringLiteral("C12"));
    QCOMPARE(m_server->receivedActions("DBPut").value(1).value("Val"), QStringLiteral("DAY"));
    QCOMPARE(m_server->receivedActions("Setvar").value(1).value("Value"), QStringLiteral("NOT_INUSE"));
    QCOMPARE(m_control->actionsFor(Operation::Switch), QList<QByteArray>({"Setvar", "DBPut"}));

    // Any other switch is its device state only, also with the FreePBX preset.
    finished.clear();
    QCOMPARE(m_control->setSwitch(QStringLiteral("Custom:nightmode"), true), Error::None);
    QVERIFY(waitFinished(finished));
    QCOMPARE(m_server->receivedActions("DBPut").size(), 2);
}

void TestAvailabilityControl::plainAsteriskCallFlowIsOnlyTheDevice()
{
    m_store->setPreset(AvailabilityPreset::plainAsterisk());
    m_server->setHandler("Setvar", [](const AmiMessage& a) {
        return answerWith(QStringLiteral("13-daynight-nightmode"), "13-daynight-nightmode-4", a);
    });
    QSignalSpy finished(m_control.get(), &AvailabilityControl::finished);
    QCOMPARE(m_control->setSwitch(QStringLiteral("Custom:DAYNIGHT0"), true), Error::None);
    QVERIFY(waitFinished(finished));
    QVERIFY(finished.first().at(2).toBool());
    QVERIFY(m_server->receivedActions("DBPut").isEmpty());
    QCOMPARE(m_control->actionsFor(Operation::Switch), QList<QByteArray>({"Setvar"}));
}

void TestAvailabilityControl::switchMustBeACustomDevice()
{
    QCOMPARE(m_control->setSwitch(QStringLiteral("PJSIP/1001"), true), Error::NoDevice);
    QCOMPARE(m_control->setSwitch(QStringLiteral("Custom:"), true), Error::NoDevice);
}

void TestAvailabilityControl::dndMustBeACustomDevice()
{
    QCOMPARE(m_control->setDnd(QStringLiteral("1001"), QStringLiteral("PJSIP/1001"), true), Error::NoDevice);
    QCOMPARE(m_control->setDnd(QStringLiteral("1001"), QString(), true), Error::NoDevice);
    QCOMPARE(m_control->setDnd(QString(), QStringLiteral("Custom:DND"), true), Error::NoDevice);
}

QTEST_GUILESS_MAIN(TestAvailabilityControl)
#include "TestAvailabilityControl.moc"
