// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/PbxSwitches.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class AvailabilityActions;
class QHBoxLayout;
class QToolButton;

// The PBX's switches (night mode, Custom:nightmode or FreePBX's DAYNIGHT) in
// the main window's toolbar: one button per switch of every server, showing
// the current mode as a word and a symbol ("☾ Night", "☀ Day"). A click asks
// for confirmation, then sets the other mode; the buttons follow the PBX's
// events (another desk, a phone dialling the toggle code).
class DayNightBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DayNightBar(AvailabilityActions* actions, QWidget* parent = nullptr);

    void addServer(const QString& serverId, PbxSwitches* switches);
    // The button of a switch ("demo/9001@phones"), for tests and keys.
    QToolButton* button(const QString& serverId, const QString& key) const;
    // Ask, then flip.
    void toggle(const QString& serverId, const QString& key);
    // Again after the account's rights became known.
    void refresh();

    // "Night mode" for a night/day switch, else the device's name ("Custom:holiday" → "holiday").
    static QString label(const Pbx::Switch& sw);
    // "☾ Night" / "☀ Day", "● On" / "○ Off".
    static QString mode(const Pbx::Switch& sw);

private:
    void handleChanged(const QString& serverId, const QString& key);
    void handleRemoved(const QString& serverId, const QString& key);
    void update(QToolButton* button, const QString& serverId, const Pbx::Switch& sw);
    static bool isNight(const Pbx::Switch& sw);
    static QString id(const QString& serverId, const QString& key) { return serverId + u'/' + key; }

    QPointer<AvailabilityActions> m_actions;
    QHBoxLayout* m_layout;
    QHash<QString, QPointer<PbxSwitches>> m_switches; // by server
    QHash<QString, QToolButton*> m_buttons; // by id()
};
