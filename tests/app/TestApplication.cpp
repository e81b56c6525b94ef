// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "directory/DirectoryModel.h"
#include "directory/DirectoryPanel.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "voicemail/VoicemailBrowser.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QDockWidget* dockTitled(MainWindow* window, const QString& title)
{
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    for (QDockWidget* d : docks) {
        if (d->windowTitle() == title)
            return d;
    }
    return nullptr;
}

} // namespace

// The composition root with a real (saved) profile and no PBX: the directory
// and voicemail docks come from the profile, not only from --demo.
class TestApplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void profileDirectoryAndSpoolAreDocked();
    void unreadableSpoolSaysSo();
    void noSpoolNoVoicemailDock();

private:
    // Writes a profile "Office" with the CSV file and the given spool root; returns the settings file.
    QString writeProfile(const QString& spoolRoot);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestApplication::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestApplication::writeProfile(const QString& spoolRoot)
{
    const QString csv = m_dir->filePath(QStringLiteral("phonebook.csv"));
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Name,Extension,E-Mail\nAnna Berg,1001,anna@example.com\nBruno Díaz,1002,\nCarla Rossi,1003,\n");
    f.close();

    Profile p;
    p.name = QStringLiteral("Office");
    DirectorySourceConfig source;
    source.id = QStringLiteral("phonebook");
    source.filePath = csv;
    p.directorySources = {source};
    p.voicemail.spoolRoot = spoolRoot;
    const QString ini = m_dir->filePath(QStringLiteral("attendant.ini"));
    Settings settings(ini);
    settings.saveProfile(p);
    settings.setCurrentProfileName(p.name);
    settings.sync();
    return ini;
}

void TestApplication::profileDirectoryAndSpoolAreDocked()
{
    const QString spool = m_dir->filePath(QStringLiteral("spool"));
    QVERIFY(copyTree(QStringLiteral(ATTENDANT_TEST_DATA "/voicemail-spool"), spool));
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(spool)}));

    QDockWidget* directoryDock = dockTitled(app.window(), QStringLiteral("Directory"));
    QVERIFY(directoryDock);
    auto* directory = qobject_cast<DirectoryPanel*>(directoryDock->widget());
    QVERIFY(directory);
    QTRY_COMPARE(directory->model()->totalCount(), 3);

    QDockWidget* voicemailDock = dockTitled(app.window(), QStringLiteral("Voicemail"));
    QVERIFY(voicemailDock);
    auto* voicemail = qobject_cast<VoicemailBrowser*>(voicemailDock->widget());
    QVERIFY(voicemail);
    QAbstractItemModel* mailboxes = voicemail->mailboxView()->model();
    QTRY_VERIFY(mailboxes->rowCount() >= 5);
    // Owners come from the directory: mailbox 1001 is Anna's.
    QStringList titles;
    for (int row = 0; row < mailboxes->rowCount(); ++row)
        titles.append(mailboxes->index(row, 0).data().toString().section(u'\n', 0, 0));
    QVERIFY2(titles.contains(QStringLiteral("1001 – Anna Berg")), qPrintable(titles.join(u'|')));
}

void TestApplication::unreadableSpoolSaysSo()
{
    const QString missing = m_dir->filePath(QStringLiteral("no-such-spool"));
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(missing)}));
    QDockWidget* voicemailDock = dockTitled(app.window(), QStringLiteral("Voicemail"));
    QVERIFY(voicemailDock);
    QVERIFY(!qobject_cast<VoicemailBrowser*>(voicemailDock->widget()));
    auto* label = qobject_cast<QLabel*>(voicemailDock->widget());
    QVERIFY(label);
    QVERIFY2(label->text().contains(QDir::toNativeSeparators(missing)), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("does not exist")), qPrintable(label->text()));
    // The directory still works.
    QVERIFY(dockTitled(app.window(), QStringLiteral("Directory")));
}

void TestApplication::noSpoolNoVoicemailDock()
{
    Application app;
    QVERIFY(app.start({QStringLiteral("attendant"), QStringLiteral("--settings"), writeProfile(QString())}));
    QVERIFY(dockTitled(app.window(), QStringLiteral("Directory")));
    QVERIFY(!dockTitled(app.window(), QStringLiteral("Voicemail")));
}

QTEST_MAIN(TestApplication)
#include "TestApplication.moc"
