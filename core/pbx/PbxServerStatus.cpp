// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxServerStatus.h"

#include "core/pbx/PbxSync.h"

PbxServerStatus::PbxServerStatus(AmiClient* client, PbxSync* sync, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_sync(sync)
{
    if (client)
        connect(client, &AmiClient::stateChanged, this, &PbxServerStatus::update);
    if (sync) {
        connect(sync, &PbxSync::started, this, &PbxServerStatus::update);
        connect(sync, &PbxSync::finished, this, &PbxServerStatus::update);
    }
    m_state = compose();
}

void PbxServerStatus::update()
{
    const State state = compose();
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

PbxServerStatus::State PbxServerStatus::compose() const
{
    if (!m_client)
        return State::Disconnected;
    switch (m_client->state()) {
    case AmiClient::State::Disconnected:
        return State::Disconnected;
    case AmiClient::State::Connecting:
        return State::Connecting;
    case AmiClient::State::Authenticating:
        return State::Authenticating;
    case AmiClient::State::LoggedIn:
        return !m_sync || m_sync->isComplete() ? State::Ready : State::Synchronising;
    case AmiClient::State::Backoff:
        return State::Backoff;
    case AmiClient::State::LoggingOff:
        return State::LoggingOff;
    }
    return State::Disconnected;
}
