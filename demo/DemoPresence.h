// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QList>
#include <QString>

#include <optional>

class DemoWorld;

// Custom device states and presence, as func_devstate and func_presencestate
// handle them in Asterisk 22 (04-custom-devstate, 10-presence-state,
// 11-astdb-forward-dnd, 13-daynight-nightmode): the FreePBX-style feature
// hints (*76<ext> on Custom:DND<ext>, 9000 on Custom:operator-dnd, 9001 on
// Custom:nightmode), Setvar/Getvar of DEVICE_STATE() and PRESENCE_STATE(),
// the PresenceState action and PresenceStateList. The state lives in
// DemoWorld; this class reads and changes it and publishes the events.
class DemoPresence final
{
public:
    struct Hint
    {
        QString exten; // in context phones
        QString device; // Custom:<name>
    };
    // The presence states Asterisk knows (ast_presence_state_val).
    static bool isPresenceState(const QString& state);

    static QList<Hint> featureHints(const DemoWorld& world);
    // DEVICE_STATE(Custom:<name>): the stored state, UNKNOWN when never set.
    static QString customState(const DemoWorld& world, const QString& name);
    // ast_devstate_to_extenstate: the hint status of a device state name.
    static int hintStatus(const QString& deviceState);

    // DEVICE_STATE(<device>)=<state>: only Custom: devices. ExtensionStatus for
    // each hint on it, then DeviceStateChange. False: "Variable not set".
    static bool setDeviceState(DemoWorld& world, const QString& device, const QString& state);
    // PRESENCE_STATE(CustomPresence:<name>)=state[,subtype[,message[,e]]]: PresenceStatus
    // for each hint on it, then PresenceStateChange. False: "Variable not set"
    // (unknown state, other provider, options other than "e" — as when a
    // message holds a comma without base64).
    static bool setPresence(DemoWorld& world, const QString& provider, const QString& value);
    // The Getvar value of DEVICE_STATE(...) or PRESENCE_STATE(...); nullopt for other names.
    static std::optional<QString> read(const DemoWorld& world, const QString& variable);

    // The reply of the PresenceState action (Provider) after Response/ActionID.
    static AmiMessage presenceStateReply(const DemoWorld& world, const QString& provider, AmiMessage reply);
    static QList<AmiMessage> presenceStateList(const DemoWorld& world, QByteArrayView actionId);

private:
    static void publishHintStatus(DemoWorld& world, const Hint& hint, int status);
};
