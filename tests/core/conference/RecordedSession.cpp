// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedSession.h"

#include "FakeAmiServer.h"

#include "core/ami/AmiAction.h"
#include "core/ami/AmiParser.h"

#include <QFile>
#include <QSignalSpy>

RecordedSession::RecordedSession(const QString& name, FakeAmiServer& server, AmiClient& client)
    : m_server(server)
    , m_client(client)
{
    const QString base = QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + name;
    if (!m_server.listen() || !m_server.loadTranscript(base))
        qFatal("cannot replay %s", qPrintable(name));
    QFile sent(base + QStringLiteral(".sent"));
    if (!sent.open(QIODevice::ReadOnly))
        qFatal("cannot read %s.sent", qPrintable(name));
    AmiParser parser;
    parser.feed(sent.readAll());
    while (parser.hasMessages()) {
        const AmiMessage m = parser.takeMessage();
        const QByteArray action = m.rawValue("Action").toByteArray();
        if (action == "Login" || action == "Logoff" || action.isEmpty())
            continue;
        const bool list = action.startsWith("Confbridge") && action.contains("List");
        AmiRequest request(
            action, list ? AmiRequest::Completion::EventList : AmiRequest::Completion::Response);
        for (qsizetype i = 0; i < m.size(); ++i) {
            const QByteArrayView key = m.keyAt(i);
            if (key != "Action" && key != "ActionID")
                request.set(key.toByteArray(), m.valueAt(i));
        }
        m_actions.append(request);
    }
    AmiConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_server.port();
    settings.username = QStringLiteral("panel");
    settings.authMode = AmiConnectionSettings::AuthMode::Plaintext;
    m_client.setSettings(settings);
    m_client.setSecret(QStringLiteral("panelpass"));
    m_client.connectToServer();
}

bool RecordedSession::loggedIn()
{
    if (m_client.isLoggedIn())
        return true;
    QSignalSpy spy(&m_client, &AmiClient::loggedIn);
    return spy.wait(10000);
}

bool RecordedSession::play(int count)
{
    for (int i = 0; i < count && m_next < m_actions.size(); ++i) {
        AmiAction* action = m_client.send(m_actions.at(m_next++));
        QSignalSpy finished(action, &AmiAction::finished);
        if (!action->isFinished() && !finished.wait(10000))
            return false;
        action->deleteLater();
    }
    return true;
}
