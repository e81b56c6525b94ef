// SPDX-License-Identifier: GPL-3.0-or-later
// 1,000 reconnects of the real PbxServer through the chaos proxy to the demo
// office: each cycle the link is cut, the client comes back, logs in and
// resynchronises. File descriptors, the client's timers and objects, and
// the resident memory must stay flat: the last 100 cycles against the first
// 100, with the numbers in the test output (docs/reliability.md).
//
// ATTENDANT_CHAOS_RECONNECTS=n runs n cycles instead of 1,000 (at least 300).
#include "ChaosDesk.h"
#include "ChaosOffice.h"
#include "ChaosProxy.h"
#include "ProcessProbe.h"
#include "core/ami/AmiClient.h"
#include "core/common/Clock.h"

#include <QTest>
#include <QTimer>

namespace {
constexpr int WindowCycles = 100; // cycles averaged at each end
// Memory a cycle may add on average between the first and the last window:
// a leak of one resync's worth (a few hundred objects) per cycle is far above it.
constexpr double MaxGrowthPerCycleKiB = 4.0;

int cyclesToRun()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ATTENDANT_CHAOS_RECONNECTS", &ok);
    return ok && n >= 3 * WindowCycles ? n : 1000;
}

struct Sample
{
    int fds = 0;
    int timers = 0; // QTimer and ClockTimer children of the server
    int objects = 0; // every QObject child of the server
    qint64 rssKiB = 0;
};

struct WindowMean
{
    double fds = 0;
    double timers = 0;
    double objects = 0;
    double rssKiB = 0;
    int maxFds = 0;
    int maxObjects = 0;

    void add(const Sample& s)
    {
        fds += s.fds / double(WindowCycles);
        timers += s.timers / double(WindowCycles);
        objects += s.objects / double(WindowCycles);
        rssKiB += double(s.rssKiB) / WindowCycles;
        maxFds = qMax(maxFds, s.fds);
        maxObjects = qMax(maxObjects, s.objects);
    }
};
} // namespace

class TestChaosReconnects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandReconnectsStayFlat();

private:
    Sample sample(const ChaosDesk& desk) const;
};

Sample TestChaosReconnects::sample(const ChaosDesk& desk) const
{
    Sample s;
    s.fds = ProcessProbe::openFileDescriptors();
    s.timers = int(
        desk.server()->findChildren<QTimer*>().size() + desk.server()->findChildren<ClockTimer*>().size());
    s.objects = int(desk.server()->findChildren<QObject*>().size());
    s.rssKiB = ProcessProbe::residentKiB();
    return s;
}

void TestChaosReconnects::thousandReconnectsStayFlat()
{
    quietClientLogs();
    ChaosOffice office(19, 40, 150);
    QVERIFY(office.start());
    office.advance(60000); // calls, queue callers and parked calls to read at every resync
    ChaosProxy proxy;
    QVERIFY(proxy.listen(office.port()));
    ChaosDesk desk(proxy.port());
    desk.start();
    QVERIFY(desk.waitReady());
    const int cycles = cyclesToRun();
    WindowMean first;
    WindowMean last;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const int accepted = proxy.acceptedCount();
        proxy.cutAll();
        QVERIFY2(waitUntil([&] { return proxy.acceptedCount() > accepted; }) && desk.waitReady(),
            qPrintable(QStringLiteral("cycle %1: the client did not come back").arg(cycle)));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (cycle < WindowCycles)
            first.add(sample(desk));
        else if (cycle >= cycles - WindowCycles)
            last.add(sample(desk));
    }
    QVERIFY(desk.barrier());
    const double growthPerCycle = (last.rssKiB - first.rssKiB) / (cycles - WindowCycles);
    qInfo("%d reconnects: fds %.1f -> %.1f (max %d -> %d), server timers %.1f -> %.1f, server objects %.1f "
          "-> %.1f "
          "(max %d -> %d), RSS %.0f KiB -> %.0f KiB (%+.2f KiB per cycle)",
        cycles, first.fds, last.fds, first.maxFds, last.maxFds, first.timers, last.timers, first.objects,
        last.objects, first.maxObjects, last.maxObjects, first.rssKiB, last.rssKiB, growthPerCycle);
    QCOMPARE(proxy.acceptedCount(), cycles + 1);
    QCOMPARE_LE(last.maxFds, first.maxFds);
    QCOMPARE_LE(last.timers, first.timers);
    QCOMPARE_LE(last.maxObjects, first.maxObjects);
    QCOMPARE_LE(growthPerCycle, MaxGrowthPerCycleKiB);
    const StateDiff diff = desk.compareWithFresh(office.port());
    QVERIFY2(diff.isClean(), qPrintable(diff.describe()));
}

QTEST_GUILESS_MAIN(TestChaosReconnects)
#include "TestChaosReconnects.moc"
