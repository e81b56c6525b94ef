// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosProxy.h"

#include "ChaosLink.h"
#include "ChaosPipe.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QByteArray readFile(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}
} // namespace

ChaosProxy::ChaosProxy(QObject* parent)
    : QObject(parent)
{ }

ChaosProxy::~ChaosProxy() = default;

bool ChaosProxy::listen(quint16 upstreamPort)
{
    return startListening(new QTcpServer(this), upstreamPort);
}

bool ChaosProxy::listenTls(quint16 upstreamPort, const QString& certificatePemFile, const QString& keyPemFile)
{
    bool ok = false;
    const QSslCertificate certificate(readFile(certificatePemFile, &ok), QSsl::Pem);
    if (!ok || certificate.isNull())
        return false;
    const QSslKey key(readFile(keyPemFile, &ok), QSsl::Rsa, QSsl::Pem);
    if (!ok || key.isNull())
        return false;
    auto* server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    return startListening(server, upstreamPort);
}

bool ChaosProxy::startListening(QTcpServer* server, quint16 upstreamPort)
{
    delete m_server;
    m_server = server;
    m_upstreamPort = upstreamPort;
    // QSslServer hands out connections once the handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ChaosProxy::handleNewConnections);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ChaosProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void ChaosProxy::cutNextConnectionAt(Direction direction, qint64 offset)
{
    m_nextCutDirection = direction;
    m_nextCutOffset = offset;
}

void ChaosProxy::cutLiveAfter(Direction direction, qint64 bytes)
{
    for (const QPointer<ChaosLink>& link : std::as_const(m_links)) {
        if (link && !link->isHalfOpen())
            link->cutAfter(direction, bytes);
    }
}

void ChaosProxy::cutAll()
{
    const QList<QPointer<ChaosLink>> links = m_links;
    for (const QPointer<ChaosLink>& link : links) {
        if (link)
            link->cutNow();
    }
}

void ChaosProxy::makeLiveHalfOpen()
{
    for (const QPointer<ChaosLink>& link : std::as_const(m_links)) {
        if (link)
            link->makeHalfOpen();
    }
}

void ChaosProxy::setSlowLink(int delayMs)
{
    m_slowDelayMs = delayMs;
    for (const QPointer<ChaosLink>& link : std::as_const(m_links)) {
        if (link)
            link->setSlow(delayMs);
    }
}

int ChaosProxy::liveConnectionCount() const
{
    int n = 0;
    for (const QPointer<ChaosLink>& link : m_links)
        n += link && !link->isHalfOpen() ? 1 : 0;
    return n;
}

qint64 ChaosProxy::liveForwarded(Direction direction) const
{
    qint64 n = 0;
    for (const QPointer<ChaosLink>& link : m_links)
        n += link && !link->isHalfOpen() ? link->pipe(direction)->forwarded() : 0;
    return n;
}

void ChaosProxy::handleNewConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* link = new ChaosLink(socket, m_upstreamPort, this);
        m_links.removeAll(nullptr);
        m_links.append(link);
        ++m_accepted;
        connect(link, &ChaosLink::cut, this, &ChaosProxy::handleLinkCut);
        if (m_slowDelayMs >= 0)
            link->setSlow(m_slowDelayMs);
        if (m_nextCutOffset >= 0) {
            link->cutAfter(m_nextCutDirection, m_nextCutOffset);
            m_nextCutOffset = -1;
        }
        Q_EMIT accepted();
    }
}

void ChaosProxy::handleLinkCut(Direction direction, qint64 offset, const QByteArray& tail)
{
    ++m_cuts;
    Q_EMIT cut(direction, offset, tail);
}
