// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What to send: an action name and its headers, in order (repeated keys such
// as Variable allowed). A value type; AmiClient::send() turns it into an
// AmiAction job. ActionID is added by the client, never by the caller.
class AmiRequest final
{
public:
    enum class Completion
    {
        Response, // finished by the Response
        EventList, // Response "EventList: start", items, then "EventList: Complete"
    };

    struct Header
    {
        QByteArray key;
        QString value;
    };

    AmiRequest() = default;
    explicit AmiRequest(const QByteArray& action, Completion completion = Completion::Response);

    AmiRequest& set(const QByteArray& key, const QString& value); // appends (repeats allowed)
    AmiRequest& setVariable(const QString& name, const QString& value); // "Variable: name=value"

    const QByteArray& action() const { return m_action; }
    const QList<Header>& headers() const { return m_headers; }
    QString header(const QByteArray& key) const;
    Completion completion() const { return m_completion; }

    // Per-action timeout in ms; 0 = the client's default.
    int timeoutMs() const { return m_timeoutMs; }
    AmiRequest& setTimeoutMs(int ms)
    {
        m_timeoutMs = ms;
        return *this;
    }

    // Empty when every key and value is safe to put on the wire; otherwise
    // a description of the first offending header (CR, LF or NUL in a value,
    // anything but a token in a key). Header injection is refused here.
    QString validationError() const;

    // The wire message: Action, the given ActionID, then the headers in order.
    // Callers check validationError() first.
    AmiMessage toMessage(QByteArrayView actionId) const;

    // Keys that must never be logged in clear (Secret, Key).
    static bool isSensitiveKey(QByteArrayView key);

private:
    QByteArray m_action;
    QList<Header> m_headers;
    Completion m_completion = Completion::Response;
    int m_timeoutMs = 0;
};
