// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ami/AmiMessage.h"
#include "ami/AmiParser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class DemoPbx;
class QTcpSocket;

// One manager connection: banner, Login (plain or Challenge/MD5), the
// actions, and the event stream, with Asterisk 22's exact reply texts and
// header order (01-login-*, 02-*, 05-errors-*, 05-permission-denied-readonly).
class DemoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)
public:
    enum class State
    {
        Greeted, // banner sent, not logged in
        LoggedIn,
        Closing, // failed login (answered after a delay) or Logoff
    };
    Q_ENUM(State)

    DemoSession(QTcpSocket* socket, DemoPbx* pbx);

    State state() const { return m_state; }
    // An event already on the wire; sent if this session wants it.
    void deliverEvent(const QByteArray& wire, QByteArrayView privilege);

Q_SIGNALS:
    void closed();

private:
    void handleReadyRead();
    void handleMessage(const AmiMessage& msg);
    QList<AmiMessage> execute(const QString& action, const AmiMessage& msg);
    QList<AmiMessage> login(const AmiMessage& msg);
    QList<AmiMessage> originate(const AmiMessage& msg);
    QList<AmiMessage> hangup(const AmiMessage& msg);
    QList<AmiMessage> list(const AmiMessage& msg, QByteArrayView message, QByteArrayView completeName,
        QList<AmiMessage> items, bool withTotal = false);
    AmiMessage response(QByteArrayView status, const AmiMessage& request) const;
    AmiMessage error(const AmiMessage& request, const QString& message) const;
    AmiMessage success(const AmiMessage& request, const QString& message) const;
    bool permitted(const QString& action) const;
    void send(const QList<AmiMessage>& messages);
    void close();

    QPointer<QTcpSocket> m_socket;
    DemoPbx* m_pbx;
    AmiParser m_parser;
    State m_state = State::Greeted;
    bool m_events = true;
    bool m_readOnly = false;
    QByteArray m_challenge;
};
