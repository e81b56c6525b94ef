// SPDX-License-Identifier: GPL-3.0-or-later
// Connection life cycle: socket, TLS trust, banner, login, keepalive, backoff.
// Message routing and action bookkeeping live in AmiClientDispatch.cpp.
#include "core/ami/AmiClient.h"

#include "core/ami/AmiLogging.h"
#include "core/ami/AmiLogin.h"
#include "core/common/Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

constexpr QByteArrayView ProxyBannerPrefix("Asterisk Call Manager Proxy/");
// Logoff waits this long for Goodbye/EOF before closing anyway.
constexpr int LogoffTimeoutMs = 3000;

} // namespace

AmiClient::AmiClient(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    // Random per instance: through astmanproxy every client sees every
    // reply, and only the prefix tells ours apart.
    const quint64 random = QRandomGenerator::global()->generate64();
    m_actionIdPrefix = QByteArray::number(random, 36) + '-';

    m_pingTimer = m_clock->createTimer(this);
    m_pingTimer->setSingleShot(true);
    connect(m_pingTimer, &ClockTimer::timeout, this, &AmiClient::handlePingTimer);
    m_pongTimer = m_clock->createTimer(this);
    m_pongTimer->setSingleShot(true);
    connect(m_pongTimer, &ClockTimer::timeout, this, &AmiClient::handlePongTimeout);
    m_reconnectTimer = m_clock->createTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &ClockTimer::timeout, this, &AmiClient::handleReconnectTimer);
    m_connectTimer = m_clock->createTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &ClockTimer::timeout, this, &AmiClient::handleConnectTimer);
}

AmiClient::~AmiClient()
{
    if (m_socket && isLoggedIn()) {
        // Best effort: tell Asterisk we are going, so it does not log a lost session.
        AmiMessage logoff;
        logoff.append("Action", QByteArrayView("Logoff"));
        logoff.append("ActionID", QByteArrayView(nextActionId()));
        writeMessage(logoff);
        m_socket->flush();
    }
    closeSocket();
    abortPending(AmiAction::Result::Disconnected, tr("The AMI client was destroyed"));
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
    if (m_state != State::Backoff || m_reconnectAt < 0)
        return -1;
    return qMax<qint64>(0, m_reconnectAt - m_clock->monotonicMSecs());
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

void AmiClient::connectToServer()
{
    // Logoff already went out: do not wait for its Goodbye to start anew.
    if (m_state == State::LoggingOff)
        dropConnection(Error::None, {}, false);
    m_wantConnected = true;
    if (m_state == State::Backoff) {
        m_reconnectTimer->stop();
        m_reconnectAt = -1;
    } else if (m_socket) {
        return; // already connecting or connected
    }
    // An explicit request starts a fresh backoff sequence.
    m_reconnect.reset();
    openSocket();
}

void AmiClient::openSocket()
{
    closeSocket();
    m_parser.reset();
    m_bannerSeen = false;
    m_bannerText.clear();
    m_loginStep = LoginStep::None;
    m_loginActionId.clear();
    m_pingActionId.clear();
    m_logoffActionId.clear();
    m_proxy = m_settings.proxyMode == AmiConnectionSettings::ProxyMode::Astmanproxy;
    m_lastError = Error::None;
    m_lastErrorText.clear();
    m_peerLeaving = PeerLeaving::No;

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

    // Plain TCP gets a QTcpSocket: a QSslSocket in unencrypted mode would copy
    // every byte once more between its inner socket and its own buffer.
    QSslSocket* tlsSocket = m_settings.tls ? new QSslSocket(this) : nullptr;
    m_socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &AmiClient::handleConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &AmiClient::handleReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &AmiClient::handleDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &AmiClient::handleSocketError);
    if (tlsSocket) {
        connect(tlsSocket, &QSslSocket::encrypted, this, &AmiClient::handleEncrypted);
        connect(tlsSocket, &QSslSocket::sslErrors, this, &AmiClient::handleSslErrors);
    }

    setState(State::Connecting);
    m_connectTimer->start(m_settings.connectTimeoutMs);
    qCDebug(lcAmi).noquote() << "connecting to" << m_settings.host << m_settings.port
                             << (m_settings.tls ? "(TLS)" : "(TCP)");
    if (m_settings.tls) {
        // Verify chain and host name; an extra CA only adds trust, it never switches checks off.
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_settings.caCertificateFile.isEmpty()) {
            const QList<QSslCertificate> cas
                = QSslCertificate::fromPath(m_settings.caCertificateFile, QSsl::Pem);
            if (cas.isEmpty())
                qCWarning(lcAmi).noquote() << "no PEM certificate in CA file" << m_settings.caCertificateFile;
            config.addCaCertificates(cas);
        }
        tlsSocket->setSslConfiguration(config);
        tlsSocket->connectToHostEncrypted(m_settings.host, m_settings.port);
    } else {
        m_socket->connectToHost(m_settings.host, m_settings.port);
    }
}

