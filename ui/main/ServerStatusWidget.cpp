// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/ServerStatusWidget.h"

#include "common/StateStyle.h"
#include "common/UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>

ServerStatusWidget::ServerStatusWidget(const QString& label, AmiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_label(label)
    , m_client(client)
    , m_mark(new QLabel(this))
    , m_text(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_mark);
    layout->addWidget(m_text);
    m_countdown->setInterval(500);
    connect(m_countdown, &QTimer::timeout, this, &ServerStatusWidget::refresh);
    if (client) {
        connect(client, &AmiClient::stateChanged, this, [this](AmiClient::State state) {
            if (state == AmiClient::State::Ready) {
                m_error = AmiClient::Error::None;
                m_errorDetail.clear();
            }
            refresh();
        });
        connect(client, &AmiClient::errorOccurred, this, &ServerStatusWidget::handleError);
    }
    refresh();
}

QString ServerStatusWidget::text() const
{
    return m_text->text();
}

void ServerStatusWidget::handleError(AmiClient::Error error, const QString& detail)
{
    m_error = error;
    m_errorDetail = detail;
    refresh();
}

void ServerStatusWidget::refresh()
{
    const AmiClient::State state = m_client ? m_client->state() : AmiClient::State::Disconnected;
    QString words = UiText::connectionState(state, m_client ? m_client->reconnectInMs() : -1);
    const bool failed = m_error != AmiClient::Error::None && state != AmiClient::State::Ready;
    if (failed) {
        QString why = UiText::connectionError(m_error);
        if (!m_errorDetail.isEmpty())
            why += QStringLiteral(": ") + m_errorDetail;
        words = state == AmiClient::State::Backoff ? why + QStringLiteral(" — ") + words : why;
    }
    m_text->setText(m_label + QStringLiteral(": ") + words);
    setToolTip(m_text->text());
    m_countdown->setInterval(500);
    if (state == AmiClient::State::Backoff)
        m_countdown->start();
    else
        m_countdown->stop();

    Pbx::ExtensionState look = Pbx::ExtensionState::Unknown;
    StateStyle::Glyph glyph = StateStyle::Glyph::Ring;
    if (state == AmiClient::State::Ready) {
        look = Pbx::ExtensionState::Idle;
        glyph = StateStyle::Glyph::Dot;
    } else if (failed) {
        look = Pbx::ExtensionState::Busy;
        glyph = StateStyle::Glyph::Cross;
    } else if (state != AmiClient::State::Disconnected) {
        look = Pbx::ExtensionState::Ringing;
        glyph = StateStyle::Glyph::Ring;
    }
    const int s = fontMetrics().height();
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(int(s * dpr), int(s * dpr));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    StateStyle::paintGlyph(&p, QRectF(0, 0, s, s), glyph, StateStyle::accent(look, palette()));
    p.end();
    m_mark->setPixmap(pm);
}
