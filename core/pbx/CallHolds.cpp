// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallHolds.h"

#include "core/pbx/CallChanges.h"
#include "core/pbx/ChannelIndex.h"
#include "core/pbx/Device.h"

#include <QList>

namespace Pbx {

CallHolds::CallHolds(ChannelIndex& index, CallChanges& changes)
    : m_index(index)
    , m_changes(changes)
{ }

void CallHolds::press(Channel& holder, bool on)
{
    holder.onHold = on;
    holder.holdKnown = true;
    m_changes.channel(holder.uniqueid);
    const QString uid = holder.uniqueid;
    if (on)
        holdPartners(holder);
    else
        release(uid, holder.linkedid);
    m_changes.shownBy(*m_index.find(uid));
}

void CallHolds::holdPartners(const Channel& holder)
{
    QList<const Channel*> held;
    if (const Bridge* b = holder.bridgeId.isEmpty() ? nullptr : m_index.findBridge(holder.bridgeId)) {
        for (const QString& uid : b->channels) {
            if (uid != holder.uniqueid)
                held.append(m_index.channel(uid));
        }
    }
    if (const Channel* far = m_index.resolvePeer(holder))
        held.append(far);
    for (const Channel* h : held) {
        Channel* hc = h ? m_index.find(h->uniqueid) : nullptr;
        if (!hc)
            continue;
        hc->heldBy = holder.uniqueid;
        hc->holdKnown = true;
        m_changes.channel(hc->uniqueid);
        m_changes.shownBy(*hc);
    }
}

void CallHolds::release(const QString& holder, const QString& linkedid)
{
    // Only the holder's call can be held by it: no scan over every channel.
    const QStringList uids = m_index.channelsOfCall(linkedid);
    for (const QString& uid : uids) {
        Channel* c = m_index.find(uid);
        if (c && c->heldBy == holder) {
            c->heldBy.clear();
            m_changes.channel(c->uniqueid);
            m_changes.shownBy(*c);
        }
    }
}

void CallHolds::joining(Bridge& b, Channel& newcomer)
{
    for (const QString& uid : std::as_const(b.channels)) {
        Channel* mate = m_index.find(uid);
        if (mate && !mate->heldBy.isEmpty()) {
            mate->heldBy.clear();
            mate->holdKnown = true;
            m_changes.channel(uid);
        }
    }
    if (!newcomer.heldBy.isEmpty())
        newcomer.holdKnown = true;
    newcomer.heldBy.clear();
}

void CallHolds::forgetAll()
{
    const QStringList uids = m_index.channels().keys();
    for (const QString& uid : uids) {
        Channel& c = *m_index.find(uid);
        c.holdKnown = false; // from now on only the device state tells
        if (c.isHeld()) {
            c.onHold = false;
            c.heldBy.clear();
            m_changes.channel(uid);
            m_changes.shownBy(c);
        }
    }
}

bool CallHolds::isHeldNow(const Channel& c, const QHash<QString, Device>& devices) const
{
    if (c.isHeld())
        return true;
    // No Hold event seen (it came before we connected; no list reports it):
    // the held party's device reads ONHOLD, which DeviceStateList does report.
    const auto onHold = [&devices](const Channel* x) {
        auto d = x ? devices.constFind(x->device) : devices.cend();
        return d != devices.cend() && d->state.compare(QLatin1String("ONHOLD"), Qt::CaseInsensitive) == 0;
    };
    const Channel* peer = m_index.resolvePeer(c);
    if (c.bridgeId.isEmpty() || c.holdKnown || (peer && peer->holdKnown))
        return false;
    return onHold(&c) || onHold(peer);
}

} // namespace Pbx
