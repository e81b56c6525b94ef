// SPDX-License-Identifier: GPL-3.0-or-later
// AmiClient, second half: sending actions, routing what arrives (login
// replies, action replies, list items, events, astmanproxy's broadcasts),
// the keepalive Ping and Asterisk's Shutdown announcement.
#include "core/ami/AmiClient.h"

#include "core/ami/AmiLogging.h"
#include "core/common/Clock.h"

#include <QPointer>
#include <QSslSocket>

// Traffic (debug) only when asked for: it is verbose.
Q_LOGGING_CATEGORY(lcAmi, "attendant.ami", QtInfoMsg)

namespace {

// Within this window, the pieces of one astmanproxy upstream re-login
// (auth accepted, FullyBooted, glued banner) ask for a single resync.
constexpr qint64 ResyncCoalesceMs = 5000;

constexpr QByteArrayView Redacted("********");

// One log line per message; sensitive values never leave this function.
QString describe(const AmiMessage& message)
{
    if (message.kind() == AmiMessage::Kind::Banner)
        return message.bannerText();
    QString out;
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (i > 0)
            out += QLatin1String("\\r\\n");
        out += QString::fromLatin1(message.keyAt(i)) + QLatin1String(": ");
        out += AmiRequest::isSensitiveKey(message.keyAt(i)) ? QString::fromLatin1(Redacted)
                                                            : message.valueAt(i);
    }
    if (message.hasLegacyOutput())
        out += QStringLiteral(" [%1 output lines]").arg(message.outputLines().size());
    return out;
}

bool isSuccessResponse(const AmiMessage& message)
{
    return message.valueIs("Response", "Success") || message.valueIs("Response", "Goodbye")
        || message.valueIs("Response", "Follows");
}

// How Asterisk says "the list is empty" for some list actions: an error
// instead of an empty list ("No dialplan hints are available" from
// ExtensionStateList, "No endpoints found" from PJSIPShowEndpoints, ...).
bool isEmptyListError(const QString& text)
{
    if (!text.startsWith(QLatin1String("No "), Qt::CaseInsensitive))
        return false;
    return text.contains(QLatin1String("available"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("found"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("defined"), Qt::CaseInsensitive);
}

} // namespace

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
        finishLater(action, AmiAction::Result::Invalid, invalid);
        return action;
    }
    if (!m_socket || !isLoggedIn()) {
        finishLater(action, AmiAction::Result::NotConnected, tr("Not logged in to the AMI server"));
        return action;
    }

    m_pending.insert(action->actionId(), action);
    const int timeoutMs = request.timeoutMs() > 0 ? request.timeoutMs() : m_settings.actionTimeoutMs;
    ClockTimer* timer = m_clock->createTimer(action);
    action->m_timer = timer;
    timer->setSingleShot(true);
    const QByteArray id = action->actionId();
    connect(timer, &ClockTimer::timeout, this, [this, id] { handleActionTimeout(id); });
    timer->start(timeoutMs);

    AmiMessage wire;
    wire.append("Action", QByteArrayView(request.action()));
    wire.append("ActionID", QByteArrayView(id));
    for (const AmiRequest::Header& h : request.headers())
        wire.append(h.key, h.value);
    writeMessage(wire);
    return action;
}

void AmiClient::writeMessage(const AmiMessage& message)
{
    if (!m_socket)
        return;
    if (lcAmi().isDebugEnabled())
        qCDebug(lcAmi).noquote() << ">>" << describe(message);
    m_socket->write(message.toWire());
}

void AmiClient::finishLater(AmiAction* action, AmiAction::Result result, const QString& text)
{
    // Never inside send(): the caller connects to finished() after send() returns.
    QMetaObject::invokeMethod(
        action, [action, result, text] { action->finish(result, text); }, Qt::QueuedConnection);
}

void AmiClient::finishAction(AmiAction* action, AmiAction::Result result, const QString& text)
{
    m_pending.remove(action->actionId());
    action->finish(result, text);
}

void AmiClient::abortPending(AmiAction::Result result, const QString& text)
{
    // Take the list first: a finished() slot may send new actions.
    const QHash<QByteArray, AmiAction*> pending = std::exchange(m_pending, {});
    for (AmiAction* action : pending)
        action->finish(result, text);
}

