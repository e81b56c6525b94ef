// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>

class QAbstractItemModel;

// Who has waited longest for someone to answer: a caller in a queue (also
// when no agent's phone rings, because every agent is busy or paused) or a
// call ringing another phone. F9 brings that caller to the operator's phone.
class WaitingCallers final
{
public:
    struct Caller
    {
        QString serverId;
        QString channel; // to Redirect
        QString name;
        QString number;
        QString queue; // empty: ringing a phone
        qint64 sinceMs = 0;
        bool isValid() const { return !channel.isEmpty(); }
    };

    void setCallModel(QAbstractItemModel* calls) { m_calls = calls; }
    void setQueueModel(QAbstractItemModel* queues) { m_queues = queues; }

    // Calls that ring `operatorDevice` itself are not waiting for a
    // transfer to it: they are already there.
    Caller longestWaiting(const QString& operatorDevice) const;

private:
    QPointer<QAbstractItemModel> m_calls;
    QPointer<QAbstractItemModel> m_queues;
};
