// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ami/AmiClient.h"

#include "core/ami/AmiKeepalive.h"
#include "core/ami/AmiLogging.h"
#include "core/ami/AmiLogin.h"
#include "core/ami/AmiReconnectTimer.h"
#include "core/ami/AmiSocket.h"
#include "core/common/Clock.h"

#include <QRandomGenerator>

namespace {

constexpr QByteArrayView ProxyBannerPrefix("Asterisk Call Manager Proxy/");
// Logoff waits this long for Goodbye/EOF before closing anyway.
constexpr int LogoffTimeoutMs = 3000;

AmiClient::Error errorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return AmiClient::Error::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return AmiClient::Error::ConnectionRefused;
    case QAbstractSocket::SocketTimeoutError:
        return AmiClient::Error::ConnectTimeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return AmiClient::Error::TlsHandshakeFailed;
    default:
        return AmiClient::Error::NetworkError;
    }
}

} // namespace

AmiClient::AmiClient(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_socket(new AmiSocket([this](const AmiMessage& message) { handleMessage(message); }, this))
    , m_keepalive(new AmiKeepalive(m_clock, this))
    , m_reconnect(new AmiReconnectTimer(m_clock, this))
    , m_login([this] { return nextActionId(); })
    , m_pending(m_clock)
    , m_peer(m_clock)
{
    // Random per instance: through astmanproxy every client sees every
    // reply, and only the prefix tells ours apart.
    const quint64 random = QRandomGenerator::global()->generate64();
    m_actionIdPrefix = QByteArray::number(random, 36) + '-';

    connect(m_socket, &AmiSocket::bytesReceived, this, &AmiClient::handleBytes);
    connect(m_socket, &AmiSocket::closedByPeer, this, &AmiClient::handleClosedByPeer);
    connect(m_socket, &AmiSocket::failed, this, &AmiClient::handleSocketFailure);
    connect(m_socket, &AmiSocket::certificateRejected, this, &AmiClient::handleCertificateRejected);
    connect(m_socket, &AmiSocket::messageTooLarge, this, &AmiClient::handleMessageTooLarge);
    connect(m_keepalive, &AmiKeepalive::pingDue, this, &AmiClient::handlePingDue);
    connect(m_keepalive, &AmiKeepalive::timedOut, this, [this] {
        dropConnection(Error::KeepaliveTimeout,
            tr("The AMI server did not answer a Ping within %1 ms").arg(m_keepalive->timeoutMs()), true);
    });
    connect(m_reconnect, &AmiReconnectTimer::due, this, [this] {
        if (m_wantConnected)
            openSocket();
    });
    m_connectTimer = m_clock->createTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &ClockTimer::timeout, this, &AmiClient::handleConnectTimer);
}

AmiClient::~AmiClient()
{
    if (m_socket->isOpen() && isLoggedIn()) {
        // Best effort: tell Asterisk we are going, so it does not log a lost session.
        sendLogoff(nextActionId());
        m_socket->flush();
    }
    m_socket->close();
    m_pending.abortAll(AmiAction::Result::Disconnected, tr("The AMI client was destroyed"));
}

void AmiClient::setSettings(const AmiConnectionSettings& settings)
{
    m_settings = settings;
}

void AmiClient::setSecret(const QString& secret)
{
    m_secret = secret;
}

qint64 AmiClient::reconnectInMs() const
{
    return m_state == State::Backoff ? m_reconnect->remainingMs() : -1;
}

QByteArray AmiClient::nextActionId()
{
    return m_actionIdPrefix + QByteArray::number(++m_actionCounter);
}

void AmiClient::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcAmi) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AmiClient::fail(Error error, const QString& detail)
{
    m_lastError = error;
    m_lastErrorText = detail;
    qCWarning(lcAmi).noquote() << "error" << error << detail;
    Q_EMIT errorOccurred(error, detail);
}

