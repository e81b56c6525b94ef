// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"

#include <QList>
#include <QString>

class FakeAmiServer;

// Plays the capture script's part of a recorded session over real loopback
// TCP: a FakeAmiServer replays NAME.recv, an AmiClient logs in as the
// recorded "panel" user and sends the recorded actions of NAME.sent one by
// one, so every event reaches eventReceived() in the recorded order.
class RecordedSession final
{
public:
    // Loads tests/data/ami/22.10.1/NAME into `server` and connects `client` to it.
    RecordedSession(const QString& name, FakeAmiServer& server, AmiClient& client);

    bool loggedIn(); // waits for the login
    // The actions after Login, without Logoff: name and headers as recorded (ActionID removed).
    const QList<AmiRequest>& actions() const { return m_actions; }
    // Sends the next `count` recorded actions, each after the previous one finished.
    bool play(int count);
    bool playAll() { return play(int(m_actions.size()) - m_next); }
    int next() const { return m_next; }

private:
    FakeAmiServer& m_server;
    AmiClient& m_client;
    QList<AmiRequest> m_actions;
    int m_next = 0;
};
