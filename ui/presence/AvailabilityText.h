// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/AvailabilityRules.h"
#include "core/presence/AvailabilityControl.h"
#include "core/presence/AvailabilityPreset.h"
#include "core/presence/PresenceNote.h"

#include <QCoreApplication>
#include <QString>

// The words of people's availability: the statuses the desk can set, why an
// item is greyed out, what went wrong, the kinds of forward. (The return time
// on a tile is PresenceStyle's, the forward on a tile TileText's.)
class AvailabilityText final
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityText)
public:
    // "Available", "Away", "Extended away", … as the status menu offers them.
    static QString status(PresenceNote::Status status);
    // A symbol of its own for each status (the menu and the own-status button).
    static QString symbol(PresenceNote::Status status);
    // Why the desk may not do it ("The AMI account lacks the write class system").
    static QString reason(const AvailabilityRules::Verdict& verdict);
    // Why nothing was sent.
    static QString error(AvailabilityControl::Error error);
    // Why a note cannot be sent to the PBX; empty for None (and UnknownStatus,
    // which the status choice already prevents).
    static QString noteProblem(PresenceNote::Error error);
    // "Always", "When busy", "When not answering".
    static QString forwardKind(AvailabilityPreset::Forward forward);
};
