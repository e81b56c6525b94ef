// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/voicemail/VoicemailMailboxProxy.h"

#include "core/voicemail/VoicemailRoles.h"

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
    // Source roles through the base class: index.data() would come back here.
    auto source = [&](int r) { return QIdentityProxyModel::data(index, r); };
    const int fresh = source(VoicemailMailboxRoles::NewCount).toInt();
    const int urgent = source(VoicemailMailboxRoles::UrgentCount).toInt();
    const int old = source(VoicemailMailboxRoles::OldCount).toInt();
    const QString mailbox = source(VoicemailMailboxRoles::Mailbox).toString();
    switch (role) {
    case Qt::DisplayRole: {
        QString name
            = m_lookup ? m_lookup(source(VoicemailMailboxRoles::Context).toString(), mailbox) : QString();
        if (name.isEmpty())
            name = source(VoicemailMailboxRoles::PbxOwner).toString();
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
        return source(VoicemailMailboxRoles::Key);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString().replace(u'\n', QStringLiteral(", "));
    default:
        return QIdentityProxyModel::data(index, role);
    }
}
