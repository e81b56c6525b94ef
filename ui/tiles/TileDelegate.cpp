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
    if (m_measuredSize.isEmpty() || font != m_measuredFont) {
        const QFontMetrics fm(font);
        // Wide enough for a typical "Firstname Lastname" and a duration; compact: a short name.
        m_measuredSize = m_compact
            ? QSize(fm.averageCharWidth() * 20, fm.lineSpacing() * 2 + 10)
            : QSize(fm.averageCharWidth() * 34, fm.lineSpacing() * 3 + fm.height() / 2 + 12);
        m_measuredFont = font;
    }
    return m_measuredSize;
}

void TileDelegate::setCompact(bool compact)
{
    m_compact = compact;
    m_measuredSize = QSize(); // measured again
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
    const int size = index.data(TileBoardModel::GroupSizeRole).toInt();
    // An empty group of the receptionist's says how it fills.
    const QString count = size == 0 && index.data(TileBoardModel::OwnGroupRole).toBool()
        ? tr("0 — drag a tile here")
        : QString::number(size);
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

// What one tile shows, read once per paint.
struct TileDelegate::Facts
{
    ExtensionState state;
    QString title; // name, or the number
    QString number;
    bool named;
    QString presence;
    QString presenceText;
    QString party;
    qint64 callStartMs;
    int newMessages;
    qint64 staleSinceMs; // the server is unreachable: the last known picture, faded, timers stopped
    QString returnTime; // "back at 14:00", "overdue since 14:00"
    QString forward; // "→ 0612…"
    QString dndApart; // "Do not disturb" beside another state (on a call)
    QString recording; // "● REC 0:42": its call is recorded, by anybody
};

TileDelegate::Facts TileDelegate::factsOf(const QModelIndex& index, qint64 nowMs)
{
    const QString name = index.data(ExtensionRoles::Name).toString();
    const QString number = index.data(ExtensionRoles::Number).toString();
    return {ExtensionState(index.data(ExtensionRoles::State).toInt()), name.isEmpty() ? number : name, number,
        !name.isEmpty(), index.data(ExtensionRoles::Presence).toString(), TileText::presence(index),
        TileText::party(index, nowMs), index.data(ExtensionRoles::CallStartMs).toLongLong(),
        index.data(ExtensionRoles::MailboxNew).toInt(), index.data(ExtensionRoles::StaleSinceMs).toLongLong(),
        TileText::returnTime(index, nowMs), TileText::forward(index), TileText::dndApart(index),
        TileText::recording(index, nowMs)};
}

void TileDelegate::paintTile(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Facts tile = factsOf(index, m_clock->currentMSecsSinceEpoch());
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (tile.staleSinceMs > 0)
        p->setOpacity(StaleOpacity);
    const QColor accent = paintFrame(p, option, tile.state, tile.staleSinceMs > 0);

    const int pad = m_compact ? 4 : 6;
    const QRect content = option.rect.adjusted(5 + pad + 2, pad, -pad - 2, -pad);
    const int line = QFontMetrics(option.font).lineSpacing();
    // Line 1: glyph, name, presence symbol, MWI badge.
    StateStyle::paintGlyph(
        p, QRectF(content.left(), content.top(), line, line), StateStyle::glyph(tile.state), accent);
    // Compact and without a running call, the badge goes to line 2's free end: the name keeps line 1.
    const bool badgeBelow = m_compact && tile.callStartMs <= 0;
    QRect below = content.adjusted(0, line + 2, 0, 0);
    if (badgeBelow)
        below.setRight(paintMailBadge(p, option, below, tile.newMessages));
    int right = badgeBelow ? content.right() : paintMailBadge(p, option, content, tile.newMessages);
    right = paintAvailability(
        p, option, QRect(content.left(), content.top(), right - content.left(), line), tile);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    p->setFont(nameFont);
    p->setPen(option.palette.color(QPalette::Text));
    const QRect nameRect(content.left() + line + 6, content.top(), right - content.left() - line - 6, line);
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(tile.title, Qt::ElideRight, nameRect.width()));

    p->setFont(option.font);
    paintStateLine(p, option, below, index, tile);
    // Line 3: who it talks to, else the presence note ("Away: Back at 14:00"); compact: the tooltip.
    if (!m_compact && (!tile.party.isEmpty() || !tile.presenceText.isEmpty())) {
        const QString third = tile.party.isEmpty() ? tile.presenceText : tile.party;
        const QRect line3(content.left(), content.top() + 2 * line + 4, content.width(), line);
        p->drawText(line3, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(option.font).elidedText(third, Qt::ElideRight, line3.width()));
    }
    p->restore();
}

