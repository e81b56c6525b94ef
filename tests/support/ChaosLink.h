// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChaosProxy.h"

#include <QObject>

class ChaosPipe;
class QTcpSocket;

// One proxied connection: the accepted client socket, its own upstream
// socket, and a ChaosPipe each way. Closing one side closes the other,
// unless the link was made half-open (then nothing is forwarded and nobody
// is told anything, like a peer behind a dead network).
class ChaosLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChaosLink)
public:
    using Direction = ChaosProxy::Direction;

    // Takes ownership of client; connects to 127.0.0.1:upstreamPort.
    ChaosLink(QTcpSocket* client, quint16 upstreamPort, QObject* parent = nullptr);
    ~ChaosLink() override;

    ChaosPipe* pipe(Direction direction) const;
    void cutAfter(Direction direction, qint64 bytes);
    void cutNow();
    void makeHalfOpen();
    void setSlow(int delayMs);
    bool isHalfOpen() const { return m_halfOpen; }

Q_SIGNALS:
    void cut(ChaosProxy::Direction direction, qint64 offset, const QByteArray& tail);
    // Both sockets are closed; the link deletes itself later.
    void closed();

private:
    void handleSideClosed();
    void close();

    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    ChaosPipe* m_toServer;
    ChaosPipe* m_toClient;
    bool m_halfOpen = false;
    bool m_closing = false;
};
