// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/ExtensionState.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPainter;
class QPalette;
class QRectF;

// How an extension state looks: a hue, a glyph and words. Colour is never
// the only signal — every state has its own glyph shape and its own text.
// Colours are derived from the palette so light and dark themes both work.
class StateStyle final
{
    Q_DECLARE_TR_FUNCTIONS(StateStyle)
public:
    enum class Glyph
    {
        Ring, // hollow circle: free
        Bell, // ringing
        Dot, // filled circle: talking
        BellDot, // talking and ringing
        Cross, // busy
        Minus, // do not disturb (no-entry sign)
        Pause, // on hold
        PauseDot, // talking + one on hold
        Slash, // unavailable / unregistered
        Question, // unknown / no hint
    };

    static QString text(Pbx::ExtensionState state);
    static Glyph glyph(Pbx::ExtensionState state);
    // The state's signal colour, tuned for the palette (lighter on dark).
    static QColor accent(Pbx::ExtensionState state, const QPalette& palette);
    // Tile background: the palette's base tinted with the accent, with the
    // tint reduced until text keeps at least 4.5:1 contrast (WCAG AA).
    static QColor background(Pbx::ExtensionState state, const QPalette& palette);
    static bool isDark(const QPalette& palette);
    // Ringing states blink in the board (and only they).
    static bool isAlerting(Pbx::ExtensionState state);

    static void paintGlyph(QPainter* painter, const QRectF& rect, Glyph glyph, const QColor& color);

    // WCAG relative-luminance contrast ratio, 1..21.
    static double contrast(const QColor& a, const QColor& b);
    static QColor mix(const QColor& a, const QColor& b, double t);
};