AmiAction* AmiClient::send(const AmiRequest& request)
{
    auto* action = new AmiAction(request, nextActionId(), this);
    QString invalid = request.validationError();
    if (invalid.isEmpty() && request.action().compare("Events", Qt::CaseInsensitive) == 0
        && (m_proxy || m_settings.proxyMode == AmiConnectionSettings::ProxyMode::Astmanproxy)) {
        // astmanproxy forwards it to the one upstream session it shares
        // between all desks: it would switch events off for everybody.
        invalid = tr("Action Events is refused through astmanproxy (it would change the event mask of every "
                     "client of the proxy)");
    }
    if (!invalid.isEmpty()) {
        AmiPendingActions::finishLater(action, AmiAction::Result::Invalid, invalid);
        return action;
    }
    if (!m_socket->isOpen() || !isLoggedIn()) {
        AmiPendingActions::finishLater(
            action, AmiAction::Result::NotConnected, tr("Not logged in to the AMI server"));
        return action;
    }
    const int timeoutMs = request.timeoutMs() > 0 ? request.timeoutMs() : m_settings.actionTimeoutMs;
    m_pending.add(action, timeoutMs, [this](AmiAction* late) {
        if (m_proxy) {
            // astmanproxy drops actions silently while its upstream is away;
            // the keepalive decides whether the link itself is dead.
            qCInfo(lcAmi).noquote() << "action" << QString::fromLatin1(late->request().action())
                                    << "timed out; the proxy's link to Asterisk may be down";
        }
    });
    m_socket->write(request.toMessage(action->actionId()));
    return action;
}

void AmiClient::connectToServer()
{
    // Logoff already went out: do not wait for its Goodbye to start anew.
    if (m_state == State::LoggingOff)
        dropConnection(Error::None, {}, false);
    m_wantConnected = true;
    if (m_state != State::Backoff && m_socket->isOpen())
        return; // already connecting or connected
    // An explicit request starts a fresh backoff sequence.
    m_reconnect->reset();
    openSocket();
}

void AmiClient::openSocket()
{
    m_socket->close();
    m_bannerSeen = false;
    m_bannerText.clear();
    m_login.reset();
    m_keepalive->stop();
    m_logoffActionId.clear();
    m_proxy = m_settings.proxyMode == AmiConnectionSettings::ProxyMode::Astmanproxy;
    m_lastError = Error::None;
    m_lastErrorText.clear();
    m_peer.reset();

    if (m_secret.isEmpty()) {
        m_wantConnected = false;
        fail(Error::NoSecret, tr("No AMI secret is known for user \"%1\"").arg(m_settings.username));
        setState(State::Disconnected);
        return;
    }
    // A line break in the user name, event mask or secret would add headers
    // to the Login: refused before a single byte goes out.
    if (const QString invalid = AmiLogin::validationError(m_settings, m_secret); !invalid.isEmpty()) {
        m_wantConnected = false;
        fail(Error::InvalidSettings, invalid);
        setState(State::Disconnected);
        return;
    }
    setState(State::Connecting);
    m_connectTimer->start(m_settings.connectTimeoutMs);
    m_socket->open(m_settings);
}

void AmiClient::handleCertificateRejected(const QByteArray& sha256Hex, const CertificateInfo& certificate)
{
    m_presentedFingerprint = sha256Hex;
    m_presented = certificate;
    // Needs a human decision: no automatic retries against an untrusted peer.
    m_wantConnected = false;
    Q_EMIT certificateUntrusted(sha256Hex, certificate.errors);
    dropConnection(Error::CertificateUntrusted, certificate.errors.join(QStringLiteral("; ")), false);
}

void AmiClient::trustPresentedCertificate()
{
    if (m_presentedFingerprint.isEmpty())
        return;
    m_settings.pinnedCertificateSha256 = m_presentedFingerprint;
    qCInfo(lcAmi).noquote() << "pinned certificate" << QString::fromLatin1(m_presentedFingerprint);
    connectToServer();
}

void AmiClient::handleSocketFailure(QAbstractSocket::SocketError error, const QString& detail)
{
    dropConnection(errorFor(error), detail, true);
}

void AmiClient::handleMessageTooLarge(qsizetype limit)
{
    dropConnection(Error::MessageTooLarge,
        tr("A message from the AMI server was larger than %1 bytes; the connection was closed").arg(limit),
        true);
}

void AmiClient::handleBytes()
{
    if (isLoggedIn())
        m_keepalive->trafficSeen();
}

