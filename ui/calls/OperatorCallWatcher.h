// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class Clock;
class QAbstractItemModel;
class QTimer;

// Watches the call model for calls to and from the operator's own phone:
// tells when one starts ringing, is answered or ends (answered or missed),
// and counts missed calls for the tray. Scans are coalesced (at most one
// per 200 ms) so an event flood costs nothing extra.
class OperatorCallWatcher final : public QObject
{
    Q_OBJECT
public:
    struct CallInfo
    {
        QString key;
        QString serverId;
        QString number; // the other party
        QString name;
        QString queue; // queue or DID it came through
        bool incoming = false;
        bool answered = false;
        qint64 startMs = 0;
        qint64 answeredMs = 0;
    };

    explicit OperatorCallWatcher(QObject* parent = nullptr, Clock* clock = nullptr);

    void setCallModel(QAbstractItemModel* calls);
    // "PJSIP/1000": the operator's phone; its channels are "PJSIP/1000-…".
    void setOperatorDevice(const QString& device);
    int missedCount() const { return m_missed; }
    void resetMissed();
    // Scans now (tests; normally coalesced).
    void scanNow();

Q_SIGNALS:
    void incomingRinging(const OperatorCallWatcher::CallInfo& call);
    void answered(const OperatorCallWatcher::CallInfo& call);
    void ended(const OperatorCallWatcher::CallInfo& call);
    void missedCountChanged(int missed);

private:
    void scheduleScan();

    QPointer<QAbstractItemModel> m_calls;
    QString m_device;
    QHash<QString, CallInfo> m_known;
    int m_missed = 0;
    QTimer* m_timer;
    Clock* m_clock;
};
