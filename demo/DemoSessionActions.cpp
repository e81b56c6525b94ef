// SPDX-License-Identifier: GPL-3.0-or-later
// DemoSession's actions: one handler each, found by name in handlers(). The
// reply texts and header order are Asterisk 22's (tests/data/ami/22.10.1).
#include "demo/DemoAstDb.h"
#include "demo/DemoCalls.h"
#include "demo/DemoChanSpy.h"
#include "demo/DemoCommands.h"
#include "demo/DemoDialplan.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoLists.h"
#include "demo/DemoPbx.h"
#include "demo/DemoPresence.h"
#include "demo/DemoSession.h"
#include "demo/DemoWorld.h"

#include <QRegularExpression>
#include <QStringBuilder>

const QHash<QString, DemoSession::Handler>& DemoSession::handlers()
{
    static const QHash<QString, Handler> table = {
        {QStringLiteral("ping"), &DemoSession::ping},
        {QStringLiteral("logoff"), &DemoSession::logoff},
        {QStringLiteral("challenge"), &DemoSession::challenge},
        {QStringLiteral("events"), &DemoSession::events},
        {QStringLiteral("extensionstatelist"), &DemoSession::extensionStateList},
        {QStringLiteral("devicestatelist"), &DemoSession::deviceStateList},
        {QStringLiteral("coreshowchannels"), &DemoSession::coreShowChannels},
        {QStringLiteral("parkedcalls"), &DemoSession::parkedCalls},
        {QStringLiteral("queuestatus"), &DemoSession::queueStatus},
        {QStringLiteral("voicemailuserslist"), &DemoSession::voicemailUsersList},
        {QStringLiteral("parkinglots"), &DemoSession::parkinglots},
        {QStringLiteral("mailboxcount"), &DemoSession::mailboxCount},
        {QStringLiteral("extensionstate"), &DemoSession::extensionState},
        {QStringLiteral("getvar"), &DemoSession::getvar},
        {QStringLiteral("setvar"), &DemoSession::setvar},
        {QStringLiteral("presencestate"), &DemoSession::presenceState},
        {QStringLiteral("presencestatelist"), &DemoSession::presenceStateList},
        {QStringLiteral("dbget"), &DemoSession::dbGet},
        {QStringLiteral("dbput"), &DemoSession::dbPut},
        {QStringLiteral("dbdel"), &DemoSession::dbDel},
        {QStringLiteral("dbdeltree"), &DemoSession::dbDelTree},
        {QStringLiteral("dbgettree"), &DemoSession::dbGetTree},
        {QStringLiteral("userevent"), &DemoSession::userEvent},
        {QStringLiteral("showdialplan"), &DemoSession::showDialPlan},
        {QStringLiteral("queueadd"), &DemoSession::queueAdd},
        {QStringLiteral("queuepause"), &DemoSession::queuePause},
        {QStringLiteral("voicemailrefresh"), &DemoSession::voicemailRefresh},
        {QStringLiteral("originate"), &DemoSession::originate},
        {QStringLiteral("hangup"), &DemoSession::hangup},
        {QStringLiteral("redirect"), &DemoSession::redirect},
        {QStringLiteral("blindtransfer"), &DemoSession::blindTransfer},
        {QStringLiteral("atxfer"), &DemoSession::atxfer},
        {QStringLiteral("park"), &DemoSession::park},
        {QStringLiteral("listcommands"), &DemoSession::listCommands},
        {QStringLiteral("confbridgelistrooms"), &DemoSession::confbridgeListRooms},
        {QStringLiteral("confbridgelist"), &DemoSession::confbridgeList},
        {QStringLiteral("confbridgemute"), &DemoSession::confbridgeMute},
        {QStringLiteral("confbridgeunmute"), &DemoSession::confbridgeUnmute},
        {QStringLiteral("confbridgekick"), &DemoSession::confbridgeKick},
        {QStringLiteral("confbridgelock"), &DemoSession::confbridgeLock},
        {QStringLiteral("confbridgeunlock"), &DemoSession::confbridgeUnlock},
        {QStringLiteral("confbridgestartrecord"), &DemoSession::confbridgeStartRecord},
        {QStringLiteral("confbridgestoprecord"), &DemoSession::confbridgeStopRecord},
        {QStringLiteral("mixmonitor"), &DemoSession::mixMonitor},
        {QStringLiteral("mixmonitormute"), &DemoSession::mixMonitorMute},
        {QStringLiteral("stopmixmonitor"), &DemoSession::stopMixMonitor},
    };
    return table;
}

