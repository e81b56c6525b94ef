// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voicemail/VoicemailPbxBridge.h"

#include <QObject>
#include <QPointer>

class AmiClient;

// The voicemail store's door to one live AMI connection. After every login
// it asks ListCommands whether this Asterisk has VoicemailMove,
// VoicemailRemove and VoicemailForward (18.20+, 20.5+, 21+); until then, or
// when it does not, the store works on the spool and only sends
// VoicemailRefresh.
class PbxVoicemailBridge final : public QObject, public VoicemailPbxBridge
{
    Q_OBJECT
public:
    explicit PbxVoicemailBridge(AmiClient* client, QObject* parent = nullptr);
    ~PbxVoicemailBridge() override;

    void sendAction(const AmiRequest& request, ResultHandler done) override;
    bool supportsVoicemailActions() const override { return m_supportsActions; }

Q_SIGNALS:
    void capabilitiesChanged(bool supportsVoicemailActions);

private:
    void handleLoggedIn();

    QPointer<AmiClient> m_client;
    bool m_supportsActions = false;
};
