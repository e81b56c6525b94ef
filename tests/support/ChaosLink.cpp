// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosLink.h"

#include "ChaosPipe.h"

#include <QHostAddress>
#include <QTcpSocket>

ChaosLink::ChaosLink(QTcpSocket* client, quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
    , m_toServer(new ChaosPipe(client, m_upstream, this))
    , m_toClient(new ChaosPipe(m_upstream, client, this))
{
    m_client->setParent(this);
    connect(m_upstream, &QTcpSocket::connected, m_toServer, &ChaosPipe::pump);
    for (QTcpSocket* side : {m_client, m_upstream}) {
        connect(side, &QTcpSocket::disconnected, this, &ChaosLink::handleSideClosed);
        connect(side, &QTcpSocket::errorOccurred, this, &ChaosLink::handleSideClosed);
    }
    connect(m_toServer, &ChaosPipe::cutReached, this, [this](qint64 offset, const QByteArray& tail) {
        Q_EMIT cut(Direction::ClientToServer, offset, tail);
        close();
    });
    connect(m_toClient, &ChaosPipe::cutReached, this, [this](qint64 offset, const QByteArray& tail) {
        Q_EMIT cut(Direction::ServerToClient, offset, tail);
        close();
    });
    // The proxy adds no delay of its own (no Nagle): a slow link is a fault it is told to make.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_upstream, &QTcpSocket::connected, this,
        [this] { m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
    // Bytes the client sent before the upstream answered wait in the pipe.
    if (m_client->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_client, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

ChaosLink::~ChaosLink() = default;

ChaosPipe* ChaosLink::pipe(Direction direction) const
{
    return direction == Direction::ClientToServer ? m_toServer : m_toClient;
}

void ChaosLink::cutAfter(Direction direction, qint64 bytes)
{
    ChaosPipe* p = pipe(direction);
    p->setCutAt(p->forwarded() + bytes);
}

void ChaosLink::cutNow()
{
    close();
}

void ChaosLink::makeHalfOpen()
{
    m_halfOpen = true;
    m_toServer->stop();
    m_toClient->stop();
}

void ChaosLink::setSlow(int delayMs)
{
    m_toServer->setSlow(delayMs);
    m_toClient->setSlow(delayMs);
}

void ChaosLink::handleSideClosed()
{
    // Behind a dead network nobody learns that the other side went away.
    if (m_halfOpen)
        return;
    close();
}

void ChaosLink::close()
{
    if (!m_closing) {
        m_closing = true;
        m_toServer->stop();
        m_toClient->stop();
        // What was written before the cut still goes out, then FIN.
        for (QTcpSocket* side : {m_client, m_upstream}) {
            side->flush();
            side->disconnectFromHost();
        }
        Q_EMIT closed();
    }
    if (m_client->state() == QAbstractSocket::UnconnectedState
        && m_upstream->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}
