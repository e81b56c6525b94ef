// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ConnectionTester.h"

#include "core/ami/AmiClient.h"
#include "ui/common/UiText.h"

#include <QTimer>

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
    , m_guard(new QTimer(this))
{
    m_guard->setSingleShot(true);
    connect(m_guard, &QTimer::timeout, this,
        [this] { finish(false, tr("No answer within %n seconds.", nullptr, m_guard->interval() / 1000)); });
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const ServerConfig& server, const QString& secret)
{
    cancel();
    m_done = false;
    m_missing.clear();
    AmiConnectionSettings settings = server.toConnectionSettings();
    settings.eventMask = QStringLiteral("off");
    settings.reconnectMinMs = 3600 * 1000; // a test never retries by itself
    settings.reconnectMaxMs = 3600 * 1000;
    m_client = new AmiClient(this);
    m_client->setSettings(settings);
    m_client->setSecret(secret);
    connect(m_client, &AmiClient::stateChanged, this, [this](AmiClient::State state) {
        switch (state) {
        case AmiClient::State::Connecting:
            Q_EMIT progressed(Step::Connecting, tr("Connecting…"));
            break;
        case AmiClient::State::Authenticating:
            Q_EMIT progressed(Step::LoggingIn, tr("Connected. Logging in…"));
            break;
        case AmiClient::State::LoggedIn:
            probe();
            break;
        default:
            break;
        }
    });
    connect(m_client, &AmiClient::errorOccurred, this, [this](AmiClient::Error error, const QString& detail) {
        QString text = UiText::connectionError(error);
        if (!detail.isEmpty())
            text += QStringLiteral(": ") + detail;
        finish(false, text);
    });
    m_guard->start(settings.connectTimeoutMs + settings.actionTimeoutMs);
    m_client->connectToServer();
}

void ConnectionTester::cancel()
{
    m_guard->stop();
    if (m_client) {
        AmiClient* c = m_client;
        m_client = nullptr;
        c->disconnect(this);
        c->disconnectFromServer();
        c->deleteLater();
    }
}

void ConnectionTester::probe()
{
    Q_EMIT progressed(Step::CheckingPermissions, tr("Logged in. Checking permissions…"));
    const std::pair<QByteArray, QString> probes[] = {
        {"Originate", QStringLiteral("originate")},
        {"Redirect", QStringLiteral("call")},
        {"QueuePause", QStringLiteral("agent")},
    };
    m_pendingProbes = int(std::size(probes)) + 1;
    for (const auto& [action, cls] : probes) {
        AmiAction* a = m_client->send(AmiRequest(action));
        connect(a, &AmiAction::finished, this, [this, writeClass = cls](AmiAction* done) {
            if (done->result() == AmiAction::Result::Error
                && done->errorText().compare(QLatin1String("Permission denied"), Qt::CaseInsensitive) == 0)
                m_missing.append(writeClass);
            probeDone();
        });
    }
    listPhones();
}

void ConnectionTester::listPhones()
{
    AmiAction* list = m_client->send(AmiRequest("ExtensionStateList"));
    connect(list, &AmiAction::finished, this, [this](AmiAction* done) {
        if (done->result() == AmiAction::Result::Success)
            Q_EMIT phonesFound(DeskPhone::fromExtensionStates(done->events()));
        probeDone();
    });
}

void ConnectionTester::probeDone()
{
    if (--m_pendingProbes > 0)
        return;
    m_missing.sort();
    if (m_missing.isEmpty())
        finish(true, tr("Connection works: logged in, all call-control permissions present."));
    else
        finish(true,
            tr("Logged in, but the account lacks write permission “%1”: some actions will be "
               "disabled.")
                .arg(m_missing.join(QStringLiteral(", "))));
}

void ConnectionTester::finish(bool ok, const QString& text)
{
    if (m_done)
        return;
    m_done = true;
    const QStringList missing = m_missing;
    cancel();
    Q_EMIT progressed(Step::Done, text);
    Q_EMIT finished(ok, text, missing);
}
