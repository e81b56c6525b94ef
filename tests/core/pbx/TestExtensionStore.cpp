// SPDX-License-Identifier: GPL-3.0-or-later
// ExtensionStore: states from hints and device states, DND (devices, toggles,
// presence) and names, with the hint shapes of the recordings.
#include "AmiEvents.h"
#include "Transcript.h"

#include "core/pbx/ExtensionStore.h"
#include "core/pbx/PbxState.h"

#include <QSignalSpy>
#include <QTest>

using Pbx::ExtensionState;

class TestExtensionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dndFromCustomDevice_data();
    void dndFromCustomDevice();
    void dndFromPresence();
    void dndWithTheDefaultPattern();
    void statusCodesAreDistinct_data();
    void statusCodesAreDistinct();
    void presenceHintsGiveThePhoneDevice();
    void dialledDndToggle_data();
    void dialledDndToggle();
    void dndHintFeedsItsExtension();
    void customStateNeverSetIsNoDnd();
    void presenceMessageKept();
    void presenceFromTheList();
    void presenceFollowsTheHintsProvider();
    void namesComeFromConfiguration();
    void resyncWithoutTheDndDeviceEndsDnd();
    void toggleHintMovedFeedsTheNewExtension();
};

void TestExtensionStore::dndFromCustomDevice_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<ExtensionState>("state");
    const QString dnd = QStringLiteral("Custom:operator-dnd");
    const QString standard = QLatin1String(PbxState::DefaultDndDevicePattern);
    QTest::newRow("hint says Busy before the device state arrives")
        << dnd << "ExtensionStatus#1" << ExtensionState::Busy;
    QTest::newRow("DND device BUSY: DoNotDisturb, not Busy")
        << dnd << "DeviceStateChange#1" << ExtensionState::DoNotDisturb;
    QTest::newRow("not the DND device of this extension: plain Busy")
        << standard << "DeviceStateChange#1" << ExtensionState::Busy;
    QTest::newRow("DND device NOT_INUSE: Idle") << dnd << "ExtensionStatus#2" << ExtensionState::Idle;
    QTest::newRow("DND device INUSE: DoNotDisturb")
        << dnd << "DeviceStateChange#3" << ExtensionState::DoNotDisturb;
    QTest::newRow("RINGING: Ringing") << dnd << "DeviceStateChange#4" << ExtensionState::Ringing;
    QTest::newRow("ONHOLD: OnHold") << dnd << "ExtensionStatus#5" << ExtensionState::OnHold;
    QTest::newRow("UNAVAILABLE: Unavailable") << dnd << "ExtensionStatus#6" << ExtensionState::Unavailable;
}

void TestExtensionStore::dndFromCustomDevice()
{
    QFETCH(QString, pattern);
    QFETCH(QString, stop);
    QFETCH(ExtensionState, state);
    PbxState pbx(QStringLiteral("lab"));
    pbx.setDndDevicePattern(pattern);
    QVERIFY(Transcript::replay(pbx, QStringLiteral("04-custom-devstate"), stop));
    QCOMPARE(pbx.extension(QStringLiteral("9000@phones"))->state, state);
}

void TestExtensionStore::dndFromPresence()
{
    PbxState pbx(QStringLiteral("lab"));
    Transcript::seed(pbx);
    const QString key = QStringLiteral("1001@phones");
    QCOMPARE(pbx.extension(key)->state, ExtensionState::Idle);
    QSignalSpy changed(pbx.extensionStore(), &ExtensionStore::extensionChanged);
    const auto presence = [](const QString& status) {
        return makeEvent("PresenceStatus",
            {{"Exten", QStringLiteral("1001")}, {"Context", QStringLiteral("phones")},
                {"Hint", QStringLiteral("PJSIP/1001,CustomPresence:1001")}, {"Status", status},
                {"Subtype", QString()}, {"Message", QStringLiteral("back at 3")}});
    };
    pbx.apply(presence(QStringLiteral("dnd")));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
    QCOMPARE(pbx.extension(key)->presenceMessage, QStringLiteral("back at 3"));
    QCOMPARE(changed.count(), 1);
    pbx.apply(presence(QStringLiteral("available")));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::Idle);
    QCOMPARE(pbx.extension(key)->presence, QStringLiteral("available"));
}

