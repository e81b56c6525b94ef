// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerModels.h"

#include "main/MainWindow.h"
#include "pbx/PbxServer.h"

ServerModels::ServerModels(QObject* parent)
    : QObject(parent)
{ }

void ServerModels::addServer(PbxServer* server)
{
    Q_UNUSED(server)
}

void ServerModels::attach(MainWindow* window)
{
    Q_UNUSED(window)
}
