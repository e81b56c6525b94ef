// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPbx.h"

#include "core/ami/AmiMessage.h"
#include "core/common/Clock.h"
#include "demo/DemoCalls.h"
#include "demo/DemoChanSpy.h"
#include "demo/DemoConference.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoNoAnswer.h"
#include "demo/DemoOffice.h"
#include "demo/DemoPauseClock.h"
#include "demo/DemoRecording.h"
#include "demo/DemoScenario.h"
#include "demo/DemoSession.h"
#include "demo/DemoVoicemail.h"
#include "demo/DemoWorld.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QStringBuilder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

DemoPbx::DemoPbx(QObject* parent, Clock* clock)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_officeClock(std::make_unique<DemoPauseClock>(m_clock))
{
    m_accounts.insert(QStringLiteral("demo"), {QStringLiteral("demo"), false});
}

DemoPbx::~DemoPbx()
{
    stop();
}

void DemoPbx::setSeed(quint32 seed)
{
    m_seed = seed;
}

void DemoPbx::setExtensionCount(int count)
{
    m_extensionCount = qBound(2, count, 100000);
}

void DemoPbx::setSpoolPath(const QString& path)
{
    m_spoolOverride = path;
}

void DemoPbx::setCredentials(const QString& user, const QString& secret)
{
    m_accounts.removeIf([](const auto& it) { return !it.value().readOnly; });
    m_accounts.insert(user, {secret, false});
}

void DemoPbx::addReadOnlyUser(const QString& user, const QString& secret)
{
    m_accounts.insert(user, {secret, true});
}

void DemoPbx::setEventRate(double eventsPerSecond)
{
    m_eventRate = eventsPerSecond;
    if (m_scenario)
        m_scenario->setEventRate(eventsPerSecond);
}

void DemoPbx::setPaused(bool paused)
{
    m_paused = paused;
    m_officeClock->setPaused(paused);
    if (m_scenario)
        m_scenario->setPaused(paused);
}

void DemoPbx::setLoad(int extensions, double eventsPerSecond)
{
    setExtensionCount(extensions);
    setEventRate(eventsPerSecond);
}

bool DemoPbx::start(const QHostAddress& address, quint16 port)
{
    stop();
    if (m_spoolOverride.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = m_tempDir->errorString();
            return false;
        }
        m_basePath = m_tempDir->path();
    } else {
        m_basePath = QDir(m_spoolOverride).absolutePath();
    }
    if (!QDir().mkpath(spoolPath())) {
        m_error = QStringLiteral("cannot create ") + spoolPath();
        return false;
    }

    m_world = std::make_unique<DemoWorld>(m_officeClock.get(), m_seed);
    m_world->populate(DemoOffice::build(m_extensionCount));
    m_voicemail = std::make_unique<DemoVoicemail>(spoolPath());
    m_calls = std::make_unique<DemoCalls>(m_world.get());
    m_noAnswer = std::make_unique<DemoNoAnswer>(m_world.get(), m_calls.get(), m_voicemail.get());
    m_features = std::make_unique<DemoFeatures>(m_world.get(), m_calls.get());
    m_scenario = std::make_unique<DemoScenario>(m_world.get(), m_calls.get(), m_features.get());
    m_chanSpy = std::make_unique<DemoChanSpy>(m_world.get());
    m_conference = std::make_unique<DemoConference>(m_world.get(), m_calls.get());
    m_features->setConference(m_conference.get());
    m_recording = std::make_unique<DemoRecording>(m_world.get());
    m_recording->setMonitorDirectory(monitorPath());
    if (!m_recording->seedRecordings()) {
        m_error = QStringLiteral("cannot write ") + monitorPath();
        return false;
    }
    connect(m_world.get(), &DemoWorld::eventPublished, this, &DemoPbx::handleEvent);
    seedVoicemail();
    if (!DemoVoicemail::writeDirectory(directoryFilePath(), *m_world)) {
        m_error = QStringLiteral("cannot write ") + directoryFilePath();
        return false;
    }

    if (!listen(address, port))
        return false;
    if (m_eventRate > 0) {
        m_scenario->setShortCalls(m_extensionCount > 500 || m_eventRate > 200);
        // The office has a meeting running in room 8500 (members take turns talking).
        m_conference->startMeeting(DemoOffice::meeting(*m_world));
        m_conference->setTalking(true);
        m_scenario->seedActivity();
        seedRecordedCall();
        m_scenario->setEventRate(m_eventRate);
        m_scenario->setPaused(m_paused);
    }
    return true;
}

