// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pbx/CallRequests.h"

namespace {

QString applyPattern(const QString& pattern, const QString& extension)
{
    const QString e = extension.trimmed();
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(e) : pattern + e;
}

} // namespace

AmiRequest CallRequests::originate(
    const QString& device, const QString& callerId, const QString& exten, const QString& context) const
{
    AmiRequest r("Originate");
    r.set("Channel", device).set("Context", context).set("Exten", exten).set("Priority", QStringLiteral("1"));
    if (!callerId.isEmpty())
        r.set("CallerID", callerId);
    r.set("Timeout", QString::number(m_profile.originateTimeoutMs)).set("Async", QStringLiteral("true"));
    return r;
}

AmiRequest CallRequests::originateFromOperator(const QString& exten) const
{
    return originate(m_profile.operatorDevice, m_profile.callerId(), exten, m_profile.originateContext);
}

AmiRequest CallRequests::spy(const QString& target, const QString& options) const
{
    AmiRequest r("Originate");
    r.set("Channel", m_profile.operatorDevice)
        .set("Application", QStringLiteral("ChanSpy"))
        .set("Data", target + u',' + options)
        .set("CallerID", m_profile.callerId())
        .set("Timeout", QString::number(m_profile.originateTimeoutMs))
        .set("Async", QStringLiteral("true"));
    return r;
}

AmiRequest CallRequests::redirect(const QString& channel, const QString& exten, const QString& context) const
{
    AmiRequest r("Redirect");
    r.set("Channel", channel)
        .set("Exten", exten)
        .set("Context", context)
        .set("Priority", QStringLiteral("1"));
    return r;
}

AmiRequest CallRequests::blindTransfer(const QString& channel, const QString& exten) const
{
    AmiRequest r("BlindTransfer");
    r.set("Channel", channel).set("Exten", exten).set("Context", m_profile.originateContext);
    return r;
}

AmiRequest CallRequests::attendedTransfer(const QString& operatorChannel, const QString& exten) const
{
    AmiRequest r("Atxfer");
    r.set("Channel", operatorChannel).set("Exten", exten).set("Context", m_profile.originateContext);
    return r;
}

AmiRequest CallRequests::cancelAttendedTransfer(const QString& operatorChannel) const
{
    AmiRequest r("CancelAtxfer");
    r.set("Channel", operatorChannel);
    return r;
}

AmiRequest CallRequests::hangup(const QString& channel) const
{
    AmiRequest r("Hangup");
    r.set("Channel", channel);
    return r;
}

AmiRequest CallRequests::park(const QString& channel, const QString& operatorChannel) const
{
    AmiRequest r("Park");
    r.set("Channel", channel);
    if (!operatorChannel.isEmpty()) {
        // Comes back to the operator on timeout, and the operator hears the space number.
        r.set("TimeoutChannel", operatorChannel);
        if (m_profile.announceParkedSpace)
            r.set("AnnounceChannel", operatorChannel);
    }
    if (!m_profile.parkingLot.isEmpty())
        r.set("Parkinglot", m_profile.parkingLot);
    return r;
}

AmiRequest CallRequests::queuePause(
    const QString& queue, const QString& interface, bool paused, const QString& reason) const
{
    AmiRequest r("QueuePause");
    r.set("Queue", queue)
        .set("Interface", interface)
        .set("Paused", paused ? QStringLiteral("true") : QStringLiteral("false"));
    if (paused && !reason.isEmpty())
        r.set("Reason", reason);
    return r;
}

QString CallRequests::voicemailExten(const QString& extension) const
{
    return applyPattern(m_profile.voicemailExtenPattern, extension);
}

QString CallRequests::pickupExten(const QString& extension) const
{
    return applyPattern(m_profile.pickupExtenPattern, extension);
}

QString CallRequests::voicemailContext() const
{
    return m_profile.voicemailContext.isEmpty() ? m_profile.originateContext : m_profile.voicemailContext;
}
