// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeAmiServer.h"
#include "MockClock.h"
#include "core/ami/AmiClient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// One client wired to one fake server on a mock clock: the three AmiClient
// test executables share this setup.
struct ClientFixture
{
    explicit ClientFixture(FakeAmiServer& server,
        AmiConnectionSettings::AuthMode auth = AmiConnectionSettings::AuthMode::Md5Challenge)
    {
        settings.port = server.port();
        settings.username = QStringLiteral("panel");
        settings.authMode = auth;
        // Long keepalive by default so that tests advancing the clock for
        // other reasons do not trip it; keepalive tests set their own.
        settings.pingIntervalMs = 3600000;
        client = std::make_unique<AmiClient>(nullptr, &clock);
        client->setSettings(settings);
        client->setSecret(QStringLiteral("panelpass"));
    }
    void apply() { client->setSettings(settings); }
    bool connectAndWaitReady()
    {
        client->connectToServer();
        return QTest::qWaitFor([this] { return client->state() == AmiClient::State::LoggedIn; }, 10000);
    }

    MockClock clock;
    AmiConnectionSettings settings;
    std::unique_ptr<AmiClient> client;
};

// What an AmiAction reported, copied in its finished() slot: the action
// deletes itself afterwards, so tests never keep its pointer.
struct ActionOutcome
{
    int finishedCount = 0;
    QByteArray actionId;
    AmiAction::Result result = AmiAction::Result::Pending;
    QString errorText;
    AmiMessage response;
    QList<AmiMessage> events;
    AmiMessage complete;
};

inline std::shared_ptr<ActionOutcome> track(AmiAction* action)
{
    auto outcome = std::make_shared<ActionOutcome>();
    outcome->actionId = action->actionId();
    QObject::connect(action, &AmiAction::finished, action, [outcome](AmiAction* a) {
        ++outcome->finishedCount;
        outcome->result = a->result();
        outcome->errorText = a->errorText();
        outcome->response = a->response();
        outcome->events = a->events();
        outcome->complete = a->completeEvent();
    });
    return outcome;
}
