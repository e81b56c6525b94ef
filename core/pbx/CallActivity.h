// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace Pbx {

// What one channel is really doing in its call, from its bridge, the
// application it runs and the park/queue events — never from a connected
// line left over from an earlier conversation. Built by CallActivityReader;
// the ui turns it into words.
struct CallActivity
{
    Q_GADGET
public:
    enum class Kind
    {
        None, // no call
        Dialling, // calling out, the far end rings (number/name: who is called)
        Ringing, // its phone rings (number/name: who calls)
        Talking, // bridged with a party (number/name)
        OnHold, // bridged, and one side pressed hold (number/name: the far end)
        Voicemail, // leaving a message (number/name: the mailbox's owner, place: "1004@default")
        VoicemailMenu, // listening to a mailbox (VoiceMailMain)
        Parked, // waiting on a parking space (place: "701", number/name: who parked it)
        ParkedHere, // a parking space's view: number/name = the parked caller, by* = who parked it
        Queued, // waiting in a queue (place: queue name, position)
        Conference, // in a ConfBridge room with others (place: the room)
        Other, // in the dialplan or another application (place: the application)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString number;
    QString name;
    QString place;
    QString byNumber;
    QString byName;
    int position = 0; // Queued: 1 = next
    qint64 sinceMs = 0; // talking, waiting, parked or in voicemail since (0 = unknown)
    qint64 untilMs = 0; // Parked/ParkedHere: when it rings back the parker (0 = never)

    // Talking, on hold, ringing or dialling: number/name is the other end of a conversation.
    bool hasPeer() const
    {
        return kind == Kind::Talking || kind == Kind::OnHold || kind == Kind::Ringing
            || kind == Kind::Dialling;
    }

    friend bool operator==(const CallActivity&, const CallActivity&) = default;
};

} // namespace Pbx

Q_DECLARE_METATYPE(Pbx::CallActivity)
