// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileDelegate.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"
#include "ui/common/PresenceStyle.h"
#include "ui/common/StateStyle.h"
#include "ui/common/UiText.h"
#include "ui/tiles/TileBoardModel.h"
#include "ui/tiles/TileText.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using Pbx::ExtensionState;

namespace {

// A stale tile is drawn this much fainter than a live one.
constexpr qreal StaleOpacity = 0.55;

} // namespace

QString TileDelegate::staleText(const QString& stateText, qint64 staleSinceMs)
{
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(staleSinceMs).time(), QLocale::ShortFormat);
    return tr("%1 · last known %2").arg(stateText, time);
}

TileDelegate::TileDelegate(QWidget* view, Clock* clock)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_clock(clock ? clock : Clock::system())
{ }

QSize TileDelegate::tileSize(const QFont& font) const
{
    const QFontMetrics fm(font);
    // Wide enough for a typical "Firstname Lastname" and a duration.
    return QSize(fm.averageCharWidth() * 34, fm.lineSpacing() * 3 + fm.height() / 2 + 12);
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(TileBoardModel::IsHeaderRole).toBool()) {
        int width = 200;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(m_view))
            width = area->viewport()->width() - 16;
        QFont f = option.font;
        f.setBold(true);
        return QSize(std::max(100, width), QFontMetrics(f).height() + 14);
    }
    // Stretch tiles so the columns fill the row instead of leaving a ragged gap.
    const QSize min = tileSize(option.font);
    if (auto* list = qobject_cast<QListView*>(m_view)) {
        const int spacing = list->spacing();
        const int available = list->viewport()->width() - spacing * 2 - 1;
        const int columns = std::max(1, available / (min.width() + spacing * 2));
        const int width = available / columns - spacing * 2;
        if (width > min.width())
            return QSize(std::min(width, min.width() * 3 / 2), min.height());
    }
    return min;
}

void TileDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(TileBoardModel::IsHeaderRole).toBool())
        paintHeader(painter, option, index);
    else
        paintTile(painter, option, index);
}

