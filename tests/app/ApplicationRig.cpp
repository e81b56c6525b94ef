// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationRig.h"

#include "core/settings/Settings.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QTest>
#include <QTimer>

void ApplicationRig::setUpRig()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool ApplicationRig::copyTree(const QString& from, const QString& to)
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

QDockWidget* ApplicationRig::dockTitled(MainWindow* window, const QString& title)
{
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    for (QDockWidget* d : docks) {
        if (d->windowTitle() == title)
            return d;
    }
    return nullptr;
}

QString ApplicationRig::writeProfile(const QString& spoolRoot, const QList<ServerConfig>& servers)
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
    p.servers = servers;
    const QString ini = m_dir->filePath(QStringLiteral("attendant.ini"));
    Settings settings(ini);
    settings.saveProfile(p);
    settings.setCurrentProfileName(p.name);
    settings.sync();
    return ini;
}

void ApplicationRig::answerDialogs(
    QTimer& poll, const QString& secret, std::function<void(SettingsDialog*)> onSettings)
{
    connect(&poll, &QTimer::timeout, this, [secret, onSettings = std::move(onSettings)] {
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows) {
            if (auto* ask = qobject_cast<QInputDialog*>(w); ask && ask->isVisible()) {
                if (secret.isEmpty()) {
                    ask->reject();
                } else {
                    ask->setTextValue(secret);
                    ask->accept();
                }
            }
            if (auto* dialog = qobject_cast<SettingsDialog*>(w); dialog && dialog->isVisible())
                onSettings(dialog);
        }
    });
    poll.start(20);
}
