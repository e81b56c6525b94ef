// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSession.h"

#include "core/common/Clock.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>
#include <QTcpSocket>

namespace {

// Actions a user without write permission may still run (their manager
// action has no required class in Asterisk 22: 05-permission-denied-readonly).
bool needsNoPermission(const QString& action)
{
    static const QStringList free = {
        QStringLiteral("ping"),
        QStringLiteral("logoff"),
        QStringLiteral("login"),
        QStringLiteral("challenge"),
        QStringLiteral("events"),
        QStringLiteral("queuestatus"),
        QStringLiteral("queuesummary"),
        QStringLiteral("listcommands"),
    };
    return free.contains(action);
}

} // namespace

QStringList DemoSession::implementedActions()
{
    QStringList out = handlers().keys();
    out.append(QStringLiteral("login")); // answered before the table (login())
    out.sort();
    return out;
}

bool DemoSession::isOn(QByteArrayView value)
{
    return value.compare("off", Qt::CaseInsensitive) != 0 && value.compare("no", Qt::CaseInsensitive) != 0
        && value.compare("false", Qt::CaseInsensitive) != 0 && value != "0";
}

DemoSession::DemoSession(QTcpSocket* socket, DemoPbx* pbx)
    : QObject(pbx)
    , m_socket(socket)
    , m_pbx(pbx)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &DemoSession::handleReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &DemoSession::closed);
    socket->write("Asterisk Call Manager/11.0.0\r\n");
}

void DemoSession::deliverEvent(const QByteArray& wire, QByteArrayView privilege)
{
    if (m_state != State::LoggedIn || !m_events || !m_socket)
        return;
    // The read-only account reads call and agent events only.
    if (m_readOnly && !privilege.startsWith("call") && !privilege.startsWith("agent"))
        return;
    m_socket->write(wire);
}

void DemoSession::handleReadyRead()
{
    if (!m_socket)
        return;
    if (m_parser.feed(m_socket->readAll()) != AmiParser::Status::Ok) {
        close();
        return;
    }
    while (m_parser.hasMessages() && m_state != State::Closing)
        handleMessage(m_parser.takeMessage());
}

AmiMessage DemoSession::response(QByteArrayView status, const AmiMessage& request) const
{
    AmiMessage msg;
    msg.append("Response", status);
    if (!request.actionId().isEmpty())
        msg.append("ActionID", request.actionId());
    return msg;
}

AmiMessage DemoSession::error(const AmiMessage& request, const QString& message) const
{
    return response("Error", request).append("Message", message);
}

AmiMessage DemoSession::success(const AmiMessage& request, const QString& message) const
{
    return response("Success", request).append("Message", message);
}

bool DemoSession::permitted(const QString& action) const
{
    return !m_readOnly || needsNoPermission(action);
}

void DemoSession::send(const QList<AmiMessage>& messages)
{
    if (!m_socket)
        return;
    QByteArray out;
    for (const AmiMessage& m : messages)
        out += m.toWire();
    m_socket->write(out);
}

void DemoSession::close()
{
    m_state = State::Closing;
    if (m_socket)
        m_socket->disconnectFromHost();
}

void DemoSession::handleMessage(const AmiMessage& msg)
{
    if (msg.isEmpty())
        return;
    const QString action = msg.value("Action").trimmed();
    const QString lower = action.toLower();
    if (action.isEmpty()) {
        send({error(msg, QStringLiteral("Missing action in request"))});
        return;
    }
    if (m_state == State::Greeted && lower != QLatin1String("login") && lower != QLatin1String("challenge")
        && lower != QLatin1String("logoff")) {
        send({error(msg, QStringLiteral("Permission denied"))});
        return;
    }
    if (lower == QLatin1String("login")) {
        const QList<AmiMessage> out = login(msg);
        if (m_state == State::LoggedIn)
            send(out);
        return;
    }
    if (!permitted(lower)) {
        send({error(msg, QStringLiteral("Permission denied"))});
        return;
    }
    m_pbx->beginAction();
    const QList<AmiMessage> out = execute(lower, msg);
    send(out);
    m_pbx->endAction();
    if (lower == QLatin1String("logoff"))
        close();
}

QList<AmiMessage> DemoSession::login(const AmiMessage& msg)
{
    if (m_state == State::LoggedIn)
        return {success(msg, QStringLiteral("Already authenticated"))};
    const QString user = msg.value("Username");
    const bool md5 = msg.valueIs("AuthType", "MD5");
    bool readOnly = false;
    const bool ok = m_pbx->authenticate(user, md5 ? QString() : msg.value("Secret"),
        md5 ? msg.rawValue("Key").toByteArray() : QByteArray(), m_challenge, &readOnly);
    if (!ok) {
        // Asterisk answers a failed login after about a second, then hangs up.
        m_state = State::Closing;
        const AmiMessage reply = error(msg, QStringLiteral("Authentication failed"));
        ClockTimer* timer = m_pbx->clock()->createTimer(this);
        timer->setSingleShot(true);
        connect(timer, &ClockTimer::timeout, this, [this, reply, timer] {
            timer->deleteLater();
            send({reply});
            if (m_socket)
                m_socket->disconnectFromHost();
        });
        timer->start(1000);
        return {};
    }
    m_state = State::LoggedIn;
    m_readOnly = readOnly;
    m_events = !msg.contains("Events") || isOn(msg.rawValue("Events"));
    QList<AmiMessage> out {success(msg, QStringLiteral("Authentication accepted"))};
    if (m_events && !m_readOnly) {
        // Sent right after Login: Privilege but no Timestamp (01-login-plain-ok).
        const QString uptime = QString::number(m_pbx->world()->nowSecs() - m_pbx->world()->bootSecs());
        AmiMessage booted;
        booted.append("Event", QByteArrayView("FullyBooted"));
        booted.append("Privilege", QByteArrayView("system,all"));
        booted.append("Uptime", uptime);
        booted.append("LastReload", uptime);
        booted.append("Status", QByteArrayView("Fully Booted"));
        out.append(booted);
    }
    return out;
}

QList<AmiMessage> DemoSession::list(const AmiMessage& msg, QByteArrayView message,
    QByteArrayView completeName, QList<AmiMessage> items, bool withTotal)
{
    AmiMessage start = response("Success", msg);
    start.append("EventList", QByteArrayView("start"));
    start.append("Message", message);
    AmiMessage complete;
    complete.append("Event", completeName);
    if (!msg.actionId().isEmpty())
        complete.append("ActionID", msg.actionId());
    complete.append("EventList", QByteArrayView("Complete"));
    complete.append("ListItems", QString::number(items.size()));
    if (withTotal)
        complete.append("Total", QString::number(items.size()));
    items.prepend(start);
    items.append(complete);
    return items;
}

QList<AmiMessage> DemoSession::execute(const QString& action, const AmiMessage& msg)
{
    const Handler handler = handlers().value(action);
    if (handler)
        return (this->*handler)(msg);
    return {error(msg,
        QStringLiteral("Invalid/unknown command: ") % msg.value("Action").trimmed()
            % QStringLiteral(". Use Action: ListCommands to show available commands."))};
}
