// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/StateStyle.h"

#include <QColor>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

class QFontMetrics;

// A list row of the side panels: a coloured mark, a bold first line, a
// second line and a right-aligned value (usually a ticking duration).
// What to show comes from a function, so each panel keeps its own words.
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Lines
    {
        QString title;
        QString subtitle;
        // Ends the second line and is never cut ("returns in 0:42"); the subtitle before it is.
        QString subtitleTail;
        QString right;
        QColor mark; // invalid = no mark
        QString markText; // short word next to the mark ("HOLD", "RING"), never colour alone
        std::optional<StateStyle::Glyph> glyph; // a state symbol before the title, in the mark's colour
    };
    using Provider = std::function<Lines(const QModelIndex&)>;
    // The second line as painted in `width`: the subtitle elided, the tail whole (cut only when
    // it alone is wider than the row).
    struct SecondLine
    {
        QString head;
        QString tail;
    };

    explicit TwoLineDelegate(Provider provider, QObject* parent = nullptr);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    Lines lines(const QModelIndex& index) const { return m_provider(index); }
    static SecondLine secondLine(const QFontMetrics& fm, const Lines& lines, int width);
    // The row's words in reading order, for a screen reader and the tool tip.
    static QString spoken(const Lines& lines);

private:
    // The right-aligned value and the word pill under it; each returns the width it took.
    static int paintRight(QPainter* p, const QStyleOptionViewItem& option, const QString& right,
        const QRect& r, const QColor& text);
    static int paintMarkText(
        QPainter* p, const QStyleOptionViewItem& option, const Lines& lines, const QRect& r);

    Provider m_provider;
};
