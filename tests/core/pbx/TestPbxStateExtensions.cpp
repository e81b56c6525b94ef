// SPDX-License-Identifier: GPL-3.0-or-later
// PbxState's extension side (PbxStateExtensions.cpp) with the hint shapes of
// the 08–13 recordings: presence hints, FreePBX-style DND toggles, names.
#include "Transcript.h"

#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

using Pbx::ExtensionState;

class TestPbxStateExtensions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presenceHintsGiveThePhoneDevice();
    void dialledDndToggle_data();
    void dialledDndToggle();
    void dndHintFeedsItsExtension();
    void customStateNeverSetIsNoDnd();
    void presenceMessageKept();
    void presenceFromTheList();
    void namesComeFromConfiguration();
};

void TestPbxStateExtensions::presenceHintsGiveThePhoneDevice()
{
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    const Pbx::Extension* e = pbx.extension(QStringLiteral("1004@phones"));
    QVERIFY(e);
    QCOMPARE(e->hint.text(), QStringLiteral("PJSIP/1004,CustomPresence:1004"));
    QCOMPARE(e->phoneDevice(), QStringLiteral("PJSIP/1004"));
    QCOMPARE(e->presenceProvider(), QStringLiteral("CustomPresence:1004"));
    QVERIFY(!e->isFeature());
    QVERIFY(pbx.extension(QStringLiteral("*761004@phones"))->isFeature());

    // The ringing phone is found through the parsed device.
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("12-cdr-noanswer-voicemail"));
    const qsizetype stop = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=1004,Status=8]#1"));
    QVERIFY(stop >= 0);
    for (qsizetype i = 0; i <= stop; ++i)
        pbx.apply(events[i]);
    QVERIFY(pbx.activity(QStringLiteral("1004@phones")).ringing);
    QCOMPARE(pbx.extension(QStringLiteral("1004@phones"))->state, ExtensionState::Ringing);
}

void TestPbxStateExtensions::dialledDndToggle_data()
{
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<ExtensionState>("state");
    // Setvar DEVICE_STATE(Custom:DND1001)=BUSY: no hint of 1001 lists the device.
    QTest::newRow("Setvar DND1001 BUSY") << "DeviceStateChange[Device=Custom:DND1001,State=BUSY]#1"
                                         << "1001@phones" << ExtensionState::DoNotDisturb;
    QTest::newRow("Setvar DND1001 NOT_INUSE") << "DeviceStateChange[Device=Custom:DND1001,State=NOT_INUSE]#1"
                                              << "1001@phones" << ExtensionState::Idle;
    // Phone 1002 dials *76: still in the toggle call, DND already on.
    QTest::newRow("1002 dials *76: DND while the toggle call runs")
        << "DeviceStateChange[Device=Custom:DND1002,State=BUSY]#1"
        << "1002@phones" << ExtensionState::DoNotDisturb;
    QTest::newRow("1002 hung up the toggle call: still DND") << "ExtensionStatus[Exten=1002,Status=0]#1"
                                                             << "1002@phones" << ExtensionState::DoNotDisturb;
    QTest::newRow("1002 dials *76 again: DND off")
        << "DeviceStateChange[Device=Custom:DND1002,State=NOT_INUSE]#1"
        << "1002@phones" << ExtensionState::InUse;
    QTest::newRow("after the second toggle call") << "ExtensionStatus[Exten=1002,Status=0]#2"
                                                  << "1002@phones" << ExtensionState::Idle;
    QTest::newRow("the toggle's own hint is no person's DND")
        << "DeviceStateChange[Device=Custom:DND1002,State=BUSY]#1"
        << "*761002@phones" << ExtensionState::Busy;
}

void TestPbxStateExtensions::dialledDndToggle()
{
    QFETCH(QString, stop);
    QFETCH(QString, extension);
    QFETCH(ExtensionState, state);
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("11-astdb-forward-dnd"));
    const qsizetype at = Transcript::find(events, stop);
    QVERIFY(at >= 0);
    for (qsizetype i = 0; i <= at; ++i)
        pbx.apply(events[i]);
    QCOMPARE(pbx.extension(extension)->state, state);
}

