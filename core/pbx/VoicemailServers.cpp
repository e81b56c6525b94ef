// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/VoicemailServers.h"

#include "core/ami/AmiClient.h"
#include "core/pbx/PbxState.h"
#include "core/pbx/PbxVoicemailBridge.h"
#include "core/voicemail/VoicemailStore.h"

VoicemailServers::VoicemailServers(QObject* parent)
    : QObject(parent)
{ }

VoicemailServers::~VoicemailServers() = default;

void VoicemailServers::addServer(AmiClient* client, PbxState* state)
{
    auto* bridge = new PbxVoicemailBridge(client, this);
    m_servers.append({client, bridge, {}});
    connect(bridge, &PbxVoicemailBridge::mailboxesChanged, this,
        [this, bridge](const QHash<QString, QString>& owners) { handleMailboxesChanged(bridge, owners); });
    if (state)
        connect(state, &PbxState::mailboxChanged, this, &VoicemailServers::messageWaiting);
    bridge->followMailboxes(state);
}

void VoicemailServers::attach(VoicemailStore* store)
{
    store->setPbxBridge(this);
    // Every mailbox the PBXs have, also those without a spool directory yet (to forward to them).
    connect(this, &VoicemailServers::mailboxesChanged, store, &VoicemailStore::setPbxMailboxes);
    // MessageWaiting keeps a spool on a network share current (no file events there).
    connect(this, &VoicemailServers::messageWaiting, store, &VoicemailStore::handleMessageWaiting);
    store->setPbxMailboxes(mailboxOwners());
}

void VoicemailServers::handleMailboxesChanged(
    PbxVoicemailBridge* bridge, const QHash<QString, QString>& owners)
{
    for (Server& s : m_servers) {
        if (s.bridge == bridge)
            s.owners = owners;
    }
    Q_EMIT mailboxesChanged(mailboxOwners());
}

QHash<QString, QString> VoicemailServers::mailboxOwners() const
{
    QHash<QString, QString> all;
    for (const Server& s : m_servers)
        all.insert(s.owners);
    return all;
}

PbxVoicemailBridge* VoicemailServers::pick() const
{
    PbxVoicemailBridge* loggedIn = nullptr;
    for (const Server& s : m_servers) {
        if (!s.client || !s.client->isLoggedIn())
            continue;
        if (s.bridge->supportsVoicemailActions())
            return s.bridge;
        if (!loggedIn)
            loggedIn = s.bridge;
    }
    if (loggedIn)
        return loggedIn;
    return m_servers.isEmpty() ? nullptr : m_servers.first().bridge;
}

void VoicemailServers::sendAction(const AmiRequest& request, ResultHandler done)
{
    if (PbxVoicemailBridge* bridge = pick()) {
        bridge->sendAction(request, std::move(done));
        return;
    }
    PbxVoicemailBridge(nullptr).sendAction(request, std::move(done)); // "Not connected to the PBX"
}

bool VoicemailServers::supportsVoicemailActions() const
{
    for (const Server& s : m_servers) {
        if (s.bridge->supportsVoicemailActions())
            return true;
    }
    return false;
}
