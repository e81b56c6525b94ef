// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ChannelSnapshot.h"

#include "core/ami/AmiMessage.h"
#include "core/pbx/PbxStateUtil.h"

namespace Pbx {

using namespace PbxStateUtil;

struct ChannelSnapshot::Keys
{
    // Views, not C strings: a lookup per event should not start with strlen().
    // In the order of ChannelSnapshot::Field.
    QByteArrayView names[FieldCount];
};

namespace {

const ChannelSnapshot::Keys plainKeys {{"Channel", "Uniqueid", "Linkedid", "ChannelState", "CallerIDNum",
    "CallerIDName", "ConnectedLineNum", "ConnectedLineName"}};
const ChannelSnapshot::Keys destKeys {{"DestChannel", "DestUniqueid", "DestLinkedid", "DestChannelState",
    "DestCallerIDNum", "DestCallerIDName", "DestConnectedLineNum", "DestConnectedLineName"}};

} // namespace

ChannelSnapshot::ChannelSnapshot(const AmiMessage& m, bool dest)
    : m_message(m)
{
    // One pass over the event's fields for all eight headers.
    m_message.indexesOf((dest ? destKeys : plainKeys).names, FieldCount, m_at);
}

QByteArrayView ChannelSnapshot::raw(Field field) const
{
    return m_at[field] < 0 ? QByteArrayView() : m_message.rawValueAt(m_at[field]);
}

QByteArrayView ChannelSnapshot::uniqueid() const
{
    return raw(Uniqueid);
}

QByteArrayView ChannelSnapshot::linkedid() const
{
    return raw(Linkedid);
}

Channel ChannelSnapshot::newChannel(const Clock* clock) const
{
    Channel c;
    const QString name = AmiMessage::decode(raw(ChannelName));
    if (name.isEmpty() || uniqueid().isEmpty())
        return c;
    c.uniqueid = QString::fromLatin1(uniqueid());
    c.name = name;
    c.device = Channel::deviceOf(name);
    c.linkedid = AmiMessage::decode(linkedid());
    if (c.linkedid.isEmpty())
        c.linkedid = c.uniqueid;
    c.createdMs = eventTimeMs(m_message, clock);
    return c;
}

void ChannelSnapshot::applyTo(Channel& c, const Clock* clock) const
{
    const QByteArrayView stateRaw = raw(State);
    if (!stateRaw.isEmpty()) {
        const int state = stateRaw.toInt();
        if (state != c.state) {
            c.state = state;
            if (state == Channel::Up && c.answeredMs == 0)
                c.answeredMs = eventTimeMs(m_message, clock);
        }
    }
    assignFieldAt(m_message, m_at[CallerIdNum], c.callerIdNum);
    assignFieldAt(m_message, m_at[CallerIdName], c.callerIdName);
    assignFieldAt(m_message, m_at[ConnectedNum], c.connectedLineNum);
    assignFieldAt(m_message, m_at[ConnectedName], c.connectedLineName);
}

} // namespace Pbx
