// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiClient.h"

#include <QObject>
#include <QPointer>

class PbxSync;

// What one server's link is doing, as the status bar says it: the
// connection (AmiClient) with the resync phase (PbxSync) between the login
// and Ready. Composed here, above both, so that the client never hears of
// the sync and the sync only listens to the client.
//
//   Disconnected → Connecting → Authenticating → Synchronising → Ready
//        ↑             │              │                │           │
//        └──── Backoff ◀──────────────┴────────────────┴───────────┘ (loss)
//
// Without a PbxSync (a bare connection, e.g. the settings' connection test)
// a login is Ready at once. A resync asked for mid-session (astmanproxy's
// upstream came back) is Synchronising again until its lists are in.
class PbxServerStatus final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Authenticating,
        Synchronising, // logged in, the PBX state is being read again
        Ready, // logged in and the state is complete
        Backoff,
        LoggingOff,
    };
    Q_ENUM(State)

    explicit PbxServerStatus(AmiClient* client, PbxSync* sync = nullptr, QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }

Q_SIGNALS:
    void stateChanged(PbxServerStatus::State state);

private:
    void update();
    State compose() const;

    QPointer<AmiClient> m_client;
    QPointer<PbxSync> m_sync;
    State m_state = State::Disconnected;
};
