// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"
#include "core/ami/AmiParser.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <initializer_list>
#include <utility>

class QTcpServer;
class QTcpSocket;

// The simulated PBX at the boundary: an AMI server on 127.0.0.1 (port 0)
// that answers like the recorded Asterisk 22.10.1 (tests/data/ami) or, in
// Astmanproxy flavour, like astmanproxy 1.22pre081119 (tests/data/astmanproxy).
//
// What it does by itself, byte for byte as recorded:
//  - banner "Asterisk Call Manager/11.0.0" (proxy: "... Proxy/1.22pre081119");
//  - Challenge (AuthType MD5) and Login (plain Secret or md5(challenge+secret)
//    Key) against the flavour's users (see setFlavour()) and addUser(); a failure is
//    answered after authFailureDelayMs and the socket closed, like Asterisk;
//  - FullyBooted right after a good Login unless "Events: off" (not in proxy);
//  - Ping, Logoff (Goodbye, then close), "Permission denied" before login,
//    "Invalid/unknown command" for anything it does not know.
// Tests add behaviour with setHandler() (per action name) or replay a
// recorded transcript with loadTranscript(). Knobs make it fail.
//
// Typical use:
//   FakeAmiServer server;
//   QVERIFY(server.listen());
//   server.setHandler("Originate", [](const AmiMessage& a) {
//       return FakeAmiServer::packet({{"Response", "Success"}, {"ActionID", a.actionId()},
//                                     {"Message", "Originate successfully queued"}});
//   });
//   ... client connects to 127.0.0.1:server.port(), sends, then:
//   QCOMPARE(server.receivedActions("Originate").value(0).value("Channel"), ...);
class FakeAmiServer final : public QObject
{
    Q_OBJECT
public:
    enum class Flavour
    {
        Asterisk,
        Astmanproxy,
    };
    // Returns the bytes to write back to the client that sent the action
    // (use packet() to build them); empty = no answer at all.
    using Handler = std::function<QByteArray(const AmiMessage& action)>;
    using Headers = std::initializer_list<std::pair<QByteArrayView, QByteArrayView>>;

    explicit FakeAmiServer(QObject* parent = nullptr);
    ~FakeAmiServer() override;

    // Listens on 127.0.0.1, on a free port unless one is given (to come
    // back on the same port after stopListening()). False on failure.
    bool listen(quint16 port = 0);
    // The same over TLS (QSslServer) with a PEM certificate and key.
    bool listenTls(const QString& certificatePemFile, const QString& keyPemFile);
    quint16 port() const;
    // Stops accepting (open connections stay), e.g. to get "connection refused".
    void stopListening();

    // Also resets the users to the recorded ones: panel/panelpass for
    // Asterisk; desk1/desk1pass and desk2/desk2pass for astmanproxy (which
    // authenticates against its own users file, not Asterisk's).
    void setFlavour(Flavour flavour);
    Flavour flavour() const { return m_flavour; }
    void addUser(const QByteArray& username, const QByteArray& secret);
    // The Challenge handed out (recorded value by default).
    void setChallenge(const QByteArray& challenge) { m_challenge = challenge; }
    QByteArray challenge() const { return m_challenge; }

    // Custom answer for one action name (case-insensitive); replaces the
    // built-in and transcript answers. Login, Challenge and Logoff stay built in.
    void setHandler(const QByteArray& action, Handler handler);
    // Replays a recorded session: path without extension, e.g.
    // ATTENDANT_TEST_DATA "/ami/22.10.1/02-ExtensionStateList". Each action the
    // client sends is answered with what Asterisk sent for the next recorded
    // action of the same name (recorded ActionIDs mapped to the client's),
    // events in between included; events recorded right after the Login
    // reply follow the client's login reply in the same write.
    bool loadTranscript(const QString& basePath);

