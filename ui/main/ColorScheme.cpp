// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColorScheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

void makeDark(QPalette& p)
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa3));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x52));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x75, 0x77, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x75, 0x77, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x75, 0x77, 0x7d));
}

} // namespace

void ColorScheme::apply(const QString& scheme)
{
    if (scheme != QLatin1String("light") && scheme != QLatin1String("dark"))
        return;
    // Fusion draws every widget from the palette, so a forced scheme looks whole.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (scheme == QLatin1String("dark"))
        makeDark(p);
    QApplication::setPalette(p);
}

void ColorScheme::apply(const QString& requested, Settings::ColorScheme saved)
{
    if (!requested.isEmpty()) {
        apply(requested);
        return;
    }
    switch (saved) {
    case Settings::ColorScheme::Light:
        apply(QStringLiteral("light"));
        break;
    case Settings::ColorScheme::Dark:
        apply(QStringLiteral("dark"));
        break;
    case Settings::ColorScheme::System:
        break;
    }
}
