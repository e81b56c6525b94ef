// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

void printError(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

} // namespace

bool CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Attendant console for the Asterisk PBX"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Start a simulated office PBX inside Attendant and connect to it (no profile is saved; the "
           "board's groups are kept)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Use the saved profile <name>."), tr("name"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        tr("Connect to <url>: ami://user@host[:5038] or amis://user@host[:5039] (TLS). The secret is asked "
           "for."),
        tr("url"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
        tr("Read and write settings in <file> instead of the default place."), tr("file"));
    const QCommandLineOption schemeOption(
        QStringLiteral("color-scheme"), tr("light, dark or system."), tr("scheme"));
    const QCommandLineOption loadOption(QStringLiteral("demo-load"),
        tr("With --demo: <extensions>x<events per second>, e.g. 5000x2000."), tr("load"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        tr("Save a picture of the window to <file> a few seconds after connecting, then quit."), tr("file"));
    const QCommandLineOption settingsShotsOption(QStringLiteral("screenshot-settings"),
        tr("Save a picture of every settings page into <folder> (settings-<page>.png), then quit."),
        tr("folder"));
    const QCommandLineOption panelOption(QStringLiteral("screenshot-panel"),
        tr("With --screenshot: bring the panel titled <title> to the front first, e.g. Recordings."),
        tr("title"));
    parser.addOptions({demoOption, profileOption, serverOption, settingsOption, schemeOption, loadOption,
        screenshotOption, settingsShotsOption, panelOption});
    parser.addPositionalArgument(
        QStringLiteral("link"), tr("tel:, sip: or callto: links to dial."), tr("[link…]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        m_exitCode = 2;
        return false;
    }
    if (answeredHelpOrVersion(parser))
        return false;
    demo = parser.isSet(demoOption);
    profile = parser.value(profileOption);
    server = parser.value(serverOption);
    settingsFile = parser.value(settingsOption);
    colorScheme = parser.value(schemeOption);
    screenshot = parser.value(screenshotOption);
    settingsScreenshots = parser.value(settingsShotsOption);
    screenshotPanel = parser.value(panelOption);
    links = parser.positionalArguments();
    if (demo && parser.isSet(loadOption) && !parseDemoLoad(parser.value(loadOption))) {
        printError(tr("--demo-load wants <extensions>x<events per second>, e.g. 5000x2000."));
        m_exitCode = 2;
        return false;
    }
    return true;
}

bool CommandLine::answeredHelpOrVersion(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return true;
    }
    return false;
}

bool CommandLine::parseDemoLoad(const QString& load)
{
    const QStringList parts = load.split(u'x');
    demoExtensions = parts.value(0).toInt();
    demoEventsPerSecond = parts.value(1).toDouble();
    return parts.size() == 2 && demoExtensions > 0 && demoEventsPerSecond >= 0;
}

QStringList CommandLine::linksOf(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("link"), QString());
    // Options of the second launch are ignored here: only links are acted on.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(arguments);
    QStringList links;
    const QStringList positional = parser.positionalArguments();
    for (const QString& a : positional) {
        if (!a.startsWith(u'-'))
            links.append(a);
    }
    return links;
}
