// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/operator/OperatorCall.h"

#include <QModelIndex>
#include <QPointer>
#include <QString>

class QAbstractItemModel;

// Which call, in the call model (CallRoles): the operator's own call, the
// call a phone takes part in, the call with a key. `device` is a plain
// device ("PJSIP/1000"); its channels are "PJSIP/1000-…".
class CallLookup final
{
public:
    void setCallModel(QAbstractItemModel* calls) { m_calls = calls; }
    QAbstractItemModel* callModel() const { return m_calls; }

    QModelIndex byKey(const QString& key) const;
    // The operator's call (answered and not held preferred), or invalid.
    // An empty `serverId` matches every server.
    QModelIndex operatorCall(const QString& serverId, const QString& device) const;
    // A call `device` takes part in; ringingOnly: a call ringing it.
    QModelIndex callOf(const QString& serverId, const QString& device, bool ringingOnly) const;

private:
    QPointer<QAbstractItemModel> m_calls;
};