QList<AmiMessage> DemoSession::ping(const AmiMessage& msg)
{
    return {response("Success", msg)
                .append("Ping", QByteArrayView("Pong"))
                .append("Timestamp", DemoWorld::timestamp(m_pbx->world()->nowMs()))};
}

QList<AmiMessage> DemoSession::logoff(const AmiMessage& msg)
{
    return {response("Goodbye", msg).append("Message", QByteArrayView("Thanks for all the fish."))};
}

QList<AmiMessage> DemoSession::challenge(const AmiMessage& msg)
{
    if (!msg.valueIs("AuthType", "MD5"))
        return {error(msg, QStringLiteral("Must specify AuthType"))};
    if (m_challenge.isEmpty())
        m_challenge = QByteArray::number(m_pbx->world()->random().bounded(100000000, 999999999));
    return {response("Success", msg).append("Challenge", QByteArrayView(m_challenge))};
}

QList<AmiMessage> DemoSession::events(const AmiMessage& msg)
{
    m_events = isOn(msg.rawValue("EventMask"));
    return {response("Success", msg).append("Events", QByteArrayView(m_events ? "On" : "Off"))};
}

QList<AmiMessage> DemoSession::extensionStateList(const AmiMessage& msg)
{
    return list(msg, "Extension Statuses will follow", "ExtensionStateListComplete",
        DemoLists::extensionStateList(*m_pbx->world(), msg.actionId()));
}

QList<AmiMessage> DemoSession::deviceStateList(const AmiMessage& msg)
{
    return list(msg, "Device State Changes will follow", "DeviceStateListComplete",
        DemoLists::deviceStateList(*m_pbx->world(), msg.actionId()));
}

QList<AmiMessage> DemoSession::coreShowChannels(const AmiMessage& msg)
{
    return list(msg, "Channels will follow", "CoreShowChannelsComplete",
        DemoLists::coreShowChannels(*m_pbx->world(), msg.actionId()));
}

QList<AmiMessage> DemoSession::parkedCalls(const AmiMessage& msg)
{
    return list(msg, "Parked calls will follow", "ParkedCallsComplete",
        DemoLists::parkedCallsList(*m_pbx->world(), msg.actionId()), true);
}

QList<AmiMessage> DemoSession::queueStatus(const AmiMessage& msg)
{
    return list(msg, "Queue status will follow", "QueueStatusComplete",
        DemoLists::queueStatus(*m_pbx->world(), msg.actionId(), msg.value("Queue")));
}

QList<AmiMessage> DemoSession::voicemailUsersList(const AmiMessage& msg)
{
    return list(msg, "Voicemail user list will follow", "VoicemailUserEntryComplete",
        DemoLists::voicemailUsers(*m_pbx->world(), msg.actionId()));
}

QList<AmiMessage> DemoSession::parkinglots(const AmiMessage& msg)
{
    AmiMessage lot;
    lot.append("Event", QByteArrayView("Parkinglot"));
    if (!msg.actionId().isEmpty())
        lot.append("ActionID", msg.actionId());
    lot.append("Name", QByteArrayView("default"));
    lot.append("StartSpace", QString::number(DemoWorld::FirstParkingSpace));
    lot.append("StopSpace", QString::number(DemoWorld::LastParkingSpace));
    lot.append("Timeout", QByteArrayView("120"));
    return list(msg, "Parking lots will follow", "ParkinglotsComplete", {lot});
}

