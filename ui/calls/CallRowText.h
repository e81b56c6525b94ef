// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/TwoLineDelegate.h"

#include <QCoreApplication>
#include <QString>

class QModelIndex;
class QPalette;

// What a calls-panel row (CallRoles) says: the caller, then what the call
// really is — "→ Bob Example 1002" while they talk, "leaving a message for
// Dave Example 1004", "parked on 701 by Operator 1000 · returns in 1:40",
// "waiting in queue support (position 1, 0:42)" — with a word by the mark.
class CallRowText final
{
    Q_DECLARE_TR_FUNCTIONS(CallRowText)
public:
    static TwoLineDelegate::Lines lines(const QModelIndex& call, qint64 nowMs, const QPalette& palette);
    // The same in one sentence, for a screen reader.
    static QString accessible(const QModelIndex& call, qint64 nowMs);
};