void AmiClient::handleActionTimeout(const QByteArray& actionId)
{
    AmiAction* action = m_pending.take(actionId);
    if (!action)
        return;
    if (m_proxy) {
        // astmanproxy drops actions silently while its upstream is away;
        // the keepalive decides whether the link itself is dead.
        qCInfo(lcAmi).noquote() << "action" << QString::fromLatin1(action->request().action())
                                << "timed out; the proxy's link to Asterisk may be down";
    }
    action->finish(AmiAction::Result::Timeout, tr("No answer from the AMI server in time"));
}

void AmiClient::handleReadyRead()
{
    if (!m_socket)
        return;
    QPointer<AmiClient> guard(this);
    QTcpSocket* socket = m_socket;
    // One reused buffer instead of a fresh QByteArray per read.
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    m_readBuffer.resize(available);
    const qint64 got = socket->read(m_readBuffer.data(), available);
    if (got <= 0)
        return;
    const QByteArrayView data(m_readBuffer.constData(), got);
    // Any byte proves the peer alive: Ping only after real silence.
    if (isLoggedIn()) {
        m_pingTimer->start(m_settings.pingIntervalMs);
        m_pongTimer->stop();
    }
    const AmiParser::Status status = m_parser.feed(data);
    QList<AmiMessage> messages;
    m_parser.takeMessages(messages);
    // Every message of this read, in order: events glued to the login reply
    // are handled after the login, never lost.
    for (const AmiMessage& message : std::as_const(messages)) {
        handleMessage(message);
        if (!guard || m_socket != socket)
            return;
    }
    if (status == AmiParser::Status::MessageTooLarge) {
        dropConnection(Error::MessageTooLarge,
            tr("A message from the AMI server was larger than %1 bytes; the connection was closed")
                .arg(m_parser.maxMessageSize()),
            true);
    }
}

