// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

// Just enough of a desktop entry reader for the keys that decide whether an
// autostart entry runs: keys of the [Desktop Entry] group, untranslated.
QString desktopEntryValue(const QString& path, QStringView key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inMainGroup = line == u"[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inMainGroup || equals < 0)
            continue;
        if (QStringView(line).left(equals).trimmed() == key)
            return line.mid(equals + 1).trimmed();
    }
    return {};
}

bool entryRuns(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    return desktopEntryValue(path, u"Hidden") != u"true"
        && desktopEntryValue(path, u"X-GNOME-Autostart-enabled") != u"false";
}

bool hasControlCharacter(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

Autostart::Autostart(
    const QString& appId, const QString& autostartDirectory, const QStringList& systemDirectories)
    : m_appId(appId)
    , m_directory(autostartDirectory)
    , m_systemDirectories(systemDirectories)
{ }

QString Autostart::defaultDirectory()
{
    // Honours $XDG_CONFIG_HOME.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart");
}

QStringList Autostart::defaultSystemDirectories()
{
    // $XDG_CONFIG_DIRS (default /etc/xdg); the first standard location is the user's own.
    QStringList directories = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    directories.removeAll(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    for (QString& directory : directories)
        directory += QStringLiteral("/autostart");
    return directories;
}

QString Autostart::quoteExecArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);

    QString quoted;
    if (needsQuotes) {
        quoted += u'"';
        for (QChar c : argument) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        quoted += u'"';
    } else {
        quoted = argument;
    }
    // The value is also a desktop entry string: its own escaping of backslashes comes on
    // top of the quoting, and '%' would otherwise start a field code.
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'%', QStringLiteral("%%"));
    return quoted;
}

QString Autostart::filePath() const
{
    return QDir(m_directory).filePath(m_appId + QStringLiteral(".desktop"));
}

QString Autostart::systemEntry() const
{
    for (const QString& directory : m_systemDirectories) {
        const QString path = QDir(directory).filePath(m_appId + QStringLiteral(".desktop"));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

bool Autostart::isEnabled() const
{
    // The user's entry, when present, overrides a system one of the same name.
    if (QFileInfo::exists(filePath()))
        return entryRuns(filePath());
    const QString system = systemEntry();
    return !system.isEmpty() && entryRuns(system);
}

bool Autostart::setEnabled(bool enabled, const QString& program, const QStringList& arguments)
{
    m_errorString.clear();
    if (enabled) {
        if (program.isEmpty() || hasControlCharacter(program)
            || std::any_of(arguments.cbegin(), arguments.cend(), hasControlCharacter)) {
            m_errorString
                = QCoreApplication::translate("Autostart", "The command to start contains line breaks.");
            return false;
        }
        QString exec = quoteExecArgument(program);
        for (const QString& argument : arguments) {
            exec += u' ';
            exec += quoteExecArgument(argument);
        }
        const QString entry = QStringLiteral("[Desktop Entry]\n"
                                             "Type=Application\n"
                                             "Name=Attendant\n"
                                             "Comment=Attendant console for the Asterisk PBX\n"
                                             "Exec=%1\n"
                                             "Icon=%2\n"
                                             "Terminal=false\n"
                                             "X-GNOME-Autostart-enabled=true\n")
                                  .arg(exec, m_appId);
        return write(entry.toUtf8());
    }

    if (!systemEntry().isEmpty()) {
        // Removing our file would let the administrator's entry run again.
        return write(QByteArrayLiteral("[Desktop Entry]\n"
                                       "Type=Application\n"
                                       "Name=Attendant\n"
                                       "Hidden=true\n"));
    }
    QFile file(filePath());
    if (file.exists() && !file.remove()) {
        m_errorString = file.errorString();
        return false;
    }
    return true;
}

bool Autostart::write(const QByteArray& contents)
{
    if (!QDir().mkpath(m_directory)) {
        m_errorString
            = QCoreApplication::translate("Autostart", "Cannot create the folder %1.").arg(m_directory);
        return false;
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        m_errorString = file.errorString();
        return false;
    }
    return true;
}
