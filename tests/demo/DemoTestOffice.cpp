// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTestOffice.h"

#include "DemoTestClient.h"

#include <QtDebug>

namespace {
const QString panelUser = QStringLiteral("panel");
const QString panelSecret = QStringLiteral("panelpass");
} // namespace

std::unique_ptr<DemoPbx> startScriptedDemo(Clock* clock)
{
    auto pbx = std::make_unique<DemoPbx>(nullptr, clock);
    pbx->setEventRate(0);
    pbx->setCredentials(panelUser, panelSecret);
    if (!pbx->start()) {
        qWarning("the demo PBX did not start: %s", qPrintable(pbx->errorString()));
        return nullptr;
    }
    return pbx;
}

bool loginAsPanel(DemoTestClient& client, const DemoPbx& pbx, bool events)
{
    return client.connectTo(pbx.serverPort()) && client.login(panelUser, panelSecret, events);
}
