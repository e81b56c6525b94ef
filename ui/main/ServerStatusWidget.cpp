// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ServerStatusWidget.h"

#include "core/common/Clock.h"
#include "core/pbx/AmiPermissions.h"
#include "core/pbx/PbxServer.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxSync.h"
#include "ui/common/StateStyle.h"
#include "ui/common/UiText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QToolButton>

namespace {

// What a refused sync list would have shown, for the receptionist.
QString listWords(const QString& action)
{
    if (action == QLatin1String("ExtensionStateList"))
        return ServerStatusWidget::tr("extension states");
    if (action == QLatin1String("DeviceStateList"))
        return ServerStatusWidget::tr("device states");
    if (action == QLatin1String("CoreShowChannels"))
        return ServerStatusWidget::tr("calls");
    if (action == QLatin1String("ParkedCalls"))
        return ServerStatusWidget::tr("parked calls");
    if (action == QLatin1String("QueueStatus"))
        return ServerStatusWidget::tr("queues");
    if (action == QLatin1String("VoicemailUsersList"))
        return ServerStatusWidget::tr("mailboxes");
    if (action == QLatin1String("PresenceStateList"))
        return ServerStatusWidget::tr("presence notes");
    if (action == QLatin1String("ConfbridgeListRooms"))
        return ServerStatusWidget::tr("conferences");
    return action;
}

QString clockTime(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).time(), QLocale::ShortFormat);
}

} // namespace

ServerStatusWidget::ServerStatusWidget(const QString& label, AmiClient* client, QWidget* parent)
    : ServerStatusWidget(label, client, new PbxServerStatus(client), parent)
{
    m_status->setParent(this);
}

ServerStatusWidget::ServerStatusWidget(
    const QString& label, AmiClient* client, PbxServerStatus* status, QWidget* parent)
    : QWidget(parent)
    , m_label(label)
    , m_client(client)
    , m_status(status)
    , m_mark(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reconnect(new QToolButton(this))
    , m_countdown(new QTimer(this))
    , m_restartNotice(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_mark);
    layout->addWidget(m_text);
    layout->addWidget(m_reconnect);
    m_reconnect->setText(tr("Reconnect now"));
    m_reconnect->setAccessibleName(tr("Reconnect to %1 now").arg(label));
    m_reconnect->setToolTip(tr("Try to reach %1 again without waiting").arg(label));
    m_reconnect->setAutoRaise(true);
    m_reconnect->hide();
    m_countdown->setInterval(500);
    connect(m_countdown, &QTimer::timeout, this, &ServerStatusWidget::refresh);
    m_restartNotice->setSingleShot(true);
    connect(m_restartNotice, &QTimer::timeout, this, &ServerStatusWidget::refresh);
    if (status) {
        connect(status, &PbxServerStatus::stateChanged, this, [this](PbxServerStatus::State state) {
            if (state == PbxServerStatus::State::Ready) {
                m_error = AmiClient::Error::None;
                m_errorDetail.clear();
            }
            refresh();
        });
    }
    if (client) {
        connect(client, &AmiClient::errorOccurred, this, &ServerStatusWidget::handleError);
        connect(m_reconnect, &QToolButton::clicked, client, &AmiClient::reconnectNow);
    }
    refresh();
}

ServerStatusWidget::ServerStatusWidget(const QString& label, PbxServer* server, QWidget* parent)
    : ServerStatusWidget(
        label, server ? server->client() : nullptr, server ? server->status() : nullptr, parent)
{
    m_server = server;
    watchServer();
    refresh();
}

