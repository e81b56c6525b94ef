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
    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    QRect r = option.rect.adjusted(8, 6, -8, -6);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (lines.mark.isValid()) {
        p->fillRect(
            QRect(option.rect.left(), option.rect.top() + 3, 4, option.rect.height() - 6), lines.mark);
        r.adjust(2, 0, 0, 0);
    }
    QFont bold = option.font;
    bold.setBold(true);
    int rightWidth = 0;
    if (!lines.right.isEmpty()) {
        rightWidth = fm.horizontalAdvance(lines.right) + 8;
        p->setPen(text);
        p->setFont(option.font);
        p->drawText(
            QRect(r.left(), r.top(), r.width(), line), Qt::AlignRight | Qt::AlignVCenter, lines.right);
    }
    int markWidth = 0;
    if (!lines.markText.isEmpty()) {
        QFont small = option.font;
        small.setBold(true);
        small.setPointSizeF(std::max(6.0, option.font.pointSizeF() * 0.8));
        const QFontMetrics sfm(small);
        markWidth = sfm.horizontalAdvance(lines.markText) + 10;
        const QRectF pill(r.right() - markWidth + 2, r.top() + line + 2, markWidth - 2, line - 2);
        QPainterPath path;
        path.addRoundedRect(pill, 4, 4);
        const QColor bg = lines.mark.isValid() ? lines.mark : option.palette.color(QPalette::Mid);
        p->fillPath(path, bg);
        p->setFont(small);
        p->setPen(StateStyle::contrast(bg, Qt::white) >= 3.0 ? QColor(Qt::white) : QColor(Qt::black));
        p->drawText(pill, Qt::AlignCenter, lines.markText);
    }
    int glyphWidth = 0;
    if (lines.glyph) {
        // The symbol says the state without colour (colour is never the only signal).
        glyphWidth = line + 4;
        StateStyle::paintGlyph(
            p, QRectF(r.left(), r.top(), line, line), *lines.glyph, lines.mark.isValid() ? lines.mark : text);
    }
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(r.left() + glyphWidth, r.top(), r.width() - rightWidth - glyphWidth, line),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(lines.title, Qt::ElideRight, r.width() - rightWidth - glyphWidth));
    p->setFont(option.font);
    QColor sub = text;
    if (!selected)
        sub = StateStyle::mix(text, option.palette.color(QPalette::Base), 0.25);
    p->setPen(sub);
    p->drawText(QRect(r.left(), r.top() + line, r.width() - markWidth - 4, line),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(lines.subtitle, Qt::ElideRight, r.width() - markWidth - 4));
    p->restore();
}