QList<AmiMessage> DemoSession::mailboxCount(const AmiMessage& msg)
{
    const QString mailbox = msg.value("Mailbox");
    if (mailbox.isEmpty())
        return {error(msg, QStringLiteral("Mailbox not specified"))};
    const DemoExtension* ext = m_pbx->world()->extension(mailbox.section(QLatin1Char('@'), 0, 0));
    return {success(msg, QStringLiteral("Mailbox Message Count"))
                .append("Mailbox", mailbox)
                .append("UrgMessages", QString::number(ext ? ext->urgentMessages : 0))
                .append("NewMessages", QString::number(ext ? ext->newMessages : 0))
                .append("OldMessages", QString::number(ext ? ext->oldMessages : 0))};
}

QList<AmiMessage> DemoSession::extensionState(const AmiMessage& msg)
{
    const QString exten = msg.value("Exten");
    const QString context = msg.value("Context", QStringLiteral("default"));
    const bool phones = context == QLatin1String("phones");
    const DemoExtension* ext = phones ? m_pbx->world()->extension(exten) : nullptr;
    QString hint = ext ? ext->hint() : QString();
    int code = ext ? DemoWorld::extensionStatusCode(*ext) : -1;
    for (const DemoPresence::Hint& feature : DemoPresence::featureHints(*m_pbx->world())) {
        if (phones && feature.exten == exten) {
            // 11-astdb-forward-dnd, 13-daynight-nightmode: *76<ext>, 9000, 9001.
            hint = feature.device;
            code = DemoPresence::hintStatus(DemoPresence::customState(*m_pbx->world(), hint.mid(7)));
        }
    }
    return {success(msg, QStringLiteral("Extension Status"))
                .append("Exten", exten)
                .append("Context", context)
                .append("Hint", hint)
                .append("Status", QString::number(code))
                .append("StatusText", DemoWorld::extensionStatusText(code))};
}

QList<AmiMessage> DemoSession::getvar(const AmiMessage& msg)
{
    const QString variable = msg.value("Variable");
    if (variable.isEmpty())
        return {error(msg, QStringLiteral("No variable specified"))};
    // Functions as func_devstate/func_presencestate read them (a failed read is an empty
    // value); a plain name is a global variable (set by Setvar without Channel).
    const std::optional<QString> function = DemoPresence::read(*m_pbx->world(), variable);
    const QString value = function ? *function : m_pbx->world()->globals().value(variable);
    return {response("Success", msg).append("Variable", variable).append("Value", value)};
}

QList<AmiMessage> DemoSession::setvar(const AmiMessage& msg)
{
    const QString variable = msg.value("Variable");
    if (variable.isEmpty())
        return {error(msg, QStringLiteral("No variable specified"))};
    const QString value = msg.value("Value");
    DemoWorld* world = m_pbx->world();
    bool ok = true;
    if (variable.endsWith(QLatin1Char(')'))) {
        // Only the two functions an attendant console writes; any other write fails.
        const QString arg = variable.section(QLatin1Char('('), 1).chopped(1);
        if (variable.startsWith(QLatin1String("DEVICE_STATE(")))
            ok = DemoPresence::setDeviceState(*world, arg, value);
        else if (variable.startsWith(QLatin1String("PRESENCE_STATE(")))
            ok = DemoPresence::setPresence(*world, arg, value);
        else
            ok = false;
    } else {
        world->globals().insert(variable, value);
    }
    if (!ok)
        return {error(msg, QStringLiteral("Variable not set"))};
    return {success(msg, QStringLiteral("Variable Set"))};
}

