// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"

#include <QList>
#include <QTcpSocket>

#include <functional>

// A raw AMI client for the demo PBX tests: real TCP, the project's parser,
// and waits that run the event loop (the server lives on the same thread).
class DemoTestClient final
{
public:
    bool connectTo(quint16 port);
    void send(QByteArrayView bytes);
    void send(const AmiMessage& action) { send(action.toWire()); }
    // Waits for the next message matching pred (earlier non-matching ones are kept in received()).
    bool waitFor(
        const std::function<bool(const AmiMessage&)>& pred, AmiMessage* out = nullptr, int timeoutMs = 5000);
    // The next Response (events before it are skipped, but kept in received()).
    AmiMessage nextResponse(int timeoutMs = 5000);
    // Messages up to and including the event named completeName.
    QList<AmiMessage> listUntil(QByteArrayView completeName, int timeoutMs = 5000);
    bool waitDisconnected(int timeoutMs = 5000);
    bool login(const QString& user, const QString& secret, bool events);
    // Sends a Ping and waits for its answer: every event emitted before is then received.
    bool sync();

    QList<AmiMessage>& received() { return m_received; }
    QList<AmiMessage> events() const;
    QTcpSocket& socket() { return m_socket; }

private:
    bool pump(int timeoutMs);

    QTcpSocket m_socket;
    AmiParser m_parser;
    QList<AmiMessage> m_queue; // parsed, not yet consumed by waitFor
    QList<AmiMessage> m_received; // everything consumed, in order
    int m_syncCount = 0;
};
