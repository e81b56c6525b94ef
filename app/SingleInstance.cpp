// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcSingleInstance, "attendant.singleinstance")

namespace {

// Frame: quint32 big-endian payload size, then QDataStream(magic, version, arguments).
constexpr quint32 Magic = 0x41544e44; // "ATND"
constexpr quint8 ProtocolVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;
// Generous: the first instance may be busy starting up; a dead one refuses at once.
constexpr int ConnectTimeoutMs = 2000;
constexpr int WriteTimeoutMs = 2000;
// A client that connects and then says nothing is dropped after this long.
constexpr int IdleClientTimeoutMs = 5000;
constexpr int LockTimeoutMs = 5000;

QString lockFilePath(const QString& serverName)
{
    const QString path = QDir::isAbsolutePath(serverName) ? serverName : QDir::temp().filePath(serverName);
    return path + QStringLiteral(".lock");
}

} // namespace

SingleInstance::SingleInstance(const QString& serverName, QObject* parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString fileName = QStringLiteral(ATTENDANT_APP_ID ".instance");
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(fileName);
    // No usable runtime directory: a per-uid name in /tmp, still protected by the socket's
    // user-only permissions.
    return QDir::temp().filePath(QString::number(::getuid()) + u'-' + fileName);
}

SingleInstance::Role SingleInstance::start(const QStringList& arguments)
{
    if (m_role != Role::Undecided)
        return m_role;

    // Two launches at the same moment (a double click) must not both become primary.
    QLockFile lock(lockFilePath(m_serverName));
    if (!lock.tryLock(LockTimeoutMs))
        qCWarning(lcSingleInstance) << "could not take the instance lock, error" << lock.error();

    if (sendToPrimary(arguments)) {
        m_role = Role::Secondary;
    } else if (listen()) {
        m_role = Role::Primary;
    } else {
        m_role = Role::Failed;
        qCWarning(lcSingleInstance).noquote() << "single-instance disabled:" << m_errorString;
    }
    return m_role;
}

bool SingleInstance::sendToPrimary(const QStringList& arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false; // nobody listening, or a stale socket file left by a crash

    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << Magic << ProtocolVersion << arguments;
    }
    QByteArray frame(sizeof(quint32), Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), frame.data());
    frame += payload;

    socket.write(frame);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(WriteTimeoutMs)) {
            m_errorString = socket.errorString();
            return false;
        }
    }
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(WriteTimeoutMs);
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may connect, whatever directory the socket ends up in.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName) && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // We hold the lock and nobody answered: the file is left over from a crash.
        QLocalServer::removeServer(m_serverName);
        m_server->listen(m_serverName);
    }
    if (!m_server->isListening()) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleNewConnection);
    return true;
}

void SingleInstance::handleNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            handleReadyRead(socket); // a short message and the close can arrive together
            socket->deleteLater();
        });
        QTimer::singleShot(IdleClientTimeoutMs, socket, &QLocalSocket::abort);
        if (socket->bytesAvailable() > 0)
            handleReadyRead(socket);
    }
}

void SingleInstance::dropClient(QLocalSocket* socket)
{
    socket->disconnect(this); // no second look at what is left in its buffer
    socket->abort();
    socket->deleteLater();
}

void SingleInstance::handleReadyRead(QLocalSocket* socket)
{
    if (socket->bytesAvailable() < qint64(sizeof(quint32)))
        return;
    char header[sizeof(quint32)];
    socket->peek(header, sizeof header);
    const quint32 size = qFromBigEndian<quint32>(header);
    if (size == 0 || size > MaximumMessageSize) {
        qCWarning(lcSingleInstance) << "dropping a forwarded message of" << size << "bytes";
        dropClient(socket);
        return;
    }
    if (socket->bytesAvailable() < qint64(sizeof(quint32) + size))
        return; // the rest is on its way
    socket->skip(sizeof(quint32));
    const QByteArray payload = socket->read(size);

    QDataStream in(payload);
    in.setVersion(StreamVersion);
    quint32 magic = 0;
    quint8 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    QStringList arguments;
    // Read element by element: QDataStream's QStringList operator reserves whatever count
    // the peer claims before reading a single string.
    if (in.status() == QDataStream::Ok && magic == Magic && version == ProtocolVersion
        && count <= quint32(payload.size()) / sizeof(quint32)) {
        arguments.reserve(count);
        for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QString argument;
            in >> argument;
            arguments.append(argument);
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || magic != Magic || version != ProtocolVersion
        || quint32(arguments.size()) != count) {
        qCWarning(lcSingleInstance) << "dropping a malformed forwarded message";
        dropClient(socket);
        return;
    }
    // One message per connection: anything after it is not read.
    socket->readAll();
    socket->disconnectFromServer();
    Q_EMIT activationRequested(arguments);
}
