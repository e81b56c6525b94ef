// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class DemoCalls;
class DemoVoicemail;
class DemoWorld;

// A call nobody answered within Dial's timeout goes to the callee's
// voicemail like 04-voicemail-no-answer-mwi: DialEnd NOANSWER, the VoiceMail
// application, the caller speaks for a few seconds, then the message is
// written to the spool and MessageWaiting announces it. A caller sent to
// *<ext> (transfer to voicemail) goes there without ringing.
class DemoNoAnswer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoNoAnswer)
public:
    DemoNoAnswer(DemoWorld* world, DemoCalls* calls, DemoVoicemail* voicemail, QObject* parent = nullptr);

private:
    void handleNotAnswered(const QString& callId);
    void handleVoicemailDialled(const QString& callId);
    void scheduleFinish(const QString& callId, int seconds);
    void finishVoicemail(const QString& callId, int seconds);

    DemoWorld* m_world;
    DemoCalls* m_calls;
    DemoVoicemail* m_voicemail;
};
