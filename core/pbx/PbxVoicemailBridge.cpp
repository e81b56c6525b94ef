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
    m_owners.clear();
    m_keyOfId.clear();
    if (state) {
        connect(state, &PbxState::mailboxChanged, this, &PbxVoicemailBridge::handleMailboxChanged);
        for (const Pbx::Mailbox& box : state->mailboxes()) {
            const QString key = box.number() + QLatin1Char('@') + box.context();
            m_owners.insert(key, box.fullName);
            m_keyOfId.insert(box.id, key);
        }
    }
    announce();
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

void PbxVoicemailBridge::handleMailboxChanged(const QString& id)
{
    // One mailbox at a time: rebuilding the table for each of a resync's
    // 20,000 mailboxes took minutes (issue 18). New counts change nothing here.
    if (!m_state)
        return;
    const QHash<QString, Pbx::Mailbox>& boxes = m_state->mailboxes();
    const auto box = boxes.constFind(id);
    const QString before = m_keyOfId.value(id);
    const QString after = box == boxes.cend() ? QString() : box->number() + QLatin1Char('@') + box->context();
    bool changed = false;
    if (!before.isEmpty() && before != after) {
        m_owners.remove(before);
        m_keyOfId.remove(id);
        changed = true;
    }
    if (!after.isEmpty()) {
        const auto owner = m_owners.constFind(after);
        if (owner == m_owners.cend() || *owner != box->fullName) {
            m_owners.insert(after, box->fullName);
            changed = true;
        }
        m_keyOfId.insert(id, after);
    }
    if (!changed || m_announcePending)
        return;
    m_announcePending = true;
    QMetaObject::invokeMethod(this, &PbxVoicemailBridge::announce, Qt::QueuedConnection);
}

void PbxVoicemailBridge::announce()
{
    m_announcePending = false;
    if (m_owners == m_announced)
        return;
    m_announced = m_owners;
    Q_EMIT mailboxesChanged(m_announced);
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
