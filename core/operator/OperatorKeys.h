// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"

#include <QList>
#include <QObject>
#include <QString>

// The operator's function keys: what each is called in the settings, its
// default shortcut (docs/user.md) and the operation whose permission it
// needs. The ui gives them words and QActions.
class OperatorKeys final
{
    Q_GADGET
public:
    // F3 call, F4 hang up, F5 transfer, F6 attended transfer, F7 park, F8 pick
    // up, F9 bring the longest-waiting caller (queue or ringing elsewhere) to
    // the operator's phone by Redirect.
    enum class Key
    {
        Call,
        Hangup,
        Transfer,
        AttendedTransfer,
        Park,
        Pickup,
        Answer,
    };
    Q_ENUM(Key)

    static QList<Key> all();
    // The key's name under [shortcuts] in the settings ("attendedTransfer").
    static QString settingsName(Key key);
    // "F6", in QKeySequence::PortableText.
    static QString defaultShortcut(Key key);
    // What the key's enabled state depends on. F9 is always a Redirect,
    // whatever the pickup method.
    static CallControl::Operation operation(Key key);
};
