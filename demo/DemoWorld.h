// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ami/AmiMessage.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <unordered_map>

class Clock;

// Device states as Asterisk names them (DeviceStateChange "State:").
enum class DemoDeviceState
{
    NotInUse,
    InUse,
    Busy,
    Unavailable,
    Ringing,
    RingInUse,
    OnHold,
};

struct DemoExtension
{
    QString number;
    QString name;
    QString department;
    QString email;
    DemoDeviceState state = DemoDeviceState::NotInUse;
    bool hasDndDevice = false; // a feature hint *76<number> on Custom:DND<number> (FreePBX style)
    bool dnd = false; // Custom:DND<number> is set (BUSY)
    bool queueMember = false;
    bool paused = false;
    QString pausedReason;
    int callsTaken = 0;
    qint64 lastCall = 0;
    qint64 lastPause = 0;
    int newMessages = 0;
    int oldMessages = 0;
    int urgentMessages = 0;

    QString device() const { return QStringLiteral("PJSIP/") + number; }
    QString hint() const;
};

// A presence state as func_presencestate keeps it (CustomPresence:<name>).
struct DemoPresenceState
{
    QString state = QStringLiteral("not_set"); // not_set unavailable available away xa chat dnd
    QString subtype;
    QString message;
};

struct DemoChannel
{
    QString name;
    QString uniqueid;
    QString linkedid;
    int state = 0; // Asterisk channel state: 0 Down, 4 Ring, 5 Ringing, 6 Up
    QString callerNum;
    QString callerName;
    QString connectedNum = QStringLiteral("<unknown>");
    QString connectedName = QStringLiteral("<unknown>");
    QString context;
    QString exten;
    int priority = 1;
    QString application;
    QString appData;
    QString bridgeId;
    QString extension; // the phone it belongs to; empty for a trunk channel
    qint64 createdMs = 0;
    bool held = false;
};

struct DemoBridge
{
    QString id;
    QString type = QStringLiteral("basic");
    QString technology = QStringLiteral("simple_bridge");
    QStringList channels; // uniqueids
};

struct DemoParkedCall
{
    int space = 0;
    QString parkee; // uniqueid
    QString parkerDialString;
    QString bridgeId;
    qint64 parkedAtMs = 0;
    int timeoutSec = 120;
};

