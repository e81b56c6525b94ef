// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TwoLineDelegate.h"

#include "ui/common/StateStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

TwoLineDelegate::TwoLineDelegate(Provider provider, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_provider(std::move(provider))
{ }

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return QSize(fm.averageCharWidth() * 30, fm.lineSpacing() * 2 + 12);
}

void TwoLineDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const Lines lines = m_provider(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const int line = QFontMetrics(option.font).lineSpacing();
    QRect r = option.rect.adjusted(8, 6, -8, -6);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (lines.mark.isValid()) {
        p->fillRect(
            QRect(option.rect.left(), option.rect.top() + 3, 4, option.rect.height() - 6), lines.mark);
        r.adjust(2, 0, 0, 0);
    }
    const int rightWidth = paintRight(p, option, lines.right, r, text);
    const int markWidth = paintMarkText(p, option, lines, r);
    int glyphWidth = 0;
    if (lines.glyph) {
        // The symbol says the state without colour (colour is never the only signal).
        glyphWidth = line + 4;
        StateStyle::paintGlyph(
            p, QRectF(r.left(), r.top(), line, line), *lines.glyph, lines.mark.isValid() ? lines.mark : text);
    }
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(r.left() + glyphWidth, r.top(), r.width() - rightWidth - glyphWidth, line),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(lines.title, Qt::ElideRight, r.width() - rightWidth - glyphWidth));
    p->setFont(option.font);
    p->setPen(selected ? text : StateStyle::mix(text, option.palette.color(QPalette::Base), 0.25));
    const QFontMetrics fm(option.font);
    const SecondLine second = secondLine(fm, lines, r.width() - markWidth - 4);
    const int headWidth = fm.horizontalAdvance(second.head);
    p->drawText(
        QRect(r.left(), r.top() + line, headWidth, line), Qt::AlignLeft | Qt::AlignVCenter, second.head);
    p->drawText(QRect(r.left() + headWidth, r.top() + line, r.width() - markWidth - 4 - headWidth, line),
        Qt::AlignLeft | Qt::AlignVCenter, second.tail);
    p->restore();
}

QString TwoLineDelegate::spoken(const Lines& lines)
{
    QStringList parts;
    for (const QString& part :
        {lines.title, lines.subtitle, lines.subtitleTail, lines.markText, lines.right}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

TwoLineDelegate::SecondLine TwoLineDelegate::secondLine(const QFontMetrics& fm, const Lines& lines, int width)
{
    const QString tail = lines.subtitleTail.isEmpty() || lines.subtitle.isEmpty()
        ? lines.subtitleTail
        : QStringLiteral(" · ") + lines.subtitleTail;
    const int tailWidth = fm.horizontalAdvance(tail);
    if (tailWidth >= width)
        return {QString(), fm.elidedText(lines.subtitleTail, Qt::ElideRight, width)};
    return {fm.elidedText(lines.subtitle, Qt::ElideRight, width - tailWidth), tail};
}

int TwoLineDelegate::paintRight(
    QPainter* p, const QStyleOptionViewItem& option, const QString& right, const QRect& r, const QColor& text)
{
    if (right.isEmpty())
        return 0;
    const QFontMetrics fm(option.font);
    p->setPen(text);
    p->setFont(option.font);
    p->drawText(
        QRect(r.left(), r.top(), r.width(), fm.lineSpacing()), Qt::AlignRight | Qt::AlignVCenter, right);
    return fm.horizontalAdvance(right) + 8;
}

int TwoLineDelegate::paintMarkText(
    QPainter* p, const QStyleOptionViewItem& option, const Lines& lines, const QRect& r)
{
    if (lines.markText.isEmpty())
        return 0;
    const int line = QFontMetrics(option.font).lineSpacing();
    QFont small = option.font;
    small.setBold(true);
    small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.8));
    const int markWidth = QFontMetrics(small).horizontalAdvance(lines.markText) + 10;
    const QRectF pill(r.right() - markWidth + 2, r.top() + line + 2, markWidth - 2, line - 2);
    QPainterPath path;
    path.addRoundedRect(pill, 4, 4);
    const QColor bg = lines.mark.isValid() ? lines.mark : option.palette.color(QPalette::Mid);
    p->fillPath(path, bg);
    p->setFont(small);
    p->setPen(StateStyle::contrast(bg, Qt::white) >= 3.0 ? QColor(Qt::white) : QColor(Qt::black));
    p->drawText(pill, Qt::AlignCenter, lines.markText);
    return markWidth;
}
