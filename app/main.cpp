// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "core/settings/Settings.h"
#include "ui/common/Translations.h"

#include <QApplication>
#include <QIcon>

#include <memory>

namespace {

// Takes "--name value" or "--name=value" out of the arguments. The language is
// needed before Application parses the command line (its --help is
// translated), so main() reads --lang itself; --settings stays in.
QString takeOption(QStringList& arguments, const QString& name, bool remove)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(flag + u'=')) {
            const QString value = argument.mid(flag.size() + 1);
            if (remove)
                arguments.removeAt(i);
            return value;
        }
        if (argument == flag && i + 1 < arguments.size()) {
            const QString value = arguments.at(i + 1);
            if (remove)
                arguments.remove(i, 2);
            return value;
        }
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Attendant"));
    QApplication::setOrganizationName(QStringLiteral("Attendant"));
    QApplication::setApplicationVersion(QStringLiteral(ATTENDANT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ATTENDANT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attendant.svg")));

    // Language: --lang xx (screenshots, support), else the setting, else the
    // system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    QStringList arguments = QApplication::arguments();
    QString language = takeOption(arguments, QStringLiteral("lang"), true);
    if (language.isEmpty()) {
        const QString settingsFile = takeOption(arguments, QStringLiteral("settings"), false);
        const auto settings = settingsFile.isEmpty() ? std::make_unique<Settings>()
                                                     : std::make_unique<Settings>(settingsFile);
        language = settings->languageOverride();
    }
    Translations translations;
    translations.apply(language);

    Application attendant;
    if (!attendant.start(arguments))
        return attendant.exitCode();
    const int code = QApplication::exec();
    return code != 0 ? code : attendant.exitCode();
}
