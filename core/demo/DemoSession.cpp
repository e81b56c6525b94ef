// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSession.h"

#include "common/Clock.h"
#include "demo/DemoCalls.h"
#include "demo/DemoFeatures.h"
#include "demo/DemoLists.h"
#include "demo/DemoPbx.h"
#include "demo/DemoWorld.h"

#include <QRegularExpression>
#include <QStringBuilder>
#include <QTcpSocket>

namespace {

// Actions a user without write permission may still run (their manager
// action has no required class in Asterisk 22: 05-permission-denied-readonly).
bool needsNoPermission(const QString& action)
{
    static const QStringList free = {
        QStringLiteral("ping"),
        QStringLiteral("logoff"),
        QStringLiteral("events"),
        QStringLiteral("queuestatus"),
        QStringLiteral("queuesummary"),
        QStringLiteral("listcommands"),
    };
    return free.contains(action);
}

bool isOn(QByteArrayView value)
{
    return value.compare("off", Qt::CaseInsensitive) != 0 && value.compare("no", Qt::CaseInsensitive) != 0
        && value.compare("false", Qt::CaseInsensitive) != 0 && value != "0";
}

} // namespace

DemoSession::DemoSession(QTcpSocket* socket, DemoPbx* pbx)
    : QObject(pbx)
    , m_socket(socket)
    , m_pbx(pbx)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &DemoSession::handleReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &DemoSession::closed);
    socket->write("Asterisk Call Manager/11.0.0\r\n");
}

void DemoSession::deliverEvent(const QByteArray& wire, QByteArrayView privilege)
{
    if (m_state != State::LoggedIn || !m_events || !m_socket)
        return;
    // The read-only account reads call and agent events only.
    if (m_readOnly && !privilege.startsWith("call") && !privilege.startsWith("agent"))
        return;
    m_socket->write(wire);
}

void DemoSession::handleReadyRead()
{
    if (!m_socket)
        return;
    if (m_parser.feed(m_socket->readAll()) != AmiParser::Status::Ok) {
        close();
        return;
    }
    while (m_parser.hasMessages() && m_state != State::Closing)
        handleMessage(m_parser.takeMessage());
}

AmiMessage DemoSession::response(QByteArrayView status, const AmiMessage& request) const
{
    AmiMessage msg;
    msg.append("Response", status);
    if (!request.actionId().isEmpty())
        msg.append("ActionID", request.actionId());
    return msg;
}

AmiMessage DemoSession::error(const AmiMessage& request, const QString& message) const
{
    return response("Error", request).append("Message", message);
}

AmiMessage DemoSession::success(const AmiMessage& request, const QString& message) const
{
    return response("Success", request).append("Message", message);
}

bool DemoSession::permitted(const QString& action) const
{
    return !m_readOnly || needsNoPermission(action);
}

void DemoSession::send(const QList<AmiMessage>& messages)
{
    if (!m_socket)
        return;
    QByteArray out;
    for (const AmiMessage& m : messages)
        out += m.toWire();
    m_socket->write(out);
}

void DemoSession::close()
{
    m_state = State::Closing;
    if (m_socket)
        m_socket->disconnectFromHost();
}

void DemoSession::handleMessage(const AmiMessage& msg)
{
    if (msg.isEmpty())
        return;
    const QString action = msg.value("Action").trimmed();
    const QString lower = action.toLower();
    if (action.isEmpty()) {
        send({error(msg, QStringLiteral("Missing action in request"))});
        return;
    }
    if (m_state == State::Greeted && lower != QLatin1String("login") && lower != QLatin1String("challenge")
        && lower != QLatin1String("logoff")) {
        send({error(msg, QStringLiteral("Permission denied"))});
        return;
    }
    if (lower == QLatin1String("login")) {
        const QList<AmiMessage> out = login(msg);
        if (m_state == State::LoggedIn)
            send(out);
        return;
    }
    if (!permitted(lower)) {
        send({error(msg, QStringLiteral("Permission denied"))});
        return;
    }
    m_pbx->beginAction();
    const QList<AmiMessage> out = execute(lower, msg);
    send(out);
    m_pbx->endAction();
    if (lower == QLatin1String("logoff"))
        close();
}

