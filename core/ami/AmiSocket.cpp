// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiSocket.h"

#include "core/ami/AmiLogging.h"
#include "core/ami/AmiTrafficLog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
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
    // Nothing more is delivered; the list is dropped later (the handler may
    // be reading one of its messages right now).
    m_next = m_pending.size();
    m_tooLarge = false;
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
    // Whatever arrived with the FIN (a Goodbye, an auth error) is delivered
    // first, all of it: the connection ends after the last message.
    if (!pump(m_socket, false))
        return;
    close();
    Q_EMIT closedByPeer();
}

void AmiSocket::handleReadyRead()
{
    // With messages still pending, the queued resume reads on after them.
    if (m_socket && m_next == m_pending.size())
        pump(m_socket, true);
}

void AmiSocket::resumeLater()
{
    if (std::exchange(m_resumeQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_resumeQueued = false;
            if (m_socket)
                pump(m_socket, true);
        },
        Qt::QueuedConnection);
}

bool AmiSocket::pump(QTcpSocket* socket, bool sliced)
{
    // A handler that spins an event loop: the outer pump reads on after it.
    if (m_pumping)
        return true;
    QPointer<AmiSocket> guard(this);
    m_pumping = true;
    const bool open = pumpPass(socket, sliced);
    if (guard)
        m_pumping = false;
    return open;
}

bool AmiSocket::pumpPass(QTcpSocket* socket, bool sliced)
{
    QPointer<AmiSocket> guard(this);
    QElapsedTimer pass;
    pass.start();
    for (;;) {
        if (!deliverPending(socket, sliced ? &pass : nullptr) || !guard)
            return false;
        if (m_next < m_pending.size()) {
            resumeLater(); // the pass's time is up
            return true;
        }
        if (m_tooLarge) {
            close();
            Q_EMIT messageTooLarge(m_parser.maxMessageSize());
            return false;
        }
        if (socket->bytesAvailable() <= 0)
            return true;
        if (sliced && pass.elapsed() >= PassMilliseconds) {
            resumeLater();
            return true;
        }
        const qint64 got = readOnce(socket);
        if (!guard || m_socket != socket)
            return false;
        // Nothing came although bytes were announced: wait for readyRead
        // rather than spin.
        if (got <= 0)
            return true;
    }
}

qint64 AmiSocket::readOnce(QTcpSocket* socket)
{
    // At most what the capped buffer holds, straight into the parser's buffer.
    qint64 got = 0;
    const AmiParser::Status status
        = m_parser.feedWith(socket->bytesAvailable(), [socket, &got](char* to, qsizetype max) {
              got = socket->read(to, max);
              return got;
          });
    if (got <= 0)
        return got;
    m_tooLarge = status == AmiParser::Status::MessageTooLarge;
    Q_EMIT bytesReceived();
    return got;
}

bool AmiSocket::deliverPending(QTcpSocket* socket, const QElapsedTimer* pass)
{
    if (m_next == m_pending.size()) {
        // Dropping the delivered ones lets the parser reuse their chunk.
        m_pending.clear();
        m_next = 0;
        m_parser.takeMessages(m_pending);
    }
    QPointer<AmiSocket> guard(this);
    // In order: events glued to the login reply are handled after the login,
    // never lost. The clock is read every 32 messages (it costs more than most).
    while (m_next < m_pending.size()) {
        const AmiMessage& message = m_pending.at(m_next++);
        if (lcAmi().isDebugEnabled())
            qCDebug(lcAmi).noquote() << "<<" << AmiTrafficLog::describe(message);
        m_handler(message);
        if (!guard || m_socket != socket)
            return false;
        if (pass && (m_next & 31) == 0 && pass->elapsed() >= PassMilliseconds)
            return true;
    }
    return true;
}
