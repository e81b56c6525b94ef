// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/Screenshots.h"

#include "ui/dialogs/DirectorySettingsPage.h"
#include "ui/dialogs/LdapSourceDialog.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace {

void printError(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

} // namespace

Screenshots::Screenshots(QWidget* window, Settings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

void Screenshots::scheduleWindow(const QString& file, int delayMs, const QString& panel)
{
    if (!panel.isEmpty())
        QTimer::singleShot(delayMs / 2, this, [this, panel] { raisePanel(panel); });
    QTimer::singleShot(delayMs, this, [this, file] {
        const bool saved = m_window->grab().save(file);
        if (!saved)
            printError(tr("Could not save %1").arg(file));
        Q_EMIT finished(saved ? 0 : 1);
    });
}

void Screenshots::raisePanel(const QString& title)
{
    const auto docks = m_window->findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        if (dock->windowTitle().remove(u'&').compare(title, Qt::CaseInsensitive) == 0) {
            dock->show();
            dock->raise();
            return;
        }
    }
    printError(tr("No panel is titled %1").arg(title));
}

void Screenshots::scheduleSettings(const QString& folder, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, folder] { saveSettings(folder); });
}

void Screenshots::saveSettings(const QString& folder)
{
    QDir().mkpath(folder); // a failure shows as "Could not save" below
    SettingsDialog dialog(m_settings, m_secrets, m_window);
    dialog.show();
    bool saved = true;
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        dialog.tabs()->setCurrentIndex(i);
        // Rows a page adds while it is shown appear on the next turn of the event loop.
        QCoreApplication::processEvents();
        const QString page = dialog.tabs()->tabText(i).remove(u'&').toLower();
        const QString file
            = QDir(folder).filePath(QStringLiteral("settings-") + page + QStringLiteral(".png"));
        if (!dialog.grab().save(file)) {
            printError(tr("Could not save %1").arg(file));
            saved = false;
        }
    }
    // The editor of the first LDAP source, if there is one.
    const QList<DirectorySourceConfig> sources = dialog.directoryPage()->sources();
    for (const DirectorySourceConfig& source : sources) {
        if (source.kind != DirectorySourceConfig::Kind::Ldap)
            continue;
        LdapSourceDialog editor(source, m_secrets, &dialog);
        editor.show();
        saved = editor.grab().save(QDir(folder).filePath(QStringLiteral("settings-ldap.png"))) && saved;
        break;
    }
    Q_EMIT finished(saved ? 0 : 1);
}
