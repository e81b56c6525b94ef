// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiAction.h"
#include "core/ami/AmiConnectionSettings.h"
#include "core/ami/AmiLoginHandshake.h"
#include "core/ami/AmiMessage.h"
#include "core/ami/AmiPeerLifecycle.h"
#include "core/ami/AmiPendingActions.h"
#include "core/ami/AmiRequest.h"
#include "core/common/CertificateInfo.h"

#include <QAbstractSocket>
#include <QObject>

class AmiKeepalive;
class AmiReconnectTimer;
class AmiSocket;
class Clock;
class ClockTimer;

// One connection to one AMI peer (Asterisk, or astmanproxy in front of it):
// the connection's state machine, and the router of what arrives. Its parts,
// one responsibility each: AmiSocket (bytes, TLS, parsing), AmiLoginHandshake
// (Challenge/Login), AmiPendingActions (ActionID correlation, event lists,
// timeouts), AmiKeepalive (Ping after silence), ReconnectPolicy (backoff).
// Lives on the GUI thread: the socket is asynchronous.
//
//   Disconnected → Connecting → Authenticating → LoggedIn
//        ↑             │              │              │
//        └──── Backoff ◀──────────────┴──────────────┘ (loss)
//
// A session the peer closed on purpose (EOF, or Asterisk's "Event: Shutdown"
// before it) is retried at once, not after the backoff: Asterisk is back
// about a second after a restart. Only a flapping peer waits.
//
// The client owns the connection and nothing above it: whether the PBX
// state has been read again after a login is PbxSync's business (it
// listens to loggedIn() and resyncRequired()); PbxServerStatus composes
// both into what the status bar says.
class AmiClient final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected, // idle, no reconnect planned
        Connecting, // TCP/TLS handshake and banner
        Authenticating, // Challenge/Login sent
        LoggedIn, // logged in: actions may be sent, events arrive
        Backoff, // lost; reconnect planned (see reconnectInMs())
        LoggingOff, // Logoff sent, waiting for Goodbye or EOF
    };
    Q_ENUM(State)

    enum class Error
    {
        None,
        HostNotFound,
        ConnectionRefused,
        ConnectTimeout,
        TlsHandshakeFailed,
        CertificateUntrusted, // see certificateUntrusted(); nothing is ignored silently
        AuthenticationFailed, // Asterisk's words in the detail text
        NoSecret,
        NotAnAmiPeer, // no "Asterisk Call Manager" banner
        MessageTooLarge,
        KeepaliveTimeout, // the peer went silent
        RemoteClosed,
        NetworkError,
        InvalidSettings, // a user name, event mask or secret that would inject headers; nothing sent
        ServerRestarting, // "Event: Shutdown" with "Restart: True", then EOF
        ServerShutDown, // "Event: Shutdown" with "Restart: False", then EOF
    };
    Q_ENUM(Error)

    explicit AmiClient(QObject* parent = nullptr, Clock* clock = nullptr);
    ~AmiClient() override;

    void setSettings(const AmiConnectionSettings& settings);
    const AmiConnectionSettings& settings() const { return m_settings; }
    // Held in memory only; never logged, never written anywhere.
    void setSecret(const QString& secret);

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    QString lastErrorText() const { return m_lastErrorText; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    // True when the peer is astmanproxy (by setting or from the banner).
    bool isProxy() const { return m_proxy; }
    QString bannerText() const { return m_bannerText; }
    // The untrusted certificate of the last certificateUntrusted(): subject,
    // issuer, validity, errors, fingerprint — what the trust prompt shows.
    CertificateInfo presentedCertificate() const { return m_presented; }
    // Milliseconds until the next reconnect attempt while in Backoff, else -1.
    qint64 reconnectInMs() const;

    // Sends an action. Never returns null; the action finishes exactly once
    // (later, from the event loop), also when refused or not connected.
    AmiAction* send(const AmiRequest& request);

    // Every ActionID this client sends starts with this (unique per instance),
    // so replies to other clients of a shared proxy can be told apart.
    QByteArray actionIdPrefix() const { return m_actionIdPrefix; }

public Q_SLOTS:
    void connectToServer();
    // Sends Logoff, waits briefly for Goodbye/EOF, then closes. No reconnect.
    void disconnectFromServer();
    // Connects again at once: skips the backoff wait, or drops a session
    // that may be dead and opens a new one. Also after a refused login.
    void reconnectNow();
    // The network came back (or changed): a waiting reconnect happens now;
    // a live session is probed with a Ping at once (no answer = dropped).
    void handleNetworkAvailable();
    // Accepts the certificate the peer showed last time (pins its fingerprint
    // in these settings, in memory; saving the pin is the caller's business).
    void trustPresentedCertificate();

Q_SIGNALS:
    void stateChanged(AmiClient::State state);
    void errorOccurred(AmiClient::Error error, const QString& detail);
    void bannerReceived(const QString& banner);
    // Emitted on every successful login (first and after each reconnect).
    void loggedIn();
    // Every asynchronous event (not list items of our own actions, not
    // replies to other clients of a proxy). List items are told from
    // broadcast events by Privilege, as Asterisk sends them: an event with an
    // ActionID but no Privilege that belongs to no pending action (a list
    // that timed out, another proxy client's list) is dropped, while
    // OriginateResponse/UserEvent (with Privilege) always come through.
    void eventReceived(const AmiMessage& event);
    // The peer says its upstream came back (astmanproxy re-login): state
    // must be read again. Also emitted for a mid-session FullyBooted.
    void resyncRequired();
    // TLS certificate not trusted: SHA-256 fingerprint (hex) and the reasons.
    void certificateUntrusted(const QByteArray& sha256Hex, const QStringList& reasons);

private:
    void setState(State state);
    void fail(Error error, const QString& detail);
    void openSocket();
    void handleBytes();
    void handleClosedByPeer();
    void handleSocketFailure(QAbstractSocket::SocketError error, const QString& detail);
    void handleCertificateRejected(const QByteArray& sha256Hex, const CertificateInfo& certificate);
    void handleMessageTooLarge(qsizetype limit);
    void handleMessage(const AmiMessage& message);
    void handleBanner(const AmiMessage& banner);
    void handleLoginStep(const AmiLoginHandshake::Step& step);
    void handleUnmatchedMessage(const AmiMessage& message);
    void handleUnmatchedEvent(const AmiMessage& event);
    void handleProxyBlock(const AmiMessage& message);
    void handlePingDue();
    void handleConnectTimer();
    void loginSucceeded();
    void sendLogoff(const QByteArray& actionId);
    // Tears the connection down; pending actions finish with Disconnected.
    // With reconnect (and the user still wanting a connection) → Backoff.
    // atOnce: the first retry comes without waiting (peer closed on purpose).
    void dropConnection(Error error, const QString& detail, bool reconnect, bool atOnce = false);
    QByteArray nextActionId();

    AmiConnectionSettings m_settings;
    QString m_secret;
    Clock* m_clock;
    AmiSocket* m_socket;
    AmiKeepalive* m_keepalive;
    AmiReconnectTimer* m_reconnect;
    AmiLoginHandshake m_login;
    AmiPendingActions m_pending;
    AmiPeerLifecycle m_peer;
    State m_state = State::Disconnected;
    Error m_lastError = Error::None;
    QString m_lastErrorText;
    QString m_bannerText;
    bool m_proxy = false;
    bool m_bannerSeen = false;
    bool m_wantConnected = false;
    QByteArray m_actionIdPrefix;
    quint64 m_actionCounter = 0;
    QByteArray m_logoffActionId;
    ClockTimer* m_connectTimer = nullptr;
    QByteArray m_presentedFingerprint;
    CertificateInfo m_presented;
};
