// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerModels.h"

#include "core/models/CallModel.h"
#include "core/models/ExtensionModel.h"
#include "core/models/ParkedCallModel.h"
#include "core/models/QueueModel.h"
#include "core/pbx/PbxServer.h"
#include "ui/main/MainWindow.h"

ServerModels::ServerModels(QObject* parent)
    : QObject(parent)
    , m_extensions(new ExtensionModel(this))
    , m_calls(new CallModel(this))
    , m_parked(new ParkedCallModel(this))
    , m_queues(new QueueModel(this))
{ }

void ServerModels::addServer(PbxServer* server)
{
    m_extensions->addServer(server->state());
    m_extensions->setCallExtras(server->state(), server->recordings(), server->conferences());
    m_calls->addServer(server->state());
    m_parked->addServer(server->state());
    m_queues->addServer(server->state());
}

void ServerModels::attach(MainWindow* window)
{
    window->setExtensionModel(m_extensions);
    window->setCallModel(m_calls);
    window->setParkedModel(m_parked);
    window->setQueueModel(m_queues);
}
