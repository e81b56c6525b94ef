// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoWorld.h"

#include <QHash>
#include <QObject>
#include <QString>

class DemoCalls;
class DemoVoicemail;
class DemoWorld;

// A call nobody answered within Dial's timeout goes to the callee's
// voicemail like 04-voicemail-no-answer-mwi: DialEnd NOANSWER, the VoiceMail
// application, the caller speaks for a few seconds, then the message is
// written to the spool and MessageWaiting announces it, then cdr_manager's
// two records (the Dial's NO ANSWER, the VoiceMail's ANSWERED) come before
// the caller's Hangup, as recorded. A caller sent to *<ext> (transfer to
// voicemail) goes there without ringing: one record.
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
    // The Dial that was not answered, per call: its Cdr comes at the end.
    struct UnansweredDial
    {
        DemoChannel caller; // as it was while dialling (LastApplication Dial)
        DemoChannel callee;
        qint64 endMs = 0;
    };
    QHash<QString, UnansweredDial> m_unanswered;
};
