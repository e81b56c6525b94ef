// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/conference/ConferenceControl.h"
#include "core/conference/ConferenceRooms.h"
#include "core/operator/ConferenceRules.h"
#include "ui/common/TwoLineDelegate.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

// The words and symbols of the conferences panel: a room's and a member's
// row (every state a word and a glyph, never a colour alone), the reasons an
// action is not offered, and what became of a request.
class ConferenceText final
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceText)
public:
    // A ConferenceRoomModel row; `nowMs` for the durations.
    static TwoLineDelegate::Lines room(const QModelIndex& index, qint64 nowMs, const QPalette& palette);
    // A ConferenceMemberModel row.
    static TwoLineDelegate::Lines member(const QModelIndex& index, qint64 nowMs, const QPalette& palette);
    // The same words in one line, for screen readers and tooltips.
    static QString spoken(const TwoLineDelegate::Lines& lines);

    static QString refusal(ConferenceRules::Refusal refusal);
    static QString done(ConferenceControl::Operation operation, const QString& room);
    // "Carol and Bob joined room 8510"; `names` as ConferenceControl::succeeded gives them.
    static QString joined(const QString& room, const QStringList& names);
    static QString failure(ConferenceControl::Operation operation, const QString& room,
        ConferenceControl::Failure failure, const QString& asteriskMessage);
    // Settings › Conferences: what a rooms text gives ("✔ 10 rooms: 8510 … 8519"),
    // or what is wrong with it ("✘ …"); `rooms` as ConferenceRooms::parse() reads it.
    static QString roomsCheck(const ConferenceRooms::Check& check, const QStringList& rooms);
    // The same problem in a sentence without a symbol (empty when usable).
    static QString roomsProblem(const ConferenceRooms::Check& check);
};
