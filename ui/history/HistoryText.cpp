// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryText.h"

#include "core/common/Clock.h"
#include "core/common/EscapedText.h"
#include "core/history/HistoryModel.h"
#include "ui/common/UiText.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

HistoryText::HistoryText(QObject* parent, Clock* clock)
    : QIdentityProxyModel(parent)
    , m_clock(clock ? clock : Clock::system())
{ }

QString HistoryText::outcome(
    CallRecord::Direction direction, CallRecord::Outcome outcome, const QString& detail)
{
    using O = CallRecord::Outcome;
    const bool incoming = direction == CallRecord::Direction::Incoming;
    switch (outcome) {
    case O::InProgress:
        return tr("● In progress");
    case O::Answered:
        return incoming ? tr("↙ Answered") : tr("↗ Called, answered");
    case O::Missed:
        return tr("✗ Missed");
    case O::NotAnswered:
        return tr("↗ Called, no answer");
    case O::Busy:
        return incoming ? tr("⊘ Missed, line busy") : tr("⊘ Called, busy");
    case O::Failed:
        return tr("⚠ Call failed");
    case O::Voicemail:
        return tr("✉ Missed, sent to voicemail");
    case O::Transferred:
        return detail.isEmpty() ? tr("⇄ Transferred")
                                : tr("⇄ Transferred to %1").arg(escapedForDisplay(detail));
    case O::PickedUp:
        return tr("⤴ Picked up by %1").arg(escapedForDisplay(detail));
    case O::Parked:
        return detail.isEmpty() ? tr("Ⓟ Parked") : tr("Ⓟ Parked at %1").arg(escapedForDisplay(detail));
    case O::UnknownEnd:
        return tr("? End not seen (Attendant was closed)");
    }
    return {};
}

QString HistoryText::when(qint64 startMs) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(startMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->currentMSecsSinceEpoch()).date();
    const QString time = at.toString(QStringLiteral("HH:mm"));
    if (at.date() == today)
        return tr("Today %1").arg(time);
    if (at.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return QLocale().toString(at.date(), QLocale::ShortFormat) + u' ' + time;
}

QString HistoryText::who(const QModelIndex& index) const
{
    const QString number = index.data(HistoryRoles::RemoteNumber).toString();
    const QString name = index.data(HistoryRoles::RemoteName).toString();
    if (number.isEmpty() && name.isEmpty())
        return tr("unknown caller");
    return escapedForDisplay(name.isEmpty() || name == number ? number : name + u' ' + number);
}

QString HistoryText::display(const QModelIndex& index) const
{
    switch (index.column()) {
    case HistoryModel::WhenColumn:
        return when(index.data(HistoryRoles::StartMs).toLongLong());
    case HistoryModel::CallColumn: {
        QString text = outcome(CallRecord::Direction(index.data(HistoryRoles::Direction).toInt()),
            CallRecord::Outcome(index.data(HistoryRoles::Outcome).toInt()),
            index.data(HistoryRoles::Detail).toString());
        if (index.data(HistoryRoles::Missed).toBool() && index.data(HistoryRoles::Handled).toBool())
            text += tr(", ✓ handled");
        const QString queue = index.data(HistoryRoles::Queue).toString();
        if (!queue.isEmpty())
            text += u' ' + tr("(queue %1)").arg(escapedForDisplay(queue));
        return text;
    }
    case HistoryModel::WhoColumn:
        return who(index);
    case HistoryModel::DurationColumn: {
        const qint64 ms = index.data(HistoryRoles::DurationMs).toLongLong();
        return ms > 0 ? UiText::duration(ms) : QString();
    }
    default:
        return {};
    }
}

QString HistoryText::spoken(const QModelIndex& index) const
{
    const QModelIndex row = index.siblingAtColumn(0);
    QStringList parts {display(row.siblingAtColumn(HistoryModel::CallColumn)),
        display(row.siblingAtColumn(HistoryModel::WhoColumn)),
        display(row.siblingAtColumn(HistoryModel::WhenColumn))};
    const QString duration = display(row.siblingAtColumn(HistoryModel::DurationColumn));
    if (!duration.isEmpty())
        parts << tr("talked %1").arg(duration);
    if (index.data(HistoryRoles::Missed).toBool() && !index.data(HistoryRoles::Handled).toBool())
        parts << tr("not handled yet");
    return parts.join(QStringLiteral(", "));
}

QVariant HistoryText::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return spoken(index);
    case Qt::FontRole:
        if (index.data(HistoryRoles::Missed).toBool() && !index.data(HistoryRoles::Handled).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QVariant HistoryText::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (section) {
    case HistoryModel::WhenColumn:
        return tr("When");
    case HistoryModel::CallColumn:
        return tr("Call");
    case HistoryModel::WhoColumn:
        return tr("Who");
    case HistoryModel::DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}
