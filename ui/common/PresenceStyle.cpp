// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PresenceStyle.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QRectF>

#include <algorithm>

QString PresenceStyle::word(const QString& presence)
{
    const QString p = presence.toLower();
    if (p == QLatin1String("away"))
        return tr("Away");
    if (p == QLatin1String("xa"))
        return tr("Away for a long time");
    if (p == QLatin1String("chat"))
        return tr("Free to chat");
    if (p == QLatin1String("dnd"))
        return tr("Do not disturb");
    if (p == QLatin1String("unavailable"))
        return tr("Not available");
    return {};
}

QString PresenceStyle::text(const QString& presence, const QString& message)
{
    const QString w = word(presence);
    const QString note = message.simplified();
    if (w.isEmpty())
        return note;
    return note.isEmpty() ? w : tr("%1: %2").arg(w, note);
}

QString PresenceStyle::returnText(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    // Minutes are enough (the C locale's short format has seconds).
    QString when
        = locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(QLatin1String(":ss")));
    if (local.date() != now.toLocalTime().date())
        when = locale.toString(local.date(), QStringLiteral("ddd")) + u' ' + when;
    return at < now ? tr("overdue since %1").arg(when) : tr("back at %1").arg(when);
}

void PresenceStyle::paintGlyph(QPainter* p, const QRectF& r, const QString& presence, const QColor& color)
{
    const QString kind = presence.toLower();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double s = std::min(r.width(), r.height());
    const QRectF box(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
    const double w = std::max(1.2, s / 9);
    p->setPen(QPen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    const QRectF inner = box.adjusted(w, w, -w, -w);
    const QPointF c = inner.center();
    if (kind == QLatin1String("away") || kind == QLatin1String("xa")) {
        // A clock: back later.
        p->drawEllipse(inner);
        p->drawLine(c, c + QPointF(0, -inner.height() * 0.32));
        p->drawLine(c, c + QPointF(inner.width() * 0.24, 0));
    } else if (kind == QLatin1String("dnd")) {
        p->drawEllipse(inner);
        p->drawLine(c + QPointF(-inner.width() * 0.28, 0), c + QPointF(inner.width() * 0.28, 0));
    } else if (kind == QLatin1String("unavailable")) {
        p->drawEllipse(inner);
        p->drawLine(inner.topRight() + QPointF(-s * 0.12, s * 0.12),
            inner.bottomLeft() + QPointF(s * 0.12, -s * 0.12));
    } else {
        // A speech bubble: a note to read.
        const QRectF bubble(inner.left(), inner.top(), inner.width(), inner.height() * 0.72);
        p->drawRoundedRect(bubble, s * 0.18, s * 0.18);
        p->drawLine(QPointF(bubble.left() + bubble.width() * 0.3, bubble.bottom()),
            QPointF(bubble.left() + bubble.width() * 0.2, inner.bottom()));
    }
    p->restore();
}
