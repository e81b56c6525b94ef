// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/voicemail/VoicemailPbxBridge.h"

#include <QList>
#include <QTimer>

#include <functional>

// Stands in for the AMI connection: records every request and answers the way
// app_voicemail does in tests/data/ami/22.10.1/04-voicemail-deposit-and-manage
// ("Response: Success" with "Message: Message move successful", "... failed",
// "Refresh sent"), asynchronously like a real socket. beforeReply lets a test
// change the spool as Asterisk would before the answer arrives.
class FakePbxBridge final : public VoicemailPbxBridge
{
public:
    void sendAction(const AmiRequest& request, ResultHandler done) override
    {
        requests.append(request);
        QString message;
        if (request.action() == "VoicemailRefresh")
            message = QStringLiteral("Refresh sent");
        else if (request.action() == "VoicemailMove")
            message
                = succeed ? QStringLiteral("Message move successful") : QStringLiteral("Message move failed");
        else if (request.action() == "VoicemailRemove")
            message = succeed ? QStringLiteral("Message remove successful")
                              : QStringLiteral("Message remove failed");
        else if (request.action() == "VoicemailForward")
            message = succeed ? QStringLiteral("Message forward successful")
                              : QStringLiteral("Message forward failed");
        QTimer::singleShot(0, [this, request, done, message] {
            if (beforeReply && request.action() != "VoicemailRefresh")
                beforeReply(request);
            done(true, message);
        });
    }
    bool supportsVoicemailActions() const override { return supportsActions; }

    QList<AmiRequest> requests;
    bool supportsActions = false;
    bool succeed = true;
    std::function<void(const AmiRequest&)> beforeReply;
};