void AmiClient::handleClosedByPeer()
{
    if (m_state == State::LoggingOff) {
        dropConnection(Error::None, {}, false);
        return;
    }
    // Other sessions get "Event: Shutdown" just before the EOF; the one that
    // ran "core restart" gets nothing. Either way the peer closed on purpose:
    // the first retry comes at once.
    if (m_peer.leaving() == AmiPeerLifecycle::Leaving::Restarting)
        dropConnection(Error::ServerRestarting, tr("Asterisk is restarting"), true, true);
    else if (m_peer.leaving() == AmiPeerLifecycle::Leaving::Stopping)
        dropConnection(Error::ServerShutDown, tr("Asterisk was shut down"), true, true);
    else
        dropConnection(Error::RemoteClosed, tr("The AMI server closed the connection"), true, isLoggedIn());
}

void AmiClient::handleConnectTimer()
{
    switch (m_state) {
    case State::Connecting:
    case State::Authenticating:
        dropConnection(Error::ConnectTimeout,
            tr("No login answer from %1:%2 within %3 ms")
                .arg(m_settings.host)
                .arg(m_settings.port)
                .arg(m_settings.connectTimeoutMs),
            true);
        break;
    case State::LoggingOff:
        dropConnection(Error::None, {}, false);
        break;
    default:
        break;
    }
}

void AmiClient::handleBanner(const AmiMessage& banner)
{
    m_bannerSeen = true;
    m_bannerText = banner.bannerText();
    if (m_settings.proxyMode == AmiConnectionSettings::ProxyMode::Auto)
        m_proxy = banner.raw().startsWith(ProxyBannerPrefix);
    qCDebug(lcAmi).noquote() << "banner" << m_bannerText << (m_proxy ? "(astmanproxy)" : "");
    Q_EMIT bannerReceived(m_bannerText);
    if (!m_socket->isOpen())
        return;
    setState(State::Authenticating);
    m_connectTimer->start(m_settings.connectTimeoutMs);
    handleLoginStep(m_login.start(m_settings, m_secret, m_proxy));
}

void AmiClient::handleLoginStep(const AmiLoginHandshake::Step& step)
{
    using Outcome = AmiLoginHandshake::Outcome;
    switch (step.outcome) {
    case Outcome::Waiting:
        return;
    case Outcome::Send:
        m_socket->write(step.message);
        return;
    case Outcome::LoggedIn:
        loginSucceeded();
        return;
    case Outcome::Refused:
        // Asterisk closes the socket ~1 s after a failed login; retrying would
        // only hammer it (and fail2ban) with the same wrong secret.
        m_wantConnected = false;
        dropConnection(Error::AuthenticationFailed, step.text, false);
        return;
    case Outcome::Invalid:
        m_wantConnected = false;
        dropConnection(Error::InvalidSettings, step.text, false);
        return;
    }
}

void AmiClient::loginSucceeded()
{
    m_connectTimer->stop();
    m_reconnect->sessionStarted();
    m_peer.sessionStarted(m_proxy);
    m_keepalive->start(m_settings.pingIntervalMs, m_settings.pingTimeoutMs);
    qCInfo(lcAmi).noquote() << "logged in to" << m_settings.host << "as" << m_settings.username
                            << (m_proxy ? "through astmanproxy" : "");
    setState(State::LoggedIn);
    Q_EMIT loggedIn();
}

void AmiClient::sendLogoff(const QByteArray& actionId)
{
    m_socket->write(AmiRequest("Logoff").toMessage(actionId));
}

void AmiClient::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnect->cancel();
    if (m_socket->isOpen() && isLoggedIn()) {
        setState(State::LoggingOff);
        m_keepalive->stop();
        m_logoffActionId = nextActionId();
        sendLogoff(m_logoffActionId);
        m_connectTimer->start(qMin(LogoffTimeoutMs, m_settings.actionTimeoutMs));
        return;
    }
    if (m_state == State::LoggingOff)
        return;
    dropConnection(Error::None, {}, false);
}

void AmiClient::reconnectNow()
{
    // A session that may be dead (the network changed under it) goes first.
    if (m_socket->isOpen() && m_state != State::LoggingOff)
        dropConnection(Error::None, {}, false);
    connectToServer();
}

void AmiClient::handleNetworkAvailable()
{
    if (m_state == State::Backoff && m_wantConnected) {
        qCInfo(lcAmi) << "the network is back: reconnecting now";
        connectToServer();
    } else if (isLoggedIn() && !m_keepalive->isWaitingForReply()) {
        // Same address, maybe a new route: a Ping tells whether the session survived.
        handlePingDue();
    }
}

void AmiClient::handlePingDue()
{
    if (!m_socket->isOpen() || !isLoggedIn())
        return;
    const QByteArray id = nextActionId();
    m_socket->write(AmiRequest("Ping").toMessage(id));
    m_keepalive->pingSent(id);
}