    // --- failure knobs -------------------------------------------------
    void setRefuseLogin(bool refuse) { m_refuseLogin = refuse; }
    void setAuthFailureDelayMs(int ms) { m_authFailureDelayMs = ms; }
    void setBannerDelayMs(int ms) { m_bannerDelayMs = ms; }
    // Keeps reading (and recording) but never answers; the socket stays open.
    void setSilent(bool silent) { m_silent = silent; }
    // Bytes written in the same write() as the next successful login reply.
    void setGluedLoginBytes(const QByteArray& bytes) { m_gluedLoginBytes = bytes; }
    // Half an event, then close every connection.
    void closeMidPacket();
    // EOF on every connection, nothing sent (Asterisk 22 "core restart").
    void disconnectClients();
    // Binary junk, colon-less lines, stray blank lines, an empty key and a
    // reply nobody asked for, then nothing else (no close).
    void sendGarbage();
    // One event with a value of the given size.
    void sendOversizedPacket(qsizetype bytes);
    // astmanproxy: another desk's Ping reply and list item (foreign ActionID).
    void sendForeignReplies(const QByteArray& foreignActionId = QByteArrayLiteral("B-ping-1"));
    // astmanproxy: the upstream came back (banner glued on, unsolicited
    // "Authentication accepted", FullyBooted), as in 13-upstream-loss.
    void simulateUpstreamReconnect();

    // --- pushing -------------------------------------------------------
    // Bytes as they are, to every connection.
    void sendRaw(const QByteArray& bytes);
    // An event to every logged-in connection with events on (proxy: all,
    // with the "Server:" header it appends).
    void sendEvent(const QByteArray& name, Headers headers = {});

    // --- inspection ----------------------------------------------------
    // Every action received, in order, on all connections.
    QList<AmiMessage> receivedActions() const { return m_actions; }
    QList<AmiMessage> receivedActions(QByteArrayView action) const;
    // Every byte received, on all connections.
    QByteArray receivedBytes() const { return m_receivedBytes; }
    int connectionCount() const; // currently open
    int totalConnections() const { return m_totalConnections; }
    int loggedInCount() const;

    // "Key: Value\r\n"... "\r\n" in the given order.
    static QByteArray packet(Headers headers);

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();
    void actionReceived(const AmiMessage& action);

private:
    struct Connection
    {
        AmiParser parser;
        bool loggedIn = false;
        bool eventsOn = true;
        bool challenged = false;
    };
    struct RecordedAction
    {
        QByteArray name;
        QByteArray actionId;
        QList<QByteArray> reply; // raw messages, recorded ActionIDs inside
        bool used = false;
    };

    void handleNewConnections();
    void sendBanner(QTcpSocket* socket);
    void handleReadyRead(QTcpSocket* socket);
    void handleAction(QTcpSocket* socket, Connection& connection, const AmiMessage& action);
    void handleChallenge(QTcpSocket* socket, Connection& connection, const AmiMessage& action);
    void handleLogin(QTcpSocket* socket, Connection& connection, const AmiMessage& action);
    void handleLogoff(QTcpSocket* socket, const AmiMessage& action);
    QByteArray transcriptReply(const AmiMessage& action);
    QByteArray mapActionIds(QByteArray raw) const;
    // Writes an "upstream" answer: proxy flavour adds "Server:" and sends it to everybody.
    void answer(QTcpSocket* socket, const QByteArray& bytes);
    bool isProxy() const { return m_flavour == Flavour::Astmanproxy; }

    QTcpServer* m_server = nullptr;
    Flavour m_flavour = Flavour::Asterisk;
    QHash<QByteArray, QByteArray> m_users;
    QByteArray m_challenge = QByteArrayLiteral("497062806");
    QHash<QByteArray, Handler> m_handlers; // lower-case action name
    QList<RecordedAction> m_recorded;
    QByteArray m_recordedAfterLogin;
    QHash<QByteArray, QByteArray> m_idMap; // recorded ActionID -> client's
    QHash<QTcpSocket*, Connection*> m_connections;
    QList<AmiMessage> m_actions;
    QByteArray m_receivedBytes;
    QByteArray m_gluedLoginBytes;
    bool m_refuseLogin = false;
    bool m_silent = false;
    int m_authFailureDelayMs = 100;
    int m_bannerDelayMs = 0;
    int m_totalConnections = 0;
};
