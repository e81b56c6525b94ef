// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pbx/CallControl.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

// The operator's CallControl per configured server, and whether an
// operation can be used at all: an item finds its server's control (with
// one server, items without a server id find it too), a key finds the
// first server that permits it.
class OperatorServers final : public QObject
{
    Q_OBJECT
public:
    // Why an operation cannot be used anywhere.
    struct Availability
    {
        bool connected = false; // at least one server is configured
        QString missingClass; // the manager.conf write class the account lacks; empty: permitted
        bool isAvailable() const { return connected && missingClass.isEmpty(); }
    };

    explicit OperatorServers(QObject* parent = nullptr);

    void add(const QString& serverId, CallControl* control);
    void remove(const QString& serverId);
    QList<CallControl*> all() const;
    // The server's control; with one server, an empty id finds it.
    CallControl* control(const QString& serverId) const;
    // The item's server, else the only one.
    CallControl* forItem(const QString& serverId) const;
    // The item's server, else the first one: where a number without a PBX goes.
    CallControl* forNumber(const QString& serverId) const;
    // Available when one server permits it; otherwise the last class missing.
    Availability availability(CallControl::Operation operation) const;

Q_SIGNALS:
    // A server came or went, or an account's rights became known.
    void permissionsChanged();

private:
    QHash<QString, QPointer<CallControl>> m_controls;
    QList<QString> m_order; // first added first
};
