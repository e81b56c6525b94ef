// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailPbxBridge.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AmiClient;
class PbxState;

// The voicemail store's door to one live AMI connection. After every login
// it asks ListCommands whether this Asterisk has VoicemailMove,
// VoicemailRemove and VoicemailForward (18.20+, 20.5+, 21+); until then, or
// when it does not, the store works on the spool and only sends
// VoicemailRefresh. It also tells which mailboxes the PBX has (from the
// state's VoicemailUsersList), so a mailbox without a spool directory yet can
// be shown and forwarded to.
class PbxVoicemailBridge final : public QObject, public VoicemailPbxBridge
{
    Q_OBJECT
public:
    explicit PbxVoicemailBridge(AmiClient* client, QObject* parent = nullptr);
    ~PbxVoicemailBridge() override;

    void sendAction(const AmiRequest& request, ResultHandler done) override;
    bool supportsVoicemailActions() const override { return m_supportsActions; }

    // Follows state's mailboxes; mailboxesChanged() whenever their set or owners
    // change: at once for the state given, then once per pass of the event
    // loop (a resync lists thousands of mailboxes, one event each).
    void followMailboxes(PbxState* state);
    // "1001@default" → full name, for every mailbox the state knows.
    static QHash<QString, QString> mailboxOwners(const PbxState& state);

Q_SIGNALS:
    void capabilitiesChanged(bool supportsVoicemailActions);
    void mailboxesChanged(const QHash<QString, QString>& ownerByKey);

private:
    void handleLoggedIn();
    void handleMailboxChanged(const QString& id);
    void announce();

    QPointer<AmiClient> m_client;
    QPointer<PbxState> m_state;
    QHash<QString, QString> m_owners; // "1001@default" → full name, kept one mailbox at a time
    QHash<QString, QString> m_keyOfId; // the state's mailbox id → its key in m_owners
    QHash<QString, QString> m_announced;
    bool m_announcePending = false;
    bool m_supportsActions = false;
};
