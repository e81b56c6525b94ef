// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operator/OperatorServers.h"

OperatorServers::OperatorServers(QObject* parent)
    : QObject(parent)
{ }

void OperatorServers::add(const QString& serverId, CallControl* control)
{
    remove(serverId);
    m_controls.insert(serverId, control);
    m_order.append(serverId);
    connect(control, &CallControl::permissionsChanged, this, &OperatorServers::permissionsChanged);
    connect(control, &QObject::destroyed, this, [this, serverId] { remove(serverId); });
    Q_EMIT permissionsChanged();
}

void OperatorServers::remove(const QString& serverId)
{
    if (!m_order.contains(serverId))
        return;
    if (CallControl* c = m_controls.take(serverId))
        disconnect(c, nullptr, this, nullptr);
    m_order.removeAll(serverId);
    Q_EMIT permissionsChanged();
}

QList<CallControl*> OperatorServers::all() const
{
    QList<CallControl*> list;
    for (const QString& id : m_order) {
        if (CallControl* c = m_controls.value(id))
            list.append(c);
    }
    return list;
}

CallControl* OperatorServers::control(const QString& serverId) const
{
    if (CallControl* c = m_controls.value(serverId))
        return c;
    // One server: items without a server id still find it.
    const QList<CallControl*> list = all();
    return serverId.isEmpty() && list.size() == 1 ? list.first() : nullptr;
}

CallControl* OperatorServers::forItem(const QString& serverId) const
{
    if (CallControl* c = control(serverId))
        return c;
    const QList<CallControl*> list = all();
    return list.size() == 1 ? list.first() : nullptr;
}

CallControl* OperatorServers::forNumber(const QString& serverId) const
{
    if (CallControl* c = control(serverId))
        return c;
    const QList<CallControl*> list = all();
    return list.isEmpty() ? nullptr : list.first();
}

OperatorServers::Availability OperatorServers::availability(CallControl::Operation operation) const
{
    Availability a;
    for (CallControl* c : all()) {
        a.connected = true;
        a.missingClass = c->missingClass(operation);
        if (a.missingClass.isEmpty())
            break;
    }
    return a;
}
