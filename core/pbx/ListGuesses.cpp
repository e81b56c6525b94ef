// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/ListGuesses.h"

#include "core/pbx/ChannelIndex.h"

namespace Pbx::ListGuesses {

namespace {

bool runs(const Channel& c, QLatin1StringView application)
{
    return c.application.compare(application, Qt::CaseInsensitive) == 0;
}

QString queueArgument(const Channel& c)
{
    return runs(c, QLatin1StringView("Queue")) ? c.applicationData.section(QLatin1Char(','), 0, 0)
                                               : QString();
}

} // namespace

QString queueOf(const ChannelIndex& index, const Channel& c)
{
    QString queue = queueArgument(c);
    if (!queue.isEmpty() || !runs(c, QLatin1StringView("AppQueue")))
        return queue;
    // The caller: in the same call, or (its call moved on) the bridge partner.
    QStringList others = index.channelsOfCall(c.linkedid);
    if (const Channel* peer = index.resolvePeer(c))
        others.append(peer->uniqueid);
    for (const QString& uid : std::as_const(others)) {
        if (const Channel* caller = index.channel(uid); caller && queue.isEmpty())
            queue = caller->queue.isEmpty() ? queueArgument(*caller) : caller->queue;
    }
    return queue;
}

QString dialerOf(const ChannelIndex& index, const Channel& line)
{
    QLatin1StringView callerApp;
    if (runs(line, QLatin1StringView("AppDial")))
        callerApp = QLatin1StringView("Dial");
    else if (runs(line, QLatin1StringView("AppQueue")))
        callerApp = QLatin1StringView("Queue");
    else
        return {};
    QStringList callers;
    QStringList named; // those the line's connected line names
    QStringList alone; // named, not running the dialling application, in no bridge
    const QStringList uids = index.channelsOfCall(line.linkedid);
    for (const QString& uid : uids) {
        const Channel* c = index.channel(uid);
        if (!c || c->uniqueid == line.uniqueid)
            continue;
        const bool namedByLine = Channel::isKnown(c->callerIdNum) && c->callerIdNum == line.connectedLineNum;
        if (!runs(*c, callerApp)) {
            // A parked call dialling back its parker stays app_dial's line
            // (04-park-timeout): the one the ringing line names, talking to nobody.
            if (namedByLine && c->bridgeId.isEmpty())
                alone.append(c->uniqueid);
            continue;
        }
        callers.append(c->uniqueid);
        if (namedByLine)
            named.append(c->uniqueid);
    }
    if (callers.size() == 1)
        return callers.constFirst();
    if (callers.isEmpty())
        return alone.size() == 1 ? alone.constFirst() : QString();
    return named.size() == 1 ? named.constFirst() : QString();
}

} // namespace Pbx::ListGuesses
