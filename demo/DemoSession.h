// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"
#include "demo/DemoAstDb.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

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
    // The actions the demo implements (lower case; Login included).
    static QStringList implementedActions();

Q_SIGNALS:
    void closed();

private:
    // One handler per AMI action (lower-case name); adding an action is one
    // entry in handlers() and one function (DemoSessionActions.cpp).
    using Handler = QList<AmiMessage> (DemoSession::*)(const AmiMessage&);
    static const QHash<QString, Handler>& handlers();

    void handleReadyRead();
    void handleMessage(const AmiMessage& msg);
    QList<AmiMessage> execute(const QString& action, const AmiMessage& msg);
    QList<AmiMessage> login(const AmiMessage& msg);

    // Actions (DemoSessionActions.cpp).
    QList<AmiMessage> ping(const AmiMessage& msg);
    QList<AmiMessage> logoff(const AmiMessage& msg);
    QList<AmiMessage> challenge(const AmiMessage& msg);
    QList<AmiMessage> events(const AmiMessage& msg);
    QList<AmiMessage> extensionStateList(const AmiMessage& msg);
    QList<AmiMessage> deviceStateList(const AmiMessage& msg);
    QList<AmiMessage> coreShowChannels(const AmiMessage& msg);
    QList<AmiMessage> parkedCalls(const AmiMessage& msg);
    QList<AmiMessage> queueStatus(const AmiMessage& msg);
    QList<AmiMessage> voicemailUsersList(const AmiMessage& msg);
    QList<AmiMessage> parkinglots(const AmiMessage& msg);
    QList<AmiMessage> mailboxCount(const AmiMessage& msg);
    QList<AmiMessage> extensionState(const AmiMessage& msg);
    QList<AmiMessage> getvar(const AmiMessage& msg);
    QList<AmiMessage> setvar(const AmiMessage& msg);
    QList<AmiMessage> presenceState(const AmiMessage& msg);
    QList<AmiMessage> presenceStateList(const AmiMessage& msg);
    QList<AmiMessage> dbGet(const AmiMessage& msg);
    QList<AmiMessage> dbPut(const AmiMessage& msg);
    QList<AmiMessage> dbDel(const AmiMessage& msg);
    QList<AmiMessage> dbDelTree(const AmiMessage& msg);
    QList<AmiMessage> dbGetTree(const AmiMessage& msg);
    QList<AmiMessage> userEvent(const AmiMessage& msg);
    QList<AmiMessage> astDbReply(const AmiMessage& msg, const DemoAstDb::Reply& reply);
    QList<AmiMessage> showDialPlan(const AmiMessage& msg);
    QList<AmiMessage> queueAdd(const AmiMessage& msg);
    QList<AmiMessage> queuePause(const AmiMessage& msg);
    QList<AmiMessage> voicemailRefresh(const AmiMessage& msg);
    QList<AmiMessage> originate(const AmiMessage& msg);
    QList<AmiMessage> hangup(const AmiMessage& msg);
    QList<AmiMessage> redirect(const AmiMessage& msg);
    QList<AmiMessage> blindTransfer(const AmiMessage& msg);
    QList<AmiMessage> atxfer(const AmiMessage& msg);
    QList<AmiMessage> transfer(const AmiMessage& msg, bool blind);
    QList<AmiMessage> park(const AmiMessage& msg);
    QList<AmiMessage> listCommands(const AmiMessage& msg);
    // ConfBridge (DemoSessionConference.cpp).
    QList<AmiMessage> confbridgeListRooms(const AmiMessage& msg);
    QList<AmiMessage> confbridgeList(const AmiMessage& msg);
    QList<AmiMessage> confbridgeMute(const AmiMessage& msg);
    QList<AmiMessage> confbridgeUnmute(const AmiMessage& msg);
    QList<AmiMessage> confbridgeKick(const AmiMessage& msg);
    QList<AmiMessage> confbridgeLock(const AmiMessage& msg);
    QList<AmiMessage> confbridgeUnlock(const AmiMessage& msg);
    QList<AmiMessage> confbridgeStartRecord(const AmiMessage& msg);
    QList<AmiMessage> confbridgeStopRecord(const AmiMessage& msg);
    QList<AmiMessage> conferenceReply(const AmiMessage& msg, bool ok, const QString& message);
    // MixMonitor (DemoSessionConference.cpp).
    QList<AmiMessage> mixMonitor(const AmiMessage& msg);
    QList<AmiMessage> mixMonitorMute(const AmiMessage& msg);
    QList<AmiMessage> stopMixMonitor(const AmiMessage& msg);

    // Replies in Asterisk's header order.
    QList<AmiMessage> list(const AmiMessage& msg, QByteArrayView message, QByteArrayView completeName,
        QList<AmiMessage> items, bool withTotal = false);
    AmiMessage response(QByteArrayView status, const AmiMessage& request) const;
    AmiMessage error(const AmiMessage& request, const QString& message) const;
    AmiMessage success(const AmiMessage& request, const QString& message) const;
    bool permitted(const QString& action) const;
    // Asterisk's ast_true() reading of a yes/no header.
    static bool isOn(QByteArrayView value);
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