void ServerStatusWidget::watchServer()
{
    if (!m_server)
        return;
    const auto update = [this] { refresh(); };
    connect(m_server->sync(), &PbxSync::finished, this, update);
    connect(m_server->state(), &PbxState::stalenessChanged, this, update);
    connect(m_server->permissions(), &AmiPermissions::changed, this, update);
    connect(m_server, &PbxServer::pbxRestarted, this, [this] {
        // The note goes when phones have had their first qualify.
        const qint64 left = m_server->reRegisterLeftMs();
        if (left > 0)
            m_restartNotice->start(int(left));
        refresh();
    });
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

QString ServerStatusWidget::stateWords(PbxServerStatus::State state, bool failed) const
{
    QString words = UiText::connectionState(state, m_client ? m_client->reconnectInMs() : -1);
    if (!failed)
        return words;
    QString why = UiText::connectionError(m_error);
    if (!m_errorDetail.isEmpty() && m_errorDetail != why)
        why += QStringLiteral(": ") + m_errorDetail;
    return state == PbxServerStatus::State::Disconnected ? why : why + QStringLiteral(" — ") + words;
}

QString ServerStatusWidget::serverNotes(PbxServerStatus::State state, QString* tooltip) const
{
    if (!m_server)
        return {};
    QStringList notes;
    if (const qint64 since = m_server->state()->staleSinceMs(); since > 0) {
        notes << tr("board as of %1").arg(clockTime(since));
        *tooltip += tr("Not connected since %1: tiles show the last known state, not what happens now.")
                        .arg(clockTime(since))
            + u'\n';
    }
    if (state == PbxServerStatus::State::Ready && m_restartNotice->isActive()) {
        notes << tr("Asterisk restarted: phones are registering again");
        *tooltip += tr("Asterisk has just restarted. Phones show Unavailable until Asterisk has checked "
                       "them again, which takes up to a minute.")
            + u'\n';
    }
    const QStringList refused = m_server->sync()->lastRefusedActions();
    if (state == PbxServerStatus::State::Ready && !refused.isEmpty()) {
        QStringList what;
        for (const QString& action : refused)
            what << listWords(action);
        const QString classes = AmiPermissions::missingClassesFor(refused).join(u',');
        notes << tr("this AMI account may not read %1 (%2): add %3 to its write= line in manager.conf")
                     .arg(what.join(QStringLiteral(", ")), refused.join(QStringLiteral(", ")), classes);
    }
    return notes.join(QStringLiteral(" — "));
}

bool ServerStatusWidget::offersReconnect(PbxServerStatus::State state) const
{
    if (!m_client)
        return false;
    if (state == PbxServerStatus::State::Backoff)
        return true;
    // A refused login or an untrusted certificate needs a decision first.
    using E = AmiClient::Error;
    return state == PbxServerStatus::State::Disconnected && m_error != E::None
        && m_error != E::AuthenticationFailed && m_error != E::NoSecret && m_error != E::CertificateUntrusted;
}

void ServerStatusWidget::refresh()
{
    const PbxServerStatus::State state = m_status ? m_status->state() : PbxServerStatus::State::Disconnected;
    const bool failed = m_error != AmiClient::Error::None && state != PbxServerStatus::State::Ready;
    QString tooltip;
    const QString notes = serverNotes(state, &tooltip);
    QString words = stateWords(state, failed);
    if (!notes.isEmpty())
        words += QStringLiteral(" — ") + notes;
    m_text->setText(m_label + QStringLiteral(": ") + words);
    setToolTip(tooltip.isEmpty() ? m_text->text() : tooltip + m_text->text());
    m_reconnect->setVisible(offersReconnect(state));
    if (state == PbxServerStatus::State::Backoff)
        m_countdown->start();
    else
        m_countdown->stop();
    const bool limited = m_server && state == PbxServerStatus::State::Ready
        && !m_server->sync()->lastRefusedActions().isEmpty();
    paintMark(state, failed, limited);
}

void ServerStatusWidget::paintMark(PbxServerStatus::State state, bool failed, bool limited)
{
    Pbx::ExtensionState look = Pbx::ExtensionState::Unknown;
    StateStyle::Glyph glyph = StateStyle::Glyph::Ring;
    if (state == PbxServerStatus::State::Ready) {
        look = limited ? Pbx::ExtensionState::Ringing : Pbx::ExtensionState::Idle;
        glyph = limited ? StateStyle::Glyph::Question : StateStyle::Glyph::Dot;
    } else if (failed) {
        look = Pbx::ExtensionState::Busy;
        glyph = StateStyle::Glyph::Cross;
    } else if (state != PbxServerStatus::State::Disconnected) {
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
