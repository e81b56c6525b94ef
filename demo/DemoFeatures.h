// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class DemoCalls;
class DemoConference;
class DemoWorld;
struct DemoCall;
struct DemoBridge;
struct DemoChannel;
struct DemoParkedCall;

// What an attendant does to calls: park and pick up, transfer (blind,
// attended, Redirect), and the queue. Each emits the event names of the
// recorded transcripts (04-park-*, 04-*transfer*, 04-redirect-*, 04-queue-call).
// Simplified on purpose: the queue rings one member at a time (AgentCalled,
// AgentConnect, AgentComplete; no ringall, no RingNoAnswer), and an attended transfer's consultation leg is
// one Local channel instead of a Local pair.
class DemoFeatures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFeatures)
public:
    enum class Result
    {
        Ok,
        NoSuchChannel,
        NotInCall,
        NoSuchExtension,
        NoSuchInterface,
        LotFull,
    };

    DemoFeatures(DemoWorld* world, DemoCalls* calls, QObject* parent = nullptr);
    // Conference extensions (8500, 8501) go to ConfBridge.
    void setConference(DemoConference* conference) { m_conference = conference; }

    // The device of a parking space's hint: park:701@parkedcalls.
    static QString parkDevice(int space);

    // Park: the channel goes to the first free space 701-720; after timeoutMs
    // (ParkedCallTimeOut) it calls back the parker's extension.
    Result park(const QString& channelName, const QString& timeoutChannelName, qint64 timeoutMs,
        int* space = nullptr);
    // Pick-up of a parked call by a phone (Originate or dial to the space).
    bool pickup(DemoCall& retriever, int space);
    Result redirect(const QString& channelName, const QString& exten, const QString& extraChannelName = {},
        const QString& extraExten = {});
    Result blindTransfer(const QString& channelName, const QString& exten);
    Result attendedTransfer(const QString& channelName, const QString& exten);
    // The first waiting caller not yet ringing is rung on a free member (AgentCalled); false if none.
    bool connectQueueCaller();
    // A queue caller gives up (QueueCallerAbandon).
    bool abandonQueueCaller(const QString& callId);
    Result queuePause(const QString& interface, bool paused, const QString& reason);
    // Custom:DND<ext> toggled as *76 does (ExtensionStatus of *76<ext>, DeviceStateChange).
    bool setDnd(const QString& extension, bool on);

private:
    bool route(DemoCall& call, const QString& exten);
    void joinQueue(DemoCall& call);
    void handleParkTimeout(int space, const QString& parkee);
    void publishSpaceIdle(int space);
    // ParkedCall, then the space's ExtensionStatus and DeviceStateChange (04-park-and-retrieve).
    void publishParked(const DemoChannel& parkee, const DemoParkedCall& parked);
    // After parking: the parker leaves the old bridge, which goes, and hangs up.
    void parkerLeaves(QString callId, DemoBridge& old, DemoChannel* other);
    void handleConsultationAnswered(const QString& consultId);
    struct Consultation;
    // The transferee and the target are one call now; the consultation's legs go.
    void joinTransferred(
        const Consultation& c, const QString& consultId, const QString& targetId, const QString& origId);
    // Takes both channels out of the call's bridge (BridgeLeave x2, BridgeDestroy); the call is dropped.
    void detach(DemoCall& call);
    void hangupLone(const QString& uniqueid);
    // A redirected caller that was still ringing or queued leaves Dial / the queue.
    void leaveWaiting(DemoCall& call);
    void publishAbandon(const QString& callId);
    void sendTo(const QString& uniqueid, const QString& exten);

    DemoWorld* m_world;
    DemoCalls* m_calls;
    DemoConference* m_conference = nullptr;
    struct Consultation
    {
        QString transferer; // uniqueid
        QString transferee;
        QString origBridge;
        QString local;
    };
    QHash<QString, Consultation> m_consultations; // by consultation call id
};
