// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/ExtensionState.h"

#include <QStyledItemDelegate>

class Clock;

// Paints one extension tile (or a group header row) of the board:
//
//   ┃ (glyph) Name                         [✉ 3] ┃
//   ┃ 1002 · On a call                      1:42 ┃
//   ┃ with Bob Smith 1003                        ┃
//
// State = stripe colour + glyph shape + words, never colour alone.
class TileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TileDelegate(QWidget* view, Clock* clock = nullptr);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The board toggles this once a second: ringing tiles pulse.
    void setBlinkPhase(bool on) { m_blinkPhase = on; }
    // Compact tiles: two lines (name; number · state and time), narrower; the third line
    // (who it talks to, the presence note) is in the tooltip and the spoken text.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    QSize tileSize(const QFont& font) const;
    // Line 2 of a tile whose server is unreachable: "On a call · last known 10:42".
    static QString staleText(const QString& stateText, qint64 staleSinceMs);

private:
    void paintHeader(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintTile(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    struct Facts;
    static Facts factsOf(const QModelIndex& index, qint64 nowMs);
    // Background, border and state stripe; returns the state's accent colour.
    QColor paintFrame(
        QPainter* painter, const QStyleOptionViewItem& option, Pbx::ExtensionState state, bool stale) const;
    // The new-messages badge at the right of line 1; returns where the name must end.
    int paintMailBadge(
        QPainter* painter, const QStyleOptionViewItem& option, const QRect& content, int newMessages) const;
    // Presence symbol, DND beside busy, "→ 0612…" right of the name (left of `line1`'s right
    // edge); returns where the name must end.
    int paintAvailability(
        QPainter* painter, const QStyleOptionViewItem& option, const QRect& line1, const Facts& tile) const;
    void paintStateLine(QPainter* painter, const QStyleOptionViewItem& option, const QRect& area,
        const QModelIndex& index, const Facts& tile) const;

    QWidget* m_view;
    Clock* m_clock;
    bool m_blinkPhase = false;
    bool m_compact = false;
    // A full layout asks every tile its size: measured once per font.
    mutable QFont m_measuredFont;
    mutable QSize m_measuredSize;
};
