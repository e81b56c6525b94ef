// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPresence.h"

#include "demo/DemoAstDb.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

namespace {

const QString CustomPrefix = QStringLiteral("Custom:");
const QString PresencePrefix = QStringLiteral("CustomPresence:");

// The names ast_devstate_val() knows; anything else is stored as UNKNOWN.
const QStringList DeviceStates = {
    QStringLiteral("UNKNOWN"),
    QStringLiteral("NOT_INUSE"),
    QStringLiteral("INUSE"),
    QStringLiteral("BUSY"),
    QStringLiteral("INVALID"),
    QStringLiteral("UNAVAILABLE"),
    QStringLiteral("RINGING"),
    QStringLiteral("RINGINUSE"),
    QStringLiteral("ONHOLD"),
};

// "NAME(arg1,arg2,...)" -> {arg1, arg2, ...}; empty when variable is not NAME(...).
QStringList functionArgs(const QString& variable, const QString& name)
{
    if (!variable.startsWith(name + QLatin1Char('(')) || !variable.endsWith(QLatin1Char(')')))
        return {};
    return variable.mid(name.size() + 1, variable.size() - name.size() - 2).split(QLatin1Char(','));
}

} // namespace

bool DemoPresence::isPresenceState(const QString& state)
{
    static const QStringList known
        = {QStringLiteral("not_set"), QStringLiteral("unavailable"), QStringLiteral("available"),
            QStringLiteral("away"), QStringLiteral("xa"), QStringLiteral("chat"), QStringLiteral("dnd")};
    return known.contains(state);
}

QList<DemoPresence::Hint> DemoPresence::featureHints(const DemoWorld& world)
{
    QList<Hint> out;
    for (const QString& n : world.extensionNumbers())
        out.append({QStringLiteral("*76") + n, CustomPrefix % QStringLiteral("DND") % n});
    out.append({QStringLiteral("9000"), CustomPrefix + QStringLiteral("operator-dnd")});
    out.append({QStringLiteral("9001"), CustomPrefix + QStringLiteral("nightmode")});
    return out;
}

QString DemoPresence::customState(const DemoWorld& world, const QString& name)
{
    return world.customStates().value(name, QStringLiteral("UNKNOWN"));
}

int DemoPresence::hintStatus(const QString& deviceState)
{
    if (deviceState == QLatin1String("INUSE"))
        return 1;
    if (deviceState == QLatin1String("BUSY"))
        return 2;
    if (deviceState == QLatin1String("INVALID") || deviceState == QLatin1String("UNAVAILABLE"))
        return 4;
    if (deviceState == QLatin1String("RINGING"))
        return 8;
    if (deviceState == QLatin1String("RINGINUSE"))
        return 9;
    if (deviceState == QLatin1String("ONHOLD"))
        return 16;
    return 0; // NOT_INUSE, UNKNOWN (never set): the hint reads Idle (13-daynight-nightmode)
}

void DemoPresence::publishHintStatus(DemoWorld& world, const Hint& hint, int status)
{
    AmiMessage msg = world.event("ExtensionStatus");
    msg.append("Exten", hint.exten);
    msg.append("Context", QByteArrayView("phones"));
    msg.append("Hint", hint.device);
    msg.append("Status", QString::number(status));
    msg.append("StatusText", DemoWorld::extensionStatusText(status));
    world.publish(msg);
}

bool DemoPresence::setDeviceState(DemoWorld& world, const QString& device, const QString& state)
{
    // func_devstate writes Custom: devices only.
    if (!device.startsWith(CustomPrefix) || device.size() == CustomPrefix.size())
        return false;
    const QString name = device.mid(CustomPrefix.size());
    const QString upper = state.trimmed().toUpper();
    const QString value = DeviceStates.contains(upper) ? upper : QStringLiteral("UNKNOWN");
    world.customStates().insert(name, value);
    DemoAstDb::put(world, QStringLiteral("CustomDevstate"), name, value); // func_devstate keeps it there
    if (name.startsWith(QLatin1String("DND"))) {
        if (DemoExtension* ext = world.extension(name.mid(3)))
            ext->dnd = value != QLatin1String("NOT_INUSE") && value != QLatin1String("UNKNOWN");
    }
    // 11-astdb-forward-dnd, 13-daynight-nightmode: the hint first, then the device.
    for (const Hint& hint : featureHints(world)) {
        if (hint.device == device)
            publishHintStatus(world, hint, hintStatus(value));
    }
    world.deviceStateChange(device, value);
    return true;
}

