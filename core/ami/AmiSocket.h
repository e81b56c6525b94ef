// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiConnectionSettings.h"
#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"
#include "core/common/CertificateInfo.h"

#include <QAbstractSocket>
#include <QObject>

#include <functional>

class QElapsedTimer;

class QTcpSocket;
class QSslError;

// The byte pipe to one AMI peer: TCP or TLS (chain and host name checked, or
// the one certificate the user pinned), a bounded read buffer and the parser.
// It knows nothing of logins or actions: it hands complete messages up in the
// order they came and says how the connection ended. After close() (also from
// inside the message handler) nothing more is delivered.
class AmiSocket final : public QObject
{
    Q_OBJECT
public:
    // How much the socket buffers beyond what the parser took: a client that
    // falls behind a flood leaves the rest in the kernel (TCP back-pressure)
    // instead of growing without bound (bench/README.md, issue 18).
    static constexpr qint64 ReadBufferBytes = qint64(256) * 1024;
    // Main-thread time one event-loop pass spends handing messages up: a read
    // of 256 KiB (some 1,300 resync list items) would otherwise keep the
    // window from painting for over 50 ms. The rest follows in the next pass.
    static constexpr qint64 PassMilliseconds = 5;

    // Gets every message, in order. A plain call rather than a signal: the
    // owner (AmiClient) is the only receiver, and this runs once per event.
    using MessageHandler = std::function<void(const AmiMessage& message)>;

    explicit AmiSocket(MessageHandler handler, QObject* parent = nullptr);
    ~AmiSocket() override;

    // Opens a new connection (an old one is dropped without a signal).
    void open(const AmiConnectionSettings& settings);
    // Drops the connection at once; no signal follows.
    void close();
    bool isOpen() const { return m_socket != nullptr; }
    void write(const AmiMessage& message);
    void flush();
    qsizetype maxMessageSize() const { return m_parser.maxMessageSize(); }

Q_SIGNALS:
    // Any bytes at all: the peer is alive.
    void bytesReceived();
    // The peer closed the connection (whatever came with the FIN was delivered first).
    void closedByPeer();
    void failed(QAbstractSocket::SocketError error, const QString& detail);
    void messageTooLarge(qsizetype limit);
    // The TLS certificate is neither trusted nor pinned: the connection is closed.
    void certificateRejected(const QByteArray& sha256Hex, const CertificateInfo& certificate);

private:
    void handleReadyRead();
    // Delivers what is pending, reads on and delivers, until nothing is left,
    // or (sliced) the pass's time is up: then resumes in the next pass.
    // False when the connection was closed meanwhile.
    bool pump(QTcpSocket* socket, bool sliced);
    bool pumpPass(QTcpSocket* socket, bool sliced);
    // Bytes read into the parser (0 or less: none).
    qint64 readOnce(QTcpSocket* socket);
    bool deliverPending(QTcpSocket* socket, const QElapsedTimer* pass);
    void resumeLater();
    void handleDisconnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleSslErrors(const QList<QSslError>& errors);
    void startTls(const AmiConnectionSettings& settings);

    MessageHandler m_handler;
    QTcpSocket* m_socket = nullptr; // a QSslSocket when TLS is on
    AmiParser m_parser;
    // Parsed, not yet delivered from m_next on (its capacity is reused).
    QList<AmiMessage> m_pending;
    qsizetype m_next = 0;
    bool m_tooLarge = false; // after the pending ones: close
    bool m_resumeQueued = false;
    bool m_pumping = false;
    QString m_peerName; // host:port, for the certificate prompt
    QByteArray m_pinnedSha256;
};
