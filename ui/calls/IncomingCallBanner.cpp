// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calls/IncomingCallBanner.h"

#include "ui/common/StateStyle.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

IncomingCallBanner::IncomingCallBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_who(new QLabel(this))
    , m_via(new QLabel(this))
{
    setObjectName(QStringLiteral("incomingCallBanner"));
    setAccessibleName(tr("Incoming call"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.5);
    big.setBold(true);
    m_who->setFont(big);
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_who);
    text->addWidget(m_via);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    applyColours();
    hide();
}

void IncomingCallBanner::showCall(
    const QString& key, const QString& number, const QString& name, const QString& via)
{
    m_key = key;
    m_who->setText(name.isEmpty() || name == number ? tr("Incoming call: %1").arg(number)
                                                    : tr("Incoming call: %1 (%2)").arg(name, number));
    // Attendant cannot answer a phone (AMI has no such action): only the handset or its headset key can.
    m_via->setText(via.isEmpty()
            ? tr("Ringing on your phone — pick up the handset to answer")
            : tr("via %1 — ringing on your phone: pick up the handset to answer").arg(via));
    show();
    announce();
}

void IncomingCallBanner::announce()
{
    // A screen reader says a new call at once, as a sighted operator sees the banner:
    // the banner's name becomes the caller and an alert is raised on it.
    setAccessibleName(m_who->text());
    setAccessibleDescription(m_via->text());
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void IncomingCallBanner::clearCall(const QString& key)
{
    if (key != m_key)
        return;
    m_key.clear();
    hide();
    setAccessibleName(tr("Incoming call"));
    setAccessibleDescription(QString());
}

QString IncomingCallBanner::text() const
{
    return m_who->text() + u'\n' + m_via->text();
}

void IncomingCallBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void IncomingCallBanner::applyColours()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, StateStyle::background(Pbx::ExtensionState::Ringing, base));
    setPalette(pal);
    const int s = fontMetrics().height() * 2;
    QPixmap pm(s * devicePixelRatioF(), s * devicePixelRatioF());
    pm.setDevicePixelRatio(devicePixelRatioF());
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    StateStyle::paintGlyph(&p, QRectF(0, 0, s, s), StateStyle::Glyph::Bell,
        StateStyle::accent(Pbx::ExtensionState::Ringing, base));
    p.end();
    m_icon->setPixmap(pm);
}
