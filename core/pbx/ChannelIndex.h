// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/Bridge.h"
#include "core/pbx/Channel.h"

#include <QHash>
#include <QStringList>

namespace Pbx {

// The channels and bridges of one server with their indexes (by name, by
// device, by call), kept consistent, and the walks over them (who is whose
// partner, through Local ;1/;2 pairs). No events and no signals: CallStore
// decides what changes and announces it.
class ChannelIndex final
{
public:
    const QHash<QString, Channel>& channels() const { return m_channels; } // by uniqueid
    const QHash<QString, Bridge>& bridges() const { return m_bridges; }
    const Channel* channel(const QString& uniqueid) const;
    Channel* find(const QString& uniqueid);
    const Channel* channelByName(const QString& name) const;
    QStringList callIds() const { return m_callChannels.keys(); }
    bool hasCall(const QString& linkedid) const { return m_callChannels.contains(linkedid); }
    QStringList channelsOfCall(const QString& linkedid) const { return m_callChannels.value(linkedid); }
    QStringList channelsOfDevice(const QString& device) const { return m_deviceChannels.value(device); }

    // Adds a channel (indexed by name, device and call); true if it starts a new call.
    Channel& add(const Channel& c, bool& newCall);
    // Moves the channel to another call's group: oldGone if its old call has
    // no channel left, newCall if it starts the new one.
    void moveToCall(Channel& c, const QString& linkedid, bool& oldGone, bool& newCall);
    void rename(Channel& c, const QString& newName);
    // Removes the channel and its name and device entries (its call keeps it until leaveCall()).
    void remove(const QString& uniqueid);
    // Takes the channel out of its call's group; true if the call has no channel left.
    bool leaveCall(const QString& uniqueid, const QString& linkedid);

    // The bridge, created (empty) if unknown.
    Bridge& bridge(const QString& bridgeId);
    const Bridge* findBridge(const QString& bridgeId) const;
    void removeBridge(const QString& bridgeId) { m_bridges.remove(bridgeId); }

    // The other channel in c's bridge, if any.
    const Channel* bridgeMate(const Channel& c) const;
    // The far party: through the bridge and Local ;1/;2 pairs.
    const Channel* resolvePeer(const Channel& c) const;

    void clear();

private:
    QHash<QString, Channel> m_channels;
    QHash<QString, Bridge> m_bridges;
    QHash<QString, QString> m_channelByName; // name → uniqueid
    QHash<QString, QStringList> m_deviceChannels; // device → uniqueids
    QHash<QString, QStringList> m_callChannels; // linkedid → uniqueids
};

} // namespace Pbx
