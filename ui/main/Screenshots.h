// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;
class SecretStore;
class Settings;

// Pictures for the documentation (--screenshot, --screenshot-settings):
// saved after a delay, then finished() says with which exit code to quit.
class Screenshots final : public QObject
{
    Q_OBJECT
public:
    Screenshots(QWidget* window, Settings* settings, SecretStore* secrets, QObject* parent = nullptr);

    // panel: the title of a dock to bring to the front first (empty: as it is).
    void scheduleWindow(const QString& file, int delayMs, const QString& panel = {});
    // Every settings page, and the editor of the first LDAP source.
    void scheduleSettings(const QString& folder, int delayMs);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void saveSettings(const QString& folder);
    void raisePanel(const QString& title);

    QWidget* m_window;
    Settings* m_settings;
    SecretStore* m_secrets;
};
