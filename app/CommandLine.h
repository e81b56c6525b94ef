// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPbx.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the command line asks for: parsed once at start, with --help,
// --version and bad arguments answered here (printed, with an exit code).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // False when the program should exit; exitCode() says how.
    bool parse(const QStringList& arguments);
    int exitCode() const { return m_exitCode; }

    // The links of a second launch handed over by SingleInstance; its options are ignored.
    static QStringList linksOf(const QStringList& arguments);

    // The demo, screenshots and explicit settings files skip the one-instance rule.
    bool separateWorld() const { return demo || !screenshot.isEmpty() || !settingsFile.isEmpty(); }

    bool demo = false;
    int demoExtensions = 40;
    double demoEventsPerSecond = DemoPbx::CalmEventRate; // the demo starts calm
    QString profile;
    QString server;
    QString settingsFile;
    QString colorScheme;
    QString screenshot;
    QString screenshotPanel; // the dock raised before the window's picture
    QString settingsScreenshots;
    QStringList links;

private:
    // "<extensions>x<events per second>"; false when it is not.
    // --help and --version print their answer here (true: nothing else to do).
    static bool answeredHelpOrVersion(const class QCommandLineParser& parser);
    bool parseDemoLoad(const QString& load);

    int m_exitCode = 0;
};
