// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/ExtensionState.h"
#include "core/pbx/Queue.h"
#include "ui/common/TwoLineDelegate.h"

#include <QCoreApplication>
#include <QString>

class QModelIndex;
class QPalette;

// What a queue member row (QueueRoles, IsMember) says: its phone's status
// as a word and a symbol (Available, Ringing, On a call, Unavailable, No
// such phone…), paused with its reason, and the calls it took.
class QueueMemberText final
{
    Q_DECLARE_TR_FUNCTIONS(QueueMemberText)
public:
    static QString status(Pbx::QueueMember::Status status);
    // The extension state whose colour and symbol stand for the status.
    static Pbx::ExtensionState look(Pbx::QueueMember::Status status);
    static TwoLineDelegate::Lines lines(const QModelIndex& member, const QPalette& palette);
    // "Carol Example, Ringing, support, 2 calls taken", for a screen reader.
    static QString accessible(const QModelIndex& member);
};