bool DemoPresence::setPresence(DemoWorld& world, const QString& provider, const QString& value)
{
    if (!provider.startsWith(PresencePrefix) || provider.size() == PresencePrefix.size())
        return false;
    // state,subtype,message,options — a comma in the message spills into options.
    const QStringList parts = value.split(QLatin1Char(','));
    const QString options = parts.value(3);
    if (parts.size() > 4 || !isPresenceState(parts.value(0))
        || (!options.isEmpty() && options != QLatin1String("e")))
        return false;
    DemoPresenceState p;
    p.state = parts.value(0);
    p.subtype = parts.value(1);
    p.message = parts.value(2);
    if (options == QLatin1String("e")) {
        p.subtype = QString::fromUtf8(QByteArray::fromBase64(p.subtype.toLatin1()));
        p.message = QString::fromUtf8(QByteArray::fromBase64(p.message.toLatin1()));
    }
    const QString name = provider.mid(PresencePrefix.size());
    world.presence().insert(name, p);
    DemoAstDb::put(world, QStringLiteral("CustomPresence"), name, value); // the raw value (10-presence-state)
    // 10-presence-state: PresenceStatus for the hint holding the provider, then PresenceStateChange.
    if (const DemoExtension* ext = world.extension(name)) {
        AmiMessage status = world.event("PresenceStatus");
        status.append("Exten", ext->number);
        status.append("Context", QByteArrayView("phones"));
        status.append("Hint", ext->hint());
        status.append("Status", p.state);
        status.append("Subtype", p.subtype);
        status.append("Message", p.message);
        world.publish(status);
    }
    AmiMessage change = world.event("PresenceStateChange");
    change.append("Presentity", provider);
    change.append("Status", p.state);
    change.append("Subtype", p.subtype);
    change.append("Message", p.message);
    world.publish(change);
    return true;
}

std::optional<QString> DemoPresence::read(const DemoWorld& world, const QString& variable)
{
    if (const QStringList args = functionArgs(variable, QStringLiteral("DEVICE_STATE")); !args.isEmpty()) {
        const QString device = args.first();
        if (device.startsWith(CustomPrefix))
            return customState(world, device.mid(CustomPrefix.size()));
        const DemoExtension* ext = world.extension(device.section(QLatin1Char('/'), 1));
        if (ext && device == ext->device())
            return DemoWorld::deviceStateName(ext->state);
        return device.startsWith(QLatin1String("PJSIP/")) ? QStringLiteral("INVALID")
                                                          : QStringLiteral("UNKNOWN");
    }
    const QStringList args = functionArgs(variable, QStringLiteral("PRESENCE_STATE"));
    if (args.isEmpty())
        return std::nullopt;
    // A read needs provider and field; anything wrong reads as empty (ast_func_read failed).
    const QString provider = args.value(0);
    if (!provider.startsWith(PresencePrefix) || args.size() < 2)
        return QString();
    const DemoPresenceState p = world.presence().value(provider.mid(PresencePrefix.size()));
    const bool base64 = args.value(2).contains(QLatin1Char('e'));
    auto encoded
        = [base64](const QString& s) { return base64 ? QString::fromLatin1(s.toUtf8().toBase64()) : s; };
    const QString field = args.value(1);
    if (field == QLatin1String("value"))
        return p.state;
    if (field == QLatin1String("subtype"))
        return encoded(p.subtype);
    if (field == QLatin1String("message"))
        return encoded(p.message);
    return QString();
}

AmiMessage DemoPresence::presenceStateReply(const DemoWorld& world, const QString& provider, AmiMessage reply)
{
    // 10-presence-state: State, then Subtype and a second Message header only when set.
    const DemoPresenceState p = world.presence().value(provider.mid(PresencePrefix.size()));
    reply.append("Message", QByteArrayView("Presence State"));
    reply.append("State", p.state);
    if (!p.subtype.isEmpty())
        reply.append("Subtype", p.subtype);
    if (!p.message.isEmpty()) {
        reply.append("Message", p.message);
        reply.append("PresenceMessage", p.message);
    }
    return reply;
}

QList<AmiMessage> DemoPresence::presenceStateList(const DemoWorld& world, QByteArrayView actionId)
{
    QList<AmiMessage> out;
    for (auto it = world.presence().cbegin(); it != world.presence().cend(); ++it) {
        AmiMessage msg;
        msg.append("Event", QByteArrayView("PresenceStateChange"));
        msg.append("ActionID", actionId);
        msg.append("Presentity", PresencePrefix + it.key());
        msg.append("Status", it->state);
        msg.append("Subtype", it->subtype);
        msg.append("Message", it->message);
        out.append(msg);
    }
    return out;
}
