// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeAmiServer.h"
#include "MockClock.h"
#include "Transcript.h"
#include "core/ami/AmiClient.h"

#include <QTest>

#include <memory>

// Asterisk's recorded answer to one action of a transcript, re-addressed to
// the client's ActionID: the response, the list items carrying the recorded
// ActionID and the state events that followed it before the next response.
inline QByteArray recordedReply(const QString& transcript, QByteArrayView recordedId, QByteArrayView clientId)
{
    const QList<AmiMessage> messages = Transcript::load(transcript);
    QByteArray out;
    bool inside = false;
    for (const AmiMessage& m : messages) {
        if (m.isResponse()) {
            if (inside)
                break;
            inside = m.actionId() == recordedId;
        }
        if (!inside)
            continue;
        if (m.actionId() == recordedId)
            out += Transcript::withValue(m, "ActionID", QString::fromLatin1(clientId)).toWire();
        else if (m.isEvent() && m.actionId().isEmpty())
            out += m.toWire();
    }
    return out;
}

// An AmiClient logged in to a FakeAmiServer as the recorded "panel" user.
struct PanelClient
{
    explicit PanelClient(FakeAmiServer& server)
    {
        AmiConnectionSettings settings;
        settings.port = server.port();
        settings.username = QStringLiteral("panel");
        settings.pingIntervalMs = 3600000;
        client = std::make_unique<AmiClient>(nullptr, &clock);
        client->setSettings(settings);
        client->setSecret(QStringLiteral("panelpass"));
    }
    bool connectAndWaitReady()
    {
        client->connectToServer();
        return QTest::qWaitFor([this] { return client->state() == AmiClient::State::LoggedIn; }, 10000);
    }

    MockClock clock;
    std::unique_ptr<AmiClient> client;
};
