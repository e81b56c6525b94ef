// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ChaosLink;
class QTcpServer;

// A fault-injecting TCP proxy on 127.0.0.1 for the chaos tests: the client
// connects to port(), every connection gets its own connection to the
// upstream (the demo PBX), and bytes go both ways unchanged until a fault is
// commanded:
// - a cut at a byte offset in one direction: exactly that many bytes of the
//   connection's stream reach the other side, then both sockets close (a
//   line, an event list or a login cut wherever the offset falls);
// - half-open: the live connections stop forwarding in both directions but
//   keep their sockets open (the peer "stops answering", no FIN, no RST);
// - a slow link: one byte at a time, with a delay between bytes;
// - another upstream: new connections go to another server (the PBX "comes
//   back different").
// The client side may speak TLS (listenTls) while the upstream is plain.
class ChaosProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChaosProxy)
public:
    enum class Direction
    {
        ClientToServer,
        ServerToClient,
    };
    Q_ENUM(Direction)

    explicit ChaosProxy(QObject* parent = nullptr);
    ~ChaosProxy() override;

    // Listens on 127.0.0.1 (random port); connections go to 127.0.0.1:upstreamPort.
    bool listen(quint16 upstreamPort);
    // The same with TLS towards the client (PEM certificate and key).
    bool listenTls(quint16 upstreamPort, const QString& certificatePemFile, const QString& keyPemFile);
    quint16 port() const;

    // New connections go to this upstream port from now on.
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    quint16 upstreamPort() const { return m_upstreamPort; }

    // The next accepted connection is cut once `offset` bytes of `direction`
    // have been forwarded (0 = before the first byte). One connection only.
    void cutNextConnectionAt(Direction direction, qint64 offset);
    // Every live connection is cut after `bytes` more bytes of `direction`.
    void cutLiveAfter(Direction direction, qint64 bytes);
    // Cuts every live connection now (both sockets closed).
    void cutAll();
    // The live connections stop forwarding and keep their sockets open;
    // connections accepted later work normally.
    void makeLiveHalfOpen();
    // Forward one byte per delayMs (0: one byte per event loop turn) on live
    // and new connections; negative: full speed again.
    void setSlowLink(int delayMs);
    int slowLinkDelayMs() const { return m_slowDelayMs; }

    int liveConnectionCount() const;
    // Bytes forwarded so far in one direction, summed over the live connections.
    qint64 liveForwarded(Direction direction) const;
    int acceptedCount() const { return m_accepted; }
    int cutCount() const { return m_cuts; }

Q_SIGNALS:
    void accepted();
    // A cut fault fired after `offset` bytes of `direction` on that connection.
    // tail: the last bytes (up to 4) that went through before it.
    void cut(ChaosProxy::Direction direction, qint64 offset, const QByteArray& tail);

private:
    bool startListening(QTcpServer* server, quint16 upstreamPort);
    void handleNewConnections();
    void handleLinkCut(Direction direction, qint64 offset, const QByteArray& tail);

    QTcpServer* m_server = nullptr;
    quint16 m_upstreamPort = 0;
    int m_slowDelayMs = -1;
    int m_accepted = 0;
    int m_cuts = 0;
    qint64 m_nextCutOffset = -1;
    Direction m_nextCutDirection = Direction::ServerToClient;
    QList<QPointer<ChaosLink>> m_links;
};
