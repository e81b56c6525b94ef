// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/Profile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

// Typed access to everything Attendant remembers, in one place. Backed by
// QSettings; never holds a secret (those go to SecretStore under
// ServerConfig::secretKey()).
class Settings final
{
public:
    enum class CrmTrigger
    {
        Never,
        OnRing,
        OnAnswer,
    };
    enum class ColorScheme
    {
        System,
        Light,
        Dark,
    };

    // The application's default settings location.
    Settings();
    // A given ini file (tests, portable installs).
    explicit Settings(const QString& iniPath);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QString fileName() const;
    void sync();

    // Profiles
    QStringList profileNames() const;
    bool hasProfile(const QString& name) const;
    std::optional<Profile> profile(const QString& name) const;
    void saveProfile(const Profile& profile);
    // Only the board's groups and favourites of a saved profile, as the receptionist changes them.
    void saveBoardGroups(const QString& profileName, const BoardGroups& groups);
    // The demo office's board, kept apart: the demo is no saved profile.
    BoardGroups demoBoardGroups() const;
    void setDemoBoardGroups(const BoardGroups& groups);
    void removeProfile(const QString& name);
    QString currentProfileName() const; // falls back to the first profile
    void setCurrentProfileName(const QString& name);
    // No profile yet: the ui greets the user with the first-run dialog.
    bool isFirstRun() const { return profileNames().isEmpty(); }

    // Keyboard: an action name ("hangup") → a QKeySequence in portable text
    // form ("F4"). Empty string = the user removed the shortcut.
    QString shortcut(const QString& action, const QString& fallback) const;
    void setShortcut(const QString& action, const QString& keys);

    // CRM lookup: "https://crm/lookup?number={callerid}"; empty = off.
    QString crmUrlTemplate() const;
    void setCrmUrlTemplate(const QString& urlTemplate);
    CrmTrigger crmTrigger() const;
    void setCrmTrigger(CrmTrigger trigger);

    bool minimiseToTray() const;
    // Start Attendant when the user logs in (an XDG autostart entry the app keeps in step).
    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    void setMinimiseToTray(bool on);
    bool desktopNotifications() const;
    void setDesktopNotifications(bool on);
    // Call history: calls older than this many days are purged (0 = keep all).
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    // Record every extension's calls, not only the operator's own.
    bool historyAllExtensions() const;
    void setHistoryAllExtensions(bool on);
    // Empty = the system language.
    QString languageOverride() const;
    void setLanguageOverride(const QString& language);
    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    // The board's zoom in percent; 0 when never chosen (the window picks one for the screen).
    int tileZoomPercent() const;
    void setTileZoomPercent(int percent);
    // Two-line tiles (View › Compact tiles).
    bool compactTiles() const;
    void setCompactTiles(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

private:
    static QString profileGroup(const QString& name);

    std::unique_ptr<QSettings> m_settings;
};
