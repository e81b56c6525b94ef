// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/StateStyle.h"

#include <QColor>
#include <QPen>
#include <QRectF>

class QPainter;

// Draws one state glyph (StateStyle::Glyph) centred in a square: each state
// its own shape, so a state is never told by colour alone. One function per
// shape; the painter's state is restored afterwards.
class GlyphPainter final
{
public:
    GlyphPainter(QPainter* painter, const QRectF& rect, const QColor& color);

    void paint(StateStyle::Glyph glyph);

private:
    void bell(const QRectF& b);
    void bellDot();
    void cross();
    void minus();
    void pause(bool dot);
    void slash();
    void question();

    QPainter* m_p;
    QColor m_color;
    double m_size; // the square's side
    double m_width; // the pen's
    QRectF m_inner; // the square inside the pen
    QPen m_pen;
};