QList<AmiMessage> DemoSession::login(const AmiMessage& msg)
{
    if (m_state == State::LoggedIn)
        return {success(msg, QStringLiteral("Already authenticated"))};
    const QString user = msg.value("Username");
    const bool md5 = msg.valueIs("AuthType", "MD5");
    bool readOnly = false;
    const bool ok = m_pbx->authenticate(user, md5 ? QString() : msg.value("Secret"),
        md5 ? msg.rawValue("Key").toByteArray() : QByteArray(), m_challenge, &readOnly);
    if (!ok) {
        // Asterisk answers a failed login after about a second, then hangs up.
        m_state = State::Closing;
        const AmiMessage reply = error(msg, QStringLiteral("Authentication failed"));
        ClockTimer* timer = m_pbx->clock()->createTimer(this);
        timer->setSingleShot(true);
        connect(timer, &ClockTimer::timeout, this, [this, reply, timer] {
            timer->deleteLater();
            send({reply});
            if (m_socket)
                m_socket->disconnectFromHost();
        });
        timer->start(1000);
        return {};
    }
    m_state = State::LoggedIn;
    m_readOnly = readOnly;
    m_events = !msg.contains("Events") || isOn(msg.rawValue("Events"));
    QList<AmiMessage> out {success(msg, QStringLiteral("Authentication accepted"))};
    if (m_events && !m_readOnly) {
        // Sent right after Login: Privilege but no Timestamp (01-login-plain-ok).
        const QString uptime = QString::number(m_pbx->world()->nowSecs() - m_pbx->world()->bootSecs());
        AmiMessage booted;
        booted.append("Event", QByteArrayView("FullyBooted"));
        booted.append("Privilege", QByteArrayView("system,all"));
        booted.append("Uptime", uptime);
        booted.append("LastReload", uptime);
        booted.append("Status", QByteArrayView("Fully Booted"));
        out.append(booted);
    }
    return out;
}

QList<AmiMessage> DemoSession::list(const AmiMessage& msg, QByteArrayView message,
    QByteArrayView completeName, QList<AmiMessage> items, bool withTotal)
{
    AmiMessage start = response("Success", msg);
    start.append("EventList", QByteArrayView("start"));
    start.append("Message", message);
    AmiMessage complete;
    complete.append("Event", completeName);
    if (!msg.actionId().isEmpty())
        complete.append("ActionID", msg.actionId());
    complete.append("EventList", QByteArrayView("Complete"));
    complete.append("ListItems", QString::number(items.size()));
    if (withTotal)
        complete.append("Total", QString::number(items.size()));
    items.prepend(start);
    items.append(complete);
    return items;
}

