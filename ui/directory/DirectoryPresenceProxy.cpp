// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/DirectoryPresenceProxy.h"

#include "core/directory/DirectoryModel.h"
#include "core/pbx/ExtensionState.h"
#include "ui/common/PresenceStyle.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace {

QColor stateColor(Pbx::ExtensionState state)
{
    switch (state) {
    case Pbx::ExtensionState::Idle:
        return QColor(0x2e, 0x9e, 0x44);
    case Pbx::ExtensionState::Ringing:
    case Pbx::ExtensionState::InUseRinging:
        return QColor(0xe0, 0x9b, 0x10);
    case Pbx::ExtensionState::InUse:
    case Pbx::ExtensionState::Busy:
    case Pbx::ExtensionState::OnHold:
    case Pbx::ExtensionState::InUseOnHold:
    case Pbx::ExtensionState::DoNotDisturb:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
}

QIcon stateIcon(Pbx::ExtensionState state)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(stateColor(state));
    p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    // A bar for "do not disturb", a dot for hold: shape as well as colour.
    if (state == Pbx::ExtensionState::DoNotDisturb) {
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
    } else if (state == Pbx::ExtensionState::OnHold || state == Pbx::ExtensionState::InUseOnHold) {
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(6.5, 5), QPointF(6.5, 11));
        p.drawLine(QPointF(9.5, 5), QPointF(9.5, 11));
    }
    p.end();
    return *cache.insert(int(state), QIcon(pixmap));
}

} // namespace

DirectoryPresenceProxy::DirectoryPresenceProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

QString DirectoryPresenceProxy::stateText(int state)
{
    switch (Pbx::ExtensionState(state)) {
    case Pbx::ExtensionState::Unknown:
        return {};
    case Pbx::ExtensionState::Removed:
    case Pbx::ExtensionState::NoHint:
        return tr("No status");
    case Pbx::ExtensionState::Idle:
        return tr("Available");
    case Pbx::ExtensionState::InUse:
        return tr("On the phone");
    case Pbx::ExtensionState::Busy:
        return tr("Busy");
    case Pbx::ExtensionState::Unavailable:
        return tr("Offline");
    case Pbx::ExtensionState::Ringing:
        return tr("Ringing");
    case Pbx::ExtensionState::InUseRinging:
        return tr("On the phone, ringing");
    case Pbx::ExtensionState::OnHold:
    case Pbx::ExtensionState::InUseOnHold:
        return tr("On hold");
    case Pbx::ExtensionState::DoNotDisturb:
        return tr("Do not disturb");
    }
    return {};
}

QVariant DirectoryPresenceProxy::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && index.column() == DirectoryModel::PresenceColumn
        && (role == Qt::DisplayRole || role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const int state = QIdentityProxyModel::data(index, DirectoryRoles::PresenceState).toInt();
        if (Pbx::ExtensionState(state) == Pbx::ExtensionState::Unknown)
            return role == Qt::DecorationRole ? QVariant() : QVariant(QString());
        if (role == Qt::DecorationRole)
            return stateIcon(Pbx::ExtensionState(state));
        // The note the receptionist or the person set ("Away: Lunch"), beside the state.
        const QString note
            = PresenceStyle::text(QIdentityProxyModel::data(index, DirectoryRoles::Presence).toString(),
                QIdentityProxyModel::data(index, DirectoryRoles::PresenceMessage).toString());
        return note.isEmpty() ? QVariant(stateText(state))
                              : QVariant(stateText(state) + QStringLiteral(" · ") + note);
    }
    return QIdentityProxyModel::data(index, role);
}