void TileDelegate::paintHeader(
    QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    p->save();
    QFont f = option.font;
    f.setBold(true);
    p->setFont(f);
    const QRect r = option.rect.adjusted(2, 4, -2, 0);
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString count = QString::number(index.data(TileBoardModel::GroupSizeRole).toInt());
    p->setPen(option.palette.color(QPalette::WindowText));
    p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int tw = QFontMetrics(f).horizontalAdvance(title);
    QFont cf = option.font;
    p->setFont(cf);
    p->setPen(option.palette.color(QPalette::PlaceholderText));
    p->drawText(r.adjusted(tw + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, count);
    const int lineX = r.left() + tw + 8 + QFontMetrics(cf).horizontalAdvance(count) + 8;
    p->setPen(QPen(StateStyle::mix(option.palette.color(QPalette::WindowText),
                       option.palette.color(QPalette::Window), 0.75),
        1));
    p->drawLine(lineX, r.center().y(), r.right(), r.center().y());
    p->restore();
}

void TileDelegate::paintTile(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto state = ExtensionState(index.data(ExtensionRoles::State).toInt());
    const QPalette& pal = option.palette;
    const QString name = index.data(ExtensionRoles::Name).toString();
    const QString number = index.data(ExtensionRoles::Number).toString();
    const QString presence = index.data(ExtensionRoles::Presence).toString();
    const QString presenceText = TileText::presence(index);
    const QString party = TileText::party(index, m_clock->currentMSecsSinceEpoch());
    const qint64 start = index.data(ExtensionRoles::CallStartMs).toLongLong();
    const int mwi = index.data(ExtensionRoles::MailboxNew).toInt();
    // The server is unreachable: the last known picture, faded, its timers stopped.
    const qint64 staleSince = index.data(ExtensionRoles::StaleSinceMs).toLongLong();

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (staleSince > 0)
        p->setOpacity(StaleOpacity);
    const QRectF r = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor accent = StateStyle::accent(state, pal);
    QColor bg = StateStyle::background(state, pal);
    if (StateStyle::isAlerting(state) && m_blinkPhase && staleSince == 0)
        bg = StateStyle::mix(bg, accent, 0.12);

    QPainterPath shape;
    shape.addRoundedRect(r, 6, 6);
    p->fillPath(shape, bg);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    // Free tiles get a quiet outline; states that need attention a strong one.
    const double outline = state == ExtensionState::Idle ? 0.3 : 0.6;
    QPen border(
        selected ? pal.color(QPalette::Highlight) : StateStyle::mix(bg, accent, outline), selected ? 2.5 : 1);
    if (hovered && !selected)
        border.setColor(accent);
    p->setPen(border);
    p->drawPath(shape);
    // State stripe on the left.
    p->save();
    p->setClipPath(shape);
    p->fillRect(QRectF(r.left(), r.top(), 5, r.height()), accent);
    p->restore();

    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    const int pad = 6;
    const QRect content = option.rect.adjusted(5 + pad + 2, pad, -pad - 2, -pad);
    const int glyphSize = line;

    // Line 1: glyph, name, MWI badge.
    StateStyle::paintGlyph(
        p, QRectF(content.left(), content.top(), glyphSize, glyphSize), StateStyle::glyph(state), accent);
    int right = content.right();
    if (mwi > 0) {
        const QString count = QString::number(mwi);
        QFont bf = option.font;
        bf.setBold(true);
        const QFontMetrics bfm(bf);
        const int bw = bfm.horizontalAdvance(count) + line + 6;
        const QRectF badge(right - bw, content.top(), bw, line);
        QPainterPath pill;
        pill.addRoundedRect(badge, line / 2.0, line / 2.0);
        p->fillPath(pill, pal.color(QPalette::Highlight));
        // A small envelope, then the count.
        const QColor on = pal.color(QPalette::HighlightedText);
        const QRectF env(badge.left() + 4, badge.top() + line * 0.28, line * 0.62, line * 0.44);
        p->setPen(QPen(on, 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawRect(env);
        p->drawLine(env.topLeft(), QPointF(env.center().x(), env.center().y() + 1));
        p->drawLine(env.topRight(), QPointF(env.center().x(), env.center().y() + 1));
        p->setFont(bf);
        p->drawText(badge.adjusted(line * 0.62 + 6, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, count);
        right -= bw + 4;
    }
    // A presence note has its own symbol on line 1 (its words below).
    if (!presenceText.isEmpty()) {
        PresenceStyle::paintGlyph(
            p, QRectF(right - line, content.top(), line, line), presence, pal.color(QPalette::Text));
        right -= line + 4;
    }
    QFont nameFont = option.font;
    nameFont.setBold(true);
    p->setFont(nameFont);
    p->setPen(pal.color(QPalette::Text));
    const QRect nameRect(
        content.left() + glyphSize + 6, content.top(), right - content.left() - glyphSize - 6, line);
    const QString title = name.isEmpty() ? number : name;
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(title, Qt::ElideRight, nameRect.width()));

    // Line 2: number · state, duration on the right.
    p->setFont(option.font);
    QString stateText = TileText::state(index);
    // Line 3 belongs to the call when there is one: the note's word goes here.
    if (!party.isEmpty() && !presenceText.isEmpty())
        stateText += QStringLiteral(" · ") + presenceText;
    if (staleSince > 0)
        stateText = staleText(stateText, staleSince);
    const QRect line2(content.left(), content.top() + line + 2, content.width(), line);
    int durationWidth = 0;
    if (start > 0) {
        const qint64 now = staleSince > 0 ? staleSince : m_clock->currentMSecsSinceEpoch();
        const QString d = UiText::duration(now - start);
        durationWidth = fm.horizontalAdvance(d) + 6;
        p->setPen(pal.color(QPalette::Text));
        p->drawText(line2, Qt::AlignRight | Qt::AlignVCenter, d);
    }
    const QString second = name.isEmpty() ? stateText : number + QStringLiteral(" · ") + stateText;
    p->setPen(pal.color(QPalette::Text));
    p->drawText(line2.adjusted(0, 0, -durationWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(second, Qt::ElideRight, line2.width() - durationWidth));

    // Line 3: who it talks to, else the presence note ("Away: Back at 14:00").
    if (!party.isEmpty() || !presenceText.isEmpty()) {
        const QString third = party.isEmpty() ? presenceText : party;
        const QRect line3(content.left(), content.top() + 2 * line + 4, content.width(), line);
        QColor c = pal.color(QPalette::Text);
        p->setPen(c);
        p->drawText(
            line3, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(third, Qt::ElideRight, line3.width()));
    }
    p->restore();
}
