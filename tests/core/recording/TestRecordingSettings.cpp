// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recording/RecordingSettings.h"
#include "core/settings/Profile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The profile's [recording] group: per server, written and read back through
// a real ini file; MixMonitor options with the announcement beep.
class TestRecordingSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTheProfile();
    void serverWithoutSettingsHasTheDefaults();
    void beepOption_data();
    void beepOption();
    void validOptions_data();
    void validOptions();
    void handEditedFileIsTamed();
    void groupWithoutANameIsIgnored();
};

void TestRecordingSettings::roundTripThroughTheProfile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.ini"));
    Profile p;
    p.name = QStringLiteral("Office");
    RecordingSettings::Server main;
    main.monitorDirectory = QStringLiteral("/mnt/pbx/monitor");
    main.fileTemplate = QStringLiteral("{uniqueid}-{caller}.wav");
    main.options = QStringLiteral("bi(MIXID)");
    main.beepSeconds = 15;
    RecordingSettings::Server branch;
    branch.monitorDirectory.clear(); // no browser for this one
    p.recording.servers.insert(QStringLiteral("main"), main);
    p.recording.servers.insert(QStringLiteral("branch-b"), branch);
    {
        QSettings s(file, QSettings::IniFormat);
        p.write(s);
    }
    QSettings s(file, QSettings::IniFormat);
    const Profile back = Profile::read(s);
    QCOMPARE(back.recording, p.recording);
    QCOMPARE(back.recording.forServer(QStringLiteral("main")).mixMonitorOptions(),
        QStringLiteral("bi(MIXID)B(15)"));
    QVERIFY(back.recording.forServer(QStringLiteral("branch-b")).monitorDirectory.isEmpty());
}

void TestRecordingSettings::serverWithoutSettingsHasTheDefaults()
{
    const RecordingSettings::Server s = RecordingSettings().forServer(QStringLiteral("demo"));
    QCOMPARE(s.monitorDirectory, QStringLiteral("/var/spool/asterisk/monitor"));
    QCOMPARE(s.fileTemplate, QString::fromLatin1(RecordingFileName::DefaultTemplate));
    QCOMPARE(s.mixMonitorOptions(), QStringLiteral("b"));
}

void TestRecordingSettings::beepOption_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<int>("beep");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no beep") << "b" << 0 << "b";
    QTest::newRow("beep every 15 s") << "b" << 15 << "bB(15)";
    QTest::newRow("typed B gives way") << "bB(30)" << 10 << "bB(10)";
    QTest::newRow("typed B removed when off") << "B(30)i(ID)" << 0 << "i(ID)";
}

void TestRecordingSettings::beepOption()
{
    QFETCH(QString, options);
    QFETCH(int, beep);
    RecordingSettings::Server s;
    s.options = options;
    s.beepSeconds = beep;
    QTEST(s.mixMonitorOptions(), "expected");
}

void TestRecordingSettings::validOptions_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("bridged only") << "b" << true;
    QTest::newRow("recorded fixture") << "bi(MIXID)" << true;
    QTest::newRow("volume and beep") << "v(2)V(-1)B(15)" << true;
    QTest::newRow("line break") << "b\r\nAction: Originate" << false;
    QTest::newRow("trailing line break") << "b\n" << false;
    QTest::newRow("space") << "b B(5)" << false;
    QTest::newRow("unclosed") << "B(5" << false;
    QTest::newRow("shell-ish") << "r($(reboot))" << false;
}

void TestRecordingSettings::validOptions()
{
    QFETCH(QString, options);
    QTEST(RecordingSettings::validOptions(options), "valid");
}

void TestRecordingSettings::handEditedFileIsTamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.ini"));
    {
        QSettings s(file, QSettings::IniFormat);
        s.setValue(QStringLiteral("recording/main/options"), QStringLiteral("b\nAction: Reboot"));
        s.setValue(QStringLiteral("recording/main/fileTemplate"), QStringLiteral("../{caller}/x.wav"));
        s.setValue(QStringLiteral("recording/main/beepSeconds"), -4);
    }
    QSettings s(file, QSettings::IniFormat);
    const RecordingSettings::Server main = RecordingSettings::read(s).forServer(QStringLiteral("main"));
    QCOMPARE(main.options, QStringLiteral("b"));
    QCOMPARE(main.fileTemplate, QString::fromLatin1(RecordingFileName::DefaultTemplate));
    QCOMPARE(main.beepSeconds, 0);
}

void TestRecordingSettings::groupWithoutANameIsIgnored()
{
    // fuzz_profile_import: "recording\\/ain\\options" made a server with an empty id, exported as keys of
    // [recording] itself, so the next import lost it and a second export differed from the first.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.ini"));
    {
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("[profile]\nname=Front desk\nrecording\\main\\beepSeconds=5\nrecording\\/ain\\options=b\n");
    }
    const std::optional<Profile> imported = Profile::importFromFile(file);
    QVERIFY(imported);
    QVERIFY(!imported->recording.servers.contains(QString()));
    QCOMPARE(imported->recording.forServer(QStringLiteral("main")).beepSeconds, 5);
    const QString first = dir.filePath(QStringLiteral("first.ini"));
    const QString second = dir.filePath(QStringLiteral("second.ini"));
    QCOMPARE(imported->exportToFile(first), QString());
    const std::optional<Profile> again = Profile::importFromFile(first);
    QVERIFY(again);
    QCOMPARE(again->exportToFile(second), QString());
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

QTEST_GUILESS_MAIN(TestRecordingSettings)
#include "TestRecordingSettings.moc"
