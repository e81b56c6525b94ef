// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/PbxVoicemailBridge.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"

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

void PbxVoicemailBridge::followMailboxes(PbxState* state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state)
        connect(state, &PbxState::mailboxChanged, this, &PbxVoicemailBridge::handleMailboxChanged);
    handleMailboxChanged();
}

QHash<QString, QString> PbxVoicemailBridge::mailboxOwners(const PbxState& state)
{
    QHash<QString, QString> owners;
    const QHash<QString, Pbx::Mailbox>& boxes = state.mailboxes();
    // Keyed like the spool ("1001@default"), whatever form the PBX used.
    for (const Pbx::Mailbox& box : boxes)
        owners.insert(box.number() + QLatin1Char('@') + box.context(), box.fullName);
    return owners;
}

void PbxVoicemailBridge::handleMailboxChanged()
{
    // mailboxChanged also reports new counts; only a new set or name matters here.
    QHash<QString, QString> owners = m_state ? mailboxOwners(*m_state) : QHash<QString, QString>();
    if (owners == m_owners)
        return;
    m_owners = std::move(owners);
    Q_EMIT mailboxesChanged(m_owners);
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
