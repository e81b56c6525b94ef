// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/CallRecord.h"
#include "core/pbx/PbxState.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class AmiMessage;
class CallHistory;
class Clock;

// Turns the calls one PbxState follows into CallHistory records: every call
// on the operator's own phone (or, when set, on every extension), written
// when it starts (so a crash leaves a trace), when it is answered and when it
// ends, with the outcome in one word. Cdr events (cdr_manager), when the PBX
// sends them, confirm and complete a record: they carry no Linkedid, so they
// join on the caller channel's Uniqueid; Local/ legs are left out.
class CallRecorder final : public QObject
{
    Q_OBJECT
public:
    CallRecorder(PbxState* state, CallHistory* history, QObject* parent = nullptr, Clock* clock = nullptr);

    // "PJSIP/1000": calls with a channel "PJSIP/1000-…" are the operator's.
    void setOperatorDevice(const QString& device);
    // Also record calls between other extensions and outside parties.
    void setRecordAll(bool all);
    // Feed every event here; only Cdr and Pickup are read.
    void applyEvent(const AmiMessage& event);

private:
    struct Tracked
    {
        CallRecord record;
        QString callerUid;
        bool voicemail = false;
        bool busy = false;
        bool transferred = false;
        bool parked = false;
        bool pickedUp = false; // rang here, answered on another phone
    };

    void handleCall(const QString& linkedid);
    void handleCallRemoved(const QString& linkedid);
    void handleTransferred(
        PbxState::TransferKind kind, bool success, const QString& transfereeChannel, const QString& target);
    // Fills the record from a snapshot; false if the call is none of ours.
    bool describe(const Pbx::Call& call, Tracked& t) const;
    // A call that rang the operator's phone and was answered on another (a
    // queue ringing every member, 04-queue-call): who took it. False otherwise.
    bool takenElsewhere(const Pbx::Call& call, Tracked& t) const;
    void applyCdr(const AmiMessage& cdr);
    // A Pickup event: the ringing call taken by another phone (feature code or Pickup()).
    void applyPickup(const AmiMessage& pickup);
    static CallRecord::Outcome outcomeOf(const Tracked& t, bool ended);

    QPointer<PbxState> m_state;
    CallHistory* m_history;
    Clock* m_clock;
    QString m_device;
    bool m_recordAll = false;
    QHash<QString, Tracked> m_live; // by linkedid
    // Ended calls a late Cdr may still complete, by the caller channel's uniqueid (newest kept).
    QHash<QString, Tracked> m_ended;
    QStringList m_endedOrder;
};