void TestPbxStateExtensions::dndHintFeedsItsExtension()
{
    // No device state known yet (DeviceStateList not in): the ExtensionStatus
    // of "*761002", which Asterisk sends before the DeviceStateChange, says it.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::applyList(pbx, QStringLiteral("10-presence-state"), "10-presence-state-27",
        int(PbxState::Category::Extensions));
    QSignalSpy changed(&pbx, &PbxState::extensionChanged);
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("11-astdb-forward-dnd"));
    const qsizetype at
        = Transcript::find(events, QStringLiteral("ExtensionStatus[Exten=*761002,Status=2]#1"));
    QVERIFY(at >= 0);
    for (qsizetype i = 0; i < at; ++i)
        pbx.apply(events[i]);
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::InUse);
    changed.clear();
    pbx.apply(events[at]);
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::DoNotDisturb);
    QVERIFY(changed.contains(QVariantList {QStringLiteral("1002@phones")}));
}

void TestPbxStateExtensions::customStateNeverSetIsNoDnd()
{
    // README: a Custom state never set reads UNKNOWN; the hint on it is Idle.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    AmiMessage unknown;
    unknown.append("Event", QByteArrayView("DeviceStateChange"));
    unknown.append("Device", QByteArrayView("Custom:DND1003"));
    unknown.append("State", QByteArrayView("UNKNOWN"));
    pbx.apply(unknown);
    QCOMPARE(pbx.extension(QStringLiteral("*761003@phones"))->state, ExtensionState::Idle);
    QCOMPARE(pbx.extension(QStringLiteral("1003@phones"))->state, ExtensionState::Idle);
}

void TestPbxStateExtensions::presenceMessageKept()
{
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    const QList<AmiMessage> events = Transcript::liveEvents(QStringLiteral("10-presence-state"));
    const qsizetype at = Transcript::find(events, QStringLiteral("PresenceStatus[Subtype=lunch]#1"));
    QVERIFY(at >= 0);
    for (qsizetype i = 0; i <= at; ++i)
        pbx.apply(events[i]);
    const Pbx::Extension* e = pbx.extension(QStringLiteral("1001@phones"));
    QCOMPARE(e->presence, QStringLiteral("away"));
    QCOMPARE(e->presenceSubtype, QStringLiteral("lunch"));
    QCOMPARE(e->presenceMessage, QStringLiteral("Back at 14:00"));
    QCOMPARE(e->state, ExtensionState::Idle); // away is a note, not a phone state
}

void TestPbxStateExtensions::presenceFromTheList()
{
    // At login the notes come from PresenceStateList (items are
    // PresenceStateChange); a provider it no longer lists has no note.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seedPresenceHints(pbx);
    Transcript::applyList(
        pbx, QStringLiteral("10-presence-state"), "10-presence-state-25", int(PbxState::Category::Presence));
    QCOMPARE(pbx.extension(QStringLiteral("1001@phones"))->presenceMessage, QStringLiteral("Back at 14:00"));
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::DoNotDisturb);
    QSignalSpy changed(&pbx, &PbxState::extensionChanged);
    Transcript::applyList(
        pbx, QStringLiteral("10-presence-state"), "10-presence-state-2", int(PbxState::Category::Presence));
    QCOMPARE(pbx.extension(QStringLiteral("1001@phones"))->presenceMessage, QString());
    QCOMPARE(pbx.extension(QStringLiteral("1001@phones"))->presence, QString());
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::Idle);
    QCOMPARE(changed.count(), 2);
}

void TestPbxStateExtensions::namesComeFromConfiguration()
{
    // 1001 ("Alice Example" in voicemail.conf) calls 1003 from its phone, whose
    // caller ID says "Alice": the tile keeps the configured name throughout.
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    Transcript::applyList(pbx, QStringLiteral("02-VoicemailUsersList"), "02-VoicemailUsersList-2",
        int(PbxState::Category::Mailboxes));
    const QString alice = QStringLiteral("1001@phones");
    QCOMPARE(pbx.displayName(alice), QStringLiteral("Alice Example"));
    const QList<AmiMessage> events
        = Transcript::liveEvents(QStringLiteral("03-call-phone-dials-1001-to-1003"));
    for (const AmiMessage& m : events) {
        pbx.apply(m);
        QCOMPARE(pbx.displayName(alice), QStringLiteral("Alice Example"));
        QCOMPARE(pbx.displayName(QStringLiteral("1003@phones")), QStringLiteral("Carol Example"));
    }
    QCOMPARE(pbx.displayNameOfNumber(QStringLiteral("1003")), QStringLiteral("Carol Example"));
    QCOMPARE(pbx.displayNameOfNumber(QStringLiteral("5551234")), QString());
    // And after a reconnect (the same lists again).
    Transcript::seed(pbx);
    QCOMPARE(pbx.displayName(alice), QStringLiteral("Alice Example"));
}

QTEST_GUILESS_MAIN(TestPbxStateExtensions)
#include "TestPbxStateExtensions.moc"