void AmiClient::handleMessage(const AmiMessage& message)
{
    if (lcAmi().isDebugEnabled())
        qCDebug(lcAmi).noquote() << "<<" << describe(message);

    if (message.kind() == AmiMessage::Kind::Banner) {
        if (!m_bannerSeen && m_state == State::Connecting) {
            handleBanner(message);
        } else if (m_proxy && isLoggedIn()) {
            // astmanproxy glues the new upstream's banner onto the next message.
            requestResync();
        }
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
    if (!m_loginActionId.isEmpty() && id == QByteArrayView(m_loginActionId)) {
        handleLoginMessage(message);
        return;
    }
    if (!isLoggedIn() && m_state != State::LoggingOff)
        return; // nothing but the login reply means anything before login
    if (!id.isEmpty()) {
        const QByteArray key = id.toByteArray();
        if (key == m_pingActionId) {
            m_pingActionId.clear();
            m_pongTimer->stop();
            return;
        }
        if (key == m_logoffActionId) {
            dropConnection(Error::None, {}, false);
            return;
        }
        if (AmiAction* action = m_pending.value(key)) {
            handleActionMessage(action, message);
            return;
        }
    }
    handleUnmatchedMessage(message);
}

void AmiClient::handleActionMessage(AmiAction* action, const AmiMessage& message)
{
    if (message.isResponse() && !action->m_responseSeen) {
        action->m_response = message;
        action->m_responseSeen = true;
        const bool listRequested = action->request().completion() == AmiRequest::Completion::EventList;
        if (message.valueIs("EventList", "start"))
            return; // items follow
        if (isSuccessResponse(message)) {
            // A list action answered with a plain ack (VoicemailUsersList
            // with no users) is an empty list; older versions omit the
            // EventList header but still say the list "will follow".
            if (listRequested
                && message.message().contains(QLatin1String("will follow"), Qt::CaseInsensitive))
                return;
            finishAction(action, AmiAction::Result::Success);
            return;
        }
        const QString text = message.message();
        if (listRequested && isEmptyListError(text)) {
            finishAction(action, AmiAction::Result::Success);
            return;
        }
        finishAction(action, AmiAction::Result::Error,
            text.isEmpty() ? QString::fromLatin1(message.response()) : text);
        return;
    }
    if (message.isEvent() && action->m_responseSeen) {
        if (message.valueIs("EventList", "Complete")) {
            action->m_complete = message;
            finishAction(action, AmiAction::Result::Success);
        } else if (message.valueIs("EventList", "Cancelled")) {
            action->m_complete = message;
            const QString text = message.message();
            finishAction(action, AmiAction::Result::Error,
                text.isEmpty() ? tr("The AMI server cancelled the list") : text);
        } else {
            action->m_events.append(message);
        }
        return;
    }
    // An event tied to an action that has not answered yet: an ordinary event.
    if (message.isEvent())
        deliverEvent(message);
}

void AmiClient::handleUnmatchedMessage(const AmiMessage& message)
{
    const QByteArrayView id = message.actionId();
    const bool ours = !id.isEmpty() && id.startsWith(m_actionIdPrefix);

    if (message.isEvent()) {
        if (!id.isEmpty() && !message.contains("Privilege")) {
            // A list item (Asterisk sends those without Privilege) of an
            // action that is not pending: a list that timed out, or, through
            // astmanproxy, another desk's list. Broadcast events that carry
            // an ActionID (OriginateResponse, UserEvent) have Privilege and
            // go on as events, ours or not, as on a direct session.
            qCDebug(lcAmi) << "dropped a list item of an action that is not pending here"
                           << (ours ? "(ours, finished)" : "(another client's)");
            return;
        }
        if (id.isEmpty() && message.eventName().compare("FullyBooted", Qt::CaseInsensitive) == 0) {
            if (m_expectFullyBooted)
                m_expectFullyBooted = false; // the one that follows our Login
            else
                requestResync();
        }
        // Through astmanproxy the proxy stays: only its upstream goes away.
        if (!m_proxy && id.isEmpty() && message.eventName().compare("Shutdown", Qt::CaseInsensitive) == 0)
            handleShutdownEvent(message);
        deliverEvent(message);
        return;
    }

    if (message.isResponse()) {
        if (id.isEmpty() && message.valueIs("Message", "Authentication accepted")) {
            // astmanproxy logged in to Asterisk again: the gap's events are lost.
            requestResync();
            return;
        }
        if (m_state == State::LoggingOff && message.valueIs("Response", "Goodbye")) {
            dropConnection(Error::None, {}, false);
            return;
        }
        qCDebug(lcAmi) << "dropped a response that is not ours";
        return;
    }

    // astmanproxy's own blocks: "Goodbye: …" answers Logoff, "ProxyMessage:"
    // announces its shutdown (EOF follows), "ProxyResponse:" answers ProxyAction.
    if (message.contains("Goodbye") && m_state == State::LoggingOff) {
        dropConnection(Error::None, {}, false);
        return;
    }
    if (message.contains("ProxyMessage"))
        qCInfo(lcAmi).noquote() << "astmanproxy says:" << message.value("ProxyMessage");
}

void AmiClient::deliverEvent(const AmiMessage& event)
{
    Q_EMIT eventReceived(event);
}

void AmiClient::requestResync()
{
    if (!isLoggedIn())
        return;
    const qint64 now = m_clock->monotonicMSecs();
    if (m_lastResyncAt >= 0 && now - m_lastResyncAt < ResyncCoalesceMs)
        return;
    m_lastResyncAt = now;
    qCInfo(lcAmi) << "the peer re-synchronised with Asterisk; state must be read again";
    Q_EMIT resyncRequired();
}

void AmiClient::handleShutdownEvent(const AmiMessage& event)
{
    // "Shutdown: Cleanly|Uncleanly", "Restart: True|False"; EOF follows.
    m_peerLeaving = event.valueIs("Restart", "True") ? PeerLeaving::Restarting : PeerLeaving::Stopping;
    qCInfo(lcAmi).noquote() << "Asterisk announced"
                            << (m_peerLeaving == PeerLeaving::Restarting ? "a restart" : "a shutdown");
}

void AmiClient::handlePingTimer()
{
    if (!m_socket || !isLoggedIn())
        return;
    m_pingActionId = nextActionId();
    AmiMessage ping;
    ping.append("Action", QByteArrayView("Ping"));
    ping.append("ActionID", QByteArrayView(m_pingActionId));
    writeMessage(ping);
    m_pongTimer->start(m_settings.pingTimeoutMs);
}

void AmiClient::handlePongTimeout()
{
    if (!m_socket)
        return;
    dropConnection(Error::KeepaliveTimeout,
        tr("The AMI server did not answer a Ping within %1 ms").arg(m_settings.pingTimeoutMs), true);
}
