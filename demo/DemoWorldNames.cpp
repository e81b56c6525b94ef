// SPDX-License-Identifier: GPL-3.0-or-later
// DemoWorld's names and codes: device states, hint status codes and texts, queue
// member status codes and channel state descriptions, as Asterisk 22 prints them.
#include "demo/DemoWorld.h"

QString DemoWorld::deviceStateName(DemoDeviceState state)
{
    switch (state) {
    case DemoDeviceState::NotInUse:
        return QStringLiteral("NOT_INUSE");
    case DemoDeviceState::InUse:
        return QStringLiteral("INUSE");
    case DemoDeviceState::Busy:
        return QStringLiteral("BUSY");
    case DemoDeviceState::Unavailable:
        return QStringLiteral("UNAVAILABLE");
    case DemoDeviceState::Ringing:
        return QStringLiteral("RINGING");
    case DemoDeviceState::RingInUse:
        return QStringLiteral("RINGINUSE");
    case DemoDeviceState::OnHold:
        return QStringLiteral("ONHOLD");
    }
    return QStringLiteral("UNKNOWN");
}

int DemoWorld::extensionStatusCode(const DemoExtension& ext)
{
    switch (ext.state) {
    case DemoDeviceState::NotInUse:
        return 0; // DND has its own hint (*76<ext>); the phone's hint stays Idle
    case DemoDeviceState::InUse:
        return 1;
    case DemoDeviceState::Busy:
        return 2;
    case DemoDeviceState::Unavailable:
        return 4;
    case DemoDeviceState::Ringing:
        return 8;
    case DemoDeviceState::RingInUse:
        return 9;
    case DemoDeviceState::OnHold:
        return 16;
    }
    return -1;
}

QString DemoWorld::extensionStatusText(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("Idle");
    case 1:
        return QStringLiteral("InUse");
    case 2:
        return QStringLiteral("Busy");
    case 4:
        return QStringLiteral("Unavailable");
    case 8:
        return QStringLiteral("Ringing");
    case 9:
        return QStringLiteral("InUse&Ringing");
    case 16:
        return QStringLiteral("Hold");
    case 17:
        return QStringLiteral("InUse&Hold");
    default:
        return QStringLiteral("Unknown");
    }
}

int DemoWorld::queueDeviceCode(DemoDeviceState state)
{
    // app_queue reports enum ast_device_state values.
    switch (state) {
    case DemoDeviceState::NotInUse:
        return 1;
    case DemoDeviceState::InUse:
        return 2;
    case DemoDeviceState::Busy:
        return 3;
    case DemoDeviceState::Unavailable:
        return 5;
    case DemoDeviceState::Ringing:
        return 6;
    case DemoDeviceState::RingInUse:
        return 7;
    case DemoDeviceState::OnHold:
        return 8;
    }
    return 0;
}

QString DemoWorld::channelStateDesc(int state)
{
    switch (state) {
    case 0:
        return QStringLiteral("Down");
    case 4:
        return QStringLiteral("Ring");
    case 5:
        return QStringLiteral("Ringing");
    case 6:
        return QStringLiteral("Up");
    default:
        return QStringLiteral("Unknown");
    }
}