QList<AmiMessage> DemoSession::presenceState(const AmiMessage& msg)
{
    const QString provider = msg.value("Provider");
    if (provider.isEmpty())
        return {error(msg, QStringLiteral("No provider specified"))};
    if (!provider.startsWith(QLatin1String("CustomPresence:")))
        return {error(msg,
            QStringLiteral("Invalid provider ") % provider
                % QStringLiteral(" or provider in invalid state"))};
    return {DemoPresence::presenceStateReply(*m_pbx->world(), provider, response("Success", msg))};
}

QList<AmiMessage> DemoSession::showDialPlan(const AmiMessage& msg)
{
    // 02-ShowDialPlan. Nothing found: only an error (Asterisk sends the list start with the first item).
    const DemoDialplan::Result r
        = DemoDialplan::show(*m_pbx->world(), msg.value("Context"), msg.value("Extension"), msg.actionId());
    if (!r.error.isEmpty())
        return {error(msg, r.error)};
    QList<AmiMessage> out = list(msg, "DialPlan list will follow", "ShowDialPlanComplete", r.items);
    out.last()
        .append("ListExtensions", QString::number(r.extensions))
        .append("ListPriorities", QString::number(r.items.size()))
        .append("ListContexts", QByteArrayView("2")); // phones and the parkedcalls it includes
    return out;
}

QList<AmiMessage> DemoSession::presenceStateList(const AmiMessage& msg)
{
    return list(msg, "Presence State Changes will follow", "PresenceStateListComplete",
        DemoPresence::presenceStateList(*m_pbx->world(), msg.actionId()));
}

QList<AmiMessage> DemoSession::dbGet(const AmiMessage& msg)
{
    return astDbReply(msg, DemoAstDb::dbGet(*m_pbx->world(), msg));
}

QList<AmiMessage> DemoSession::dbPut(const AmiMessage& msg)
{
    return astDbReply(msg, DemoAstDb::dbPut(*m_pbx->world(), msg));
}

QList<AmiMessage> DemoSession::dbDel(const AmiMessage& msg)
{
    return astDbReply(msg, DemoAstDb::dbDel(*m_pbx->world(), msg));
}

QList<AmiMessage> DemoSession::dbDelTree(const AmiMessage& msg)
{
    return astDbReply(msg, DemoAstDb::dbDelTree(*m_pbx->world(), msg));
}

QList<AmiMessage> DemoSession::dbGetTree(const AmiMessage& msg)
{
    return astDbReply(msg, DemoAstDb::dbGetTree(*m_pbx->world(), msg));
}

QList<AmiMessage> DemoSession::astDbReply(const AmiMessage& msg, const DemoAstDb::Reply& reply)
{
    if (!reply.error.isEmpty())
        return {error(msg, reply.error)};
    if (reply.completeName.isEmpty())
        return {success(msg, QString::fromLatin1(reply.message))};
    return list(msg, reply.message, reply.completeName, reply.items);
}

QList<AmiMessage> DemoSession::userEvent(const AmiMessage& msg)
{
    // manager.c action_userevent (02-UserEvent has the ack; the event is not
    // recorded): every header of the action but UserEvent follows it, ActionID included.
    AmiMessage event = m_pbx->world()->event("UserEvent", "user,all");
    event.append("UserEvent", msg.rawValue("UserEvent"));
    for (qsizetype i = 0; i < msg.size(); ++i) {
        if (msg.keyAt(i).compare("UserEvent", Qt::CaseInsensitive) != 0)
            event.append(msg.keyAt(i), msg.rawValueAt(i));
    }
    m_pbx->world()->publish(event); // goes out after the reply (DemoPbx defers it)
    return {success(msg, QStringLiteral("Event Sent"))};
}

QList<AmiMessage> DemoSession::queueAdd(const AmiMessage& msg)
{
    if (msg.value("Queue") != QLatin1String(DemoWorld::QueueName))
        return {error(msg, QStringLiteral("Unable to add interface to queue: No such queue"))};
    return {error(msg, QStringLiteral("Unable to add interface to queue: Already there"))};
}

