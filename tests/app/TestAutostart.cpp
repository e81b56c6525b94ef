// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsXdgEnvironment();
    void enableWritesAValidEntry();
    void disableRemovesTheEntry();
    void systemEntryIsOverriddenWithHidden();
    void gnomeDisabledKeyCounts();
    void execQuoting_data();
    void execQuoting();
    void refusesLineBreaksInTheCommand();
    void reportsAnUnwritableFolder();

private:
    static QByteArray readFile(const QString& path);
    static QString execLine(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_configHome;
    QString m_systemDir;
};

QByteArray TestAutostart::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString TestAutostart::execLine(const QString& path)
{
    const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(u"Exec="))
            return line.mid(5);
    }
    return {};
}

void TestAutostart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configHome = m_dir->filePath(u"config"_s);
    m_systemDir = m_dir->filePath(u"xdg"_s);
    QVERIFY(QDir().mkpath(m_configHome));
    QVERIFY(QDir().mkpath(m_systemDir + u"/autostart"_s));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_systemDir));
}

void TestAutostart::cleanup()
{
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_CONFIG_DIRS");
}

void TestAutostart::followsXdgEnvironment()
{
    QCOMPARE(Autostart::defaultDirectory(), m_configHome + u"/autostart"_s);
    QCOMPARE(Autostart::defaultSystemDirectories(), QStringList {m_systemDir + u"/autostart"_s});
    const Autostart autostart;
    QCOMPARE(autostart.filePath(), m_configHome + u"/autostart/" ATTENDANT_APP_ID ".desktop"_s);
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::enableWritesAValidEntry()
{
    Autostart autostart;
    QVERIFY2(autostart.setEnabled(true, u"/usr/bin/attendant"_s, {u"--profile"_s, u"Front desk"_s}),
        qPrintable(autostart.errorString()));
    QVERIFY(autostart.isEnabled());
    QCOMPARE(execLine(autostart.filePath()), u"/usr/bin/attendant --profile \"Front desk\""_s);
    QVERIFY(readFile(autostart.filePath()).contains("Icon=" ATTENDANT_APP_ID "\n"));
    QVERIFY(!readFile(autostart.filePath()).contains("Hidden"));

    QProcess validate;
    validate.start(QStringLiteral(DESKTOP_FILE_VALIDATE), {u"--no-hints"_s, autostart.filePath()});
    QVERIFY(validate.waitForFinished(30000));
    QCOMPARE(validate.readAll(), QByteArray());
    QCOMPARE(validate.exitCode(), 0);

    // Enabling again rewrites the command, e.g. after choosing another profile.
    QVERIFY(autostart.setEnabled(true, u"attendant"_s));
    QCOMPARE(execLine(autostart.filePath()), u"attendant"_s);
}

void TestAutostart::disableRemovesTheEntry()
{
    Autostart autostart;
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(autostart.filePath()));
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!QFile::exists(autostart.filePath()));
    QVERIFY(!autostart.isEnabled());
    // Disabling what is not enabled is not an error.
    QVERIFY(autostart.setEnabled(false));
}

void TestAutostart::systemEntryIsOverriddenWithHidden()
{
    // An administrator's rollout starts Attendant for everyone...
    QFile system(m_systemDir + u"/autostart/" ATTENDANT_APP_ID ".desktop"_s);
    QVERIFY(system.open(QIODevice::WriteOnly));
    system.write("[Desktop Entry]\nType=Application\nName=Attendant\nExec=attendant\n");
    system.close();
    Autostart autostart;
    QVERIFY(autostart.isEnabled());

    // ...and a user who opts out gets a Hidden=true entry of the same name.
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(QFile::exists(autostart.filePath()));
    QVERIFY(readFile(autostart.filePath()).contains("Hidden=true\n"));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(system.exists());

    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    QVERIFY(!readFile(autostart.filePath()).contains("Hidden"));
}

void TestAutostart::gnomeDisabledKeyCounts()
{
    Autostart autostart;
    QVERIFY(QDir().mkpath(Autostart::defaultDirectory()));
    QFile entry(autostart.filePath());
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.write("[Desktop Entry]\nType=Application\nName=Attendant\nExec=attendant\n"
                "X-GNOME-Autostart-enabled=false\n");
    entry.close();
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::execQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");

    // Expected values written out by hand from the Desktop Entry Specification's Exec rules.
    QTest::newRow("plain") << u"attendant"_s << u"attendant"_s;
    QTest::newRow("option with value") << u"--profile=Night"_s << u"--profile=Night"_s;
    QTest::newRow("space") << u"/opt/My Apps/attendant"_s << u"\"/opt/My Apps/attendant\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("dollar is escaped") << u"$HOME"_s << u"\"\\\\$HOME\""_s;
    QTest::newRow("double quote") << u"say \"hi\""_s << u"\"say \\\\\"hi\\\\\"\""_s;
    QTest::newRow("backslash needs four") << u"a\\b"_s << u"\"a\\\\\\\\b\""_s;
    QTest::newRow("percent is not a field code") << u"100%"_s << u"100%%"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
    QTest::newRow("UTF-8") << u"Recepción"_s << u"Recepción"_s;
}

void TestAutostart::execQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(Autostart::quoteExecArgument(argument), quoted);
}

void TestAutostart::refusesLineBreaksInTheCommand()
{
    Autostart autostart;
    QVERIFY(!autostart.setEnabled(true, u"attendant"_s, {u"--profile"_s, u"x\nHidden=true"_s}));
    QVERIFY(!autostart.errorString().isEmpty());
    QVERIFY(!QFile::exists(autostart.filePath()));
    QVERIFY(!autostart.setEnabled(true, u"attendant\r"_s));
    QVERIFY(!QFile::exists(autostart.filePath()));
}

void TestAutostart::reportsAnUnwritableFolder()
{
    // A file where the autostart folder should be: the folder cannot be created.
    const QString blocked = m_dir->filePath(u"blocked"_s);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Autostart autostart(QStringLiteral(ATTENDANT_APP_ID), blocked + u"/autostart"_s, {});
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.errorString().contains(blocked));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "TestAutostart.moc"
