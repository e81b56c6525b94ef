// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoWorld.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// The Originate action with Application ChanSpy (tests/data/ami/22.10.1/04-chanspy):
// the operator's phone rings and answers at once, then ChanSpy looks for a channel
// whose name starts with its first argument. Found: ChanSpyStart (SpyerChannel* and
// SpyeeChannel* snapshots) 0.1 s after the answer. Not found: ChanSpy waits and keeps
// looking, without any event. ChanSpyStop when either side hangs up; with option E
// the spyer's channel then ends too, otherwise ChanSpy waits for the next call.
class DemoChanSpy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoChanSpy)
public:
    // Recorded: ChanSpyStart 0.1 s after the spyer's channel is Up.
    static constexpr qint64 StartDelayMs = 100;
    // While nothing matches, ChanSpy looks again this often.
    static constexpr qint64 PollMs = 500;

    explicit DemoChanSpy(DemoWorld* world, QObject* parent = nullptr);

    // channel: PJSIP/<ext> (the spyer's phone); data: "<channel prefix>[,<options>]".
    void originate(const QString& channel, const QString& data, const QString& callerId,
        const QByteArray& actionId, qint64 timeoutMs);
    // The uniqueid of the channel a spyer (uniqueid) listens to; empty while it waits.
    QString spyeeOf(const QString& spyerUniqueid) const;

private:
    struct Spy
    {
        QString prefix;
        bool exitWithSpyee = false; // option E
        QString spyee; // uniqueid, empty while waiting
        DemoChannel spyeeSnapshot;
    };

    void schedule(qint64 ms, std::function<void()> fn);
    void failure(const QString& channel, const QString& data, const QByteArray& actionId, int reason);
    void spyerLeg(DemoChannel& ch, const QString& data, const QByteArray& actionId);
    void dialEvent(QByteArrayView name, const DemoChannel& ch, QByteArrayView tail, QByteArrayView value);
    void look(const QString& spyer);
    DemoChannel* findSpyee(const QString& spyer, const QString& prefix);
    void spyEvent(QByteArrayView name, const DemoChannel& spyer, const DemoChannel& spyee);
    void handleHangingUp(const DemoChannel& ch);
    void handleHungUp(const DemoChannel& ch);
    void exitSpyer(const QString& spyer);

    DemoWorld* m_world;
    QHash<QString, Spy> m_spies; // by the spyer channel's uniqueid
};
