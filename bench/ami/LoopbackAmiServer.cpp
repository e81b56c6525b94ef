// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackAmiServer.h"

#include "EventStreamGenerator.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {

constexpr qsizetype SliceBytes = 256 * 1024;
constexpr qsizetype MaxQueuedBytes = 4 * 1024 * 1024;

QByteArray headerValue(const QByteArray& block, QByteArrayView key)
{
    for (QByteArrayView line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon == key.size() && line.first(colon).compare(key, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toByteArray();
    }
    return {};
}

// One client connection: answers actions, then streams the events.
class Session final : public QObject
{
public:
    Session(QTcpSocket* socket, const QByteArray& events)
        : QObject(socket)
        , m_socket(socket)
        , m_events(events)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this] { handleReadyRead(); });
        QObject::connect(socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(EventStreamGenerator::banner());
    }

private:
    void handleReadyRead()
    {
        m_in.append(m_socket->readAll());
        qsizetype end;
        while ((end = m_in.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray block = m_in.left(end);
            m_in.remove(0, end + 4);
            handleAction(block);
        }
    }

    void handleAction(const QByteArray& block)
    {
        const QByteArray action = headerValue(block, "Action").toLower();
        const QByteArray id = headerValue(block, "ActionID");
        const QByteArray idLine = id.isEmpty() ? QByteArray() : "ActionID: " + id + "\r\n";
        if (action == "challenge") {
            m_socket->write("Response: Success\r\n" + idLine + "Challenge: 840215466\r\n\r\n");
        } else if (action == "login") {
            m_socket->write("Response: Success\r\n" + idLine
                + "Message: Authentication accepted\r\n\r\n"
                  "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 755\r\nLastReload: 755\r\n"
                  "Status: Fully Booted\r\n\r\n");
            m_sent = 0;
            pump();
        } else if (action == "logoff") {
            m_socket->write("Response: Goodbye\r\n" + idLine + "Message: Thanks for all the fish.\r\n\r\n");
            m_socket->disconnectFromHost();
        } else if (action == "ping") {
            m_socket->write(
                "Response: Success\r\n" + idLine + "Ping: Pong\r\nTimestamp: 1795737755.000000\r\n\r\n");
        } else {
            m_socket->write("Response: Success\r\n" + idLine + "\r\n");
        }
    }

    void pump()
    {
        if (m_sent < 0)
            return;
        while (m_sent < m_events.size() && m_socket->bytesToWrite() < MaxQueuedBytes) {
            const qsizetype n = std::min(SliceBytes, m_events.size() - m_sent);
            m_socket->write(m_events.constData() + m_sent, n);
            m_sent += n;
        }
    }

    QTcpSocket* m_socket;
    const QByteArray& m_events;
    QByteArray m_in;
    qsizetype m_sent = -1; // -1: not logged in yet
};

} // namespace

LoopbackAmiServer::LoopbackAmiServer(QByteArray events)
    : m_events(std::move(events))
{
    m_thread.setObjectName(QStringLiteral("LoopbackAmiServer"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer(m_context);
            if (!m_server->listen(QHostAddress::LocalHost, 0))
                qFatal("LoopbackAmiServer: cannot listen on 127.0.0.1");
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket* socket = m_server->nextPendingConnection())
                    new Session(socket, m_events);
            });
        },
        Qt::BlockingQueuedConnection);
}

LoopbackAmiServer::~LoopbackAmiServer()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