void AmiClient::closeSocket()
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void AmiClient::handleConnected()
{
    // For TLS the banner only comes after encrypted(); for TCP it is next.
    qCDebug(lcAmi) << "TCP connected";
}

void AmiClient::handleEncrypted()
{
    qCDebug(lcAmi) << "TLS established";
}

void AmiClient::handleSslErrors(const QList<QSslError>& errors)
{
    auto* tlsSocket = qobject_cast<QSslSocket*>(m_socket);
    if (!tlsSocket)
        return;
    QSslCertificate cert = tlsSocket->peerCertificate();
    if (cert.isNull() && !errors.isEmpty())
        cert = errors.constFirst().certificate();
    const QByteArray fingerprint = cert.digest(QCryptographicHash::Sha256).toHex();
    const QByteArray pinned = CertificateInfo::normalisedPin(m_settings.pinnedCertificateSha256);
    if (!cert.isNull() && !pinned.isEmpty() && fingerprint == pinned) {
        // The user accepted exactly this certificate before: ignore exactly these errors.
        qCDebug(lcAmi) << "certificate matches the pinned fingerprint; accepting" << errors.size()
                       << "error(s)";
        tlsSocket->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError& e : errors)
        reasons.append(e.errorString());
    m_presentedFingerprint = fingerprint;
    m_presented = CertificateInfo::fromCertificate(
        cert, m_settings.host + u':' + QString::number(m_settings.port), reasons);
    // Needs a human decision: no automatic retries against an untrusted peer.
    m_wantConnected = false;
    Q_EMIT certificateUntrusted(fingerprint, reasons);
    dropConnection(Error::CertificateUntrusted, reasons.join(QStringLiteral("; ")), false);
}

void AmiClient::trustPresentedCertificate()
{
    if (m_presentedFingerprint.isEmpty())
        return;
    m_settings.pinnedCertificateSha256 = m_presentedFingerprint;
    qCInfo(lcAmi).noquote() << "pinned certificate" << QString::fromLatin1(m_presentedFingerprint);
    connectToServer();
}

void AmiClient::handleSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        handleDisconnected();
        return;
    }
    Error mapped = Error::NetworkError;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        mapped = Error::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        mapped = Error::ConnectionRefused;
        break;
    case QAbstractSocket::SocketTimeoutError:
        mapped = Error::ConnectTimeout;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        mapped = Error::TlsHandshakeFailed;
        break;
    default:
        break;
    }
    dropConnection(mapped, m_socket->errorString(), true);
}

void AmiClient::handleDisconnected()
{
    if (!m_socket)
        return;
    // Whatever arrived with the FIN (a Goodbye, an auth error) is read first.
    if (m_socket->bytesAvailable() > 0) {
        handleReadyRead();
        if (!m_socket)
            return;
    }
    if (m_state == State::LoggingOff) {
        dropConnection(Error::None, {}, false);
        return;
    }
    // Other sessions get "Event: Shutdown" just before the EOF; the one that
    // ran "core restart" gets nothing. Either way the peer closed on purpose:
    // the first retry comes at once.
    if (m_peerLeaving == PeerLeaving::Restarting)
        dropConnection(Error::ServerRestarting, tr("Asterisk is restarting"), true, true);
    else if (m_peerLeaving == PeerLeaving::Stopping)
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
    if (!m_socket)
        return;
    setState(State::Authenticating);
    m_connectTimer->start(m_settings.connectTimeoutMs);
    startLogin();
}

void AmiClient::startLogin()
{
    if (m_settings.authMode == AmiConnectionSettings::AuthMode::Md5Challenge) {
        m_loginStep = LoginStep::Challenge;
        m_loginActionId = nextActionId();
        writeLoginRequest(AmiLogin::challenge());
        return;
    }
    sendLogin({});
}

void AmiClient::sendLogin(QByteArrayView challenge)
{
    m_loginStep = LoginStep::Login;
    m_loginActionId = nextActionId();
    writeLoginRequest(AmiLogin::login(m_settings, m_secret, challenge, m_proxy));
}