void TestExtensionStore::dndWithTheDefaultPattern()
{
    PbxState pbx(QStringLiteral("lab"));
    const auto status = [](int code) {
        return makeEvent("ExtensionStatus",
            {{"Exten", QStringLiteral("1001")}, {"Context", QStringLiteral("phones")},
                {"Hint", QStringLiteral("PJSIP/1001&Custom:DND1001")}, {"Status", QString::number(code)},
                {"StatusText", QStringLiteral("x")}});
    };
    const auto device = [](const QString& state) {
        return makeEvent(
            "DeviceStateChange", {{"Device", QStringLiteral("Custom:DND1001")}, {"State", state}});
    };
    const QString key = QStringLiteral("1001@phones");
    pbx.apply(status(0));
    QCOMPARE(pbx.extension(key)->serverId, QStringLiteral("lab"));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::Idle);
    pbx.apply(device(QStringLiteral("BUSY")));
    pbx.apply(status(2));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
    pbx.apply(status(1)); // a call while DND is on: still DND
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
    pbx.apply(device(QStringLiteral("NOT_INUSE")));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::InUse);
    pbx.apply(device(QStringLiteral("INUSE")));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
    pbx.setDndDevicePattern(QStringLiteral("Custom:NODISTURB%1")); // another site's convention
    QCOMPARE(pbx.extension(key)->state, ExtensionState::InUse);
    pbx.setDndDevicePattern(QStringLiteral("Custom:DND{exten}")); // as docs/admin.md writes it
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
}

void TestExtensionStore::statusCodesAreDistinct_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ExtensionState>("state");
    QTest::newRow("-2 removed") << -2 << ExtensionState::Removed;
    QTest::newRow("-1 no hint") << -1 << ExtensionState::NoHint;
    QTest::newRow("0 idle") << 0 << ExtensionState::Idle;
    QTest::newRow("1 in use") << 1 << ExtensionState::InUse;
    QTest::newRow("2 busy") << 2 << ExtensionState::Busy;
    QTest::newRow("4 unavailable") << 4 << ExtensionState::Unavailable;
    QTest::newRow("8 ringing") << 8 << ExtensionState::Ringing;
    QTest::newRow("9 in use and ringing") << 9 << ExtensionState::InUseRinging;
    QTest::newRow("16 on hold") << 16 << ExtensionState::OnHold;
    QTest::newRow("17 in use and on hold") << 17 << ExtensionState::InUseOnHold;
    QTest::newRow("unknown code 3") << 3 << ExtensionState::Unknown;
}

void TestExtensionStore::statusCodesAreDistinct()
{
    QFETCH(int, code);
    QFETCH(ExtensionState, state);
    PbxState pbx(QStringLiteral("lab"));
    pbx.apply(makeEvent("ExtensionStatus",
        {{"Exten", QStringLiteral("1001")}, {"Context", QStringLiteral("phones")},
            {"Hint", QStringLiteral("PJSIP/1001")}, {"Status", QString::number(code)},
            {"StatusText", QStringLiteral("x")}}));
    const Pbx::Extension* e = pbx.extension(QStringLiteral("1001@phones"));
    QVERIFY(e);
    QCOMPARE(e->statusCode, code);
    QCOMPARE(e->state, state);
}

void TestExtensionStore::presenceHintsGiveThePhoneDevice()
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

void TestExtensionStore::dialledDndToggle_data()
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

void TestExtensionStore::dialledDndToggle()
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

void TestExtensionStore::dndHintFeedsItsExtension()
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

void TestExtensionStore::customStateNeverSetIsNoDnd()
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

void TestExtensionStore::presenceMessageKept()
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

void TestExtensionStore::presenceFromTheList()
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

// A provider-level PresenceStateChange reaches every extension whose hint
// names that provider (any case; its own number's or another's), and follows
// the hint when it changes.
void TestExtensionStore::presenceFollowsTheHintsProvider()
{
    PbxState pbx(QStringLiteral("lab"));
    const auto status = [](const QString& exten, const QString& hint) {
        return makeEvent("ExtensionStatus",
            {{"Exten", exten}, {"Context", QStringLiteral("phones")}, {"Hint", hint},
                {"Status", QStringLiteral("0")}});
    };
    const auto note = [](const QString& presentity, const QString& message) {
        return makeEvent("PresenceStateChange",
            {{"Presentity", presentity}, {"Status", QStringLiteral("away")}, {"Subtype", QString()},
                {"Message", message}});
    };
    const auto message = [&](const char* key) { return pbx.extension(QLatin1String(key))->presenceMessage; };
    pbx.apply(status(QStringLiteral("1001"), QStringLiteral("PJSIP/1001,CustomPresence:1001")));
    pbx.apply(
        status(QStringLiteral("2001"), QStringLiteral("PJSIP/2001,CustomPresence:1001"))); // a second line
    pbx.apply(status(QStringLiteral("desk"), QStringLiteral("PJSIP/desk,CustomPresence:desk")));
    pbx.apply(note(QStringLiteral("custompresence:1001"), QStringLiteral("Back at 14:00")));
    QCOMPARE(message("1001@phones"), QStringLiteral("Back at 14:00"));
    QCOMPARE(message("2001@phones"), QStringLiteral("Back at 14:00"));
    QCOMPARE(message("desk@phones"), QString());
    pbx.apply(note(QStringLiteral("CustomPresence:DESK"), QStringLiteral("Lunch")));
    QCOMPARE(message("desk@phones"), QStringLiteral("Lunch"));
    // The hint now names another provider: the old one no longer reaches it.
    pbx.apply(status(QStringLiteral("1001"), QStringLiteral("PJSIP/1001,CustomPresence:alice")));
    pbx.apply(note(QStringLiteral("CustomPresence:1001"), QStringLiteral("old provider")));
    QCOMPARE(message("1001@phones"), QStringLiteral("Back at 14:00"));
    QCOMPARE(message("2001@phones"), QStringLiteral("old provider"));
    pbx.apply(note(QStringLiteral("CustomPresence:Alice"), QStringLiteral("In a meeting")));
    QCOMPARE(message("1001@phones"), QStringLiteral("In a meeting"));
    QCOMPARE(pbx.extension(QStringLiteral("1001@phones"))->presence, QStringLiteral("away"));
    // And back to its own: found by its number again, not twice.
    pbx.apply(status(QStringLiteral("1001"), QStringLiteral("PJSIP/1001,CustomPresence:1001")));
    pbx.apply(note(QStringLiteral("CustomPresence:1001"), QStringLiteral("Back")));
    QCOMPARE(message("1001@phones"), QStringLiteral("Back"));
    pbx.apply(note(QStringLiteral("CustomPresence:alice"), QStringLiteral("not mine")));
    QCOMPARE(message("1001@phones"), QStringLiteral("Back"));
}

