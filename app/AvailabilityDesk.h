// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/presence/AvailabilitySettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AvailabilityActions;
class AvailabilityMenu;
class DayNightBar;
class DirectoryModel;
class ForwardingStore;
class ExtensionModel;
class MainWindow;
class OwnStatusButton;
class PbxServer;
struct Profile;

// People's availability at this desk (issue 14): per server a ForwardingStore
// (forwards and database DND, shown on the tiles), an AvailabilityControl and
// the PbxSwitches; the status, DND and forward items of the tile menu; and the
// toolbar with the operator's own status and the day/night switches.
class AvailabilityDesk final : public QObject
{
    Q_OBJECT
public:
    AvailabilityDesk(
        const Profile& profile, MainWindow* window, ExtensionModel* extensions, QObject* parent = nullptr);

    void addServer(PbxServer* server);
    // My status and the switches at the top of the window; after the window's layout is applied
    // (added before, the dock layout leaves an empty, nameless tab bar behind).
    void addToolBar(MainWindow* window);
    // Where forward targets are picked from; asked each time the dialog opens.
    void setDirectory(std::function<DirectoryModel*()> directory);
    // The saved profile's availability group, at once: permissions, statuses, each server's preset.
    void applySettings(const Profile& profile);

    AvailabilityActions* actions() const { return m_actions; }
    AvailabilityMenu* menu() const { return m_menu; }
    DayNightBar* dayNight() const { return m_dayNight; }

private:
    AvailabilitySettings m_settings;
    QString m_dndDevicePattern;
    ExtensionModel* m_extensions;
    AvailabilityActions* m_actions;
    AvailabilityMenu* m_menu;
    DayNightBar* m_dayNight;
    OwnStatusButton* m_ownStatus;
    QHash<QString, QPointer<ForwardingStore>> m_stores; // server id →
};
