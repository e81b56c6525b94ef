// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class ClockTimer;
class DemoCalls;
class DemoFeatures;
class DemoWorld;

// The office's life: starts internal and external calls, answers most of
// them after some rings (the rest reach voicemail), puts some on hold,
// parks a few, feeds the queue and toggles DND, aiming at a given number of
// events per second. Everything comes from the world's seeded generator and
// its clock, so a run repeats exactly.
class DemoScenario final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoScenario)
public:
    static constexpr qint64 TickMs = 100;
    // Events of an average generated call (all outcomes), from Newchannel to the last ExtensionStatus.
    static constexpr double EventsPerCall = 74.0; // measured mix: answered, voicemail, queue, park

    DemoScenario(DemoWorld* world, DemoCalls* calls, DemoFeatures* features, QObject* parent = nullptr);

    // 0 stops generating; the scripted API still works.
    void setEventRate(double eventsPerSecond);
    double eventRate() const { return m_rate; }
    // Paused, the office holds still: no call starts, rings on, ends or changes,
    // until it is resumed; then everything goes on where it stood (what was due
    // is due as much later as the pause lasted). The scripted API still works.
    void setPaused(bool paused);
    bool isPaused() const { return m_pausedAtMs >= 0; }
    // Short calls for load mode (many per second), long ones for the demo.
    void setShortCalls(bool shortCalls) { m_shortCalls = shortCalls; }
    // A few things already going on when the demo starts (queue callers, a parked call).
    void seedActivity();

private:
    void handleTick();
    void stepQueue(qint64 now);
    void handleRinging(const QString& callId);
    void handleAnswered(const QString& callId);
    void startCall();
    void togglePresence();
    void seedHeldCallAndMessage();
    QString idleExtension(const QString& except = {});
    qint64 between(qint64 lowMs, qint64 highMs);

    enum class Next
    {
        Answer,
        Hold,
        Unhold,
        Park,
        Hangup,
    };
    struct Pending
    {
        Next next;
        qint64 dueMs;
    };

    DemoWorld* m_world;
    DemoCalls* m_calls;
    DemoFeatures* m_features;
    ClockTimer* m_timer;
    double m_rate = 0;
    double m_budget = 0; // calls to start
    qint64 m_pausedAtMs = -1;
    bool m_shortCalls = false;
    QHash<QString, Pending> m_pending;
    struct QueueWait
    {
        qint64 dueMs = 0; // when a member rings, or when the caller gives up
        bool abandons = false;
    };
    QHash<QString, QueueWait> m_queueDue; // waiting queue callers by uniqueid
};