QList<AmiMessage> DemoSession::execute(const QString& action, const AmiMessage& msg)
{
    DemoWorld* world = m_pbx->world();
    DemoFeatures* features = m_pbx->features();
    const QByteArrayView id = msg.actionId();
    auto missing = [&msg](QByteArrayView key) { return msg.value(key).isEmpty(); };

    if (action == QLatin1String("ping")) {
        return {response("Success", msg)
                    .append("Ping", QByteArrayView("Pong"))
                    .append("Timestamp", DemoWorld::timestamp(world->nowMs()))};
    }
    if (action == QLatin1String("logoff"))
        return {response("Goodbye", msg).append("Message", QByteArrayView("Thanks for all the fish."))};
    if (action == QLatin1String("challenge")) {
        if (!msg.valueIs("AuthType", "MD5"))
            return {error(msg, QStringLiteral("Must specify AuthType"))};
        if (m_challenge.isEmpty())
            m_challenge = QByteArray::number(world->random().bounded(100000000, 999999999));
        return {response("Success", msg).append("Challenge", QByteArrayView(m_challenge))};
    }
    if (action == QLatin1String("events")) {
        m_events = isOn(msg.rawValue("EventMask"));
        return {response("Success", msg).append("Events", QByteArrayView(m_events ? "On" : "Off"))};
    }
    if (action == QLatin1String("extensionstatelist"))
        return list(msg, "Extension Statuses will follow", "ExtensionStateListComplete",
            DemoLists::extensionStateList(*world, id));
    if (action == QLatin1String("devicestatelist"))
        return list(msg, "Device State Changes will follow", "DeviceStateListComplete",
            DemoLists::deviceStateList(*world, id));
    if (action == QLatin1String("coreshowchannels"))
        return list(
            msg, "Channels will follow", "CoreShowChannelsComplete", DemoLists::coreShowChannels(*world, id));
    if (action == QLatin1String("parkedcalls"))
        return list(msg, "Parked calls will follow", "ParkedCallsComplete",
            DemoLists::parkedCallsList(*world, id), true);
    if (action == QLatin1String("queuestatus"))
        return list(msg, "Queue status will follow", "QueueStatusComplete",
            DemoLists::queueStatus(*world, id, msg.value("Queue")));
    if (action == QLatin1String("voicemailuserslist"))
        return list(msg, "Voicemail user list will follow", "VoicemailUserEntryComplete",
            DemoLists::voicemailUsers(*world, id));
    if (action == QLatin1String("parkinglots")) {
        AmiMessage lot;
        lot.append("Event", QByteArrayView("Parkinglot"));
        if (!id.isEmpty())
            lot.append("ActionID", id);
        lot.append("Name", QByteArrayView("default"));
        lot.append("StartSpace", QString::number(DemoWorld::FirstParkingSpace));
        lot.append("StopSpace", QString::number(DemoWorld::LastParkingSpace));
        lot.append("Timeout", QByteArrayView("120"));
        return list(msg, "Parking lots will follow", "ParkinglotsComplete", {lot});
    }
    if (action == QLatin1String("mailboxcount")) {
        if (missing("Mailbox"))
            return {error(msg, QStringLiteral("Mailbox not specified"))};
        const QString mailbox = msg.value("Mailbox");
        const DemoExtension* ext = world->extension(mailbox.section(QLatin1Char('@'), 0, 0));
        return {success(msg, QStringLiteral("Mailbox Message Count"))
                    .append("Mailbox", mailbox)
                    .append("UrgMessages", QString::number(ext ? ext->urgentMessages : 0))
                    .append("NewMessages", QString::number(ext ? ext->newMessages : 0))
                    .append("OldMessages", QString::number(ext ? ext->oldMessages : 0))};
    }
    if (action == QLatin1String("extensionstate")) {
        const QString exten = msg.value("Exten");
        const QString context = msg.value("Context", QStringLiteral("default"));
        const DemoExtension* ext = context == QLatin1String("phones") ? world->extension(exten) : nullptr;
        const int code = ext ? DemoWorld::extensionStatusCode(*ext) : -1;
        return {success(msg, QStringLiteral("Extension Status"))
                    .append("Exten", exten)
                    .append("Context", context)
                    .append("Hint", ext ? ext->hint() : QString())
                    .append("Status", QString::number(code))
                    .append("StatusText", DemoWorld::extensionStatusText(code))};
    }
    if (action == QLatin1String("getvar")) {
        if (missing("Variable"))
            return {error(msg, QStringLiteral("No variable specified"))};
        return {
            response("Success", msg).append("Variable", msg.value("Variable")).append("Value", QString())};
    }
    if (action == QLatin1String("queueadd")) {
        if (msg.value("Queue") != QLatin1String(DemoWorld::QueueName))
            return {error(msg, QStringLiteral("Unable to add interface to queue: No such queue"))};
        return {error(msg, QStringLiteral("Unable to add interface to queue: Already there"))};
    }
    if (action == QLatin1String("queuepause")) {
        if (missing("Interface") || missing("Paused"))
            return {error(msg, QStringLiteral("Need 'Interface' and 'Paused' parameters."))};
        const bool paused = isOn(msg.rawValue("Paused"));
        if (features->queuePause(msg.value("Interface"), paused, msg.value("Reason"))
            != DemoFeatures::Result::Ok)
            return {error(msg, QStringLiteral("Interface not found"))};
        return {success(msg,
            paused ? QStringLiteral("Interface paused successfully")
                   : QStringLiteral("Interface unpaused successfully"))};
    }
    if (action == QLatin1String("voicemailrefresh")) {
        const QString only = msg.value("Mailbox");
        for (const QString& n : world->extensionNumbers()) {
            if (only.isEmpty() || only == n)
                world->messageWaiting(*world->extension(n), nullptr);
        }
        return {success(msg, QStringLiteral("Refresh sent"))};
    }
    if (action == QLatin1String("originate"))
        return originate(msg);
    if (action == QLatin1String("hangup"))
        return hangup(msg);
    if (action == QLatin1String("redirect")) {
        if (missing("Channel"))
            return {error(msg, QStringLiteral("Channel not specified"))};
        const QString extra = msg.value("ExtraChannel");
        const DemoFeatures::Result r
            = features->redirect(msg.value("Channel"), msg.value("Exten"), extra, msg.value("ExtraExten"));
        if (r == DemoFeatures::Result::NoSuchChannel) {
            const QString name = world->channelByName(msg.value("Channel")) ? extra : msg.value("Channel");
            return {error(msg, QStringLiteral("Channel does not exist: ") + name)};
        }
        if (r != DemoFeatures::Result::Ok)
            return {error(msg, QStringLiteral("Redirect failed"))};
        return {success(msg,
            extra.isEmpty() ? QStringLiteral("Redirect successful")
                            : QStringLiteral("Dual Redirect successful"))};
    }
    if (action == QLatin1String("blindtransfer") || action == QLatin1String("atxfer")) {
        if (missing("Channel"))
            return {error(msg, QStringLiteral("No channel specified"))};
        if (missing("Exten"))
            return {error(msg, QStringLiteral("No extension specified"))};
        const bool blind = action == QLatin1String("blindtransfer");
        const DemoFeatures::Result r = blind
            ? features->blindTransfer(msg.value("Channel"), msg.value("Exten"))
            : features->attendedTransfer(msg.value("Channel"), msg.value("Exten"));
        if (r == DemoFeatures::Result::NoSuchChannel)
            return {error(msg, QStringLiteral("Channel specified does not exist"))};
        if (r != DemoFeatures::Result::Ok)
            return {error(msg, blind ? QStringLiteral("Transfer failed") : QStringLiteral("Atxfer failed"))};
        return {success(msg,
            blind ? QStringLiteral("Transfer succeeded") : QStringLiteral("Atxfer successfully queued"))};
    }
    if (action == QLatin1String("park")) {
        if (missing("Channel"))
            return {error(msg, QStringLiteral("Channel not specified"))};
        bool ok = false;
        qint64 timeout = msg.value("Timeout").toLongLong(&ok);
        if (!ok || timeout <= 0)
            timeout = 120000;
        const DemoFeatures::Result r
            = features->park(msg.value("Channel"), msg.value("TimeoutChannel"), timeout);
        if (r == DemoFeatures::Result::NoSuchChannel)
            return {error(msg, QStringLiteral("Channel does not exist: ") + msg.value("Channel"))};
        if (r != DemoFeatures::Result::Ok)
            return {error(msg, QStringLiteral("Park failed"))};
        return {success(msg, QStringLiteral("Park successful"))};
    }
    return {error(msg,
        QStringLiteral("Invalid/unknown command: ") % msg.value("Action").trimmed()
            % QStringLiteral(". Use Action: ListCommands to show available commands."))};
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
