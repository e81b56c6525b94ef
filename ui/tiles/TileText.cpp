// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/TileText.h"

#include "core/common/Clock.h"
#include "core/models/ModelRoles.h"
#include "core/presence/PresenceNote.h"
#include "ui/common/ActivityText.h"
#include "ui/common/CallRecordingText.h"
#include "ui/common/PresenceStyle.h"
#include "ui/common/StateStyle.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QModelIndex>
#include <QStringList>

using Pbx::ExtensionState;

QString TileText::title(const QModelIndex& tile)
{
    const QString name = tile.data(ExtensionRoles::Name).toString();
    return name.isEmpty() ? tile.data(ExtensionRoles::Number).toString() : name;
}

QString TileText::state(const QModelIndex& tile)
{
    const auto state = ExtensionState(tile.data(ExtensionRoles::State).toInt());
    const int held = tile.data(ExtensionRoles::HeldCalls).toInt();
    QString text = StateStyle::text(state);
    // A parking space holding a call is not "on a call" itself.
    if (const QString word = ActivityText::stateWord(activityOf(tile)); !word.isEmpty())
        text = word;
    // A phone in a ConfBridge room is not just busy: say which room.
    if (const QString room = tile.data(ExtensionRoles::InConference).toString(); !room.isEmpty())
        text = tr("In conference %1").arg(room);
    if (held > 0 && state != ExtensionState::OnHold && state != ExtensionState::InUseOnHold)
        text += QStringLiteral(" · ") + tr("%n on hold", nullptr, held);
    return text;
}

QString TileText::stateLine(
    const QFontMetrics& metrics, int width, const QString& number, const QString& state)
{
    const QString full = number.isEmpty() ? state : number + QStringLiteral(" · ") + state;
    if (metrics.horizontalAdvance(full) <= width || number.isEmpty())
        return metrics.elidedText(full, Qt::ElideRight, width);
    return metrics.elidedText(state, Qt::ElideRight, width);
}

QString TileText::recording(const QModelIndex& tile, qint64 nowMs)
{
    return CallRecordingText::indicator(tile.data(ExtensionRoles::Recording).toInt(),
        tile.data(ExtensionRoles::RecordingSinceMs).toLongLong(),
        nowMs >= 0 ? nowMs : Clock::system()->currentMSecsSinceEpoch());
}

Pbx::CallActivity TileText::activityOf(const QModelIndex& tile)
{
    return tile.data(ExtensionRoles::Activity).value<Pbx::CallActivity>();
}

QString TileText::party(const QModelIndex& tile, qint64 nowMs)
{
    // What the call really is (leaving a message, parked, queued…), when the model says.
    const Pbx::CallActivity activity = activityOf(tile);
    // In a room, the state line names it ("In conference 8500"): no second line repeating it.
    if (activity.kind == Pbx::CallActivity::Kind::Conference
        && !tile.data(ExtensionRoles::InConference).toString().isEmpty())
        return {};
    if (activity.kind != Pbx::CallActivity::Kind::None)
        return ActivityText::sentence(
            activity, nowMs >= 0 ? nowMs : Clock::system()->currentMSecsSinceEpoch());
    const QString peerNumber = tile.data(ExtensionRoles::PeerNumber).toString();
    const QString peerName = tile.data(ExtensionRoles::PeerName).toString();
    if (peerNumber.isEmpty() && peerName.isEmpty())
        return {};
    const QString who = peerName.isEmpty() ? peerNumber
        : peerNumber.isEmpty()             ? peerName
                                           : peerName + u' ' + peerNumber;
    const bool ringing = ExtensionState(tile.data(ExtensionRoles::State).toInt()) == ExtensionState::Ringing;
    return ringing ? tr("from %1").arg(who) : tr("with %1").arg(who);
}

QString TileText::presence(const QModelIndex& tile)
{
    const QString presence = tile.data(ExtensionRoles::Presence).toString();
    const QString message = tile.data(ExtensionRoles::PresenceMessage).toString();
    // The state already says "Do not disturb": only the note is new.
    const bool saidByState = presence.compare(QLatin1String("dnd"), Qt::CaseInsensitive) == 0
        && ExtensionState(tile.data(ExtensionRoles::State).toInt()) == ExtensionState::DoNotDisturb;
    return saidByState ? message.simplified() : PresenceStyle::text(presence, message);
}

QString TileText::returnTime(const QModelIndex& tile, qint64 nowMs)
{
    const qint64 backMs = tile.data(ExtensionRoles::PresenceReturnMs).toLongLong();
    const QString presence = tile.data(ExtensionRoles::Presence).toString();
    if (backMs <= 0 || !PresenceNote(PresenceNote::parseStatus(presence), {}).isAway())
        return {};
    const QDateTime now
        = QDateTime::fromMSecsSinceEpoch(nowMs >= 0 ? nowMs : Clock::system()->currentMSecsSinceEpoch());
    return PresenceStyle::returnText(QDateTime::fromMSecsSinceEpoch(backMs), now);
}

QString TileText::forward(const QModelIndex& tile)
{
    constexpr int Shown = 4;
    const QString number = tile.data(ExtensionRoles::ForwardAlways).toString();
    if (number.isEmpty())
        return {};
    return QStringLiteral("→ ") + (number.size() > Shown + 1 ? number.left(Shown) + u'…' : number);
}

QString TileText::dndApart(const QModelIndex& tile)
{
    const auto state = ExtensionState(tile.data(ExtensionRoles::State).toInt());
    if (!tile.data(ExtensionRoles::DatabaseDnd).toBool() || state == ExtensionState::DoNotDisturb)
        return {};
    return StateStyle::text(ExtensionState::DoNotDisturb);
}

QString TileText::availability(const QModelIndex& tile)
{
    QStringList parts;
    if (const QString n = tile.data(ExtensionRoles::ForwardAlways).toString(); !n.isEmpty())
        parts << tr("forwarded to %1").arg(n);
    if (const QString n = tile.data(ExtensionRoles::ForwardBusy).toString(); !n.isEmpty())
        parts << tr("forwarded when busy to %1").arg(n);
    if (const QString n = tile.data(ExtensionRoles::ForwardNoAnswer).toString(); !n.isEmpty())
        parts << tr("forwarded when not answering to %1").arg(n);
    if (const QString dnd = dndApart(tile); !dnd.isEmpty())
        parts << dnd;
    return parts.join(QStringLiteral(", "));
}

QString TileText::accessible(const QModelIndex& tile)
{
    QStringList parts {title(tile)};
    const QString number = tile.data(ExtensionRoles::Number).toString();
    if (!tile.data(ExtensionRoles::Name).toString().isEmpty() && !number.isEmpty())
        parts << number;
    parts << state(tile);
    if (const QString who = party(tile); !who.isEmpty())
        parts << who;
    if (const int rec = tile.data(ExtensionRoles::Recording).toInt(); rec != CallRecordingText::NotRecorded)
        parts << CallRecordingText::spoken(rec, tile.data(ExtensionRoles::RecordingSinceMs).toLongLong(),
            Clock::system()->currentMSecsSinceEpoch());
    if (const QString note = presence(tile); !note.isEmpty())
        parts << note;
    if (const QString back = returnTime(tile); !back.isEmpty())
        parts << back;
    if (const QString more = availability(tile); !more.isEmpty())
        parts << more;
    if (const int mwi = tile.data(ExtensionRoles::MailboxNew).toInt(); mwi > 0)
        parts << tr("%n new voicemail(s)", nullptr, mwi);
    return parts.join(QStringLiteral(", "));
}