void DemoPbx::stop()
{
    const auto sessions = m_sessions;
    m_sessions.clear();
    for (const QPointer<DemoSession>& s : sessions)
        delete s.data();
    m_server.reset();
    m_scenario.reset();
    m_chanSpy.reset();
    m_conference.reset();
    m_recording.reset();
    m_features.reset();
    m_noAnswer.reset();
    m_calls.reset();
    m_voicemail.reset();
    m_world.reset();
    m_deferred.clear();
    m_deferDepth = 0;
}

bool DemoPbx::isRunning() const
{
    return m_server && m_server->isListening();
}

QHostAddress DemoPbx::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 DemoPbx::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString DemoPbx::spoolPath() const
{
    return m_basePath.isEmpty() ? QString() : m_basePath + QStringLiteral("/voicemail");
}

QString DemoPbx::monitorPath() const
{
    return m_basePath.isEmpty() ? QString() : m_basePath + QStringLiteral("/monitor");
}

QString DemoPbx::directoryFilePath() const
{
    return m_basePath.isEmpty() ? QString() : m_basePath + QStringLiteral("/directory.csv");
}

void DemoPbx::seedVoicemail()
{
    // A third of the office (of the first 120 in a big one) already has messages, so the
    // voicemail view is not empty and load mode still starts at once.
    const QStringList& numbers = m_world->extensionNumbers();
    for (int i = 1; i < qMin<qsizetype>(numbers.size(), 120); i += 3) {
        DemoExtension* box = m_world->extension(numbers.at(i));
        const int count = 1 + m_world->random().bounded(3);
        for (int k = 0; k < count; ++k) {
            const DemoExtension* from = m_world->extension(numbers.at((i + k + 1) % numbers.size()));
            DemoVoicemail::Deposit d;
            d.mailbox = box->number;
            d.folder = k == 2     ? QStringLiteral("Old")
                : k == 1 && i % 2 ? QStringLiteral("Urgent")
                                  : QStringLiteral("INBOX");
            d.urgent = d.folder == QLatin1String("Urgent");
            d.context = QStringLiteral("sub-phone");
            d.exten = QStringLiteral("s");
            d.priority = 7;
            d.callerChannel = from->device() + QStringLiteral("-%1").arg(k, 8, 16, QLatin1Char('0'));
            d.callerId = k == 1
                ? QStringLiteral("\"ACME Corp\" <+15551234567>")
                : QLatin1Char('"') % from->name % QStringLiteral("\" <") % from->number % QLatin1Char('>');
            d.origTime = m_world->nowSecs() - 600 - m_world->random().bounded(3 * 86400);
            d.durationSec = 2 + m_world->random().bounded(6);
            if (m_voicemail->deposit(d, m_world->random().generate()).isEmpty())
                continue;
            if (d.folder == QLatin1String("Old"))
                ++box->oldMessages;
            else if (d.urgent)
                ++box->urgentMessages;
            else
                ++box->newMessages;
        }
    }
}

void DemoPbx::setTls(const QString& certificatePemFile, const QString& keyPemFile)
{
    m_tlsCertificateFile = certificatePemFile;
    m_tlsKeyFile = keyPemFile;
}

bool DemoPbx::listen(const QHostAddress& address, quint16 port)
{
    m_server = makeServer();
    if (!m_server)
        return false;
    // QSslServer hands out a connection once its handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &DemoPbx::handleNewConnection);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    return true;
}

std::unique_ptr<QTcpServer> DemoPbx::makeServer()
{
    if (m_tlsCertificateFile.isEmpty())
        return std::make_unique<QTcpServer>();
    QFile certificateFile(m_tlsCertificateFile);
    QFile keyFile(m_tlsKeyFile);
    const QSslCertificate certificate(
        certificateFile.open(QIODevice::ReadOnly) ? certificateFile.readAll() : QByteArray(), QSsl::Pem);
    const QSslKey key(
        keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        m_error = QStringLiteral("no PEM certificate and RSA key in ") + m_tlsCertificateFile
            + QStringLiteral(" and ") + m_tlsKeyFile;
        return nullptr;
    }
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for a certificate
    server->setSslConfiguration(config);
    return server;
}

void DemoPbx::handleNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // small replies go at once
        auto* session = new DemoSession(socket, this);
        m_sessions.append(session);
        connect(session, &DemoSession::closed, this, [this, session] {
            m_sessions.removeAll(session);
            session->deleteLater();
            Q_EMIT sessionsChanged();
        });
        Q_EMIT sessionsChanged();
    }
}

void DemoPbx::handleEvent(const AmiMessage& event)
{
    if (m_sessions.isEmpty())
        return;
    if (m_deferDepth > 0)
        m_deferred.append({event.toWire(), event.rawValue("Privilege").toByteArray()});
    else
        dispatch(event.toWire(), event.rawValue("Privilege"));
}

