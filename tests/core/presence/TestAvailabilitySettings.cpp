// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's availability group: written and read back through a real
// ini file, presets per server, and bad status entries skipped.
#include "core/presence/AvailabilitySettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Status = PresenceNote::Status;

class TestAvailabilitySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void badStatusesAreSkipped();
    void presetPerServer();
};

void TestAvailabilitySettings::defaults()
{
    QTemporaryDir dir;
    QSettings empty(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    const AvailabilitySettings a = AvailabilitySettings::read(empty);
    QVERIFY(a.othersPresence && a.othersDnd && a.othersForwarding && a.switches);
    QCOMPARE(a.pollSeconds, AvailabilitySettings::ForwardingPollSeconds);
    QVERIFY(a.statuses.isEmpty());
    QCOMPARE(a, AvailabilitySettings());
}

void TestAvailabilitySettings::roundTrip()
{
    QTemporaryDir dir;
    AvailabilitySettings a;
    a.presets.insert(QStringLiteral("branch"), AvailabilityPreset::Kind::PlainAsterisk);
    a.alwaysFamily = QStringLiteral("FWD");
    a.othersForwarding = false;
    a.switches = false;
    a.pollSeconds = 30;
    a.statuses
        = {{Status::Away, QStringLiteral("Lunch, canteen")}, {Status::DoNotDisturb, QStringLiteral("Call")}};
    {
        QSettings out(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        a.write(out);
    }
    QSettings in(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    QCOMPARE(AvailabilitySettings::read(in), a);
}

void TestAvailabilitySettings::badStatusesAreSkipped()
{
    QTemporaryDir dir;
    {
        QSettings out(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        out.setValue(QStringLiteral("availability/statuses"),
            QStringList {QStringLiteral("away:Lunch"), QStringLiteral("busy:Nope"),
                QStringLiteral("dnd:line\\nbreak").replace(QStringLiteral("\\n"), QStringLiteral("\n")),
                QStringLiteral("xa:Holiday")});
    }
    QSettings in(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    const AvailabilitySettings a = AvailabilitySettings::read(in);
    QCOMPARE(a.statuses.size(), 2);
    QCOMPARE(a.statuses.at(0), (AvailabilitySettings::Status {Status::Away, QStringLiteral("Lunch")}));
    QCOMPARE(
        a.statuses.at(1), (AvailabilitySettings::Status {Status::ExtendedAway, QStringLiteral("Holiday")}));
}

void TestAvailabilitySettings::presetPerServer()
{
    AvailabilitySettings a;
    a.presets.insert(QStringLiteral("branch"), AvailabilityPreset::Kind::PlainAsterisk);
    a.alwaysFamily = QStringLiteral("FWD");
    const AvailabilityPreset main = a.preset(QStringLiteral("main"), QStringLiteral("Custom:DND{exten}"));
    QCOMPARE(main.kind, AvailabilityPreset::Kind::FreePbx);
    QCOMPARE(main.families(), QStringList({"FWD", "CFB", "CFU", "DND"}));
    QCOMPARE(main.dndDevicePattern, QStringLiteral("Custom:DND{exten}"));
    const AvailabilityPreset branch = a.preset(QStringLiteral("branch"), {});
    QCOMPARE(branch.families(), QStringList({"FWD"}));
    QCOMPARE(branch.dndDevicePattern, QStringLiteral("Custom:DND%1"));
}

QTEST_GUILESS_MAIN(TestAvailabilitySettings)
#include "TestAvailabilitySettings.moc"
