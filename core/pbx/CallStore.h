// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallChanges.h"
#include "core/pbx/CallHolds.h"
#include "core/pbx/ChannelIndex.h"
#include "core/store/PbxStore.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class Clock;
class ExtensionStore;

// Channels, the bridges they talk in and the calls they form (channels
// grouped by Linkedid), with holds, renames and transfers: Newchannel and the
// other channel snapshots, Newexten, DialBegin/DialEnd, Hangup, Bridge*,
// Hold/Unhold, Rename, CoreShowChannel items, BlindTransfer/AttendedTransfer,
// OriginateResponse and ChanSpyStart.
//
// What a channel does shows on the tiles of its device and of its partners'
// devices: the store touches them in the ExtensionStore. When a channel goes,
// channelGone() tells the stores that keep things of it (parked calls, queue
// callers), after channelRemoved() and callRemoved().
class CallStore final : public PbxStore
{
    Q_OBJECT
public:
    enum class TransferKind
    {
        Blind,
        Attended,
    };
    Q_ENUM(TransferKind)

    CallStore(ExtensionStore* extensions, Clock* clock, QObject* parent = nullptr);
    ~CallStore() override;

    void apply(const AmiMessage& event) override;
    void flush() override;
    void dump(QStringList& lines) const override;

    const QHash<QString, Pbx::Channel>& channels() const { return m_index.channels(); } // by uniqueid
    const Pbx::Channel* channel(const QString& uniqueid) const { return m_index.channel(uniqueid); }
    const Pbx::Channel* channelByName(const QString& name) const { return m_index.channelByName(name); }
    const QHash<QString, Pbx::Bridge>& bridges() const { return m_index.bridges(); }
    // Calls: channels grouped by Linkedid.
    QStringList callIds() const { return m_index.callIds(); }
    QStringList channelsOfCall(const QString& linkedid) const { return m_index.channelsOfCall(linkedid); }
    QStringList channelsOfDevice(const QString& device) const { return m_index.channelsOfDevice(device); }

    // The other channel in c's bridge, if any.
    const Pbx::Channel* bridgeMate(const Pbx::Channel& c) const { return m_index.bridgeMate(c); }
    // The far party of a channel: through its bridge and Local ;1/;2 pairs.
    const Pbx::Channel* resolvePeer(const Pbx::Channel& c) const { return m_index.resolvePeer(c); }
    const Pbx::Channel* peerOf(const QString& uniqueid) const;
    // On hold from either side (this channel or a bridge partner pressed hold).
    bool isCallHeld(const QString& uniqueid) const;
    // The same for a channel: Hold/Unhold seen, or (after a resync) its or its partner's device ONHOLD.
    bool isHeldNow(const Pbx::Channel& c) const;

    // The queue a channel waits in (QueueStore): the call list shows it.
    void setChannelQueue(const QString& uniqueid, const QString& queue);
    // What the channel does changed elsewhere (parked, queued): its call row
    // and the tiles of its device and partners are announced at flush().
    void touchActivityOf(const QString& uniqueid);
    // Shutdown: every channel and bridge goes.
    void dropCalls();

Q_SIGNALS:
    void channelAdded(const QString& uniqueid);
    void channelChanged(const QString& uniqueid);
    void channelRemoved(const QString& uniqueid, const QString& linkedid);
    void callAdded(const QString& linkedid);
    void callChanged(const QString& linkedid);
    void callRemoved(const QString& linkedid);
    void bridgeChanged(const QString& bridgeId); // also when destroyed
    // The channel is gone from the store (hangup, resync, shutdown), with the queue it waited in.
    void channelGone(const QString& uniqueid, const QString& queue);
    // OriginateResponse (ActionID as sent, reason 4 = answered).
    void originateResponded(const QByteArray& actionId, bool success, int reason, const QString& uniqueid);
    void transferred(
        CallStore::TransferKind kind, bool success, const QString& transfereeChannel, const QString& target);
    // ChanSpyStart: the spy really listens (ChanSpy may also end at once,
    // e.g. on bad options, without it).
    void spyStarted(const QString& spyerChannel, const QString& spyeeChannel);

protected:
    void syncBegun() override;
    void syncEnded(Categories refreshed) override;
    void clearAll() override;

private:
    // Creates or updates the channel a snapshot describes (the Dest* one if dest).
    Pbx::Channel* upsertChannel(const AmiMessage& m, bool dest, bool create);
    Pbx::Channel* addChannel(const Pbx::Channel& c);
    void moveToCall(Pbx::Channel& c, const QString& linkedid);
    void handleNewchannel(const AmiMessage& m);
    void handleNewexten(const AmiMessage& m);
    void updateApplication(Pbx::Channel& c, const QString& app, const QString& data, qint64 atMs);
    void handleHangup(const AmiMessage& m);
    void handleDialBegin(const AmiMessage& m);
    void handleHold(const AmiMessage& m, bool on);
    void handleRename(const AmiMessage& m);
    void handleCoreShowChannel(const AmiMessage& m);
    void learnFromTheList(Pbx::Channel& c);
    void handleBridgeCreate(const AmiMessage& m);
    void handleBridgeEnter(const AmiMessage& m);
    static void noteCreator(Pbx::Bridge& bridge, const AmiMessage& m);
    void handleBridgeLeave(const AmiMessage& m);
    void handleTransfer(const AmiMessage& m, TransferKind kind);
    void handleOriginateResponse(const AmiMessage& m);
    void handleChanSpyStart(const AmiMessage& m);
    void enterBridge(Pbx::Channel& c, const QString& bridgeId, qint64 atMs);
    void leaveBridge(Pbx::Channel& c);
    void removeChannel(const QString& uniqueid);
    void removeBridge(const QString& bridgeId);

    ExtensionStore* m_extensions;
    Clock* m_clock;
    Pbx::ChannelIndex m_index;
    Pbx::CallChanges m_changes; // signals owed at the next flush(), each key once
    Pbx::CallHolds m_holds;
    QSet<QString> m_seenChannels, m_seenBridges;
};
