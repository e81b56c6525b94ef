// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailPbxBridge.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class AmiClient;
class PbxState;
class PbxVoicemailBridge;
class VoicemailStore;

// The voicemail store's view of every configured server, not the first one
// only: each PBX may leave messages in the spool (one spool, several servers
// sharing it), so every server's mailboxes are offered as targets and every
// server's MessageWaiting keeps the view current. Voicemail* actions go to a
// connected server that has them.
class VoicemailServers final : public QObject, public VoicemailPbxBridge
{
    Q_OBJECT
public:
    explicit VoicemailServers(QObject* parent = nullptr);
    ~VoicemailServers() override;

    void addServer(AmiClient* client, PbxState* state);
    // The store's bridge, mailbox list and MessageWaiting, from every server.
    void attach(VoicemailStore* store);

    // The first logged-in server with VoicemailMove/Remove/Forward, else the
    // first logged-in one, else the first one (which says it is not connected).
    void sendAction(const AmiRequest& request, ResultHandler done) override;
    bool supportsVoicemailActions() const override;
    // Every server's mailboxes, keyed like the spool ("1001@default") → owner.
    QHash<QString, QString> mailboxOwners() const;

Q_SIGNALS:
    void mailboxesChanged(const QHash<QString, QString>& ownerByKey);
    // A MessageWaiting from any server.
    void messageWaiting(const QString& mailboxKey);

private:
    struct Server
    {
        QPointer<AmiClient> client;
        PbxVoicemailBridge* bridge = nullptr;
        QHash<QString, QString> owners;
    };
    PbxVoicemailBridge* pick() const;
    void handleMailboxesChanged(PbxVoicemailBridge* bridge, const QHash<QString, QString>& owners);

    QList<Server> m_servers;
};
