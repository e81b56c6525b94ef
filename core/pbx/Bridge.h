// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Pbx {

// A bridge (BridgeCreate … BridgeDestroy); channels are uniqueids in enter order.
struct Bridge
{
    QString id;
    QString type; // "basic", "parking", … (empty when only known from CoreShowChannel)
    QStringList channels;

    friend bool operator==(const Bridge&, const Bridge&) = default;
};

} // namespace Pbx
