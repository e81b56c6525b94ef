// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicemail/VoicemailMailboxProxy.h"

#include "voicemail/VoicemailRoles.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

VoicemailMailboxProxy::VoicemailMailboxProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

void VoicemailMailboxProxy::setNameLookup(NameLookup lookup)
{
    m_lookup = std::move(lookup);
    if (sourceModel() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QVariant VoicemailMailboxProxy::data(const QModelIndex& index, int role) const
{
    const int fresh = index.data(VoicemailMailboxRoles::NewCount).toInt();
    const int urgent = index.data(VoicemailMailboxRoles::UrgentCount).toInt();
    const int old = index.data(VoicemailMailboxRoles::OldCount).toInt();
    const QString mailbox = index.data(VoicemailMailboxRoles::Mailbox).toString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString name
            = m_lookup ? m_lookup(index.data(VoicemailMailboxRoles::Context).toString(), mailbox) : QString();
        const QString title = name.isEmpty() ? mailbox : tr("%1 – %2").arg(mailbox, name);
        //: Counts under a mailbox in the voicemail list
        const QString counts = tr("%1 new, %2 urgent, %3 old").arg(fresh).arg(urgent).arg(old);
        return QString(title + u'\n' + counts);
    }
    case Qt::FontRole: {
        QFont f = QIdentityProxyModel::data(index, role).value<QFont>();
        f.setBold(fresh > 0);
        return f;
    }
    case Qt::DecorationRole:
        if (urgent > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return index.data(VoicemailMailboxRoles::Key);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString().replace(u'\n', QStringLiteral(", "));
    default:
        return QIdentityProxyModel::data(index, role);
    }
}
