// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiParser.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QTcpServer>

class AmiMessage;
class QTcpSocket;

// The scripted AMI peer of fuzz_ami_client: a real loopback listener in the
// fuzz process. It writes the script's bytes to the connected client and
// reads every action the client writes, checking on the way that the
// client's own bytes are sane: one action per message, a fresh ActionID with
// the client's prefix, nothing but Challenge/Login before the login
// succeeded, the MD5 key computed from the challenge this peer sent, and
// the secret never on the wire except as a plain-text Login's Secret.
class FuzzAmiPeer final
{
public:
    FuzzAmiPeer();

    quint16 port() const { return m_server.serverPort(); }
    // A new run: the client's ActionID prefix, its secret and login mode.
    void startRun(const QByteArray& prefix, const QByteArray& secret, bool md5);
    void endRun();

    // Takes the newest accepted connection and reads what the client wrote.
    // Returns how many bytes came (progress, for the caller's event pump).
    qint64 poll();
    // Writes a chunk of the script, "%N" replaced by the ActionID of the
    // N-th action the client wrote on this connection ("%P": an ID with the
    // client's prefix that it never sent).
    void send(const QByteArray& chunk);
    // Closes the connection (the client reads EOF).
    void close();
    // The client said loggedIn() on this connection.
    void markLoggedIn() { m_loggedIn = true; }
    bool isConnected() const { return m_conn != nullptr; }

private:
    QByteArray substituted(const QByteArray& chunk) const;
    void dropConnection();
    void checkAction(const AmiMessage& action);
    void checkLoginKey(const AmiMessage& login) const;
    void watchChallengeReply(const AmiMessage& sent);

    QTcpServer m_server;
    QTcpSocket* m_conn = nullptr;
    AmiParser m_fromClient;
    AmiParser m_toClient;
    QList<QByteArray> m_ids; // this connection's actions, in order
    QSet<QByteArray> m_runIds; // every ActionID of the run
    QByteArray m_prefix;
    QByteArray m_secret;
    bool m_md5 = true;
    bool m_loggedIn = false;
    QByteArray m_challengeId; // this connection's Challenge
    bool m_challengeAnswered = false; // the first Response to it went out
    QByteArray m_challenge; // its Challenge value when it said Success
};
