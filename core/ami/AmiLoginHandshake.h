// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiConnectionSettings.h"
#include "core/ami/AmiMessage.h"

#include <QByteArray>
#include <QString>

#include <functional>

class AmiRequest;

// The login conversation of one session: Challenge (MD5) and then Login with
// the key, or a plain Login; reads their replies. Built from AmiLogin's
// requests, so every value went through AmiRequest's header check. It sends
// nothing itself: each step returns the message to write.
class AmiLoginHandshake final
{
public:
    enum class Outcome
    {
        Waiting, // not the reply yet (an event carrying the login's ActionID)
        Send, // write message, then wait for its reply
        LoggedIn,
        Refused, // Asterisk's words in text()
        Invalid, // a value would inject headers; nothing was sent (text() says which)
    };
    struct Step
    {
        Outcome outcome;
        AmiMessage message; // for Send
        QString text; // for Refused and Invalid
    };

    // nextActionId gives the ActionID of each request (the client's numbering).
    explicit AmiLoginHandshake(std::function<QByteArray()> nextActionId);

    // The first request: Challenge in MD5 mode, else the Login itself.
    Step start(const AmiConnectionSettings& settings, const QString& secret, bool proxy);
    // True for a reply to the request in flight.
    bool isReply(QByteArrayView actionId) const;
    bool isRunning() const { return !m_actionId.isEmpty(); }
    Step handleReply(const AmiMessage& reply);
    void reset();

private:
    enum class Stage
    {
        None,
        Challenge,
        Login,
    };
    Step request(Stage stage, const AmiRequest& request);

    std::function<QByteArray()> m_nextActionId;
    AmiConnectionSettings m_settings;
    QString m_secret;
    bool m_proxy = false;
    Stage m_stage = Stage::None;
    QByteArray m_actionId;
};
