// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/OperatorChoice.h"

#include <QCoreApplication>
#include <QString>

// The words of the operator's choices (core/operator/OperatorPlanner): the
// menu entry, the sentence when it worked and the start of the sentence
// when it failed, and why a refused one was refused.
class OperatorWords final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorWords)
public:
    // The entry in a tile's or a call's menu.
    static QString menuText(const OperatorChoice& choice);
    // "Transferred ACME Corp to Zoë Müller".
    static QString done(const OperatorChoice& choice);
    // "Could not transfer ACME Corp to Zoë Müller" (the reason is added).
    static QString failed(const OperatorChoice& choice);
    static QString refusal(OperatorChoice::Refusal refusal);
    // The tooltip of an entry whose PBX is not connected.
    static QString notConnectedHere();
    // Refusals that are mistakes (no call to park) rather than news (nobody waits).
    static bool isError(OperatorChoice::Refusal refusal);
    // Drops and other transfers described by who and where.
    static QString transferred(const QString& who, const QString& to, bool attended);
    static QString notTransferred(const QString& who, const QString& to, bool attended);
};