QList<AmiMessage> DemoSession::queuePause(const AmiMessage& msg)
{
    if (msg.value("Interface").isEmpty() || msg.value("Paused").isEmpty())
        return {error(msg, QStringLiteral("Need 'Interface' and 'Paused' parameters."))};
    const bool paused = isOn(msg.rawValue("Paused"));
    if (m_pbx->features()->queuePause(msg.value("Interface"), paused, msg.value("Reason"))
        != DemoFeatures::Result::Ok)
        return {error(msg, QStringLiteral("Interface not found"))};
    return {success(msg,
        paused ? QStringLiteral("Interface paused successfully")
               : QStringLiteral("Interface unpaused successfully"))};
}

QList<AmiMessage> DemoSession::voicemailRefresh(const AmiMessage& msg)
{
    DemoWorld* world = m_pbx->world();
    const QString only = msg.value("Mailbox");
    for (const QString& n : world->extensionNumbers()) {
        if (only.isEmpty() || only == n)
            world->messageWaiting(*world->extension(n), nullptr);
    }
    return {success(msg, QStringLiteral("Refresh sent"))};
}

QList<AmiMessage> DemoSession::originate(const AmiMessage& msg)
{
    if (msg.value("Channel").isEmpty())
        return {error(msg, QStringLiteral("Channel not specified"))};
    bool ok = true;
    if (msg.contains("Priority"))
        msg.value("Priority").toInt(&ok);
    if (!ok)
        return {error(msg, QStringLiteral("Invalid priority"))};
    const QString channel = msg.value("Channel");
    const bool async = isOn(msg.rawValue("Async")) && msg.contains("Async");
    if (!async) {
        // Without Async Asterisk waits for the call; the demo only runs queued originates.
        const QString resource = channel.section(QLatin1Char('/'), 1);
        if (!channel.startsWith(QLatin1String("PJSIP/")) || !m_pbx->world()->extension(resource))
            return {error(msg, QStringLiteral("Originate failed"))};
    }
    qint64 timeout = msg.value("Timeout").toLongLong(&ok);
    if (!ok || timeout <= 0)
        timeout = 30000;
    if (msg.value("Application").compare(QLatin1String("ChanSpy"), Qt::CaseInsensitive) == 0) {
        m_pbx->chanSpy()->originate(
            channel, msg.value("Data"), msg.value("CallerID"), msg.actionId().toByteArray(), timeout);
        return {success(msg, QStringLiteral("Originate successfully queued"))};
    }
    const QString target = msg.contains("Application") ? QString() : msg.value("Exten");
    const DemoCalls::OriginateResult r = m_pbx->calls()->originate(channel, target, msg.value("CallerID"),
        msg.values("Variable"), msg.actionId().toByteArray(), timeout);
    if (r == DemoCalls::OriginateResult::NoSuchExtension)
        return {error(msg, QStringLiteral("Extension does not exist."))};
    return {success(msg, QStringLiteral("Originate successfully queued"))};
}

QList<AmiMessage> DemoSession::hangup(const AmiMessage& msg)
{
    const QString channel = msg.value("Channel");
    if (channel.isEmpty())
        return {error(msg, QStringLiteral("No channel specified"))};
    DemoWorld* world = m_pbx->world();
    if (channel.size() > 2 && channel.startsWith(QLatin1Char('/')) && channel.endsWith(QLatin1Char('/'))) {
        // A regular expression: every matching channel, as an event list.
        const QRegularExpression re(channel.mid(1, channel.size() - 2));
        QStringList names;
        for (const QString& n : world->extensionNumbers()) {
            for (DemoChannel* ch : world->channelsOf(n)) {
                if (re.match(ch->name).hasMatch())
                    names.append(ch->name);
            }
        }
        QList<AmiMessage> items;
        for (const QString& name : std::as_const(names)) {
            AmiMessage item;
            item.append("Event", QByteArrayView("ChannelHungup"));
            if (!msg.actionId().isEmpty())
                item.append("ActionID", msg.actionId());
            item.append("Channel", name);
            items.append(item);
            m_pbx->calls()->hangupChannel(name);
        }
        return list(msg, "Channels hung up will follow", "ChannelsHungupListComplete", items);
    }
    if (!m_pbx->calls()->hangupChannel(channel))
        return {error(msg, QStringLiteral("No such channel"))};
    return {success(msg, QStringLiteral("Channel Hungup"))};
}