void AmiClient::dropConnection(Error error, const QString& detail, bool reconnect, bool atOnce)
{
    if (error != Error::None)
        fail(error, detail);
    m_socket->close();
    m_connectTimer->stop();
    m_keepalive->stop();
    m_login.reset();
    m_logoffActionId.clear();
    m_peer.reset();
    if (reconnect && m_wantConnected) {
        m_reconnect->schedule(m_settings, atOnce);
        setState(State::Backoff);
    } else {
        m_reconnect->cancel();
        setState(State::Disconnected);
    }
    m_pending.abortAll(AmiAction::Result::Disconnected, tr("The connection to the AMI server was lost"));
}

void AmiClient::handleMessage(const AmiMessage& message)
{
    if (message.kind() == AmiMessage::Kind::Banner) {
        if (!m_bannerSeen && m_state == State::Connecting)
            handleBanner(message);
        else if (isLoggedIn() && m_peer.handleGluedBanner())
            Q_EMIT resyncRequired(); // astmanproxy glues the new upstream's banner onto the next message
        return;
    }
    if (!m_bannerSeen) {
        m_wantConnected = false;
        dropConnection(Error::NotAnAmiPeer,
            tr("%1:%2 did not greet with \"Asterisk Call Manager\"")
                .arg(m_settings.host)
                .arg(m_settings.port),
            false);
        return;
    }
    const QByteArrayView id = message.actionId();
    if (m_login.isReply(id)) {
        handleLoginStep(m_login.handleReply(message));
        return;
    }
    if (!isLoggedIn() && m_state != State::LoggingOff)
        return; // nothing but the login reply means anything before login
    if (!id.isEmpty()) {
        if (m_keepalive->takeReply(id))
            return;
        if (!m_logoffActionId.isEmpty() && id == QByteArrayView(m_logoffActionId)) {
            dropConnection(Error::None, {}, false);
            return;
        }
        if (AmiAction* action = m_pending.find(id)) {
            if (!m_pending.route(action, message))
                Q_EMIT eventReceived(message);
            return;
        }
    }
    handleUnmatchedMessage(message);
}

void AmiClient::handleUnmatchedMessage(const AmiMessage& message)
{
    if (message.isEvent()) {
        handleUnmatchedEvent(message);
        return;
    }
    if (message.isResponse()) {
        if (message.actionId().isEmpty() && message.valueIs("Message", "Authentication accepted")) {
            if (isLoggedIn() && m_peer.handleUpstreamLogin())
                Q_EMIT resyncRequired();
            return;
        }
        if (m_state == State::LoggingOff && message.valueIs("Response", "Goodbye")) {
            dropConnection(Error::None, {}, false);
            return;
        }
        qCDebug(lcAmi) << "dropped a response that is not ours";
        return;
    }
    handleProxyBlock(message);
}

void AmiClient::handleUnmatchedEvent(const AmiMessage& event)
{
    const QByteArrayView id = event.actionId();
    if (!id.isEmpty() && !event.contains("Privilege")) {
        // A list item (Asterisk sends those without Privilege) of an action
        // that is not pending: a list that timed out, or, through astmanproxy,
        // another desk's list. Broadcast events that carry an ActionID
        // (OriginateResponse, UserEvent) have Privilege and go on as events,
        // ours or not, as on a direct session.
        qCDebug(lcAmi) << "dropped a list item of an action that is not pending here"
                       << (id.startsWith(m_actionIdPrefix) ? "(ours, finished)" : "(another client's)");
        return;
    }
    if (id.isEmpty() && m_peer.handleEvent(event, isLoggedIn()))
        Q_EMIT resyncRequired();
    Q_EMIT eventReceived(event);
}

void AmiClient::handleProxyBlock(const AmiMessage& message)
{
    // astmanproxy's own blocks: "Goodbye: …" answers Logoff, "ProxyMessage:"
    // announces its shutdown (EOF follows), "ProxyResponse:" answers ProxyAction.
    if (message.contains("Goodbye") && m_state == State::LoggingOff) {
        dropConnection(Error::None, {}, false);
        return;
    }
    if (message.contains("ProxyMessage"))
        qCInfo(lcAmi).noquote() << "astmanproxy says:" << message.value("ProxyMessage");
}
