// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// "Start Attendant when I log in": an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/<app id>.desktop (freedesktop Desktop Application
// Autostart Specification), which GNOME, KDE, Xfce and LXQt all honour.
//
// Disabling removes the user's entry; when an administrator ships a system-wide
// entry (in $XDG_CONFIG_DIRS/autostart, e.g. for a rollout), the user's entry
// instead says Hidden=true, the only way the specification lets a user opt out.
class Autostart final
{
public:
    // autostartDirectory: where the user's entry lives (tests pass a temporary one).
    // systemDirectories: the $XDG_CONFIG_DIRS autostart folders, most important first.
    explicit Autostart(const QString& appId = QStringLiteral(ATTENDANT_APP_ID),
        const QString& autostartDirectory = defaultDirectory(),
        const QStringList& systemDirectories = defaultSystemDirectories());

    static QString defaultDirectory();
    static QStringList defaultSystemDirectories();
    // One Exec= argument quoted as the Desktop Entry Specification requires.
    static QString quoteExecArgument(const QString& argument);

    QString filePath() const;
    // True when the desktop session would start Attendant at login.
    bool isEnabled() const;
    // program: the binary to start (the installed "attendant", or this build's path);
    // arguments: e.g. --minimized or --profile NAME. Returns false and sets
    // errorString() when the entry cannot be written or removed.
    bool setEnabled(bool enabled, const QString& program = QStringLiteral("attendant"),
        const QStringList& arguments = {});
    QString errorString() const { return m_errorString; }

private:
    QString systemEntry() const;
    bool write(const QByteArray& contents);

    QString m_appId;
    QString m_directory;
    QStringList m_systemDirectories;
    QString m_errorString;
};
