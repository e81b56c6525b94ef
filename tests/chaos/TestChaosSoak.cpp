// SPDX-License-Identifier: GPL-3.0-or-later
// An accelerated soak: the busy demo office runs at about ten times real
// speed while the link to the real PbxServer is cut every few seconds of
// office time. Resident memory is sampled at every cut (the second quarter
// against the last, reported in the output); at the end, with the office
// quiet, the state must equal a fresh client's. A never-cut client's drift
// from a fresh one is reported, not asserted (docs/reliability.md).
//
// ATTENDANT_CHAOS_SOAK_MINUTES=n soaks n minutes of office time (default 2).
#include "ChaosDesk.h"
#include "ChaosOffice.h"
#include "ChaosProxy.h"
#include "ProcessProbe.h"

#include <QElapsedTimer>
#include <QTest>

namespace {
constexpr qint64 CutEveryMs = 5000; // office time between cuts (and memory samples)
// Resident memory the whole process (client, proxy and demo office) may add
// per minute of office time between the first and the last quarter.
constexpr double MaxGrowthKiBPerMinute = 1024;

int minutesToSoak()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ATTENDANT_CHAOS_SOAK_MINUTES", &ok);
    return ok && n > 0 ? n : 2;
}

double mean(const QList<qint64>& values)
{
    double sum = 0;
    for (qint64 v : values)
        sum += double(v);
    return values.isEmpty() ? 0 : sum / double(values.size());
}
} // namespace

class TestChaosSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soakWithCuts();
};

void TestChaosSoak::soakWithCuts()
{
    quietClientLogs();
    ChaosOffice office(19, 40, 150);
    QVERIFY(office.start());
    ChaosProxy proxy;
    QVERIFY(proxy.listen(office.port()));
    ChaosDesk desk(proxy.port());
    desk.start();
    QVERIFY(desk.waitReady());
    ChaosDesk witness(office.port());
    witness.start();
    QVERIFY(witness.waitReady());

    const qint64 soakMs = qint64(minutesToSoak()) * 60000;
    QList<qint64> rss;
    QElapsedTimer wall;
    wall.start();
    int acceptedAtLastCut = 0;
    office.setTraffic(true);
    for (qint64 at = CutEveryMs; at <= soakMs; at += CutEveryMs) {
        QVERIFY(waitUntil([&] { return office.demoTimeMs() >= at; }, ChaosDesk::WaitMs));
        acceptedAtLastCut = proxy.acceptedCount();
        proxy.cutAll();
        rss.append(ProcessProbe::residentKiB());
    }
    office.setTraffic(false);
    // Back after the last cut, resynchronised in a quiet office.
    QVERIFY(waitUntil([&] { return proxy.acceptedCount() > acceptedAtLastCut; }));
    QVERIFY(desk.waitReady());
    QVERIFY(desk.barrier());
    QVERIFY(witness.barrier());

    // The first quarter warms up (allocator pools, the office filling up); the
    // second quarter is compared with the last.
    const qsizetype quarter = qMax<qsizetype>(1, rss.size() / 4);
    const double first = mean(rss.mid(quarter, quarter));
    const double last = mean(rss.mid(rss.size() - quarter));
    const double minutes = double(rss.size() - 2 * quarter) * CutEveryMs / 60000.0;
    const double growthPerMinute = minutes > 0 ? (last - first) / minutes : 0;
    const std::unique_ptr<ChaosDesk> fresh = ChaosDesk::startFresh(office.port());
    QVERIFY(fresh);
    const StateDiff diff = compareStates(desk.state(), fresh->state());
    const StateDiff drift = compareStates(witness.state(), fresh->state());
    qInfo("soak: %lld min of office time in %.1f s, %d links, %d calls at the end; RSS %.0f KiB -> %.0f KiB "
          "(%+.1f KiB per office minute); after the last cut: %d differences, %d lost, %d duplicated; "
          "the never-cut client: %d differences",
        soakMs / 60000, wall.elapsed() / 1000.0, proxy.acceptedCount(), int(fresh->state().callIds().size()),
        first, last, growthPerMinute, diff.differences, diff.lost, diff.duplicated, drift.differences);
    QVERIFY2(diff.isClean(), qPrintable(diff.describe()));
    QCOMPARE_LE(growthPerMinute, MaxGrowthKiBPerMinute);
}

QTEST_GUILESS_MAIN(TestChaosSoak)
#include "TestChaosSoak.moc"
