// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StateStyle.h"

#include "ui/common/GlyphPainter.h"

#include <QPalette>

#include <cmath>

using Pbx::ExtensionState;

QString StateStyle::text(ExtensionState state)
{
    switch (state) {
    case ExtensionState::Idle:
        return tr("Free");
    case ExtensionState::Ringing:
        return tr("Ringing");
    case ExtensionState::InUse:
        return tr("On a call");
    case ExtensionState::InUseRinging:
        return tr("On a call, ringing");
    case ExtensionState::Busy:
        return tr("Busy");
    case ExtensionState::DoNotDisturb:
        return tr("Do not disturb");
    case ExtensionState::OnHold:
        return tr("On hold");
    case ExtensionState::InUseOnHold:
        return tr("On a call, one on hold");
    case ExtensionState::Unavailable:
        return tr("Unavailable");
    case ExtensionState::Removed:
        return tr("Removed");
    case ExtensionState::NoHint:
        return tr("No status");
    case ExtensionState::Unknown:
        break;
    }
    return tr("Unknown");
}

StateStyle::Glyph StateStyle::glyph(ExtensionState state)
{
    switch (state) {
    case ExtensionState::Idle:
        return Glyph::Ring;
    case ExtensionState::Ringing:
        return Glyph::Bell;
    case ExtensionState::InUse:
        return Glyph::Dot;
    case ExtensionState::InUseRinging:
        return Glyph::BellDot;
    case ExtensionState::Busy:
        return Glyph::Cross;
    case ExtensionState::DoNotDisturb:
        return Glyph::Minus;
    case ExtensionState::OnHold:
        return Glyph::Pause;
    case ExtensionState::InUseOnHold:
        return Glyph::PauseDot;
    case ExtensionState::Unavailable:
    case ExtensionState::Removed:
        return Glyph::Slash;
    case ExtensionState::NoHint:
    case ExtensionState::Unknown:
        break;
    }
    return Glyph::Question;
}

bool StateStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

bool StateStyle::isAlerting(ExtensionState state)
{
    return state == ExtensionState::Ringing || state == ExtensionState::InUseRinging;
}

QColor StateStyle::accent(ExtensionState state, const QPalette& palette)
{
    // Hues chosen to stay apart for the common colour-vision deficiencies
    // together with the glyphs: green/blue/orange/red/purple/grey.
    int hue = -1;
    double sat = 0.75;
    switch (state) {
    case ExtensionState::Idle:
        hue = 140;
        break;
    case ExtensionState::Ringing:
    case ExtensionState::InUseRinging:
        hue = 32;
        sat = 0.95;
        break;
    case ExtensionState::InUse:
    case ExtensionState::Busy:
        hue = 356;
        break;
    case ExtensionState::DoNotDisturb:
        hue = 285;
        sat = 0.6;
        break;
    case ExtensionState::OnHold:
    case ExtensionState::InUseOnHold:
        hue = 212;
        break;
    case ExtensionState::Unavailable:
    case ExtensionState::Removed:
    case ExtensionState::NoHint:
    case ExtensionState::Unknown:
        sat = 0.0;
        break;
    }
    const bool dark = isDark(palette);
    const double light = dark ? 0.62 : 0.42;
    const QColor base = palette.color(QPalette::Base);
    QColor c
        = hue < 0 ? QColor::fromHslF(0, 0, dark ? 0.55 : 0.5) : QColor::fromHslF(hue / 360.0, sat, light);
    // Glyph and stripe need 3:1 against the page (WCAG 1.4.11): some hues
    // (green, orange) are light by nature, so walk lightness until they do.
    double l = c.lightnessF();
    for (int i = 0; i < 20 && contrast(c, base) < 3.0; ++i) {
        l = dark ? std::min(0.95, l + 0.03) : std::max(0.05, l - 0.03);
        c = QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(), l);
    }
    return c;
}

QColor StateStyle::background(ExtensionState state, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor acc = accent(state, palette);
    // Free is the common case: a light tint, so what needs attention stands out.
    const bool calm = state == ExtensionState::Idle;
    double tint = isDark(palette) ? (calm ? 0.14 : 0.30) : (calm ? 0.09 : 0.20);
    QColor bg = mix(base, acc, tint);
    while (tint > 0.02 && contrast(bg, text) < 4.5) {
        tint -= 0.03;
        bg = mix(base, acc, tint);
    }
    return bg;
}

QColor StateStyle::mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

double StateStyle::contrast(const QColor& a, const QColor& b)
{
    auto lum = [](const QColor& c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    double l1 = lum(a);
    double l2 = lum(b);
    if (l1 < l2)
        std::swap(l1, l2);
    return (l1 + 0.05) / (l2 + 0.05);
}

void StateStyle::paintGlyph(QPainter* p, const QRectF& r, Glyph glyph, const QColor& color)
{
    GlyphPainter(p, r, color).paint(glyph);
}
