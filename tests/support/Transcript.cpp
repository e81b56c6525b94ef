// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include "core/ami/AmiParser.h"
#include "core/pbx/PbxState.h"

#include <QFile>
#include <QRegularExpression>

namespace Transcript {

QList<AmiMessage> load(const QString& name)
{
    QFile f(QStringLiteral(ATTENDANT_TEST_DATA "/ami/22.10.1/") + name + QStringLiteral(".recv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open transcript %s", qPrintable(name));
    AmiParser parser;
    parser.feed(f.readAll());
    QList<AmiMessage> out;
    parser.takeMessages(out);
    return out;
}

qsizetype find(const QList<AmiMessage>& messages, const QString& spec)
{
    static const QRegularExpression re(QStringLiteral("^(\\w+)(?:\\[([^\\]]*)\\])?#(\\d+)$"));
    const QRegularExpressionMatch m = re.match(spec);
    if (!m.hasMatch())
        qFatal("bad stop spec %s", qPrintable(spec));
    const QByteArray event = m.captured(1).toLatin1();
    QList<QPair<QByteArray, QString>> filters;
    const QStringList parts = m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        filters.append({part.left(eq).toLatin1(), part.mid(eq + 1)});
    }
    int wanted = m.captured(3).toInt();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const AmiMessage& msg = messages[i];
        if (!msg.isEvent() || msg.eventName() != event)
            continue;
        bool ok = true;
        for (const auto& f : std::as_const(filters))
            ok = ok && msg.value(f.first) == f.second;
        if (ok && --wanted == 0)
            return i;
    }
    return -1;
}

void seed(PbxState& state)
{
    state.beginSync();
    for (const char* list : {"02-ExtensionStateList", "02-DeviceStateList"}) {
        const QList<AmiMessage> messages = load(QLatin1String(list));
        for (const AmiMessage& m : messages) {
            if (m.isEvent() && m.contains("ActionID"))
                state.apply(m);
        }
    }
    state.endSync(PbxState::Category::Extensions | PbxState::Category::Devices);
}

void applyList(PbxState& state, const QString& name, const QByteArray& actionId, int categories)
{
    state.beginSync();
    const QList<AmiMessage> messages = load(name);
    for (const AmiMessage& m : messages) {
        if (m.isEvent() && m.actionId() == actionId)
            state.apply(m);
    }
    state.endSync(PbxState::Categories::fromInt(categories));
}

void seedPresenceHints(PbxState& state)
{
    applyList(state, QStringLiteral("10-presence-state"), "10-presence-state-27",
        int(PbxState::Category::Extensions));
    applyList(state, QStringLiteral("11-astdb-forward-dnd"), "11-astdb-forward-dnd-30",
        int(PbxState::Category::Devices));
    applyList(state, QStringLiteral("02-VoicemailUsersList"), "02-VoicemailUsersList-2",
        int(PbxState::Category::Mailboxes));
}

QList<AmiMessage> liveEvents(const QString& name)
{
    QList<AmiMessage> out;
    const QList<AmiMessage> messages = load(name);
    for (const AmiMessage& m : messages) {
        if (m.isEvent() && !m.contains("ActionID"))
            out.append(m);
    }
    return out;
}

bool replay(PbxState& state, const QString& name, const QString& spec)
{
    seed(state);
    const QList<AmiMessage> messages = load(name);
    const qsizetype stop = spec.isEmpty() ? messages.size() - 1 : find(messages, spec);
    if (stop < 0)
        return false;
    for (qsizetype i = 0; i <= stop; ++i) {
        if (messages[i].isEvent())
            state.apply(messages[i]);
    }
    return true;
}

AmiMessage withValue(const AmiMessage& m, QByteArrayView key, const QString& value)
{
    AmiMessage copy;
    for (qsizetype i = 0; i < m.size(); ++i)
        copy.append(m.keyAt(i), m.keyAt(i) == key ? value : m.valueAt(i));
    return copy;
}

} // namespace Transcript
