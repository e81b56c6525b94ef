// SPDX-License-Identifier: GPL-3.0-or-later
#include "pbx/PbxVoicemailBridge.h"

#include "ami/AmiClient.h"

#include <QCoreApplication>

PbxVoicemailBridge::PbxVoicemailBridge(AmiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    if (client)
        connect(client, &AmiClient::loggedIn, this, &PbxVoicemailBridge::handleLoggedIn);
}

PbxVoicemailBridge::~PbxVoicemailBridge() = default;

void PbxVoicemailBridge::sendAction(const AmiRequest& request, ResultHandler done)
{
    if (!m_client) {
        done(false, QCoreApplication::translate("PbxVoicemailBridge", "Not connected to the PBX"));
        return;
    }
    AmiAction* action = m_client->send(request);
    connect(action, &AmiAction::finished, this, [done = std::move(done)](AmiAction* a) {
        if (a->result() == AmiAction::Result::Success)
            done(true, a->response().message());
        else
            done(false, a->errorText());
    });
}

void PbxVoicemailBridge::handleLoggedIn()
{
    AmiAction* action = m_client->send(AmiRequest("ListCommands"));
    connect(action, &AmiAction::finished, this, [this](AmiAction* a) {
        // ListCommands answers one header per action it knows ("VoicemailMove: …").
        const AmiMessage reply = a->response();
        const bool supported = a->succeeded() && reply.contains("VoicemailMove")
            && reply.contains("VoicemailRemove") && reply.contains("VoicemailForward");
        if (supported != m_supportsActions) {
            m_supportsActions = supported;
            Q_EMIT capabilitiesChanged(supported);
        }
    });
}
