// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeAmiServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr QByteArrayView AsteriskBanner("Asterisk Call Manager/11.0.0\r\n");
constexpr QByteArrayView ProxyBanner("Asterisk Call Manager Proxy/1.22pre081119\r\n");
constexpr QByteArrayView ProxyServerHeader("Server: 127.0.0.1\r\n");

QByteArray readFile(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

QList<AmiMessage> parseAll(const QByteArray& bytes)
{
    AmiParser parser(64 * 1024 * 1024);
    parser.feed(bytes);
    QList<AmiMessage> out;
    parser.takeMessages(out);
    return out;
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

FakeAmiServer::FakeAmiServer(QObject* parent)
    : QObject(parent)
{
    setFlavour(Flavour::Asterisk);
}

void FakeAmiServer::setFlavour(Flavour flavour)
{
    m_flavour = flavour;
    m_users.clear();
    if (flavour == Flavour::Asterisk) {
        m_users.insert("panel", "panelpass");
    } else {
        m_users.insert("desk1", "desk1pass");
        m_users.insert("desk2", "desk2pass");
    }
}

FakeAmiServer::~FakeAmiServer()
{
    qDeleteAll(m_connections);
}

bool FakeAmiServer::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(
            m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeAmiServer::handleNewConnections);
    }
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool FakeAmiServer::listenTls(const QString& certificatePemFile, const QString& keyPemFile)
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
    m_server = server;
    // QSslServer hands out connections once the handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeAmiServer::handleNewConnections);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeAmiServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FakeAmiServer::stopListening()
{
    if (m_server)
        m_server->close();
}

void FakeAmiServer::addUser(const QByteArray& username, const QByteArray& secret)
{
    m_users.insert(username, secret);
}

void FakeAmiServer::setHandler(const QByteArray& action, Handler handler)
{
    m_handlers.insert(action.toLower(), std::move(handler));
}

int FakeAmiServer::connectionCount() const
{
    return int(m_connections.size());
}

int FakeAmiServer::loggedInCount() const
{
    int n = 0;
    for (const Connection* c : m_connections)
        n += c->loggedIn ? 1 : 0;
    return n;
}

QList<AmiMessage> FakeAmiServer::receivedActions(QByteArrayView action) const
{
    QList<AmiMessage> out;
    for (const AmiMessage& m : m_actions) {
        if (sameName(m.rawValue("Action"), action))
            out.append(m);
    }
    return out;
}

QByteArray FakeAmiServer::packet(Headers headers)
{
    QByteArray out;
    for (const auto& [key, value] : headers) {
        out.append(key);
        out.append(": ");
        out.append(value);
        out.append("\r\n");
    }
    out.append("\r\n");
    return out;
}

void FakeAmiServer::handleNewConnections()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        ++m_totalConnections;
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
            Q_EMIT clientDisconnected();
        });
        Q_EMIT clientConnected();
        if (m_bannerDelayMs > 0) {
            // astmanproxy waits for a TLS hello first (~0.2 s) unless the client speaks.
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(m_bannerDelayMs, this, [this, guard] {
                if (guard)
                    sendBanner(guard);
            });
        } else {
            sendBanner(socket);
        }
    }
}

void FakeAmiServer::sendBanner(QTcpSocket* socket)
{
    socket->write(isProxy() ? ProxyBanner.toByteArray() : AsteriskBanner.toByteArray());
}

void FakeAmiServer::handleReadyRead(QTcpSocket* socket)
{
    Connection* connection = m_connections.value(socket);
    if (!connection)
        return;
    const QByteArray data = socket->readAll();
    m_receivedBytes.append(data);
    connection->parser.feed(data);
    QList<AmiMessage> messages;
    connection->parser.takeMessages(messages);
    for (const AmiMessage& message : std::as_const(messages)) {
        m_actions.append(message);
        Q_EMIT actionReceived(message);
        if (!m_silent && m_connections.contains(socket))
            handleAction(socket, *connection, message);
    }
}

