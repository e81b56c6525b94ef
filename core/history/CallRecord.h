// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// One call of the persistent history, as the desk saw it on one extension
// (the operator's own, or any when every extension is recorded). The key is
// (serverId, linkedid, uniqueid of the local channel): writing it again
// completes it (answered, ended, confirmed by a Cdr) instead of adding a row.
struct CallRecord
{
    Q_GADGET
public:
    enum class Direction
    {
        Incoming,
        Outgoing,
    };
    Q_ENUM(Direction)

    enum class Outcome
    {
        InProgress, // still up (written at the start, so a crash leaves a trace)
        Answered,
        Missed, // incoming, nobody answered
        NotAnswered, // outgoing, the far end did not answer
        Busy,
        Failed, // the call could not be placed
        Voicemail, // the caller was sent to voicemail
        Transferred, // detail: to whom
        PickedUp, // answered on another phone; detail: by whom
        Parked, // detail: the space, and who retrieved it
        UnknownEnd, // Attendant was not running when it ended
    };
    Q_ENUM(Outcome)

    qint64 id = 0; // row id, 0 until stored
    QString serverId;
    QString linkedid;
    QString uniqueid; // the local party's channel (set once, part of the key)
    Direction direction = Direction::Incoming;
    Outcome outcome = Outcome::InProgress;
    QString localNumber; // the extension it is recorded for
    QString localName;
    QString remoteNumber; // the other party, as the PBX said (may be anything: shown escaped)
    QString remoteName;
    QString detail; // transfer target, who picked up, parking space
    QString queue;
    qint64 startMs = 0;
    qint64 answerMs = 0; // 0 = never answered
    qint64 endMs = 0; // 0 = not ended (yet)
    bool handled = false; // a missed call the operator has dealt with
    bool confirmed = false; // a Cdr from the PBX agreed

    // Missed, busy or sent to voicemail: nobody here talked to the caller.
    bool isMissed() const
    {
        return direction == Direction::Incoming
            && (outcome == Outcome::Missed || outcome == Outcome::Busy || outcome == Outcome::Voicemail);
    }
    qint64 durationMs() const { return answerMs > 0 && endMs >= answerMs ? endMs - answerMs : 0; }

    friend bool operator==(const CallRecord&, const CallRecord&) = default;
};

using CallRecords = QList<CallRecord>;

// What the history panel asks for: newest first.
struct HistoryQuery
{
    enum class Filter
    {
        All,
        Missed,
        Incoming,
        Outgoing,
    };
    Filter filter = Filter::All;
    QString text; // matches numbers and names, anywhere, case-insensitively
    int limit = 500;

    friend bool operator==(const HistoryQuery&, const HistoryQuery&) = default;
};

Q_DECLARE_METATYPE(CallRecord)
Q_DECLARE_METATYPE(HistoryQuery)