void DemoPbx::dispatch(const QByteArray& wire, QByteArrayView privilege)
{
    for (const QPointer<DemoSession>& s : std::as_const(m_sessions)) {
        if (s)
            s->deliverEvent(wire, privilege);
    }
}

void DemoPbx::endAction()
{
    if (--m_deferDepth > 0)
        return;
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto& [wire, privilege] : deferred)
        dispatch(wire, privilege);
}

bool DemoPbx::authenticate(const QString& user, const QString& secret, const QByteArray& md5Key,
    const QByteArray& challenge, bool* readOnly) const
{
    const auto it = m_accounts.constFind(user);
    if (it == m_accounts.constEnd())
        return false;
    bool ok = false;
    if (!md5Key.isEmpty()) {
        const QByteArray expected
            = QCryptographicHash::hash(QByteArray(challenge + it->secret.toUtf8()), QCryptographicHash::Md5)
                  .toHex();
        ok = !challenge.isEmpty() && md5Key.toLower() == expected;
    } else {
        ok = !secret.isEmpty() && secret == it->secret;
    }
    if (ok && readOnly)
        *readOnly = it->readOnly;
    return ok;
}

void DemoPbx::seedRecordedCall()
{
    // Two free colleagues on a call a colleague records (MixMonitor, as sent by
    // another desk): the board shows a recording it did not start.
    QStringList free;
    for (const QString& number : m_world->extensionNumbers()) {
        const DemoExtension* e = m_world->extension(number);
        if (e && e->state == DemoDeviceState::NotInUse && !e->dnd && !e->queueMember
            && number != QLatin1String(DemoWorld::OperatorExtension))
            free.append(number);
        if (free.size() == 2)
            break;
    }
    if (free.size() < 2)
        return;
    const QString id = startCall(free.at(0), free.at(1));
    if (!answer(id))
        return;
    // Recorded a moment later, as if a colleague pressed Record: a desk that logged in
    // at the start sees the MixMonitorStart (Asterisk lists no running recordings).
    const QString file = free.at(0) + u'-' + free.at(1) + QStringLiteral(".wav");
    m_calls->schedule(RecordedCallDelayMs, [this, id, file] {
        if (const DemoChannel* caller = m_world->channel(id))
            m_recording->start(caller->name, file, QStringLiteral("b"));
    });
}

QString DemoPbx::startCall(const QString& from, const QString& to)
{
    return m_calls ? m_calls->dial(from, to) : QString();
}

QString DemoPbx::startExternalCall(const QString& number, const QString& name, const QString& to)
{
    return m_calls ? m_calls->dialFromTrunk(number, name, to) : QString();
}

bool DemoPbx::answer(const QString& callId)
{
    return m_calls && m_calls->answer(callId);
}

bool DemoPbx::hold(const QString& callId)
{
    return m_calls && m_calls->hold(callId);
}

bool DemoPbx::unhold(const QString& callId)
{
    return m_calls && m_calls->unhold(callId);
}

bool DemoPbx::hangup(const QString& callId, bool callerHangsUp)
{
    return m_calls
        && m_calls->hangup(callId, callerHangsUp ? DemoCalls::Side::Caller : DemoCalls::Side::Callee);
}

int DemoPbx::park(const QString& callId, qint64 timeoutMs)
{
    const DemoCall* call = m_calls ? m_calls->call(callId) : nullptr;
    const DemoChannel* callee = call ? m_world->channel(call->callee) : nullptr;
    const DemoChannel* caller = call ? m_world->channel(call->caller) : nullptr;
    int space = 0;
    if (!callee || !caller
        || m_features->park(callee->name, caller->name, timeoutMs, &space) != DemoFeatures::Result::Ok)
        return 0;
    return space;
}

bool DemoPbx::leaveVoicemail(const QString& mailbox, const QString& callerId, int seconds)
{
    DemoExtension* box = m_world ? m_world->extension(mailbox) : nullptr;
    if (!box)
        return false;
    DemoVoicemail::Deposit d;
    d.mailbox = mailbox;
    d.context = QStringLiteral("sub-phone");
    d.exten = QStringLiteral("s");
    d.priority = 7;
    d.callerChannel = QStringLiteral("PJSIP/trunk-00000000");
    d.callerId = callerId;
    d.origTime = m_world->nowSecs();
    d.durationSec = seconds;
    if (m_voicemail->deposit(d, m_world->random().generate()).isEmpty())
        return false;
    ++box->newMessages;
    m_world->messageWaiting(*box, nullptr);
    m_world->deviceStateChange(
        QStringLiteral("MWI:") % mailbox % QStringLiteral("@default"), QStringLiteral("INUSE"));
    return true;
}
