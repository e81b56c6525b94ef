// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for AmiClient's state machine: the real client (its real
// socket, parser, login, pending actions, keepalive and reconnect, on a mock
// clock) against a scripted peer over loopback TCP in the fuzz process.
//
// The input is a script: lines starting with '@' are directives, every other
// line is bytes the peer sends (CR kept; a directive or the end sends what
// came before, so the directives are also the read splits). "%N" in the
// bytes is the ActionID of the N-th action the client wrote on the current
// connection (0: Challenge or Login), "%P" one with the client's prefix that
// it never sent. Directives: "@auth md5|plain", "@proxy auto|direct|astmanproxy"
// (before the first bytes), "@send NAME" and "@list NAME" (the client sends
// action NAME, answered by a Response or an event list), "@time MS" (the
// clock moves: timeouts, keepalive, backoff), "@close" (the peer closes),
// "@logoff", "@reconnect", "@network", "@connect", "@flush". Seeds: the
// recorded sessions of tests/data, turned into scripts (fuzz/make-ami-client-seeds.py).
//
// Properties: every action the client accepted finishes exactly once (reply,
// error, timeout or disconnect), with its own reply and list items only; one
// that was refused (invalid, not logged in) says so; outside LoggedIn and
// LoggingOff no action is left pending; states change one at a time and
// loggedIn() comes with LoggedIn; an event reaches the application only when
// logged in, and one with an ActionID but no Privilege (a list item) only
// while that action waits for its Response (AmiClient delivers such an early
// item as an event, and drops the items of finished actions). And the
// peer's checks on what the client wrote (FuzzAmiPeer).
#include "FuzzAmiPeer.h"
#include "FuzzCheck.h"
#include "MockClock.h"

#include "core/ami/AmiClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

const QByteArray Secret = "fuzzSecret-5f1e2a";

struct Outcome
{
    QByteArray actionId;
    int finished = 0;
    bool refused = false; // invalid request: must finish Invalid
    bool loggedInAtSend = false;
};

class Run final
{
public:
    explicit Run(FuzzAmiPeer& peer);
    ~Run();
    Run(const Run&) = delete;
    Run& operator=(const Run&) = delete;

    void execute(const QByteArray& script);

private:
    void directive(const QByteArray& line);
    void send(const QByteArray& name, AmiRequest::Completion completion);
    void flush();
    void pump();
    void checkFinished(AmiAction* action, const Outcome& outcome) const;
    void checkSteady() const;
    bool isUnanswered(QByteArrayView actionId) const;
    void configure(const QByteArray& key, const QByteArray& value);

    FuzzAmiPeer& m_peer;
    MockClock m_clock;
    QByteArray m_prefix; // the client's, kept: its finished() slots run inside its destructor
    AmiConnectionSettings m_settings;
    std::unique_ptr<AmiClient> m_client;
    QList<std::shared_ptr<Outcome>> m_outcomes;
    QByteArray m_pending; // bytes for the peer to send
    quint64 m_activity = 0; // anything the client did (for the pump)
    AmiClient::State m_state = AmiClient::State::Disconnected;
    bool m_started = false;
};

Run::Run(FuzzAmiPeer& peer)
    : m_peer(peer)
    , m_client(std::make_unique<AmiClient>(nullptr, &m_clock))
{
    m_prefix = m_client->actionIdPrefix();
    m_settings.port = peer.port();
    m_settings.username = QStringLiteral("panel");
    m_settings.reconnectMinMs = 100;
    m_settings.reconnectMaxMs = 1000;
    AmiClient* client = m_client.get();
    QObject::connect(client, &AmiClient::stateChanged, client, [this](AmiClient::State state) {
        FUZZ_CHECK(state != m_state);
        FUZZ_CHECK(m_client->state() == state);
        m_state = state;
        ++m_activity;
    });
    QObject::connect(client, &AmiClient::loggedIn, client, [this] {
        FUZZ_CHECK(m_client->state() == AmiClient::State::LoggedIn);
        m_peer.markLoggedIn();
        ++m_activity;
    });
    QObject::connect(client, &AmiClient::eventReceived, client, [this](const AmiMessage& event) {
        const AmiClient::State s = m_client->state();
        FUZZ_CHECK(s == AmiClient::State::LoggedIn || s == AmiClient::State::LoggingOff);
        FUZZ_CHECK(
            event.actionId().isEmpty() || event.contains("Privilege") || isUnanswered(event.actionId()));
        ++m_activity;
    });
}

Run::~Run()
{
    // Refusals are finished from the event loop: let them come, then the
    // client's end finishes whatever is still pending.
    pump();
    m_client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (const auto& outcome : std::as_const(m_outcomes))
        FUZZ_CHECK(outcome->finished == 1);
    m_peer.endRun();
}

void Run::configure(const QByteArray& key, const QByteArray& value)
{
    using Proxy = AmiConnectionSettings::ProxyMode;
    if (key == "@auth") {
        m_settings.authMode = value == "plain" ? AmiConnectionSettings::AuthMode::Plaintext
                                               : AmiConnectionSettings::AuthMode::Md5Challenge;
    } else {
        m_settings.proxyMode = value == "astmanproxy" ? Proxy::Astmanproxy
            : value == "direct"                       ? Proxy::Direct
                                                      : Proxy::Auto;
    }
}

