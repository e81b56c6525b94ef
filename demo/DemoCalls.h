// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoWorld.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <unordered_map>

// One two-party call: the caller's channel (A) and, once dialled, the callee's (B).
struct DemoCall
{
    enum class Origin
    {
        Phone, // a phone dialled (no AMI action): 03-call-phone-dials-1001-to-1003
        Originate, // the Originate action: 03-call-originate-1000-to-1002
        Trunk, // an outside caller on the trunk
    };

    QString id; // the caller channel's uniqueid
    QString caller; // uniqueid of A
    QString callee; // uniqueid of B, empty until dialled
    QString bridge;
    QString target; // the dialled extension
    Origin origin = Origin::Phone;
    qint64 dialStartMs = 0;
    qint64 answerMs = 0;
    bool answered = false;
    int ringGeneration = 0; // which Dial a pending no-answer timeout belongs to (unique per DemoCalls)
    // A queue caller (04-queue-call): AgentConnect on answer, AgentComplete at the end.
    bool queued = false;
    qint64 queueJoinMs = 0;
};

// Call flows: every step emits the events Asterisk 22 emits for it, with the
// same names, header sets and order as the recorded transcripts (03-call-*,
// 04-voicemail-no-answer-mwi). RTCPSent/RTCPReceived are not generated (they
// are periodic media reports, not call state).
class DemoCalls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCalls)
public:
    enum class Side
    {
        Caller,
        Callee,
    };
    enum class OriginateResult
    {
        Queued,
        NoSuchExtension, // "Extension does not exist."
    };
    // Dial(...,15,...) as in the recorded dialplan: then voicemail.
    static constexpr qint64 DialTimeoutMs = 15000;
    // How long after a phone starts dialling its hint reads InUse (Asterisk: a few ms).
    static constexpr qint64 DeviceStateLagMs = 2;
    // An outside number answers after this plus up to 3 s.
    static constexpr qint64 OutsideAnswerMs = 2000;

    explicit DemoCalls(DemoWorld* world, QObject* parent = nullptr);

    // A phone dials an extension (call id returned; empty if impossible).
    QString dial(const QString& from, const QString& to);
    // An outside caller on the trunk dials an extension.
    QString dialFromTrunk(const QString& callerNum, const QString& callerName, const QString& to);
    // The Originate action (Async): Channel PJSIP/<ext> to Exten in context phones.
    OriginateResult originate(const QString& channel, const QString& exten, const QString& callerId,
        const QStringList& variables, const QByteArray& actionId, qint64 timeoutMs);

    bool answer(const QString& callId);
    bool hangup(const QString& callId, Side side);
    // The AMI Hangup action on one channel; false: no such channel.
    bool hangupChannel(const QString& channelName);
    bool hold(const QString& callId);
    bool unhold(const QString& callId);

    DemoCall* call(const QString& callId);
    DemoCall* callOfChannel(const QString& uniqueid);
    QStringList callIds() const { return m_order; }

    // Destinations other than phones (parking spaces, the queue) are routed
    // by DemoFeatures: returns true when it took the call.
    using Router = std::function<bool(DemoCall& call, const QString& exten)>;
    void setRouter(Router router) { m_router = std::move(router); }

    // Building blocks for DemoFeatures.
    DemoCall& createCall(const QString& callerUniqueid, DemoCall::Origin origin);
    void dialStage(DemoCall& call, const QString& to);
    void removeCall(const QString& callId);
    // Ends the Dial of a call that is still ringing (DialEnd CANCEL, the callee's channel hung up);
    // the caller's channel stays (a Redirect takes it elsewhere).
    void cancelDial(DemoCall& call);
    void schedule(qint64 ms, std::function<void()> fn);
    void setState(const QString& ext, DemoDeviceState state);

Q_SIGNALS:
    void callRinging(const QString& callId);
    void callAnswered(const QString& callId);
    void callEnded(const QString& callId);
    // Dial's timeout passed with nobody answering (DemoNoAnswer takes over).
    void callNotAnswered(const QString& callId);
    // The caller dialled (or was redirected to) *<ext>: straight into <ext>'s voicemail.
    void voicemailDialled(const QString& callId);
    void voicemailLeft(const QString& mailbox);

private:
    void originateLeg(DemoCall& call, DemoChannel& a, const QString& exten, const QStringList& variables,
        const QByteArray& actionId);
    void gosub(DemoChannel& a, const QString& to);
    QString dialData(const QString& to) const;
    void reportCallerInUse(const QString& uniqueid);
    void ringTarget(DemoChannel& a, DemoChannel& b, DemoExtension* target);
    void outgoingLine(const DemoCall& call, DemoChannel& b, const QString& exten);
    void dialResult(DemoCall& c, DemoChannel& a, DemoChannel& b);
    void answerOriginated(DemoCall& c, DemoChannel& a, DemoChannel& b, DemoExtension* target);
    void answerDialled(DemoCall& c, DemoChannel& a, DemoChannel& b, DemoExtension* target);
    void dialVariables(DemoChannel& a, int first, int count);
    void dialEvent(QByteArrayView name, const DemoChannel* a, const DemoChannel& b, QByteArrayView tail = {},
        QByteArrayView tailValue = {});
    void handleNoAnswer(const QString& callId, int generation);
    void hangupAnswered(DemoCall& call, Side side);
    void hangupRinging(DemoCall& call);
    void dialTimes(const DemoCall& call, DemoChannel& a);
    void endByCallee(const DemoCall& call, DemoChannel& a, DemoChannel& b, const DemoBridge& gone);
    void endByCaller(const DemoCall& call, DemoChannel& a, DemoChannel& b, const DemoBridge& gone);

    DemoWorld* m_world;
    Router m_router;
    std::unordered_map<QString, DemoCall> m_calls; // references stay valid on insert
    int m_ringSequence = 0;
    QStringList m_order;
};
