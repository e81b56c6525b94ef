// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class ConferenceStore;

// The ConfBridge rooms a server offers for the desk's three-way calls, as
// configured ("8510-8519, 8600": ServerConfig::conferenceRooms), and the first
// one nobody is in right now.
class ConferenceRooms final
{
    Q_GADGET
public:
    // Why a rooms text cannot be used as typed; parse() would leave `part` out.
    enum class Problem
    {
        None,
        NotANumber, // "85a0", "8510-", a line break: room extensions are digits
        Backwards, // "8519-8510"
        UnequalWidths, // "851-8519": a range counts up within one width
        TooMany, // more than MaxRooms rooms
    };
    Q_ENUM(Problem)

    struct Check
    {
        Problem problem = Problem::None;
        QString part; // the offending part as typed, trimmed
        qsizetype count = 0; // rooms the text gives (when usable)
    };

    static constexpr int MaxRooms = 1000;

    // Room extensions in the order given; a range "8510-8519" counts up (at most
    // 1000 rooms); anything that is not digits is left out.
    static QStringList parse(const QString& text);
    // The first of `rooms` that is not running on `store`; empty when all are.
    static QString firstFree(const QStringList& rooms, const ConferenceStore* store);
    // The first problem of `text`, in its order; an empty text is usable (no
    // three-way calls on that server).
    static Check check(const QString& text);
};
