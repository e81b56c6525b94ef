// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Call.h"
#include "core/pbx/CallStore.h"
#include "core/pbx/ExtensionStore.h"
#include "core/pbx/MailboxStore.h"
#include "core/pbx/ParkingStore.h"
#include "core/pbx/QueueStore.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class AmiMessage;
class Clock;

// The live picture of one Asterisk server, built from AMI events only (no
// socket here: PbxSync feeds it). The single source of truth the models read.
//
// A facade over one store per concept (see PbxStore), registered in this
// order: CallStore (channels, bridges, calls, transfers), MailboxStore,
// ExtensionStore (extensions, device states, presence, endpoints),
// QueueStore, ParkingStore, then any added with addStore(). apply() hands
// every event to its own table (the server's life: FullyBooted, Shutdown,
// Reload) and to every store, then each store emits its changes, each key
// at most once per applied message. The accessors and signals below forward
// to the stores. Entities are keyed within this server; models combine
// several PbxStates by serverId().
class PbxState final : public QObject
{
    Q_OBJECT
public:
    // What a list action refreshes (see PbxStore); endSync() drops unseen entities of these.
    using Category = PbxStore::Category;
    using Categories = PbxStore::Categories;

    using ParkedCallEnd = ParkingStore::ParkedCallEnd;
    using TransferKind = CallStore::TransferKind;

    static constexpr const char* DefaultDndDevicePattern = ExtensionStore::DefaultDndDevicePattern;

    explicit PbxState(const QString& serverId, QObject* parent = nullptr, Clock* clock = nullptr);
    ~PbxState() override;

    QString serverId() const { return m_serverId; }

    // Device that means "do not disturb" for an extension; %1 (or {exten}) =
    // the extension number. When a hint contains it and it is BUSY or INUSE, the extension
    // shows DoNotDisturb (so does presence "dnd").
    void setDndDevicePattern(const QString& pattern) { m_extensionStore->setDndDevicePattern(pattern); }
    QString dndDevicePattern() const { return m_extensionStore->dndDevicePattern(); }

    // Applies one event: live, or an item of a list action (same names,
    // plus CoreShowChannel, QueueParams/QueueMember/QueueEntry,
    // VoicemailUserEntry). Unknown events cost one hash of the name.
    void apply(const AmiMessage& event);
    // A MailboxCount reply (Response with Mailbox/UrgMessages/NewMessages/OldMessages).
    void applyMailboxCount(const AmiMessage& response);

    // Resync bracket (see PbxSync): entities applied in between are marked
    // seen; endSync() removes the unseen ones of the refreshed categories.
    void beginSync();
    void endSync(Categories refreshed);
    bool isSyncing() const { return m_syncing; }
    // Drops everything (emits cleared()).
    void clear();
    // While the connection is down this is the last known picture, not the
    // live one: since when (ms since the epoch), 0 = live. Set by PbxSync.
    void setStaleSince(qint64 epochMs);
    qint64 staleSinceMs() const { return m_staleSinceMs; }

    // Registers one more store (see PbxStore), e.g. in PbxServer:
    //   m_state->addStore(new ConferenceStore(m_state));
    // It gets every event and list item after the stores registered before
    // it, the sync bracket, clear(), and flush() after each event. PbxState
    // takes ownership.
    void addStore(PbxStore* store);
    const QList<PbxStore*>& stores() const { return m_stores; }
    // The registered store of type T, or null.
    template <class T>
    T* store() const
    {
        for (PbxStore* s : m_stores) {
            if (T* t = qobject_cast<T*>(s))
                return t;
        }
        return nullptr;
    }
    Clock* clock() const { return m_clock; }

    // --- read access ---------------------------------------------------
    // The stores (see PbxStore); the accessors below read through them.
    CallStore* callStore() const { return m_callStore; }
    MailboxStore* mailboxStore() const { return m_mailboxStore; }
    ExtensionStore* extensionStore() const { return m_extensionStore; }
    QueueStore* queueStore() const { return m_queueStore; }
    ParkingStore* parkingStore() const { return m_parkingStore; }

    const QHash<QString, Pbx::Extension>& extensions() const { return m_extensionStore->extensions(); }
    const Pbx::Extension* extension(const QString& key) const // "1001@phones"
    {
        return m_extensionStore->extension(key);
    }
    // Calls of the extension: who it talks to, since when, held, ringing.
    Pbx::ExtensionActivity activity(const QString& extensionKey) const;
    // Extension's name from configuration (voicemail full name); caller ID
    // names are for external parties only.
    QString displayName(const QString& extensionKey) const
    {
        return m_extensionStore->displayName(extensionKey);
    }
    // The configured name of an internal number ("1001"), empty if none.
    QString displayNameOfNumber(const QString& number) const
    {
        return m_extensionStore->displayNameOfNumber(number);
    }
    // Reachability of the extension's endpoint(s); Unknown if never reported.
    Pbx::Endpoint::Reachability reachability(const QString& extensionKey) const
    {
        return m_extensionStore->reachability(extensionKey);
    }
    // The mailbox with the extension's number ("1004@default" first), or null.
    const Pbx::Mailbox* mailboxOf(const QString& extensionKey) const
    {
        return m_extensionStore->mailboxOf(extensionKey);
    }