void FakeAmiServer::handleAction(QTcpSocket* socket, Connection& connection, const AmiMessage& action)
{
    const QByteArrayView name = action.rawValue("Action");
    const QByteArrayView id = action.actionId();
    if (name.isEmpty()) {
        answer(socket,
            packet({{"Response", "Error"}, {"ActionID", id}, {"Message", "Missing action in request"}}));
        return;
    }
    if (sameName(name, "Challenge")) {
        handleChallenge(socket, connection, action);
        return;
    }
    if (sameName(name, "Login")) {
        handleLogin(socket, connection, action);
        return;
    }
    if (sameName(name, "Logoff")) {
        handleLogoff(socket, action);
        return;
    }
    if (!connection.loggedIn) {
        socket->write(isProxy()
                ? packet({{"Response", "Error"}, {"Message", "Action Filtered"}, {"ActionID", id}})
                : packet({{"Response", "Error"}, {"ActionID", id}, {"Message", "Permission denied"}}));
        return;
    }
    if (const auto it = m_handlers.constFind(name.toByteArray().toLower()); it != m_handlers.cend()) {
        answer(socket, it.value()(action));
        return;
    }
    if (const QByteArray replay = transcriptReply(action); !replay.isEmpty()) {
        answer(socket, replay);
        return;
    }
    if (sameName(name, "Ping")) {
        answer(socket,
            packet({{"Response", "Success"}, {"ActionID", id}, {"Ping", "Pong"},
                {"Timestamp", "1795737623.527563"}})); // as in 01-login-md5-challenge
        return;
    }
    const QByteArray unknown = "Invalid/unknown command: " + name.toByteArray()
        + ". Use Action: ListCommands to show available commands.";
    answer(socket, packet({{"Response", "Error"}, {"ActionID", id}, {"Message", unknown}}));
}

void FakeAmiServer::handleChallenge(QTcpSocket* socket, Connection& connection, const AmiMessage& action)
{
    const QByteArrayView id = action.actionId();
    if (!action.valueIs("AuthType", "MD5")) {
        socket->write(isProxy()
                ? packet({{"Response", "Error"}, {"Message", "Must specify AuthType"}, {"ActionID", id}})
                : packet({{"Response", "Error"}, {"ActionID", id}, {"Message", "Must specify AuthType"}}));
        return;
    }
    connection.challenged = true;
    // astmanproxy answers Challenge itself, with the ActionID last.
    socket->write(isProxy()
            ? packet({{"Response", "Success"}, {"Challenge", m_challenge}, {"ActionID", id}})
            : packet({{"Response", "Success"}, {"ActionID", id}, {"Challenge", m_challenge}}));
}

void FakeAmiServer::handleLogin(QTcpSocket* socket, Connection& connection, const AmiMessage& action)
{
    const QByteArray id = action.actionId().toByteArray();
    const QByteArray user = action.rawValue("Username").toByteArray();
    bool ok = !m_refuseLogin && m_users.contains(user);
    if (ok) {
        const QByteArray secret = m_users.value(user);
        if (action.valueIs("AuthType", "MD5")) {
            const QByteArray key
                = QCryptographicHash::hash(QByteArray(m_challenge + secret), QCryptographicHash::Md5).toHex();
            ok = connection.challenged && action.rawValue("Key") == QByteArrayView(key);
        } else {
            ok = action.rawValue("Secret") == QByteArrayView(secret);
        }
    }
    if (!ok) {
        if (isProxy()) {
            // The proxy answers at once and keeps the socket open.
            socket->write(
                packet({{"Response", "Error"}, {"Message", "Authentication failed"}, {"ActionID", id}}));
            return;
        }
        // Asterisk answers ~1 s later, then closes the socket.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_authFailureDelayMs, this, [guard, id] {
            if (!guard)
                return;
            guard->write(
                packet({{"Response", "Error"}, {"ActionID", id}, {"Message", "Authentication failed"}}));
            guard->disconnectFromHost();
        });
        return;
    }
    connection.loggedIn = true;
    connection.eventsOn = !action.valueIs("Events", "off");
    QByteArray reply;
    if (isProxy()) {
        reply = packet({{"ActionID", id}, {"Response", "Success"}, {"Message", "Authentication accepted"}});
        connection.eventsOn = true; // the proxy ignores Events: in Login
    } else {
        reply = packet({{"Response", "Success"}, {"ActionID", id}, {"Message", "Authentication accepted"}});
        if (connection.eventsOn) {
            if (!m_recorded.isEmpty() || !m_recordedAfterLogin.isEmpty())
                reply += mapActionIds(m_recordedAfterLogin);
            else
                reply += packet({{"Event", "FullyBooted"}, {"Privilege", "system,all"}, {"Uptime", "4"},
                    {"LastReload", "4"}, {"Status", "Fully Booted"}});
        }
    }
    reply += std::exchange(m_gluedLoginBytes, {});
    socket->write(reply);
}

