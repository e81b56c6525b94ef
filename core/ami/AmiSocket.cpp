// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiSocket.h"

#include "core/ami/AmiLogging.h"
#include "core/ami/AmiTrafficLog.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

AmiSocket::AmiSocket(MessageHandler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

AmiSocket::~AmiSocket()
{
    close();
}

void AmiSocket::open(const AmiConnectionSettings& settings)
{
    close();
    m_parser.reset();
    m_peerName = settings.host + u':' + QString::number(settings.port);
    m_pinnedSha256 = CertificateInfo::normalisedPin(settings.pinnedCertificateSha256);
    // Plain TCP gets a QTcpSocket: a QSslSocket in unencrypted mode would copy
    // every byte once more between its inner socket and its own buffer.
    QSslSocket* tlsSocket = settings.tls ? new QSslSocket(this) : nullptr;
    m_socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // Actions and their replies are small writes: without TCP_NODELAY, Nagle's
        // algorithm and the peer's delayed ACK hold each one back ~40 ms.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        qCDebug(lcAmi) << "TCP connected";
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &AmiSocket::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &AmiSocket::handleDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &AmiSocket::handleSocketError);
    qCDebug(lcAmi).noquote() << "connecting to" << settings.host << settings.port
                             << (settings.tls ? "(TLS)" : "(TCP)");
    if (tlsSocket)
        startTls(settings);
    else
        m_socket->connectToHost(settings.host, settings.port);
}

void AmiSocket::startTls(const AmiConnectionSettings& settings)
{
    auto* tlsSocket = static_cast<QSslSocket*>(m_socket);
    connect(tlsSocket, &QSslSocket::encrypted, this, [] { qCDebug(lcAmi) << "TLS established"; });
    connect(tlsSocket, &QSslSocket::sslErrors, this, &AmiSocket::handleSslErrors);
    // Verify chain and host name; an extra CA only adds trust, it never switches checks off.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.caCertificateFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(settings.caCertificateFile, QSsl::Pem);
        if (cas.isEmpty())
            qCWarning(lcAmi).noquote() << "no PEM certificate in CA file" << settings.caCertificateFile;
        config.addCaCertificates(cas);
    }
    tlsSocket->setSslConfiguration(config);
    tlsSocket->connectToHostEncrypted(settings.host, settings.port);
}

void AmiSocket::close()
{
    if (!m_socket)
        return;
    QTcpSocket* socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void AmiSocket::write(const AmiMessage& message)
{
    if (!m_socket)
        return;
    if (lcAmi().isDebugEnabled())
        qCDebug(lcAmi).noquote() << ">>" << AmiTrafficLog::describe(message);
    m_socket->write(message.toWire());
}

void AmiSocket::flush()
{
    if (m_socket)
        m_socket->flush();
}

void AmiSocket::handleSslErrors(const QList<QSslError>& errors)
{
    auto* tlsSocket = qobject_cast<QSslSocket*>(m_socket);
    if (!tlsSocket)
        return;
    QSslCertificate cert = tlsSocket->peerCertificate();
    if (cert.isNull() && !errors.isEmpty())
        cert = errors.constFirst().certificate();
    const QByteArray fingerprint = cert.digest(QCryptographicHash::Sha256).toHex();
    if (!cert.isNull() && !m_pinnedSha256.isEmpty() && fingerprint == m_pinnedSha256) {
        // The user accepted exactly this certificate before: ignore exactly these errors.
        qCDebug(lcAmi) << "certificate matches the pinned fingerprint; accepting" << errors.size()
                       << "error(s)";
        tlsSocket->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError& e : errors)
        reasons.append(e.errorString());
    const CertificateInfo info = CertificateInfo::fromCertificate(cert, m_peerName, reasons);
    close();
    Q_EMIT certificateRejected(fingerprint, info);
}

void AmiSocket::handleSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        handleDisconnected();
        return;
    }
    const QString detail = m_socket->errorString();
    close();
    Q_EMIT failed(error, detail);
}

void AmiSocket::handleDisconnected()
{
    if (!m_socket)
        return;
    // Whatever arrived with the FIN (a Goodbye, an auth error) is read first.
    if (m_socket->bytesAvailable() > 0) {
        handleReadyRead();
        if (!m_socket)
            return;
    }
    close();
    Q_EMIT closedByPeer();
}

void AmiSocket::handleReadyRead()
{
    QTcpSocket* socket = m_socket;
    if (!socket)
        return;
    QPointer<AmiSocket> guard(this);
    // At most what the capped buffer holds, straight into the parser's buffer.
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    qint64 got = 0;
    const AmiParser::Status status = m_parser.feedWith(available, [socket, &got](char* to, qsizetype max) {
        got = socket->read(to, max);
        return got;
    });
    if (got <= 0)
        return;
    Q_EMIT bytesReceived();
    if (!guard || m_socket != socket)
        return;
    if (!deliver(socket) || !guard)
        return;
    if (status == AmiParser::Status::MessageTooLarge) {
        close();
        Q_EMIT messageTooLarge(m_parser.maxMessageSize());
    }
}

bool AmiSocket::deliver(QTcpSocket* socket)
{
    QPointer<AmiSocket> guard(this);
    // The list of the last read, emptied: its capacity goes back to the parser.
    QList<AmiMessage> messages = std::exchange(m_delivered, {});
    m_parser.takeMessages(messages);
    // Every message of this read, in order: events glued to the login reply
    // are handled after the login, never lost.
    for (const AmiMessage& message : std::as_const(messages)) {
        if (lcAmi().isDebugEnabled())
            qCDebug(lcAmi).noquote() << "<<" << AmiTrafficLog::describe(message);
        m_handler(message);
        if (!guard || m_socket != socket)
            return false;
    }
    // Dropping them lets the parser reuse their chunk.
    messages.clear();
    m_delivered = std::move(messages);
    return true;
}
