// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <utility>

class ExtensionStore;

namespace Pbx {

class ChannelIndex;
struct Channel;

// What CallStore changed while it applied one event, announced once at its
// flush(): the channels and calls to repaint, and (at once, in the
// ExtensionStore) the tiles that show a changed channel: its own device's,
// its bridge partners', and the same through a Local ;1/;2 pair.
class CallChanges final
{
public:
    CallChanges(const ChannelIndex& index, ExtensionStore* extensions);

    void channel(const QString& uniqueid);
    void call(const QString& linkedid);
    // The channel's call and every tile that shows it or talks to it.
    void shownBy(const Channel& c);
    // Gone: nothing to announce for it any more.
    void forgetChannel(const QString& uniqueid) { m_channels.removeOne(uniqueid); }
    void forgetCall(const QString& linkedid) { m_calls.removeOne(linkedid); }

    bool isEmpty() const { return m_channels.isEmpty() && m_calls.isEmpty(); }
    // For flush(): hand the taken lists back (giveBack) to keep their capacity.
    QStringList takeChannels();
    QStringList takeCalls();
    void giveBack(QStringList& channels, QStringList& calls);
    void clear();

private:
    void bridgePartners(const QString& bridgeId, const QString& except);
    void farSideOf(const Channel& local);

    const ChannelIndex& m_index;
    ExtensionStore* m_extensions;
    QStringList m_channels; // each key once, in the order touched
    QStringList m_calls;
    QStringList m_spareChannels; // empty, kept for the capacity
    QStringList m_spareCalls;
};

} // namespace Pbx