void FakeAmiServer::handleLogoff(QTcpSocket* socket, const AmiMessage& action)
{
    socket->write(isProxy() ? QByteArrayLiteral("Goodbye: Y'all come back now, y'hear?\r\n\r\n")
                            : packet({{"Response", "Goodbye"}, {"ActionID", action.actionId()},
                                {"Message", "Thanks for all the fish."}}));
    socket->disconnectFromHost();
}

void FakeAmiServer::answer(QTcpSocket* socket, const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    if (!isProxy()) {
        socket->write(bytes);
        return;
    }
    // Everything from "upstream" gets "Server:" as last header and goes to
    // every client of the proxy (row 12 of the captures' README).
    QByteArray tagged;
    for (const AmiMessage& m : parseAll(bytes)) {
        QByteArray raw = m.raw();
        if (m.kind() == AmiMessage::Kind::Banner) {
            tagged += raw + "\r\n";
            continue;
        }
        tagged += raw + ProxyServerHeader.toByteArray() + "\r\n";
    }
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value()->loggedIn || it.key() == socket)
            it.key()->write(tagged);
    }
}

void FakeAmiServer::sendRaw(const QByteArray& bytes)
{
    for (QTcpSocket* socket : m_connections.keys())
        socket->write(bytes);
}

void FakeAmiServer::sendEvent(const QByteArray& name, Headers headers)
{
    QByteArray bytes = "Event: " + name + "\r\n";
    bytes += packet(headers).chopped(2);
    if (isProxy())
        bytes += ProxyServerHeader.toByteArray();
    bytes += "\r\n";
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value()->loggedIn && it.value()->eventsOn)
            it.key()->write(bytes);
    }
}

void FakeAmiServer::closeMidPacket()
{
    for (QTcpSocket* socket : m_connections.keys()) {
        socket->write("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/1000-000");
        socket->disconnectFromHost(); // flushes the half packet, then FIN
    }
}

void FakeAmiServer::disconnectClients()
{
    for (QTcpSocket* socket : m_connections.keys())
        socket->disconnectFromHost();
}

void FakeAmiServer::sendGarbage()
{
    QByteArray junk("\x00\x01\x02\x1b[2J", 7);
    junk += " no colon here\r\n\xff\xfe\xfd: \x80\r\n:::\r\n\r\n\r\n\n\n       \r\n";
    junk += packet({{"Response", "Success"}, {"ActionID", "nobody-asked-1"}});
    junk += QByteArray(1, '\0') + "\r\n\r\n";
    sendRaw(junk);
}

void FakeAmiServer::sendOversizedPacket(qsizetype bytes)
{
    sendRaw("Event: Oversized\r\nData: " + QByteArray(bytes, 'x') + "\r\n\r\n");
}

