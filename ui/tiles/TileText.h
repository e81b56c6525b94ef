// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallActivity.h"

#include <QCoreApplication>
#include <QString>

class QFontMetrics;
class QModelIndex;

// The words of a tile (ExtensionRoles of a tile row), shared by what the
// delegate paints and what a screen reader hears.
class TileText final
{
    Q_DECLARE_TR_FUNCTIONS(TileText)
public:
    // "● REC 0:42" / "‖ REC paused 0:42" while its call is recorded (by anybody); else empty.
    static QString recording(const QModelIndex& tile, qint64 nowMs = -1);
    // "Alice Example", or the number when there is no name.
    static QString title(const QModelIndex& tile);
    // "Free", "On a call · 1 on hold", "In conference 8500", …
    static QString state(const QModelIndex& tile);
    // "with Bob Example 1002" / "from 5551234" / "leaving a message for Dave Example 1004" /
    // "parked on 701 by Operator 1000 · returns in 1:40"; empty without a call (see ActivityText).
    // nowMs < 0: the system clock.
    static QString party(const QModelIndex& tile, qint64 nowMs = -1);
    // The presence note: "Away: Back at 14:00"; empty if none.
    static QString presence(const QModelIndex& tile);
    // When an away person said they are back: "back at 14:00", "overdue since 14:00" once
    // passed; empty without a return time. nowMs < 0: the system clock.
    static QString returnTime(const QModelIndex& tile, qint64 nowMs = -1);
    // "→ 0612…": where every call goes (the start of the number); empty without a forward.
    static QString forward(const QModelIndex& tile);
    // "Do not disturb" when the PBX's database says so but the state shows something else
    // (on a call): DND apart from busy. Empty otherwise.
    static QString dndApart(const QModelIndex& tile);
    // Forwards and DND in words: "forwarded to 0612345678, forwarded when busy to 2000".
    static QString availability(const QModelIndex& tile);
    // Everything at once for assistive technology:
    // "Alice Example, 1001, On a call, with Bob Example 1002, Away: Back at 14:00, forwarded to
    // 0612345678, 2 new voicemails".
    static QString accessible(const QModelIndex& tile);
    // Line 2 within `width` pixels: "1006 · On a call · 1 on hold", else without the number (the
    // state's words matter more; the tooltip keeps both), else elided at the end.
    static QString stateLine(
        const QFontMetrics& metrics, int width, const QString& number, const QString& state);

private:
    static Pbx::CallActivity activityOf(const QModelIndex& tile);
};