void Run::execute(const QByteArray& script)
{
    QList<QByteArray> lines = script.split('\n');
    if (lines.last().isEmpty())
        lines.removeLast(); // the script's last line end
    for (const QByteArray& line : lines) {
        if (line.startsWith("@auth ") || line.startsWith("@proxy ")) {
            if (!m_started) {
                const qsizetype space = line.indexOf(' ');
                configure(line.first(space), line.sliced(space + 1).trimmed());
            }
            continue;
        }
        if (!m_started) {
            m_started = true;
            m_client->setSettings(m_settings);
            m_client->setSecret(QString::fromLatin1(Secret));
            m_peer.startRun(
                m_prefix, Secret, m_settings.authMode == AmiConnectionSettings::AuthMode::Md5Challenge);
            m_client->connectToServer();
            pump();
        }
        if (line.startsWith('@'))
            directive(line.trimmed());
        else
            m_pending += line + '\n';
    }
    flush();
}

void Run::directive(const QByteArray& line)
{
    flush();
    const qsizetype space = line.indexOf(' ');
    const QByteArray name = space < 0 ? line : line.first(space);
    const QByteArray argument = space < 0 ? QByteArray() : line.sliced(space + 1);
    if (name == "@send" || name == "@list") {
        send(
            argument, name == "@list" ? AmiRequest::Completion::EventList : AmiRequest::Completion::Response);
    } else if (name == "@time") {
        m_clock.advance(qBound(0, argument.toInt(), 600000));
    } else if (name == "@close") {
        m_peer.close();
    } else if (name == "@logoff") {
        m_client->disconnectFromServer();
    } else if (name == "@reconnect") {
        m_client->reconnectNow();
    } else if (name == "@network") {
        m_client->handleNetworkAvailable();
    } else if (name == "@connect") {
        m_client->connectToServer();
    }
    pump();
}

void Run::send(const QByteArray& name, AmiRequest::Completion completion)
{
    const AmiRequest request(name, completion);
    auto outcome = std::make_shared<Outcome>();
    outcome->refused = !request.validationError().isEmpty();
    outcome->loggedInAtSend = m_client->isLoggedIn();
    AmiAction* action = m_client->send(request);
    outcome->actionId = action->actionId();
    m_outcomes.append(outcome);
    QObject::connect(action, &AmiAction::finished, action, [this, outcome](AmiAction* a) {
        ++outcome->finished;
        checkFinished(a, *outcome);
        ++m_activity;
    });
}

void Run::checkFinished(AmiAction* action, const Outcome& outcome) const
{
    using Result = AmiAction::Result;
    const QByteArray id = action->actionId();
    FUZZ_CHECK(id.startsWith(m_prefix));
    FUZZ_CHECK(action->isFinished());
    const bool eventsRefused = action->request().action().compare("Events", Qt::CaseInsensitive) == 0;
    FUZZ_CHECK(outcome.refused == (action->result() == Result::Invalid) || eventsRefused);
    if (!outcome.refused && !eventsRefused && !outcome.loggedInAtSend)
        FUZZ_CHECK(action->result() == Result::NotConnected);
    if (action->result() == Result::Success || action->result() == Result::Error)
        FUZZ_CHECK(action->response().actionId() == QByteArrayView(id));
    for (const AmiMessage& item : action->events())
        FUZZ_CHECK(item.actionId() == QByteArrayView(id) && item.isEvent());
    if (!action->completeEvent().isEmpty())
        FUZZ_CHECK(action->completeEvent().actionId() == QByteArrayView(id));
}

void Run::flush()
{
    if (m_pending.isEmpty())
        return;
    // Every step ends with a pump: the client's last actions are known before "%N" is replaced.
    m_peer.send(std::exchange(m_pending, {}));
    pump();
}

void Run::pump()
{
    // Loopback bytes are readable as soon as written; each turn of the event
    // loop moves them one hop. Quiet for two turns: nothing is in flight.
    int quiet = 0;
    for (int turn = 0; turn < 200 && quiet < 2; ++turn) {
        const quint64 before = m_activity;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const qint64 read = m_peer.poll();
        quiet = read > 0 || m_activity != before ? 0 : quiet + 1;
    }
    checkSteady();
}

bool Run::isUnanswered(QByteArrayView actionId) const
{
    for (const auto& outcome : m_outcomes) {
        if (outcome->actionId == actionId)
            return outcome->finished == 0;
    }
    return false;
}

void Run::checkSteady() const
{
    const AmiClient::State s = m_client->state();
    FUZZ_CHECK(m_client->isLoggedIn() == (s == AmiClient::State::LoggedIn));
    FUZZ_CHECK((m_client->reconnectInMs() >= 0) == (s == AmiClient::State::Backoff));
    if (s == AmiClient::State::LoggedIn || s == AmiClient::State::LoggingOff)
        return;
    for (const auto& outcome : m_outcomes)
        FUZZ_CHECK(outcome->finished == 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_ami_client";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // The client's warnings (a refused login, a peer that is no AMI) on every run would only slow it down.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("attendant.*=false"));
        return true;
    }();
    (void)quiet;
    static FuzzAmiPeer peer;
    Run run(peer);
    run.execute(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
