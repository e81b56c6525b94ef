// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/GlyphPainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

GlyphPainter::GlyphPainter(QPainter* painter, const QRectF& r, const QColor& color)
    : m_p(painter)
    , m_color(color)
    , m_size(std::min(r.width(), r.height()))
    , m_width(std::max(1.5, m_size / 8))
    , m_pen(color, m_width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
{
    const QRectF box(r.center().x() - m_size / 2, r.center().y() - m_size / 2, m_size, m_size);
    m_inner = box.adjusted(m_width, m_width, -m_width, -m_width);
}

void GlyphPainter::paint(StateStyle::Glyph glyph)
{
    using G = StateStyle::Glyph;
    m_p->save();
    m_p->setRenderHint(QPainter::Antialiasing);
    m_p->setPen(m_pen);
    m_p->setBrush(Qt::NoBrush);
    switch (glyph) {
    case G::Ring:
        m_p->drawEllipse(m_inner);
        break;
    case G::Dot:
        m_p->setBrush(m_color);
        m_p->drawEllipse(m_inner);
        break;
    case G::Bell:
        bell(m_inner);
        break;
    case G::BellDot:
        bellDot();
        break;
    case G::Cross:
        cross();
        break;
    case G::Minus:
        minus();
        break;
    case G::Pause:
    case G::PauseDot:
        pause(glyph == G::PauseDot);
        break;
    case G::Slash:
        slash();
        break;
    case G::Question:
        question();
        break;
    }
    m_p->restore();
}

void GlyphPainter::bell(const QRectF& b)
{
    QPainterPath path;
    const double x = b.x();
    const double y = b.y();
    const double bw = b.width();
    const double bh = b.height();
    path.moveTo(x + bw * 0.15, y + bh * 0.75);
    path.quadTo(x + bw * 0.25, y + bh * 0.6, x + bw * 0.25, y + bh * 0.4);
    path.arcTo(QRectF(x + bw * 0.25, y + bh * 0.1, bw * 0.5, bh * 0.6), 180, -180);
    path.quadTo(x + bw * 0.75, y + bh * 0.6, x + bw * 0.85, y + bh * 0.75);
    path.closeSubpath();
    m_p->setBrush(m_color);
    m_p->drawPath(path);
    m_p->drawEllipse(QPointF(x + bw * 0.5, y + bh * 0.85), bw * 0.09, bh * 0.09);
    m_p->setBrush(Qt::NoBrush);
}

void GlyphPainter::bellDot()
{
    const QRectF& in = m_inner;
    bell(QRectF(in.x(), in.y(), in.width() * 0.8, in.height() * 0.8));
    m_p->setBrush(m_color);
    m_p->drawEllipse(QRectF(in.right() - in.width() * 0.38, in.bottom() - in.height() * 0.38,
        in.width() * 0.38, in.height() * 0.38));
}

void GlyphPainter::cross()
{
    const double d = m_size * 0.18;
    m_p->drawEllipse(m_inner);
    m_p->drawLine(m_inner.center() + QPointF(-d, -d), m_inner.center() + QPointF(d, d));
    m_p->drawLine(m_inner.center() + QPointF(d, -d), m_inner.center() + QPointF(-d, d));
}

void GlyphPainter::minus()
{
    m_p->setBrush(m_color);
    m_p->drawEllipse(m_inner);
    m_p->setPen(QPen(Qt::white, m_width * 1.3, Qt::SolidLine, Qt::FlatCap));
    m_p->drawLine(
        m_inner.center() + QPointF(-m_size * 0.22, 0), m_inner.center() + QPointF(m_size * 0.22, 0));
}

void GlyphPainter::pause(bool dot)
{
    m_p->drawEllipse(m_inner);
    const double bw = m_size * 0.1;
    const double bh = m_size * 0.36;
    m_p->setBrush(m_color);
    m_p->setPen(Qt::NoPen);
    m_p->drawRect(QRectF(m_inner.center().x() - bw * 1.6, m_inner.center().y() - bh / 2, bw, bh));
    m_p->drawRect(QRectF(m_inner.center().x() + bw * 0.6, m_inner.center().y() - bh / 2, bw, bh));
    if (dot)
        m_p->drawEllipse(QRectF(
            m_inner.right() - m_size * 0.3, m_inner.bottom() - m_size * 0.3, m_size * 0.36, m_size * 0.36));
}

void GlyphPainter::slash()
{
    const double d = m_size * 0.15;
    m_p->drawEllipse(m_inner);
    m_p->drawLine(m_inner.topRight() + QPointF(-d, d), m_inner.bottomLeft() + QPointF(d, -d));
}

void GlyphPainter::question()
{
    QPen dotted = m_pen;
    dotted.setStyle(Qt::DotLine);
    m_p->setPen(dotted);
    m_p->drawEllipse(m_inner);
    QFont f = m_p->font();
    f.setBold(true);
    f.setPixelSize(std::max(6, int(m_size * 0.6)));
    m_p->setFont(f);
    m_p->setPen(m_color);
    m_p->drawText(m_inner, Qt::AlignCenter, QStringLiteral("?"));
}
