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
    QString creator; // "ConfBridge" for a conference room (BridgeCreator)
    QString name; // the room, for ConfBridge (BridgeName)

    // A ConfBridge room: many calls on purpose, nobody talks to one "peer".
    bool isConference() const
    {
        return creator.compare(QLatin1String("ConfBridge"), Qt::CaseInsensitive) == 0;
    }
    QStringList channels;

    friend bool operator==(const Bridge&, const Bridge&) = default;
};

} // namespace Pbx
