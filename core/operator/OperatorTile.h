// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/ExtensionState.h"

#include <QMetaType>
#include <QModelIndex>
#include <QString>

// An extension as the operator's logic needs it: which PBX, which number,
// which phone. Read once from an ExtensionModel (or tile board) row.
struct OperatorTile
{
    QString serverId;
    QString number; // "1001"
    QString name; // may be empty
    // The phone ("PJSIP/1001"), parsed from the hint by the model; the raw
    // hint ("PJSIP/1001&Custom:DND1001,CustomPresence:1001") is never a device.
    QString device;
    Pbx::ExtensionState state = Pbx::ExtensionState::Unknown;

    // The extension of a row with ExtensionRoles; an invalid index gives none.
    static OperatorTile fromIndex(const QModelIndex& tile);

    bool isValid() const { return !number.isEmpty() || !device.isEmpty(); }
    // The name, or the number when it has none.
    QString label() const { return name.isEmpty() ? number : name; }
    // Someone talks on it, holds or is busy: there is a call to supervise.
    bool isTalking() const;
};

Q_DECLARE_METATYPE(OperatorTile)