void TestExtensionStore::namesComeFromConfiguration()
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

namespace {
AmiMessage extensionStatus(const QString& exten, const QString& hint, int code)
{
    return makeEvent("ExtensionStatus",
        {{"Exten", exten}, {"Context", QStringLiteral("phones")}, {"Hint", hint},
            {"Status", QString::number(code)}, {"StatusText", QStringLiteral("x")}});
}
AmiMessage deviceState(const QString& device, const QString& state)
{
    return makeEvent("DeviceStateChange", {{"Device", device}, {"State", state}});
}
} // namespace

void TestExtensionStore::resyncWithoutTheDndDeviceEndsDnd()
{
    // The end of a resync re-derives only what its lists left out: a DND
    // device no longer listed (DeviceStateList) no longer makes its extension DND.
    PbxState pbx(QStringLiteral("lab"));
    const QString key = QStringLiteral("1001@phones");
    pbx.apply(extensionStatus(QStringLiteral("1001"), QStringLiteral("PJSIP/1001"), 0));
    pbx.apply(extensionStatus(QStringLiteral("1002"), QStringLiteral("PJSIP/1002"), 0));
    pbx.apply(deviceState(QStringLiteral("Custom:DND1001"), QStringLiteral("BUSY")));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
    QSignalSpy changed(&pbx, &PbxState::extensionChanged);
    pbx.beginSync();
    pbx.apply(extensionStatus(QStringLiteral("1001"), QStringLiteral("PJSIP/1001"), 0));
    pbx.apply(extensionStatus(QStringLiteral("1002"), QStringLiteral("PJSIP/1002"), 0));
    pbx.apply(deviceState(QStringLiteral("PJSIP/1001"), QStringLiteral("NOT_INUSE")));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::DoNotDisturb);
    pbx.endSync(PbxState::Categories(0x7f));
    QCOMPARE(pbx.extension(key)->state, ExtensionState::Idle);
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::Idle);
    QVERIFY(changed.contains(QVariantList {key}));
    QVERIFY(!changed.contains(QVariantList {QStringLiteral("1002@phones")}));
}

void TestExtensionStore::toggleHintMovedFeedsTheNewExtension()
{
    // A toggle whose hint is moved to another person's DND device (dialplan
    // reload) stops meaning DND for the first person and starts for the other.
    PbxState pbx(QStringLiteral("lab"));
    pbx.apply(extensionStatus(QStringLiteral("1001"), QStringLiteral("PJSIP/1001"), 0));
    pbx.apply(extensionStatus(QStringLiteral("1002"), QStringLiteral("PJSIP/1002"), 0));
    pbx.apply(extensionStatus(QStringLiteral("*76"), QStringLiteral("Custom:DND1001"), 2));
    QCOMPARE(pbx.extension(QStringLiteral("1001@phones"))->state, ExtensionState::DoNotDisturb);
    pbx.apply(extensionStatus(QStringLiteral("*76"), QStringLiteral("Custom:DND1002"), 2));
    QCOMPARE(pbx.extension(QStringLiteral("1001@phones"))->state, ExtensionState::Idle);
    QCOMPARE(pbx.extension(QStringLiteral("1002@phones"))->state, ExtensionState::DoNotDisturb);
}

QTEST_GUILESS_MAIN(TestExtensionStore)
#include "TestExtensionStore.moc"
