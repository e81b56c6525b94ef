// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QDateTime;
class QPainter;
class QRectF;

// How a presence note looks (Asterisk's presence states: available, away,
// xa, chat, dnd, unavailable, not_set): always a word and a symbol of its
// own, never a colour alone.
class PresenceStyle final
{
    Q_DECLARE_TR_FUNCTIONS(PresenceStyle)
public:
    // "Away", "Away for a long time", …; empty for available / not_set / none.
    static QString word(const QString& presence);
    // "Away: Back at 14:00"; the message alone when the state says nothing;
    // empty when there is nothing to show.
    static QString text(const QString& presence, const QString& message);
    // "back at 14:00" / "back at Mon 09:00"; "overdue since 14:00" once passed; empty without a time.
    static QString returnText(const QDateTime& at, const QDateTime& now);
    // A clock for away/xa, a speech bubble for chat or a plain note, a
    // no-entry bar for dnd, a slashed circle for unavailable.
    static void paintGlyph(
        QPainter* painter, const QRectF& rect, const QString& presence, const QColor& color);
};
