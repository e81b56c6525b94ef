// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiLoginHandshake.h"

#include "core/ami/AmiLogin.h"
#include "core/ami/AmiRequest.h"

#include <QCoreApplication>

AmiLoginHandshake::AmiLoginHandshake(std::function<QByteArray()> nextActionId)
    : m_nextActionId(std::move(nextActionId))
{ }

AmiLoginHandshake::Step AmiLoginHandshake::start(
    const AmiConnectionSettings& settings, const QString& secret, bool proxy)
{
    m_settings = settings;
    m_secret = secret;
    m_proxy = proxy;
    if (settings.authMode == AmiConnectionSettings::AuthMode::Md5Challenge)
        return request(Stage::Challenge, AmiLogin::challenge());
    return request(Stage::Login, AmiLogin::login(m_settings, m_secret, {}, m_proxy));
}

bool AmiLoginHandshake::isReply(QByteArrayView actionId) const
{
    return !m_actionId.isEmpty() && actionId == QByteArrayView(m_actionId);
}

AmiLoginHandshake::Step AmiLoginHandshake::handleReply(const AmiMessage& reply)
{
    if (!reply.isResponse())
        return {Outcome::Waiting, {}, {}};
    const bool success = reply.valueIs("Response", "Success");
    if (success && m_stage == Stage::Challenge) {
        const QByteArrayView challenge = reply.rawValue("Challenge");
        if (!challenge.isEmpty())
            return request(Stage::Login, AmiLogin::login(m_settings, m_secret, challenge, m_proxy));
    }
    const Stage stage = m_stage;
    reset();
    if (success && stage == Stage::Login)
        return {Outcome::LoggedIn, {}, {}};
    QString text = reply.message();
    if (text.isEmpty())
        text = QCoreApplication::translate("AmiClient", "Authentication failed");
    return {Outcome::Refused, {}, text};
}

void AmiLoginHandshake::reset()
{
    m_stage = Stage::None;
    m_actionId.clear();
    m_secret.clear();
}

AmiLoginHandshake::Step AmiLoginHandshake::request(Stage stage, const AmiRequest& request)
{
    // The last line of defence: the client already refused such settings.
    if (const QString invalid = request.validationError(); !invalid.isEmpty()) {
        reset();
        return {Outcome::Invalid, {}, invalid};
    }
    m_stage = stage;
    m_actionId = m_nextActionId();
    return {Outcome::Send, request.toMessage(m_actionId), {}};
}
