// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDialplan.h"

#include "demo/DemoPresence.h"
#include "demo/DemoWorld.h"

#include <QStringBuilder>

namespace {

struct Line
{
    QString priority; // "hint" or a number
    QString application;
    QString data;
};

struct Extension
{
    QString name; // an extension or a pattern (_0.)
    QList<Line> lines;
};

QList<Extension> dialplan(const DemoWorld& w)
{
    QList<Extension> out;
    const Line hangup {QStringLiteral("2"), QStringLiteral("Hangup"), QString()};
    for (const QString& n : w.extensionNumbers()) {
        const DemoExtension* ext = w.extension(n);
        out.append({n,
            {{QStringLiteral("hint"), ext->hint(), QString()},
                {QStringLiteral("1"), QStringLiteral("Gosub"), QStringLiteral("sub-phone,s,1(${EXTEN})")},
                hangup}});
        out.append({QLatin1Char('*') + n,
            {{QStringLiteral("1"), QStringLiteral("VoiceMail"), n % QStringLiteral("@default,u")}, hangup}});
    }
    out.append({QLatin1String(DemoWorld::QueueExtension),
        {{QStringLiteral("1"), QStringLiteral("Answer"), QString()},
            {QStringLiteral("2"), QStringLiteral("NoOp"), QStringLiteral("queue support")},
            {QStringLiteral("3"), QStringLiteral("Queue"), QStringLiteral("support,t,,,60")}}});
    for (int space = DemoWorld::FirstParkingSpace; space <= DemoWorld::LastParkingSpace; ++space) {
        const QString s = QString::number(space);
        out.append(
            {s, {{QStringLiteral("1"), QStringLiteral("ParkedCall"), QStringLiteral("default,") + s}}});
    }
    for (const DemoPresence::Hint& hint : DemoPresence::featureHints(w)) {
        out.append({hint.exten,
            {{QStringLiteral("hint"), hint.device, QString()},
                {QStringLiteral("1"), QStringLiteral("Set"),
                    QStringLiteral("DEVICE_STATE(") % hint.device
                        % QStringLiteral(")=${IF($[\"${DEVICE_STATE(") % hint.device
                        % QStringLiteral(")}\" = \"BUSY\"]?NOT_INUSE:BUSY)}")}}});
    }
    for (const char* pattern : {"_+X.", "_0X.", "_XXXXX."}) {
        out.append({QLatin1String(pattern),
            {{QStringLiteral("1"), QStringLiteral("Dial"), QStringLiteral("PJSIP/${EXTEN}@trunk,60,tTkK")}}});
    }
    return out;
}

bool matches(const Extension& e, const DemoWorld& w, const QString& exten)
{
    if (exten.isEmpty() || e.name == exten)
        return true;
    if (!e.name.startsWith(QLatin1Char('_')) || !w.isOutsideNumber(exten))
        return false;
    if (e.name == QLatin1String("_+X."))
        return exten.startsWith(QLatin1Char('+'));
    if (e.name == QLatin1String("_0X."))
        return exten.startsWith(QLatin1Char('0'));
    return !exten.startsWith(QLatin1Char('+')) && !exten.startsWith(QLatin1Char('0'));
}

} // namespace

DemoDialplan::Result DemoDialplan::show(
    const DemoWorld& world, const QString& context, const QString& exten, QByteArrayView actionId)
{
    Result result;
    if (!context.isEmpty() && context != QLatin1String("phones")) {
        result.error = QStringLiteral("Did not find context ") + context;
        return result;
    }
    for (const Extension& e : dialplan(world)) {
        if (!matches(e, world, exten))
            continue;
        ++result.extensions;
        for (const Line& line : e.lines) {
            // 02-ShowDialPlan: a hint line has no AppData.
            AmiMessage item;
            item.append("Event", QByteArrayView("ListDialplan"));
            item.append("ActionID", actionId);
            item.append("Context", QByteArrayView("phones"));
            item.append("Extension", e.name);
            item.append("Priority", line.priority);
            item.append("Application", line.application);
            if (line.priority != QLatin1String("hint"))
                item.append("AppData", line.data);
            item.append("Registrar", QByteArrayView("pbx_config"));
            result.items.append(item);
        }
    }
    if (result.items.isEmpty()) {
        if (exten.isEmpty())
            result.error = QStringLiteral("No dialplan items found");
        else if (context.isEmpty())
            result.error
                = QStringLiteral("Did not find extension ") + exten + QStringLiteral(" in any context");
        else
            result.error = QStringLiteral("Did not find extension ") + exten + u'@' + context;
    }
    return result;
}
