// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QList>
#include <QString>

class DemoWorld;

// The demo's dialplan as ShowDialPlan lists it (02-ShowDialPlan): context
// phones with each phone (hint, Gosub, Hangup), *<ext> into that phone's
// voicemail, the queue 8000, the parking spaces, the feature hints (*76<ext>,
// 9000, 9001) and the outside-number patterns of the trunk.
class DemoDialplan final
{
public:
    struct Result
    {
        QList<AmiMessage> items; // ListDialplan events
        int extensions = 0;
        QString error; // "Did not find ..." when nothing matched
    };
    static Result show(
        const DemoWorld& world, const QString& context, const QString& exten, QByteArrayView actionId);
};
