// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/StatusMessage.h"

#include "core/common/Clock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

StatusMessage::StatusMessage(QWidget* parent, Clock* clock)
    : QWidget(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_expiry(m_clock->createTimer(this))
    , m_label(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("statusMessage"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss this message"));
    m_dismiss->setAccessibleName(tr("Dismiss message"));
    m_dismiss->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &ClockTimer::timeout, this, &StatusMessage::dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, &StatusMessage::dismiss);
}

void StatusMessage::showMessage(const QString& text, bool error)
{
    m_error = error;
    QString shown = text;
    if (error) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_clock->currentMSecsSinceEpoch());
        shown = tr("%1 %2").arg(QLocale().toString(at.time(), QLocale::ShortFormat), text);
    }
    m_label->setText(shown);
    m_label->setAccessibleName(error ? tr("Error: %1").arg(shown) : shown);
    QPalette pal = m_label->palette();
    pal.setColor(QPalette::WindowText,
        error                ? QColor(0xc0, 0x1c, 0x28)
            : parentWidget() ? parentWidget()->palette().color(QPalette::WindowText)
                             : palette().color(QPalette::WindowText));
    m_label->setPalette(pal);
    m_dismiss->setVisible(error);
    m_expiry->start(error ? ErrorShownMs : InfoShownMs);
}

void StatusMessage::dismiss()
{
    m_expiry->stop();
    m_error = false;
    m_label->clear();
    m_label->setAccessibleName(QString());
    m_dismiss->hide();
}

QString StatusMessage::text() const
{
    return m_label->text();
}
