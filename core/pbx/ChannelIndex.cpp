// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ChannelIndex.h"

namespace Pbx {

const Channel* ChannelIndex::channel(const QString& uniqueid) const
{
    auto it = m_channels.constFind(uniqueid);
    return it == m_channels.cend() ? nullptr : &*it;
}

Channel* ChannelIndex::find(const QString& uniqueid)
{
    auto it = m_channels.find(uniqueid);
    return it == m_channels.end() ? nullptr : &*it;
}

const Channel* ChannelIndex::channelByName(const QString& name) const
{
    if (name.isEmpty())
        return nullptr;
    auto it = m_channelByName.constFind(name);
    return it == m_channelByName.cend() ? nullptr : channel(*it);
}

Channel& ChannelIndex::add(const Channel& c, bool& newCall)
{
    auto it = m_channels.insert(c.uniqueid, c);
    m_channelByName.insert(c.name, c.uniqueid);
    m_deviceChannels[c.device].append(c.uniqueid);
    QStringList& call = m_callChannels[c.linkedid];
    newCall = call.isEmpty();
    call.append(c.uniqueid);
    return *it;
}

void ChannelIndex::moveToCall(Channel& c, const QString& linkedid, bool& oldGone, bool& newCall)
{
    QStringList& oldList = m_callChannels[c.linkedid];
    oldList.removeOne(c.uniqueid);
    oldGone = oldList.isEmpty();
    if (oldGone)
        m_callChannels.remove(c.linkedid);
    c.linkedid = linkedid;
    QStringList& call = m_callChannels[linkedid];
    newCall = call.isEmpty();
    call.append(c.uniqueid);
}

void ChannelIndex::rename(Channel& c, const QString& newName)
{
    m_channelByName.remove(c.name);
    m_deviceChannels[c.device].removeOne(c.uniqueid);
    if (m_deviceChannels[c.device].isEmpty())
        m_deviceChannels.remove(c.device);
    c.name = newName;
    c.device = Channel::deviceOf(newName);
    m_channelByName.insert(newName, c.uniqueid);
    m_deviceChannels[c.device].append(c.uniqueid);
}

void ChannelIndex::remove(const QString& uniqueid)
{
    auto it = m_channels.find(uniqueid);
    if (it == m_channels.end())
        return;
    const QString name = it->name;
    const QString device = it->device;
    m_channels.erase(it);
    if (m_channelByName.value(name) == uniqueid)
        m_channelByName.remove(name);
    auto dev = m_deviceChannels.find(device);
    if (dev != m_deviceChannels.end()) {
        dev->removeOne(uniqueid);
        if (dev->isEmpty())
            m_deviceChannels.erase(dev);
    }
}

bool ChannelIndex::leaveCall(const QString& uniqueid, const QString& linkedid)
{
    auto call = m_callChannels.find(linkedid);
    if (call == m_callChannels.end())
        return false;
    call->removeOne(uniqueid);
    if (!call->isEmpty())
        return false;
    m_callChannels.erase(call);
    return true;
}

Bridge& ChannelIndex::bridge(const QString& bridgeId)
{
    Bridge& b = m_bridges[bridgeId];
    b.id = bridgeId;
    return b;
}

const Bridge* ChannelIndex::findBridge(const QString& bridgeId) const
{
    auto it = m_bridges.constFind(bridgeId);
    return it == m_bridges.cend() ? nullptr : &*it;
}

const Channel* ChannelIndex::bridgeMate(const Channel& c) const
{
    if (c.bridgeId.isEmpty())
        return nullptr;
    const Bridge* b = findBridge(c.bridgeId);
    // A conference room joins many people: none of them is "the" other party.
    if (!b || b->isConference() || c.inConfBridge())
        return nullptr;
    for (const QString& uid : b->channels) {
        if (uid != c.uniqueid) {
            if (const Channel* mate = channel(uid))
                return mate;
        }
    }
    return nullptr;
}

const Channel* ChannelIndex::resolvePeer(const Channel& c) const
{
    // Walk through Local pairs: bridge partner "Local/x;1" stands for
    // whatever its ";2" half is bridged with. A few hops at most (chained
    // Locals); stop at a half that is not bridged yet (still dialling).
    const Channel* mate = bridgeMate(c);
    for (int hops = 0; mate && mate->isLocal() && hops < 4; ++hops) {
        const Channel* partner = channelByName(mate->localPartnerName());
        const Channel* far = partner ? bridgeMate(*partner) : nullptr;
        if (!far || far->uniqueid == c.uniqueid)
            break;
        mate = far;
    }
    return mate;
}

void ChannelIndex::clear()
{
    m_channels.clear();
    m_bridges.clear();
    m_channelByName.clear();
    m_deviceChannels.clear();
    m_callChannels.clear();
}

} // namespace Pbx
