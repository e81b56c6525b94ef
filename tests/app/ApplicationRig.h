// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class MainWindow;
class QDockWidget;
class QTimer;
class SettingsDialog;

// What the Application tests share: a temporary folder made anew for every
// test function (setUpRig() from init()), a saved profile written into it (a
// CSV phonebook, an optional spool and servers), and finding the window's docks.
class ApplicationRig : public QObject
{
protected:
    void setUpRig();
    QString writeProfile(const QString& spoolRoot, const QList<ServerConfig>& servers = {});
    static bool copyTree(const QString& from, const QString& to);
    static QDockWidget* dockTitled(MainWindow* window, const QString& title);
    // Dialogs run their own event loops: poll acts from inside them once shown.
    // The AMI secret prompt gets secret (declined when empty); a shown settings
    // dialog is handed to onSettings.
    void answerDialogs(QTimer& poll, const QString& secret, std::function<void(SettingsDialog*)> onSettings);

    std::unique_ptr<QTemporaryDir> m_dir;
};
