// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorKeys.h"

namespace {

using Key = OperatorKeys::Key;
using Op = CallControl::Operation;

struct KeyInfo
{
    Key key;
    const char* settingsName;
    const char* shortcut;
    Op operation;
};

// Defaults as in docs/user.md.
constexpr KeyInfo kKeys[] = {
    {Key::Call, "call", "F3", Op::Call},
    {Key::Hangup, "hangup", "F4", Op::Hangup},
    {Key::Transfer, "transfer", "F5", Op::BlindTransfer},
    {Key::AttendedTransfer, "attendedTransfer", "F6", Op::AttendedTransfer},
    {Key::Park, "park", "F7", Op::Park},
    {Key::Pickup, "pickup", "F8", Op::Pickup},
    {Key::Answer, "answer", "F9", Op::TakeWaitingCaller},
};

const KeyInfo& keyInfo(Key key)
{
    for (const KeyInfo& k : kKeys) {
        if (k.key == key)
            return k;
    }
    return kKeys[0];
}

} // namespace

QList<OperatorKeys::Key> OperatorKeys::all()
{
    QList<Key> keys;
    for (const KeyInfo& k : kKeys)
        keys.append(k.key);
    return keys;
}

QString OperatorKeys::settingsName(Key key)
{
    return QLatin1String(keyInfo(key).settingsName);
}

QString OperatorKeys::defaultShortcut(Key key)
{
    return QLatin1String(keyInfo(key).shortcut);
}

CallControl::Operation OperatorKeys::operation(Key key)
{
    return keyInfo(key).operation;
}