int TileDelegate::paintAvailability(
    QPainter* p, const QStyleOptionViewItem& option, const QRect& line1, const Facts& tile) const
{
    const int line = line1.height();
    const QColor text = option.palette.color(QPalette::Text);
    int right = line1.right();
    // A presence note has its own symbol on line 1 (its words below).
    if (!tile.presenceText.isEmpty()) {
        PresenceStyle::paintGlyph(p, QRectF(right - line, line1.top(), line, line), tile.presence, text);
        right -= line + 4;
    }
    // DND beside busy: its own no-entry symbol (the word is on line 2).
    if (!tile.dndApart.isEmpty()) {
        PresenceStyle::paintGlyph(
            p, QRectF(right - line, line1.top(), line, line), QStringLiteral("dnd"), text);
        right -= line + 4;
    }
    if (!tile.recording.isEmpty()) {
        // The symbol and the word REC say it; the red only repeats it.
        QFont bold = option.font;
        bold.setBold(true);
        const int width = QFontMetrics(bold).horizontalAdvance(tile.recording) + 2;
        p->setFont(bold);
        p->setPen(QColor(0xc6, 0x28, 0x28));
        p->drawText(QRect(right - width, line1.top(), width, line), Qt::AlignRight | Qt::AlignVCenter,
            tile.recording);
        p->setFont(option.font);
        right -= width + 4;
    }
    if (!tile.forward.isEmpty()) {
        const int width = QFontMetrics(option.font).horizontalAdvance(tile.forward) + 2;
        p->setFont(option.font);
        p->setPen(text);
        p->drawText(
            QRect(right - width, line1.top(), width, line), Qt::AlignRight | Qt::AlignVCenter, tile.forward);
        right -= width + 4;
    }
    return right;
}

QColor TileDelegate::paintFrame(
    QPainter* p, const QStyleOptionViewItem& option, ExtensionState state, bool stale) const
{
    const QPalette& pal = option.palette;
    const QRectF r = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor accent = StateStyle::accent(state, pal);
    QColor bg = StateStyle::background(state, pal);
    if (StateStyle::isAlerting(state) && m_blinkPhase && !stale)
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
    return accent;
}

int TileDelegate::paintMailBadge(
    QPainter* p, const QStyleOptionViewItem& option, const QRect& content, int newMessages) const
{
    const int right = content.right();
    if (newMessages <= 0)
        return right;
    const int line = QFontMetrics(option.font).lineSpacing();
    const QString count = QString::number(newMessages);
    QFont bf = option.font;
    bf.setBold(true);
    const int bw = QFontMetrics(bf).horizontalAdvance(count) + line + 6;
    const QRectF badge(right - bw, content.top(), bw, line);
    QPainterPath pill;
    pill.addRoundedRect(badge, line / 2.0, line / 2.0);
    p->fillPath(pill, option.palette.color(QPalette::Highlight));
    // A small envelope, then the count.
    const QColor on = option.palette.color(QPalette::HighlightedText);
    const QRectF env(badge.left() + 4, badge.top() + line * 0.28, line * 0.62, line * 0.44);
    p->setPen(QPen(on, 1.2));
    p->setBrush(Qt::NoBrush);
    p->drawRect(env);
    p->drawLine(env.topLeft(), QPointF(env.center().x(), env.center().y() + 1));
    p->drawLine(env.topRight(), QPointF(env.center().x(), env.center().y() + 1));
    p->setFont(bf);
    p->drawText(badge.adjusted(line * 0.62 + 6, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, count);
    p->setFont(option.font);
    return right - bw - 4;
}

void TileDelegate::paintStateLine(QPainter* p, const QStyleOptionViewItem& option, const QRect& area,
    const QModelIndex& index, const Facts& tile) const
{
    // Line 2: number · state, duration on the right.
    const QFontMetrics fm(option.font);
    QString stateText = TileText::state(index);
    // Line 3 belongs to the call when there is one: the note's word goes here.
    if (!tile.party.isEmpty() && !tile.presenceText.isEmpty())
        stateText += QStringLiteral(" · ") + tile.presenceText;
    if (!tile.dndApart.isEmpty())
        stateText += QStringLiteral(" · ") + tile.dndApart;
    // "overdue" must not be elided away with the note on line 3.
    if (!tile.returnTime.isEmpty())
        stateText += QStringLiteral(" · ") + tile.returnTime;
    if (tile.staleSinceMs > 0)
        stateText = staleText(stateText, tile.staleSinceMs);
    const QRect line2(area.left(), area.top(), area.width(), fm.lineSpacing());
    p->setPen(option.palette.color(QPalette::Text));
    int durationWidth = 0;
    if (tile.callStartMs > 0) {
        const qint64 now = tile.staleSinceMs > 0 ? tile.staleSinceMs : m_clock->currentMSecsSinceEpoch();
        const QString d = UiText::duration(now - tile.callStartMs);
        durationWidth = fm.horizontalAdvance(d) + 6;
        p->drawText(line2, Qt::AlignRight | Qt::AlignVCenter, d);
    }
    p->drawText(line2.adjusted(0, 0, -durationWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        TileText::stateLine(
            fm, line2.width() - durationWidth, tile.named ? tile.number : QString(), stateText));
}