    // Extensions with this number ("1004" → "1004@phones"), or with this device in their hint.
    QStringList extensionKeysOfNumber(const QString& number) const
    {
        return m_extensionStore->extensionKeysOfNumber(number);
    }
    QStringList extensionKeysOfDevice(const QString& device) const
    {
        return m_extensionStore->extensionKeysOfDevice(device);
    }

    const QHash<QString, Pbx::Device>& devices() const { return m_extensionStore->devices(); }
    const QHash<QString, Pbx::Channel>& channels() const { return m_callStore->channels(); } // by uniqueid
    const Pbx::Channel* channel(const QString& uniqueid) const { return m_callStore->channel(uniqueid); }
    const Pbx::Channel* channelByName(const QString& name) const { return m_callStore->channelByName(name); }
    // The far party of a channel: through its bridge and Local ;1/;2 pairs.
    const Pbx::Channel* peerOf(const QString& uniqueid) const { return m_callStore->peerOf(uniqueid); }
    // On hold from either side (this channel or a bridge partner pressed hold).
    bool isCallHeld(const QString& uniqueid) const { return m_callStore->isCallHeld(uniqueid); }
    // The same for a channel: Hold/Unhold seen, or (after a resync) its or its partner's device ONHOLD.
    bool isHeldNow(const Pbx::Channel& c) const { return m_callStore->isHeldNow(c); }
    const QHash<QString, Pbx::Bridge>& bridges() const { return m_callStore->bridges(); }
    // By "701@default".
    const QHash<QString, Pbx::ParkedCall>& parkedCalls() const { return m_parkingStore->parkedCalls(); }
    const QHash<QString, Pbx::Queue>& queues() const { return m_queueStore->queues(); }
    const Pbx::Queue* queue(const QString& name) const { return m_queueStore->queue(name); }
    // What a member's phone does now: the state of its device (DeviceStateList
    // at every resync, DeviceStateChange live) when known, else what app_queue said.
    Pbx::QueueMember::Status memberStatus(const Pbx::QueueMember& member) const
    {
        return m_queueStore->memberStatus(member);
    }
    const QHash<QString, Pbx::Mailbox>& mailboxes() const { return m_mailboxStore->mailboxes(); }
    const QHash<QString, Pbx::Endpoint>& endpoints() const { return m_extensionStore->endpoints(); }

    // Calls: channels grouped by Linkedid.
    QStringList callIds() const { return m_callStore->callIds(); }
    QStringList channelsOfCall(const QString& linkedid) const
    {
        return m_callStore->channelsOfCall(linkedid);
    }
    Pbx::Call call(const QString& linkedid) const;

    // Canonical text of the whole state, sorted, without wall-clock fields
    // (times, durations): two states that describe the same PBX give the
    // same text (used by the resync tests).
    QString dumpCanonical() const;

Q_SIGNALS:
    void extensionAdded(const QString& key);
    // State, hint, presence, name, mailbox, reachability or any call of it changed.
    void extensionChanged(const QString& key);
    void extensionRemoved(const QString& key);
    void deviceChanged(const QString& device);
    void channelAdded(const QString& uniqueid);
    void channelChanged(const QString& uniqueid);
    void channelRemoved(const QString& uniqueid, const QString& linkedid);
    void callAdded(const QString& linkedid);
    void callChanged(const QString& linkedid);
    void callRemoved(const QString& linkedid);
    void bridgeChanged(const QString& bridgeId); // also when destroyed
    void parkedCallAdded(const QString& key);
    void parkedCallChanged(const QString& key);
    void parkedCallRemoved(const QString& key, PbxState::ParkedCallEnd how);
    void parkedCallsChanged();
    void queueChanged(const QString& name);
    void queueRemoved(const QString& name);
    void mailboxChanged(const QString& mailbox);
    void endpointChanged(const QString& device);
    // OriginateResponse (ActionID as sent, reason 4 = answered).
    void originateResponded(const QByteArray& actionId, bool success, int reason, const QString& uniqueid);
    void transferred(
        PbxState::TransferKind kind, bool success, const QString& transfereeChannel, const QString& target);
    // ChanSpyStart: the spy really listens (ChanSpy may also end at once,
    // e.g. on bad options, without it).
    void spyStarted(const QString& spyerChannel, const QString& spyeeChannel);
    void pbxBooted(); // FullyBooted
    void pbxShuttingDown(bool restart); // Shutdown (calls are dropped from the state)
    void pbxReloaded(const QString& module); // Reload, empty module = all
    void cleared();
    void stalenessChanged(qint64 staleSinceMs);

private:
    void registerStores();
    void connectStores();
    void flushEmits();
    void handleShutdown(const AmiMessage& m);

    QString m_serverId;
    Clock* m_clock;
    QList<PbxStore*> m_stores;
    MailboxStore* m_mailboxStore;
    ExtensionStore* m_extensionStore;
    CallStore* m_callStore;
    ParkingStore* m_parkingStore;
    QueueStore* m_queueStore;

    bool m_syncing = false;
    qint64 m_staleSinceMs = 0;
};
