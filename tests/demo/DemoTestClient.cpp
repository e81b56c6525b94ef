// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTestClient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

bool DemoTestClient::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    AmiMessage banner;
    return waitFor([](const AmiMessage& m) { return m.kind() == AmiMessage::Kind::Banner; }, &banner)
        && banner.bannerText() == QLatin1String("Asterisk Call Manager/11.0.0");
}

void DemoTestClient::send(QByteArrayView bytes)
{
    m_socket.write(bytes.data(), bytes.size());
}

bool DemoTestClient::pump(int timeoutMs)
{
    if (m_socket.bytesAvailable() == 0) {
        QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
        if (!spy.wait(timeoutMs) && m_socket.bytesAvailable() == 0)
            return false;
    }
    m_parser.feed(m_socket.readAll());
    m_parser.takeMessages(m_queue);
    return true;
}

bool DemoTestClient::waitFor(
    const std::function<bool(const AmiMessage&)>& pred, AmiMessage* out, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (!m_queue.isEmpty()) {
            const AmiMessage m = m_queue.takeFirst();
            m_received.append(m);
            if (pred(m)) {
                if (out)
                    *out = m;
                return true;
            }
        }
        if (deadline.hasExpired() || !pump(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
    }
}

AmiMessage DemoTestClient::nextResponse(int timeoutMs)
{
    AmiMessage out;
    waitFor([](const AmiMessage& m) { return m.isResponse(); }, &out, timeoutMs);
    return out;
}

QList<AmiMessage> DemoTestClient::listUntil(QByteArrayView completeName, int timeoutMs)
{
    const qsizetype first = m_received.size();
    if (!waitFor([completeName](const AmiMessage& m) { return m.eventName() == completeName; }, nullptr,
            timeoutMs))
        return {};
    return m_received.mid(first);
}

bool DemoTestClient::waitDisconnected(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy spy(&m_socket, &QTcpSocket::disconnected);
    return spy.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
}

bool DemoTestClient::login(const QString& user, const QString& secret, bool events)
{
    AmiMessage login;
    login.append("Action", QByteArrayView("Login"));
    login.append("ActionID", QByteArrayView("login-1"));
    login.append("Username", user);
    login.append("Secret", secret);
    login.append("Events", QByteArrayView(events ? "on" : "off"));
    send(login);
    return nextResponse().message() == QLatin1String("Authentication accepted");
}

bool DemoTestClient::sync()
{
    const QByteArray id = "sync-" + QByteArray::number(++m_syncCount);
    AmiMessage ping;
    ping.append("Action", QByteArrayView("Ping"));
    ping.append("ActionID", QByteArrayView(id));
    send(ping);
    return waitFor([&id](const AmiMessage& m) { return m.isResponse() && m.actionId() == id; });
}

QList<AmiMessage> DemoTestClient::events() const
{
    QList<AmiMessage> out;
    for (const AmiMessage& m : m_received) {
        if (m.isEvent())
            out.append(m);
    }
    return out;
}
