// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ChannelSnapshot.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxStateUtil.h"

namespace Pbx {

using namespace PbxStateUtil;

struct ChannelSnapshot::Keys
{
    // Views, not C strings: a lookup per event should not start with strlen().
    QByteArrayView channel;
    QByteArrayView uniqueid;
    QByteArrayView linkedid;
    QByteArrayView state;
    QByteArrayView callerIdNum;
    QByteArrayView callerIdName;
    QByteArrayView connectedNum;
    QByteArrayView connectedName;
};

namespace {

const ChannelSnapshot::Keys plainKeys {"Channel", "Uniqueid", "Linkedid", "ChannelState", "CallerIDNum",
    "CallerIDName", "ConnectedLineNum", "ConnectedLineName"};
const ChannelSnapshot::Keys destKeys {"DestChannel", "DestUniqueid", "DestLinkedid", "DestChannelState",
    "DestCallerIDNum", "DestCallerIDName", "DestConnectedLineNum", "DestConnectedLineName"};

} // namespace

ChannelSnapshot::ChannelSnapshot(const AmiMessage& m, bool dest)
    : m_message(m)
    , m_keys(dest ? destKeys : plainKeys)
{ }

QByteArrayView ChannelSnapshot::uniqueid() const
{
    return m_message.rawValue(m_keys.uniqueid);
}

QByteArrayView ChannelSnapshot::linkedid() const
{
    return m_message.rawValue(m_keys.linkedid);
}

Channel ChannelSnapshot::newChannel(const Clock* clock) const
{
    Channel c;
    const QString name = m_message.value(m_keys.channel);
    if (name.isEmpty() || uniqueid().isEmpty())
        return c;
    c.uniqueid = QString::fromLatin1(uniqueid());
    c.name = name;
    c.device = Channel::deviceOf(name);
    c.linkedid = m_message.value(m_keys.linkedid);
    if (c.linkedid.isEmpty())
        c.linkedid = c.uniqueid;
    c.createdMs = eventTimeMs(m_message, clock);
    return c;
}

void ChannelSnapshot::applyTo(Channel& c, const Clock* clock) const
{
    const QByteArrayView stateRaw = m_message.rawValue(m_keys.state);
    if (!stateRaw.isEmpty()) {
        const int state = stateRaw.toInt();
        if (state != c.state) {
            c.state = state;
            if (state == Channel::Up && c.answeredMs == 0)
                c.answeredMs = eventTimeMs(m_message, clock);
        }
    }
    assignIfPresent(m_message, m_keys.callerIdNum, c.callerIdNum);
    assignIfPresent(m_message, m_keys.callerIdName, c.callerIdName);
    assignIfPresent(m_message, m_keys.connectedNum, c.connectedLineNum);
    assignIfPresent(m_message, m_keys.connectedName, c.connectedLineName);
}

} // namespace Pbx