void FakeAmiServer::sendForeignReplies(const QByteArray& foreignActionId)
{
    // What desk1 received for desk2's actions in 08-two-clients.
    QByteArray bytes = packet({{"Response", "Success"}, {"ActionID", foreignActionId}, {"Ping", "Pong"},
        {"Timestamp", "1795737670.506616"}, {"Server", "127.0.0.1"}});
    bytes += packet({{"Event", "ExtensionStatus"}, {"ActionID", foreignActionId}, {"Exten", "1000"},
        {"Context", "phones"}, {"Hint", "PJSIP/1000"}, {"Status", "0"}, {"StatusText", "Idle"},
        {"Server", "127.0.0.1"}});
    sendRaw(bytes);
}

void FakeAmiServer::simulateUpstreamReconnect()
{
    sendRaw(QByteArrayLiteral("Asterisk Call Manager/11.0.0\r\n")
        + packet({{"Response", "Success"}, {"Message", "Authentication accepted"}, {"Server", "127.0.0.1"}})
        + packet({{"Event", "FullyBooted"}, {"Privilege", "system,all"}, {"Uptime", "1"}, {"LastReload", "1"},
            {"Status", "Fully Booted"}, {"Server", "127.0.0.1"}}));
}

bool FakeAmiServer::loadTranscript(const QString& basePath)
{
    bool ok = false;
    const QByteArray sent = readFile(basePath + QLatin1String(".sent"), &ok);
    if (!ok)
        return false;
    const QByteArray recv = readFile(basePath + QLatin1String(".recv"), &ok);
    if (!ok)
        return false;

    m_recorded.clear();
    m_recordedAfterLogin.clear();
    m_idMap.clear();
    QByteArray loginId;
    for (const AmiMessage& action : parseAll(sent)) {
        const QByteArrayView name = action.rawValue("Action");
        if (sameName(name, "Login")) {
            loginId = action.actionId().toByteArray();
            continue;
        }
        if (sameName(name, "Challenge") || sameName(name, "Logoff") || action.actionId().isEmpty())
            continue;
        m_recorded.append({name.toByteArray(), action.actionId().toByteArray(), {}, false});
    }

    // Cut the received stream into segments: a recorded action's segment runs
    // from its first message up to the first message of the next action.
    QHash<QByteArray, qsizetype> indexOfId;
    for (qsizetype i = 0; i < m_recorded.size(); ++i)
        indexOfId.insert(m_recorded[i].actionId, i);
    qsizetype current = -2; // -2: before login reply; -1: after it, before any action
    for (const AmiMessage& m : parseAll(recv)) {
        if (m.kind() == AmiMessage::Kind::Banner)
            continue;
        const QByteArray id = m.actionId().toByteArray();
        if (!loginId.isEmpty() && id == loginId) {
            current = -1;
            continue;
        }
        if (const auto it = indexOfId.constFind(id); it != indexOfId.cend() && it.value() > current)
            current = it.value();
        // The Logoff's Goodbye is answered by the fake itself.
        if (m.valueIs("Response", "Goodbye"))
            continue;
        const QByteArray wire = m.raw() + "\r\n";
        if (current == -1)
            m_recordedAfterLogin += wire;
        else if (current >= 0)
            m_recorded[current].reply.append(wire);
    }
    return true;
}

QByteArray FakeAmiServer::transcriptReply(const AmiMessage& action)
{
    for (RecordedAction& recorded : m_recorded) {
        if (recorded.used || !sameName(recorded.name, action.rawValue("Action")))
            continue;
        recorded.used = true;
        m_idMap.insert(recorded.actionId, action.actionId().toByteArray());
        QByteArray out;
        for (const QByteArray& raw : std::as_const(recorded.reply))
            out += mapActionIds(raw);
        return out;
    }
    return {};
}

QByteArray FakeAmiServer::mapActionIds(QByteArray raw) const
{
    for (auto it = m_idMap.cbegin(); it != m_idMap.cend(); ++it)
        raw.replace(
            QByteArray("ActionID: " + it.key() + "\r\n"), QByteArray("ActionID: " + it.value() + "\r\n"));
    return raw;
}
