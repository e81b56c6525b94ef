// SPDX-License-Identifier: GPL-3.0-or-later
#include "pbx/PbxServer.h"

#include "ami/AmiClient.h"
#include "pbx/PbxSync.h"

PbxServer::PbxServer(const PbxServerConfig& config, QObject* parent, Clock* clock)
    : QObject(parent)
    , m_config(config)
    , m_client(new AmiClient(this, clock))
    , m_state(new PbxState(config.id, this, clock))
    , m_sync(new PbxSync(m_client, m_state, this))
{
    m_client->setSettings(config.connection);
    m_state->setDndDevicePattern(config.dndDevicePattern);
    m_sync->setMailboxes(config.mailboxes);
}

PbxServer::~PbxServer() = default;

void PbxServer::setSecret(const QString& secret)
{
    m_client->setSecret(secret);
}

void PbxServer::start()
{
    m_client->connectToServer();
}

void PbxServer::stop()
{
    m_client->disconnectFromServer();
}
