// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pbx {

struct ParkedCall
{
    QString space; // "701"
    QString lot; // "default"
    QString channel; // parkee channel name
    QString uniqueid; // parkee
    QString linkedid;
    QString callerIdNum; // the parked caller
    QString callerIdName;
    QString connectedLineNum; // who it talked to (usually who parked it)
    QString connectedLineName;
    QString parkerDialString; // "PJSIP/1000": where it returns on timeout
    qint64 parkedAtMs = 0;
    qint64 timeoutAtMs = 0; // 0 = never

    QString key() const { return space + QLatin1Char('@') + lot; }

    friend bool operator==(const ParkedCall&, const ParkedCall&) = default;
};

} // namespace Pbx