QList<AmiMessage> DemoSession::redirect(const AmiMessage& msg)
{
    if (msg.value("Channel").isEmpty())
        return {error(msg, QStringLiteral("Channel not specified"))};
    const QString extra = msg.value("ExtraChannel");
    const DemoFeatures::Result r = m_pbx->features()->redirect(
        msg.value("Channel"), msg.value("Exten"), extra, msg.value("ExtraExten"));
    if (r == DemoFeatures::Result::NoSuchChannel) {
        const QString name
            = m_pbx->world()->channelByName(msg.value("Channel")) ? extra : msg.value("Channel");
        return {error(msg, QStringLiteral("Channel does not exist: ") + name)};
    }
    if (r != DemoFeatures::Result::Ok)
        return {error(msg, QStringLiteral("Redirect failed"))};
    return {success(msg,
        extra.isEmpty() ? QStringLiteral("Redirect successful")
                        : QStringLiteral("Dual Redirect successful"))};
}

QList<AmiMessage> DemoSession::blindTransfer(const AmiMessage& msg)
{
    return transfer(msg, true);
}

QList<AmiMessage> DemoSession::atxfer(const AmiMessage& msg)
{
    return transfer(msg, false);
}

QList<AmiMessage> DemoSession::transfer(const AmiMessage& msg, bool blind)
{
    if (msg.value("Channel").isEmpty())
        return {error(msg, QStringLiteral("No channel specified"))};
    if (msg.value("Exten").isEmpty())
        return {error(msg, QStringLiteral("No extension specified"))};
    DemoFeatures* features = m_pbx->features();
    const DemoFeatures::Result r = blind
        ? features->blindTransfer(msg.value("Channel"), msg.value("Exten"))
        : features->attendedTransfer(msg.value("Channel"), msg.value("Exten"));
    if (r == DemoFeatures::Result::NoSuchChannel)
        return {error(msg, QStringLiteral("Channel specified does not exist"))};
    if (r != DemoFeatures::Result::Ok)
        return {error(msg, blind ? QStringLiteral("Transfer failed") : QStringLiteral("Atxfer failed"))};
    return {success(
        msg, blind ? QStringLiteral("Transfer succeeded") : QStringLiteral("Atxfer successfully queued"))};
}

QList<AmiMessage> DemoSession::park(const AmiMessage& msg)
{
    if (msg.value("Channel").isEmpty())
        return {error(msg, QStringLiteral("Channel not specified"))};
    bool ok = false;
    qint64 timeout = msg.value("Timeout").toLongLong(&ok);
    if (!ok || timeout <= 0)
        timeout = 120000;
    const DemoFeatures::Result r
        = m_pbx->features()->park(msg.value("Channel"), msg.value("TimeoutChannel"), timeout);
    if (r == DemoFeatures::Result::NoSuchChannel)
        return {error(msg, QStringLiteral("Channel does not exist: ") + msg.value("Channel"))};
    if (r != DemoFeatures::Result::Ok)
        return {error(msg, QStringLiteral("Park failed"))};
    return {success(msg, QStringLiteral("Park successful"))};
}

QList<AmiMessage> DemoSession::listCommands(const AmiMessage& msg)
{
    // 02-ListCommands: manager.c lists an action when the account's write classes
    // include one of its classes or when it needs none (all the read-only user may run).
    AmiMessage out = response("Success", msg);
    for (const DemoCommands::Command& command : DemoCommands::all()) {
        if (permitted(QString::fromLatin1(command.name).toLower()))
            out.append(command.name, command.text);
    }
    return {out};
}