// The simulated office and everything live in it: extensions, channels,
// bridges, parked calls, the queue, mailbox counts. It also builds the AMI
// events exactly as Asterisk 22 formats them (header names and order copied
// from tests/data/ami/22.10.1) and publishes them. It holds state only; the
// call flows that change it live in DemoCalls and DemoFeatures.
class DemoWorld final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoWorld)
public:
    static constexpr int FirstParkingSpace = 701;
    static constexpr int LastParkingSpace = 720;
    static constexpr const char* OperatorExtension = "1000";
    static constexpr const char* QueueName = "support";
    static constexpr const char* QueueExtension = "8000";

    DemoWorld(Clock* clock, quint32 seed, QObject* parent = nullptr);

    // Replaces the office (see DemoOffice::build()).
    void populate(const QList<DemoExtension>& extensions);

    Clock* clock() const { return m_clock; }
    QRandomGenerator& random() { return m_random; }
    qint64 nowMs() const;
    qint64 nowSecs() const { return nowMs() / 1000; }
    qint64 bootSecs() const { return m_bootMs / 1000; }

    // Office.
    const QStringList& extensionNumbers() const { return m_extensionOrder; }
    DemoExtension* extension(const QString& number);
    const DemoExtension* extension(const QString& number) const;
    QList<DemoExtension*> queueMembers();

    // Channels and bridges.
    DemoChannel& createChannel(
        const QString& resource, const QString& extension, const QString& linkedid = {});
    DemoChannel& createLocalChannel(
        const QString& exten, const QString& context, int half, int sequence, const QString& linkedid);
    int nextLocalSequence() { return m_localSequence++; }
    DemoChannel* channel(const QString& uniqueid);
    DemoChannel* channelByName(const QString& name);
    QList<DemoChannel*> channelsOf(const QString& extension);
    // Channels whose name starts with prefix, oldest first (ChanSpy's channel argument).
    QList<DemoChannel*> channelsNamed(const QString& prefix);
    void removeChannel(const QString& uniqueid);
    int channelCount() const { return int(m_channelOrder.size()); }
    DemoBridge& createBridge();
    // A random UUID (version 4 layout) from the seeded generator, so runs repeat.
    QString newUuid();
    DemoBridge* bridge(const QString& id);
    void removeBridge(const QString& id);

    // Parking lot.
    int freeParkingSpace() const;
    DemoParkedCall* parkedCall(int space);
    DemoParkedCall* parkedCallOf(const QString& uniqueid);
    void addParkedCall(const DemoParkedCall& call);
    void removeParkedCall(int space);

    // Queue callers waiting (uniqueids, in position order) and their join times.
    QStringList& queueCallers() { return m_queueCallers; }
    QHash<QString, qint64>& queueJoinTimes() { return m_queueJoinMs; }
    int queueCompleted = 0;
    int queueAbandoned = 0;

    // Custom device states by name (Custom:<name>; never set reads UNKNOWN), presence
    // states by name (CustomPresence:<name>) and global variables (Setvar without Channel).
    // DemoPresence changes them and sends the events.
    QMap<QString, QString>& customStates() { return m_customStates; }
    const QMap<QString, QString>& customStates() const { return m_customStates; }
    QMap<QString, DemoPresenceState>& presence() { return m_presence; }
    const QMap<QString, DemoPresenceState>& presence() const { return m_presence; }
    QHash<QString, QString>& globals() { return m_globals; }
    // ASTDB entries by "/Family/Key", in SQLite's order (DemoAstDb).
    QMap<QString, QString>& astdb() { return m_astdb; }
    const QMap<QString, QString>& astdb() const { return m_astdb; }

    // Event building, in Asterisk's header order. (QObject::event stays visible:
    // this overload does not replace Qt's event handler.)
    using QObject::event;
    AmiMessage event(QByteArrayView name, QByteArrayView privilege = "call,all") const;
    static void appendChannel(AmiMessage& msg, const DemoChannel& ch, QByteArrayView prefix = {});
    static void appendBridge(AmiMessage& msg, const DemoBridge& bridge, QByteArrayView prefix = {});
    void publish(const AmiMessage& event);
    quint64 publishedCount() const { return m_published; }

    // Frequent events.
    void channelEvent(QByteArrayView name, const DemoChannel& ch, QByteArrayView privilege = "call,all");
    void varSet(const DemoChannel& ch, const QString& variable, const QString& value);
    void newexten(DemoChannel& ch, const QString& context, const QString& exten, int priority,
        const QString& application, const QString& data);
    void extensionStatus(const DemoExtension& ext);
    void deviceStateChange(const DemoExtension& ext);
    void deviceStateChange(const QString& device, const QString& state);
    void queueMemberStatus(const DemoExtension& ext, QByteArrayView name = "QueueMemberStatus");
    // AgentCalled/AgentConnect/AgentComplete: the caller's channel, the agent's as Dest,
    // then Queue, Interface, MemberName and the event's own tail (04-queue-call).
    void agentEvent(QByteArrayView name, const DemoChannel& caller, const DemoChannel& agent,
        const DemoExtension& member, const QList<std::pair<QByteArrayView, QString>>& tail = {});
    // QueueCallerLeave for a waiting caller (taken off the list); false if not waiting.
    bool queueCallerLeave(const QString& uniqueid);
    void bridgeEvent(QByteArrayView name, const DemoBridge& bridge, const DemoChannel* ch = nullptr);
    void messageWaiting(const DemoExtension& ext, const DemoChannel* ch);
    // The RTPAUDIOQOS* VarSets (index from..to-1), plain or ...BRIDGED.
    void qosVariables(const DemoChannel& ch, bool bridged, int from, int to);
    // cdr_manager's record of a's call: starts at a's creation, ends now (or at endMs).
    void cdr(const DemoChannel& a, const DemoChannel* b, const QString& disposition, qint64 answerMs,
        qint64 endMs = 0);
    // Hangup event, then the channel is gone.
    void hangup(DemoChannel& ch, int cause);

    // A number the trunk dials out: 5 or more digits, or a leading + or 0 (at least 3 digits),
    // and not an extension of the office.
    bool isOutsideNumber(const QString& number) const;
    static constexpr const char* TrunkDevice = "PJSIP/trunk";

    static QString deviceStateName(DemoDeviceState state);
    static int extensionStatusCode(const DemoExtension& ext);
    static QString extensionStatusText(int code);
    static int queueDeviceCode(DemoDeviceState state);
    static QString channelStateDesc(int state);
    static QString timestamp(qint64 ms);

Q_SIGNALS:
    void eventPublished(const AmiMessage& event);
    // hangup(): before its Hangup event, and after it (the channel is still readable).
    void channelHangingUp(const DemoChannel& channel);
    void channelHungUp(const DemoChannel& channel);

private:
    friend class DemoLists; // reads the state to answer list actions
    QString newUniqueid();

    Clock* m_clock;
    QRandomGenerator m_random;
    qint64 m_bootMs = 0;
    quint64 m_published = 0;
    int m_uniqueSequence = 0;
    int m_channelSequence = 0;
    int m_localSequence = 0;

    // std::unordered_map: references stay valid while other entries are added.
    QStringList m_extensionOrder;
    std::unordered_map<QString, DemoExtension> m_extensions;
    QStringList m_channelOrder;
    std::unordered_map<QString, DemoChannel> m_channels;
    std::unordered_map<QString, DemoBridge> m_bridges;
    QList<DemoParkedCall> m_parked;
    QStringList m_queueCallers;
    QHash<QString, qint64> m_queueJoinMs;
    QMap<QString, QString> m_customStates;
    QMap<QString, DemoPresenceState> m_presence;
    QHash<QString, QString> m_globals;
    QMap<QString, QString> m_astdb;
};
