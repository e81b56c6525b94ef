// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QPointer>
#include <QString>

class QAbstractItemModel;

// Which call and which of its channels, in the call model: the operator's
// own call, the call a phone takes part in, the party on the other side.
// `device` is a plain device ("PJSIP/1000"); its channels are "PJSIP/1000-…".
class CallLookup final
{
public:
    void setCallModel(QAbstractItemModel* calls) { m_calls = calls; }
    QAbstractItemModel* callModel() const { return m_calls; }

    static bool isChannelOf(const QString& channel, const QString& device);

    QModelIndex byKey(const QString& key) const;
    // The operator's call (answered and not held preferred), or invalid.
    QModelIndex operatorCall(const QString& serverId, const QString& device) const;
    // A call `device` takes part in; ringingOnly: a call ringing it.
    QModelIndex callOf(const QString& serverId, const QString& device, bool ringingOnly) const;
    // The channel of `device` in `call`, and the other party's channel (the
    // caller when `device` is not in the call).
    static QString channelOf(const QModelIndex& call, const QString& device);
    static QString otherChannel(const QModelIndex& call, const QString& device);
    // "ACME Corp 0612345678": the party `device` talks to.
    static QString otherParty(const QModelIndex& call, const QString& device);

private:
    QPointer<QAbstractItemModel> m_calls;
};
