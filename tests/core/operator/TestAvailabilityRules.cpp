// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk may change about people's availability: its own line always,
// others' as its settings allow, and only with the write classes the AMI
// account has (02-ListCommands says which action needs which).
#include "Transcript.h"
#include "core/operator/AvailabilityRules.h"
#include "core/pbx/AmiPermissions.h"
#include "core/presence/AvailabilitySettings.h"

#include <QTest>

#include <memory>

using Reason = AvailabilityRules::Reason;
using Forward = AvailabilityPreset::Forward;

namespace {

// An account whose ListCommands listed only these actions (a restricted manager.conf
// user): the recorded 02-ListCommands lines of those actions.
std::unique_ptr<AmiPermissions> accountWith(const QList<QByteArray>& actions)
{
    AmiMessage full;
    for (const AmiMessage& m : Transcript::load(QStringLiteral("02-ListCommands"))) {
        if (m.isResponse() && m.actionId() == QByteArrayView("02-ListCommands-2"))
            full = m;
    }
    AmiMessage listing;
    listing.append("Response", QByteArrayView("Success"));
    for (qsizetype i = 0; i < full.size(); ++i) {
        if (actions.contains(full.keyAt(i).toByteArray()))
            listing.append(full.keyAt(i), full.rawValueAt(i));
    }
    auto account = std::make_unique<AmiPermissions>();
    account->setListing(listing);
    return account;
}

const QString Provider = QStringLiteral("CustomPresence:1001");

} // namespace

class TestAvailabilityRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDeskMayDoEverything();
    void deskLimitedToItsOwnLine();
    void presenceNeedsAProvider();
    void dndNeedsOneDevicePerExtension();
    void plainAsteriskHasOnlyOneForward();
    void accountWithoutSystemMayNotForward();
    void switchesFollowTheDeskAndTheAccount();
};

void TestAvailabilityRules::fullDeskMayDoEverything()
{
    const AvailabilitySettings desk;
    const AvailabilityPreset preset;
    QVERIFY(AvailabilityRules::presence(desk, nullptr, false, Provider).allowed());
    QVERIFY(AvailabilityRules::dnd(desk, nullptr, false, preset).allowed());
    for (Forward f : {Forward::Always, Forward::Busy, Forward::NoAnswer})
        QVERIFY(AvailabilityRules::forward(desk, nullptr, false, preset, f).allowed());
    QVERIFY(AvailabilityRules::toggleSwitch(desk, nullptr).allowed());
}

void TestAvailabilityRules::deskLimitedToItsOwnLine()
{
    AvailabilitySettings desk;
    desk.othersPresence = false;
    desk.othersDnd = false;
    desk.othersForwarding = false;
    const AvailabilityPreset preset;
    QCOMPARE(AvailabilityRules::presence(desk, nullptr, false, Provider).reason, Reason::NotThisDesk);
    QCOMPARE(AvailabilityRules::dnd(desk, nullptr, false, preset).reason, Reason::NotThisDesk);
    QCOMPARE(AvailabilityRules::forward(desk, nullptr, false, preset, Forward::Always).reason,
        Reason::NotThisDesk);
    QVERIFY(AvailabilityRules::presence(desk, nullptr, true, Provider).allowed());
    QVERIFY(AvailabilityRules::dnd(desk, nullptr, true, preset).allowed());
    QVERIFY(AvailabilityRules::forward(desk, nullptr, true, preset, Forward::Always).allowed());
}

void TestAvailabilityRules::presenceNeedsAProvider()
{
    // 01–07 recordings: "Hint: PJSIP/1001", no presence part; PJSIP/… is no provider either.
    const AvailabilitySettings desk;
    QCOMPARE(AvailabilityRules::presence(desk, nullptr, true, {}).reason, Reason::NoPresenceProvider);
    QCOMPARE(AvailabilityRules::presence(desk, nullptr, true, QStringLiteral("PJSIP/1001")).reason,
        Reason::NoPresenceProvider);
}

void TestAvailabilityRules::dndNeedsOneDevicePerExtension()
{
    const AvailabilitySettings desk;
    AvailabilityPreset preset = AvailabilityPreset::plainAsterisk();
    preset.dndDevicePattern = QStringLiteral("Custom:operator-dnd"); // 04-custom-devstate
    QCOMPARE(AvailabilityRules::dnd(desk, nullptr, false, preset).reason, Reason::NoDndDevice);
    QVERIFY(AvailabilityRules::dnd(desk, nullptr, true, preset).allowed());
}

void TestAvailabilityRules::plainAsteriskHasOnlyOneForward()
{
    const AvailabilitySettings desk;
    const AvailabilityPreset preset = AvailabilityPreset::plainAsterisk();
    QVERIFY(AvailabilityRules::forward(desk, nullptr, false, preset, Forward::Always).allowed());
    QCOMPARE(
        AvailabilityRules::forward(desk, nullptr, false, preset, Forward::Busy).reason, Reason::NoFamily);
}

void TestAvailabilityRules::accountWithoutSystemMayNotForward()
{
    // write = call,reporting: Setvar yes, DBPut/DBDel (system only) no.
    const auto account = accountWith({"Setvar", "Getvar", "DBGet", "DBGetTree", "PresenceStateList"});
    const AvailabilitySettings desk;
    const AvailabilityPreset preset;
    const AvailabilityRules::Verdict forward
        = AvailabilityRules::forward(desk, account.get(), true, preset, Forward::Always);
    QCOMPARE(forward.reason, Reason::AccountLacksClass);
    QCOMPARE(forward.missingClasses, QStringList {QStringLiteral("system")});
    QVERIFY(AvailabilityRules::presence(desk, account.get(), true, Provider).allowed());
    // FreePBX DND writes DND/<ext> too; plain Asterisk's is the device state alone.
    QCOMPARE(AvailabilityRules::dnd(desk, account.get(), true, preset).reason, Reason::AccountLacksClass);
    QVERIFY(AvailabilityRules::dnd(desk, account.get(), true, AvailabilityPreset::plainAsterisk()).allowed());
}

void TestAvailabilityRules::switchesFollowTheDeskAndTheAccount()
{
    AvailabilitySettings desk;
    QVERIFY(AvailabilityRules::toggleSwitch(desk, accountWith({"Setvar"}).get()).allowed());
    const AvailabilityRules::Verdict noSetvar
        = AvailabilityRules::toggleSwitch(desk, accountWith({"Ping"}).get());
    QCOMPARE(noSetvar.reason, Reason::AccountLacksClass);
    QCOMPARE(noSetvar.missingClasses, QStringList {QStringLiteral("call")});
    desk.switches = false;
    QCOMPARE(AvailabilityRules::toggleSwitch(desk, nullptr).reason, Reason::NotThisDesk);
}

QTEST_GUILESS_MAIN(TestAvailabilityRules)
#include "TestAvailabilityRules.moc"
