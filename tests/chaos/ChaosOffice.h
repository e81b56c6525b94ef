// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MockClock.h"
#include "demo/DemoPbx.h"

#include <QObject>

#include <memory>

class QTimer;

// The busy office the chaos tests run against: the demo PBX with its live
// call generator on a MockClock (seeded, so every run makes the same calls),
// and a pump that moves that clock while traffic is on. Traffic off is a
// quiet moment: no call moves until it is on again, so a fresh client and
// the client under test can be compared.
class ChaosOffice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChaosOffice)
public:
    // Demo time moved per pump tick, and the real time between ticks.
    static constexpr qint64 StepMs = 20;
    static constexpr int TickMs = 2;

    ChaosOffice(quint32 seed, int extensions, double eventsPerSecond, QObject* parent = nullptr);
    ~ChaosOffice() override;

    // Starts the demo on 127.0.0.1 with the panel account; false (logged) on failure.
    bool start();
    void setTraffic(bool on);
    // Moves demo time by ms at once (events go out now).
    void advance(qint64 ms);
    quint16 port() const { return m_pbx->serverPort(); }
    DemoPbx* pbx() const { return m_pbx.get(); }
    qint64 demoTimeMs() const { return m_clock.monotonicMSecs(); }

    static QString user();
    static QString secret();

private:
    MockClock m_clock;
    std::unique_ptr<DemoPbx> m_pbx;
    QTimer* m_pump;
};
