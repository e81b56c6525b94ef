// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallChanges.h"

#include "core/pbx/ChannelIndex.h"
#include "core/pbx/ExtensionStore.h"
#include "core/pbx/PbxStateUtil.h"

namespace Pbx {

using PbxStateUtil::touch;

CallChanges::CallChanges(const ChannelIndex& index, ExtensionStore* extensions)
    : m_index(index)
    , m_extensions(extensions)
{ }

void CallChanges::channel(const QString& uniqueid)
{
    touch(m_channels, uniqueid);
}

void CallChanges::call(const QString& linkedid)
{
    touch(m_calls, linkedid);
}

void CallChanges::shownBy(const Channel& c)
{
    // Whoever shows this channel or talks to it: its own extension, the
    // bridge partners' extensions, and the same through a Local pair.
    touch(m_calls, c.linkedid);
    m_extensions->touchExtensionsOfDevice(c.device);
    if (!c.bridgeId.isEmpty())
        bridgePartners(c.bridgeId, c.uniqueid);
    if (c.isLocal()) {
        const Channel* partner = m_index.channelByName(c.localPartnerName());
        if (partner && !partner->bridgeId.isEmpty())
            bridgePartners(partner->bridgeId, partner->uniqueid);
    }
}

void CallChanges::bridgePartners(const QString& bridgeId, const QString& except)
{
    const Bridge* b = m_index.findBridge(bridgeId);
    if (!b)
        return;
    for (const QString& uid : b->channels) {
        if (uid == except)
            continue;
        const Channel* mate = m_index.channel(uid);
        if (!mate)
            continue;
        m_extensions->touchExtensionsOfDevice(mate->device);
        touch(m_calls, mate->linkedid);
        if (mate->isLocal())
            farSideOf(*mate);
    }
}

void CallChanges::farSideOf(const Channel& local)
{
    const Channel* partner = m_index.channelByName(local.localPartnerName());
    const Bridge* pb
        = partner && !partner->bridgeId.isEmpty() ? m_index.findBridge(partner->bridgeId) : nullptr;
    if (!pb)
        return;
    for (const QString& far : pb->channels) {
        if (const Channel* f = m_index.channel(far))
            m_extensions->touchExtensionsOfDevice(f->device);
    }
}

QStringList CallChanges::takeChannels()
{
    return PbxStateUtil::takeTouched(m_channels, m_spareChannels);
}

QStringList CallChanges::takeCalls()
{
    return PbxStateUtil::takeTouched(m_calls, m_spareCalls);
}

void CallChanges::giveBack(QStringList& channels, QStringList& calls)
{
    PbxStateUtil::giveBack(m_spareChannels, channels);
    PbxStateUtil::giveBack(m_spareCalls, calls);
}

void CallChanges::clear()
{
    m_channels.clear();
    m_calls.clear();
}

} // namespace Pbx
