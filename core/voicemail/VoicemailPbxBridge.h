// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiRequest.h"

#include <QString>

#include <functional>

// The voicemail room's only door to the PBX, so core/voicemail does not depend
// on AmiClient. The composition root implements it over the live connection.
class VoicemailPbxBridge
{
public:
    // ok: the PBX answered "Response: Success". message: its "Message:" header
    // (or the error text when the action failed or could not be sent). Note that
    // app_voicemail answers a failed VoicemailMove/Remove/Forward with
    // "Response: Success" and "Message: Message move failed" — the store reads
    // the message, the bridge just passes it on.
    using ResultHandler = std::function<void(bool ok, const QString& message)>;

    virtual ~VoicemailPbxBridge() = default;

    // Sends the request; done is called exactly once, on the caller's thread.
    virtual void sendAction(const AmiRequest& request, ResultHandler done) = 0;
    // True when the connected Asterisk has VoicemailMove, VoicemailRemove and
    // VoicemailForward (18.20+, 20.5+, 21+; check ListCommands).
    virtual bool supportsVoicemailActions() const = 0;
};
