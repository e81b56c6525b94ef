// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChaosBoard.h"

#include "core/models/ModelRoles.h"

ChaosBoard::ChaosBoard(const ChaosDesk& desk)
{
    PbxServer* server = desk.server();
    m_extensions.addServer(server->state());
    m_extensions.setCallExtras(server->state(), server->recordings(), server->conferences());
    m_board.setSourceModel(&m_extensions);
}

QStringList ChaosBoard::lines()
{
    m_extensions.flushNow();
    m_board.rebuildNow();
    static const int roles[] = {ExtensionRoles::Key, Qt::DisplayRole, ExtensionRoles::State,
        ExtensionRoles::StatusCode, ExtensionRoles::PeerNumber, ExtensionRoles::PeerName,
        ExtensionRoles::ActiveCalls, ExtensionRoles::HeldCalls, ExtensionRoles::Ringing,
        ExtensionRoles::MailboxNew, ExtensionRoles::MailboxOld, ExtensionRoles::Reachable,
        ExtensionRoles::Presence, ExtensionRoles::PresenceMessage, ExtensionRoles::Device,
        ExtensionRoles::InConference, ExtensionRoles::Recording, ExtensionRoles::ChannelId};
    QStringList out;
    for (int r = 0; r < m_board.rowCount(); ++r) {
        const QModelIndex tile = m_board.index(r, 0);
        if (m_board.isHeader(tile)) {
            out.append(QStringLiteral("group %1 (%2)")
                           .arg(tile.data(TileBoardModel::GroupRole).toString())
                           .arg(tile.data(TileBoardModel::GroupSizeRole).toInt()));
            continue;
        }
        QStringList parts {tile.data(TileBoardModel::GroupRole).toString()};
        for (int role : roles)
            parts.append(tile.data(role).toString());
        parts.append(tile.data(ExtensionRoles::StaleSinceMs).toLongLong() > 0 ? QStringLiteral("stale")
                                                                              : QStringLiteral("live"));
        parts.append(tile.data(ExtensionRoles::CallStartMs).toLongLong() > 0 ? QStringLiteral("in-call")
                                                                             : QStringLiteral("no-call"));
        out.append(parts.join(QLatin1Char('|')));
    }
    return out;
}

StateDiff compareBoards(ChaosBoard& seen, ChaosBoard& fresh)
{
    QStringList a = seen.lines();
    QStringList b = fresh.lines();
    StateDiff diff;
    // The order matters too (a tile in the wrong group or place): compared as shown, row by row.
    const qsizetype rows = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < rows; ++i) {
        const QString x = a.value(i);
        const QString y = b.value(i);
        if (x == y)
            continue;
        ++diff.differences;
        if (diff.sample.size() < 20)
            diff.sample << QLatin1String("client: ") + x << QLatin1String("fresh:  ") + y;
    }
    return diff;
}