void AmiClient::writeLoginRequest(const AmiRequest& request)
{
    // The last line of defence: openSocket() already refused such settings.
    if (const QString invalid = request.validationError(); !invalid.isEmpty()) {
        m_wantConnected = false;
        dropConnection(Error::InvalidSettings, invalid, false);
        return;
    }
    AmiMessage wire;
    wire.append("Action", QByteArrayView(request.action()));
    wire.append("ActionID", QByteArrayView(m_loginActionId));
    for (const AmiRequest::Header& h : request.headers())
        wire.append(h.key, h.value);
    writeMessage(wire);
}

void AmiClient::handleLoginMessage(const AmiMessage& message)
{
    if (!message.isResponse())
        return;
    const bool success = message.valueIs("Response", "Success");
    if (success && m_loginStep == LoginStep::Challenge) {
        const QByteArrayView challenge = message.rawValue("Challenge");
        if (!challenge.isEmpty()) {
            sendLogin(challenge);
            return;
        }
    }
    if (success && m_loginStep == LoginStep::Login) {
        loginSucceeded();
        return;
    }
    // Asterisk closes the socket ~1 s after a failed login; retrying would
    // only hammer it (and fail2ban) with the same wrong secret.
    m_wantConnected = false;
    QString text = message.message();
    if (text.isEmpty())
        text = tr("Authentication failed");
    dropConnection(Error::AuthenticationFailed, text, false);
}

void AmiClient::loginSucceeded()
{
    m_loginStep = LoginStep::None;
    m_loginActionId.clear();
    m_connectTimer->stop();
    m_reconnect.sessionStarted(m_clock->monotonicMSecs());
    m_lastResyncAt = -1;
    // Asterisk follows a good Login with FullyBooted (when events are on);
    // astmanproxy does not, so there any FullyBooted means "upstream is back".
    m_expectFullyBooted = !m_proxy;
    m_pingTimer->start(m_settings.pingIntervalMs);
    qCInfo(lcAmi).noquote() << "logged in to" << m_settings.host << "as" << m_settings.username
                            << (m_proxy ? "through astmanproxy" : "");
    setState(State::LoggedIn);
    Q_EMIT loggedIn();
}

void AmiClient::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnectTimer->stop();
    m_reconnectAt = -1;
    if (m_socket && isLoggedIn()) {
        setState(State::LoggingOff);
        m_pingTimer->stop();
        m_pongTimer->stop();
        m_logoffActionId = nextActionId();
        AmiMessage logoff;
        logoff.append("Action", QByteArrayView("Logoff"));
        logoff.append("ActionID", QByteArrayView(m_logoffActionId));
        writeMessage(logoff);
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
    if (m_socket && m_state != State::LoggingOff)
        dropConnection(Error::None, {}, false);
    connectToServer();
}

void AmiClient::handleNetworkAvailable()
{
    if (m_state == State::Backoff && m_wantConnected) {
        qCInfo(lcAmi) << "the network is back: reconnecting now";
        connectToServer();
    } else if (isLoggedIn() && m_pingActionId.isEmpty()) {
        // Same address, maybe a new route: a Ping tells whether the session survived.
        handlePingTimer();
    }
}

void AmiClient::dropConnection(Error error, const QString& detail, bool reconnect, bool atOnce)
{
    if (error != Error::None)
        fail(error, detail);
    closeSocket();
    m_connectTimer->stop();
    m_pingTimer->stop();
    m_pongTimer->stop();
    m_parser.reset();
    m_loginStep = LoginStep::None;
    m_loginActionId.clear();
    m_pingActionId.clear();
    m_logoffActionId.clear();
    m_peerLeaving = PeerLeaving::No;
    if (reconnect && m_wantConnected) {
        scheduleReconnect(atOnce);
    } else {
        m_reconnectTimer->stop();
        m_reconnectAt = -1;
        setState(State::Disconnected);
    }
    abortPending(AmiAction::Result::Disconnected, tr("The connection to the AMI server was lost"));
}

void AmiClient::scheduleReconnect(bool atOnce)
{
    m_reconnect.setLimits(m_settings.reconnectMinMs, m_settings.reconnectMaxMs, m_settings.stableSessionMs);
    const qint64 now = m_clock->monotonicMSecs();
    const qint64 delay = m_reconnect.nextDelay(now, atOnce);
    m_reconnectAt = now + delay;
    m_reconnectTimer->start(int(delay));
    qCDebug(lcAmi) << "reconnect in" << delay << "ms (attempt" << m_reconnect.attempt() << ")";
    setState(State::Backoff);
}

void AmiClient::handleReconnectTimer()
{
    m_reconnectAt = -1;
    if (!m_wantConnected)
        return;
    openSocket();
}
